using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

internal static class AchievementsApi
{
    public static void MapAchievementsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/achievements").WithTags("Achievements");
        group.MapGet("/{id:int}", GetAsync).WithName("GetAchievement").WithSummary("One achievement (public, like its resolvable URL).");
        var write = group.MapGroup("").RequireAuthorization(Policies.SignedIn);
        write.MapGet("/", MineAsync).WithName("MyAchievements").WithSummary("The achievements of the cities and organisations the caller may publish for (all for an admin).");
        write.MapPost("/", CreateAsync).WithName("CreateAchievement").WithSummary("Defines an achievement for one of the caller's cities or organisations.")
            .ProducesValidationProblem().ProducesProblem(403);
        write.MapPut("/{id:int}", UpdateAsync).WithName("UpdateAchievement").WithSummary("Replaces an achievement's fields; version must be the one read.")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        write.MapPost("/{id:int}/issue", IssueAsync).WithName("IssueAchievement")
            .WithSummary("Issues the achievement to attended registrations of the publisher's activities; already issued ones are skipped.")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        write.MapPut("/{id:int}/auto-activity", AutoActivityAsync).WithName("LinkAchievementToActivity")
            .WithSummary("Makes an activity of the same publisher issue this achievement automatically on attendance.")
            .ProducesProblem(403).ProducesProblem(404);
        write.MapDelete("/{id:int}/auto-activity/{activityId:int}", UnlinkAsync).WithName("UnlinkAchievementFromActivity")
            .WithSummary("Stops an activity issuing this achievement automatically.").ProducesProblem(403).ProducesProblem(404);
    }

    private static async Task<Results<Ok<AchievementDto>, NotFound>> GetAsync(int id, AppDbContext db, CancellationToken ct) =>
        await db.Set<Achievement>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } a ? TypedResults.Ok(AchievementDto.Of(a)) : TypedResults.NotFound();

    private static async Task<Ok<List<AchievementDto>>> MineAsync(ClaimsPrincipal user, AppDbContext db, PublisherAccess access, CancellationToken ct)
    {
        var list = await BadgeQueries.ManageableAsync(user, db, access, ct);
        return TypedResults.Ok(list.Select(AchievementDto.Of).ToList());
    }

    private static async Task<IResult> CreateAsync(AchievementInput input, ClaimsPrincipal user, AchievementEditing editing, JsonStringLocalizer l, CancellationToken ct)
    {
        var errors = await editing.ValidateAsync(input, user, ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (!await editing.MayManageAsync(user, input.CityId, input.OrganisationId, ct)) return Forbidden(l);
        var a = await editing.CreateAsync(input, user, ct);
        return TypedResults.Created($"/api/v1/achievements/{a.Id}", AchievementDto.Of(a));
    }

    private static async Task<IResult> UpdateAsync(int id, AchievementInput input, ClaimsPrincipal user, AppDbContext db, AchievementEditing editing,
        JsonStringLocalizer l, CancellationToken ct)
    {
        var a = await db.Set<Achievement>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return TypedResults.NotFound();
        if (!await editing.MayManageAsync(user, a.CityId, a.OrganisationId, ct)) return Forbidden(l);
        input = input with { CityId = a.CityId, OrganisationId = a.OrganisationId };
        var errors = await editing.ValidateAsync(input, user, ct);
        if (input.Version is null) errors["version"] = [l["Validation.Required", l["Badges.Field.Version"]].Value];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (!await editing.UpdateAsync(a, input, user, ct)) return TypedResults.Problem(statusCode: 409, detail: l["Badges.Error.Conflict"]);
        return TypedResults.Ok(AchievementDto.Of(a));
    }

    private static async Task<IResult> IssueAsync(int id, IssueRequest request, ClaimsPrincipal user, AppDbContext db, AchievementEditing editing,
        ManualIssuing issuing, JsonStringLocalizer l, CancellationToken ct)
    {
        var a = await db.Set<Achievement>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return TypedResults.NotFound();
        if (a.CityId is null && a.OrganisationId is null || !await editing.MayManageAsync(user, a.CityId, a.OrganisationId, ct)) return Forbidden(l);
        var ids = request.RegistrationIds ?? [];
        if (ids.Count == 0) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["registrationIds"] = [l["Validation.Required", l["Badges.Field.Registrations"]].Value] });
        var issued = await issuing.IssueAsync(a, ids, user, ct);
        if (issued is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["registrationIds"] = [l["Badges.Error.NotAttendee"].Value] });
        return TypedResults.Ok(issued);
    }

    private static async Task<IResult> AutoActivityAsync(int id, AutoActivityRequest request, ClaimsPrincipal user, AppDbContext db,
        AchievementEditing editing, JsonStringLocalizer l, CancellationToken ct) =>
        await LinkAsync(id, request.ActivityId ?? 0, true, user, db, editing, l, ct);

    private static async Task<IResult> UnlinkAsync(int id, int activityId, ClaimsPrincipal user, AppDbContext db, AchievementEditing editing,
        JsonStringLocalizer l, CancellationToken ct) =>
        await LinkAsync(id, activityId, false, user, db, editing, l, ct);

    private static async Task<IResult> LinkAsync(int id, int activityId, bool link, ClaimsPrincipal user, AppDbContext db, AchievementEditing editing,
        JsonStringLocalizer l, CancellationToken ct)
    {
        var a = await db.Set<Achievement>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return TypedResults.NotFound();
        if (!await editing.MayManageAsync(user, a.CityId, a.OrganisationId, ct)) return Forbidden(l);
        return await editing.LinkActivityAsync(a, activityId, link, user, ct)
            ? TypedResults.NoContent() : TypedResults.Problem(statusCode: 403, detail: l["Badges.Error.ActivityNotYours"]);
    }

    private static ProblemHttpResult Forbidden(JsonStringLocalizer l) => TypedResults.Problem(statusCode: 403, detail: l["Badges.Error.NotPublisher"]);
}
