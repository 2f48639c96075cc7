using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Cycles;

internal static class CyclesApi
{
    public static void MapCyclesApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/awards/cycles").WithTags("Awards");
        group.MapGet("/", ListAsync).WithName("ListAwardCycles").WithSummary("Award cycles, newest first, with their phase, timeline, categories and criteria.")
            .Produces<List<CycleDto>>();
        group.MapGet("/{id:int}", GetAsync).WithName("GetAwardCycle").WithSummary("One award cycle: timeline (Buddhist Era in Thai), rules, categories and criteria with rubrics.")
            .Produces<CycleDto>().ProducesProblem(404);
        var admin = group.MapGroup("").RequireAuthorization(Policies.Admin);
        admin.MapPost("/", CreateAsync).WithName("CreateAwardCycle").WithSummary("Creates a cycle for a Buddhist-Era year with the default criteria and categories (admins).")
            .Produces<CycleDto>(201).ProducesValidationProblem();
        admin.MapPut("/{id:int}", UpdateAsync).WithName("UpdateAwardCycle").WithSummary("Changes a cycle before its call opens (admins); 409 afterwards.")
            .Produces<CycleDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        admin.MapPost("/{id:int}/categories", (int id, CategoryInput input, ClaimsPrincipal user, AppDbContext db, CycleEditing editing, TimeProvider time, JsonStringLocalizer l, CancellationToken ct) =>
                EditAsync(id, db, time, l, ct, c => editing.SaveCategoryAsync(c, null, input, user, ct)))
            .WithName("AddAwardCategory").WithSummary("Adds a category (by local government type, population size or special) before the call opens (admins).")
            .Produces<CycleDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        admin.MapPut("/{id:int}/categories/{categoryId:int}", (int id, int categoryId, CategoryInput input, ClaimsPrincipal user, AppDbContext db, CycleEditing editing, TimeProvider time, JsonStringLocalizer l, CancellationToken ct) =>
                EditAsync(id, db, time, l, ct, c => editing.SaveCategoryAsync(c, categoryId, input, user, ct)))
            .WithName("UpdateAwardCategory").WithSummary("Changes a category before the call opens (admins).")
            .Produces<CycleDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        admin.MapPost("/{id:int}/criteria", (int id, CriterionInput input, ClaimsPrincipal user, AppDbContext db, CycleEditing editing, TimeProvider time, JsonStringLocalizer l, CancellationToken ct) =>
                EditAsync(id, db, time, l, ct, c => editing.SaveCriterionAsync(c, null, input, user, ct)))
            .WithName("AddAwardCriterion").WithSummary("Adds a criterion (weight, word limit, rubric levels) before the call opens (admins).")
            .Produces<CycleDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        admin.MapPut("/{id:int}/criteria/{criterionId:int}", (int id, int criterionId, CriterionInput input, ClaimsPrincipal user, AppDbContext db, CycleEditing editing, TimeProvider time, JsonStringLocalizer l, CancellationToken ct) =>
                EditAsync(id, db, time, l, ct, c => editing.SaveCriterionAsync(c, criterionId, input, user, ct)))
            .WithName("UpdateAwardCriterion").WithSummary("Changes a criterion before the call opens (admins).")
            .Produces<CycleDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        admin.MapDelete("/{id:int}/categories/{categoryId:int}", (int id, int categoryId, ClaimsPrincipal user, AppDbContext db, CycleEditing editing, TimeProvider time, JsonStringLocalizer l, CancellationToken ct) =>
                EditAsync(id, db, time, l, ct, c => editing.RemoveCategoryAsync(c, categoryId, user, ct)))
            .WithName("RemoveAwardCategory").WithSummary("Removes a category before the call opens (admins); the last one and one with applications stay (400).")
            .Produces<CycleDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        admin.MapDelete("/{id:int}/criteria/{criterionId:int}", (int id, int criterionId, ClaimsPrincipal user, AppDbContext db, CycleEditing editing, TimeProvider time, JsonStringLocalizer l, CancellationToken ct) =>
                EditAsync(id, db, time, l, ct, c => editing.RemoveCriterionAsync(c, criterionId, user, ct)))
            .WithName("RemoveAwardCriterion").WithSummary("Removes a criterion before the call opens (admins); the last one stays (400).")
            .Produces<CycleDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
    }

    internal static Task<AwardCycle?> LoadAsync(AppDbContext db, int id, CancellationToken ct, bool tracked = false)
    {
        var query = db.AwardCycles.Include(c => c.Categories).Include(c => c.Criteria).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, ct);
    }

    private static async Task<IResult> ListAsync(AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var cycles = await db.AwardCycles.AsNoTracking().Include(c => c.Categories).Include(c => c.Criteria).AsSplitQuery().OrderByDescending(c => c.YearBe).ToListAsync(ct);
        var today = ThaiTime.Today(time);
        return TypedResults.Ok(cycles.Select(c => CycleDto.Of(c, today)).ToList());
    }

    private static async Task<IResult> GetAsync(int id, AppDbContext db, TimeProvider time, CancellationToken ct) =>
        await LoadAsync(db, id, ct) is { } cycle ? TypedResults.Ok(CycleDto.Of(cycle, ThaiTime.Today(time))) : TypedResults.NotFound();

    private static async Task<IResult> CreateAsync(CycleInput input, ClaimsPrincipal user, CycleEditing editing, TimeProvider time, JsonStringLocalizer l, CancellationToken ct)
    {
        var (cycle, errors) = await editing.CreateAsync(input, user, ct);
        if (cycle is null) return AwardsProblems.Validation(errors, l);
        return TypedResults.Created($"/api/v1/awards/cycles/{cycle.Id}", CycleDto.Of(cycle, ThaiTime.Today(time)));
    }

    private static Task<IResult> UpdateAsync(int id, CycleInput input, ClaimsPrincipal user, AppDbContext db, CycleEditing editing, TimeProvider time, JsonStringLocalizer l, CancellationToken ct) =>
        EditAsync(id, db, time, l, ct, c => editing.UpdateAsync(c, input, user, ct));

    private static async Task<IResult> EditAsync(int id, AppDbContext db, TimeProvider time, JsonStringLocalizer l, CancellationToken ct,
        Func<AwardCycle, Task<(EditOutcome Outcome, List<FieldError> Errors)>> edit)
    {
        if (await LoadAsync(db, id, ct, tracked: true) is not { } cycle) return TypedResults.NotFound();
        var (outcome, errors) = await edit(cycle);
        return outcome switch
        {
            EditOutcome.Saved => TypedResults.Ok(CycleDto.Of(cycle, ThaiTime.Today(time))),
            EditOutcome.Invalid => AwardsProblems.Validation(errors, l),
            EditOutcome.NotFound => TypedResults.NotFound(),
            EditOutcome.NotUpcoming => AwardsProblems.Conflict("Awards.Cycle.NotUpcoming", l),
            _ => AwardsProblems.Conflict("Awards.Error.Conflict", l),
        };
    }
}
