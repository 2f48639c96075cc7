using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Cycles;

internal static class CyclesApi
{
    public static void MapCyclesApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/assessments/cycles").WithTags("Assessment cycles");
        group.MapGet("/", ListAsync).WithName("ListAssessmentCycles").WithSummary("Assessment cycles, newest first, with the framework version each uses.");
        group.MapPost("/", OpenAsync).WithName("OpenAssessmentCycle").RequireAuthorization(Policies.Admin)
            .WithSummary("Opens a cycle for a Buddhist-Era year with a published framework and a deadline (admins).").ProducesValidationProblem();
    }

    private static async Task<IResult> ListAsync(AppDbContext db, CancellationToken ct) => TypedResults.Ok(await db.AssessmentCycles.AsNoTracking()
        .OrderByDescending(c => c.YearBe)
        .Select(c => new { c.Id, c.YearBe, NameTh = c.Name.Th, NameEn = c.Name.En, c.FrameworkId, c.Deadline, c.IsDemo }).ToListAsync(ct));

    private static async Task<IResult> OpenAsync(CycleInput input, ClaimsPrincipal user, CycleOpening opening, JsonStringLocalizer l, CancellationToken ct)
    {
        var (cycle, errors) = await opening.OpenAsync(input, user, ct);
        if (cycle is null) return TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => l[e.Key, 300].Value).ToArray()));
        return TypedResults.Created($"/api/v1/assessments/cycles/{cycle.Id}", new { cycle.Id, cycle.YearBe, cycle.FrameworkId, cycle.Deadline });
    }
}
