using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Applications;

public sealed record EligibilityDto(int CategoryId, string CategoryCode, bool Eligible, IReadOnlyList<string> Reasons);

internal static class ApplicationsApi
{
    public static void MapApplicationsApi(this WebApplication app)
    {
        var cycles = app.MapGroup("/api/v1/awards/cycles/{id:int}").WithTags("Awards").RequireAuthorization(Policies.SignedIn);
        cycles.MapGet("/eligibility", EligibilityAsync).WithName("GetAwardEligibility")
            .WithSummary("Whether a city may apply to each category of the cycle, with every reason it may not (the city's coordinators and admins).")
            .Produces<List<EligibilityDto>>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        cycles.MapPost("/applications", StartAsync).WithName("StartAwardApplication")
            .WithSummary("Starts a city's application to one category while the call is open (the city's coordinators and admins); 409 with the reasons when not eligible.")
            .Produces<ApplicationDto>(201).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        var group = app.MapGroup("/api/v1/awards/applications").WithTags("Awards").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", ListAsync).WithName("ListAwardApplications")
            .WithSummary("The applications the caller may see: their own cities' (coordinators) or all (admins); none for other roles.").Produces<List<ApplicationDto>>();
        group.MapGet("/{appId:int}", GetAsync).WithName("GetAwardApplication").WithSummary("One application (its city's coordinators and admins).")
            .Produces<ApplicationDto>().ProducesProblem(403).ProducesProblem(404);
        ApplicationEditingApi.Map(group);
    }

    private static async Task<IResult> EligibilityAsync(int id, int? city, ClaimsPrincipal user, AppDbContext db, CityAccess access, Eligibility eligibility,
        JsonStringLocalizer l, CancellationToken ct)
    {
        if (city is not { } cityId) return AwardsProblems.Validation([new("city", "Awards.Validation.Choose")], l);
        if (!await access.CanEditAsync(user, cityId, ct)) return AwardsProblems.Forbidden("Awards.Error.NotYours", l);
        if (await CyclesApi.LoadAsync(db, id, ct) is not { } cycle || !await db.Cities.AnyAsync(c => c.Id == cityId, ct)) return TypedResults.NotFound();
        var result = await eligibility.ForCityAsync(cycle, cityId, ct);
        return TypedResults.Ok(result.Select(e => new EligibilityDto(e.CategoryId, e.CategoryCode, e.Eligible, e.Reasons.Select(r => l[r].Value).ToList())).ToList());
    }

    private static async Task<IResult> StartAsync(int id, NewApplicationInput input, ClaimsPrincipal user, AppDbContext db, CityAccess access, ApplicationDrafts drafts,
        JsonStringLocalizer l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (input.CityId is null) errors.Add(new("cityId", "Awards.Validation.Choose"));
        if (input.CategoryId is null) errors.Add(new("categoryId", "Awards.Validation.Choose"));
        if (errors.Count > 0) return AwardsProblems.Validation(errors, l);
        if (!await access.CanEditAsync(user, input.CityId!.Value, ct)) return AwardsProblems.Forbidden("Awards.Error.NotYours", l);
        if (await CyclesApi.LoadAsync(db, id, ct) is not { } cycle) return TypedResults.NotFound();
        if (cycle.Categories.All(c => c.Id != input.CategoryId)) return AwardsProblems.Validation([new("categoryId", "Awards.Application.NoSuchCategory")], l);
        var (outcome, application, reasons) = await drafts.StartAsync(cycle, input.CategoryId!.Value, input.CityId.Value, user, ct);
        return outcome switch
        {
            DraftOutcome.Saved => TypedResults.Created($"/api/v1/awards/applications/{application!.Id}", await DtoAsync(db, application, cycle, drafts.ThaiToday, user, ct)),
            DraftOutcome.NotEligible => AwardsProblems.Conflict("Awards.Application.NotEligible", reasons, l),
            DraftOutcome.Invalid => TypedResults.NotFound(),
            _ => Problem(outcome, l),
        };
    }

    private static async Task<IResult> ListAsync(int? cycle, ClaimsPrincipal user, AppDbContext db, CityAccess access, TimeProvider time, CancellationToken ct)
    {
        var query = db.AwardApplications.AsNoTracking();
        if (!CityAccess.IsAdmin(user))
        {
            if (!Privileges.Has(user, Roles.Coordinator)) return TypedResults.Ok(new List<ApplicationDto>());
            var cities = await access.ScopedCityIdsAsync(user, ct);
            query = query.Where(a => cities.Contains(a.CityId));
        }
        if (cycle is { } cycleId) query = query.Where(a => a.CycleId == cycleId);
        var applications = await query.OrderByDescending(a => a.CycleId).ThenBy(a => a.CityId).ThenBy(a => a.CategoryId).Take(500).ToListAsync(ct);
        var result = new List<ApplicationDto>();
        var loaded = new Dictionary<int, AwardCycle>();
        foreach (var a in applications)
        {
            if (!loaded.TryGetValue(a.CycleId, out var c)) loaded[a.CycleId] = c = (await CyclesApi.LoadAsync(db, a.CycleId, ct))!;
            result.Add(await DtoAsync(db, a, c, ThaiTime.Today(time), user, ct));
        }
        return TypedResults.Ok(result);
    }

    private static async Task<IResult> GetAsync(int appId, ClaimsPrincipal user, AppDbContext db, CityAccess access, TimeProvider time, JsonStringLocalizer l, CancellationToken ct)
    {
        if (await db.AwardApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == appId, ct) is not { } a) return TypedResults.NotFound();
        if (!await access.CanEditAsync(user, a.CityId, ct)) return AwardsProblems.Forbidden("Awards.Error.NotYours", l);
        var cycle = (await CyclesApi.LoadAsync(db, a.CycleId, ct))!;
        return TypedResults.Ok(await DtoAsync(db, a, cycle, ThaiTime.Today(time), user, ct));
    }

    internal static async Task<ApplicationDto> DtoAsync(AppDbContext db, AwardApplication a, AwardCycle cycle, DateOnly today, ClaimsPrincipal user, CancellationToken ct)
    {
        var name = await db.Cities.AsNoTracking().Where(c => c.Id == a.CityId).Select(c => c.Name).FirstAsync(ct);
        return ApplicationDto.Of(a, cycle, name.Current, today, CityAccess.IsAdmin(user));
    }

    internal static IResult Problem(DraftOutcome outcome, JsonStringLocalizer l) => outcome switch
    {
        DraftOutcome.NotOpen => AwardsProblems.Conflict("Awards.Application.NotOpen", l),
        DraftOutcome.Locked => AwardsProblems.Conflict("Awards.Application.Locked", l),
        DraftOutcome.PastDeadline => AwardsProblems.Conflict("Awards.Application.PastDeadline", l),
        DraftOutcome.Exists => AwardsProblems.Conflict("Awards.Application.Exists", l),
        DraftOutcome.Conflict => AwardsProblems.Conflict("Awards.Error.Conflict", l),
        _ => TypedResults.Problem(statusCode: 400, detail: l["Validation.InvalidValue"]),
    };
}
