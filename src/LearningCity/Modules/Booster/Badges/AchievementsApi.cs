using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Public;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

public sealed record IssueBadgesRequest(List<int>? RegistrationIds);

public sealed record LinkActivityRequest(int? ActivityId, bool Enabled = true);

internal static class AchievementsApi
{
    public static void MapAchievementsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/achievements").WithTags("Achievements");
        group.MapGet("/{id:int}", async Task<Results<Ok<AchievementDto>, NotFound>> (int id, AppDbContext db, CancellationToken ct) =>
            await db.Achievements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } a ? TypedResults.Ok(AchievementDto.Of(a)) : TypedResults.NotFound())
            .WithName("GetAchievement").WithSummary("One achievement (achievements are public).");
        var write = group.MapGroup("").RequireAuthorization(Policies.SignedIn);
        write.MapGet("/", MineAsync).WithName("MyAchievements").WithSummary("The achievements of the cities and organisations the user may publish for.");
        write.MapPost("/", CreateAsync).WithName("CreateAchievement").WithSummary("Defines a badge for a city or organisation the user publishes for.")
            .ProducesValidationProblem().ProducesProblem(403);
        write.MapPut("/{id:int}", UpdateAsync).WithName("UpdateAchievement").WithSummary("Replaces an achievement's fields; version must be the one read.")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        write.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteAchievement").WithSummary("Deletes an achievement nobody holds yet.")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        write.MapPost("/{id:int}/issue", IssueAsync).WithName("IssueAchievement")
            .WithSummary("Issues the badge to attendees (registration ids) of the publisher's activities; already issued ones are returned as they are.")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        write.MapPost("/{id:int}/auto-activity", LinkAsync).WithName("LinkAchievementToActivity")
            .WithSummary("Issues the badge automatically to every attendee of one of the publisher's activities (enabled=false unlinks).")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
    }

    private static async Task<Ok<List<AchievementDto>>> MineAsync(ClaimsPrincipal user, AchievementList list, CancellationToken ct) =>
        TypedResults.Ok((await list.MineAsync(user, ct)).Select(AchievementDto.Of).ToList());

    private static async Task<IResult> CreateAsync(AchievementApiInput input, ClaimsPrincipal user, AchievementEditing editing, JsonStringLocalizer l, HttpContext http, CancellationToken ct)
    {
        if (await ValidateAsync(input, editing, http, ct) is { } invalid) return invalid;
        if (!await editing.MayPublishAsAsync(user, input, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Badges.Error.NotPublisher"]);
        var a = await editing.CreateAsync(input, null, user, ct);
        return TypedResults.Created($"/api/v1/achievements/{a.Id}", AchievementDto.Of(a));
    }

    private static async Task<IResult> UpdateAsync(int id, AchievementApiInput input, ClaimsPrincipal user, AppDbContext db, AchievementEditing editing,
        JsonStringLocalizer l, HttpContext http, CancellationToken ct)
    {
        var a = await db.Achievements.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return TypedResults.NotFound();
        if (!await editing.MayEditAsync(user, a, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Badges.Error.NotPublisher"]);
        if (input.Version is null) return RequestValidation.Problem("version", l["Validation.Required", l["Badges.Field.Version"]]);
        if (await ValidateAsync(input, editing, http, ct) is { } invalid) return invalid;
        if (!await editing.MayPublishAsAsync(user, input, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Badges.Error.NotPublisher"]);
        if (await editing.UpdateAsync(a, input.Version.Value, input, null, user, ct) == AchievementSave.Conflict)
            return TypedResults.Problem(statusCode: 409, detail: l["Badges.Error.Conflict"]);
        return TypedResults.Ok(AchievementDto.Of(a));
    }

    private static async Task<IResult> DeleteAsync(int id, ClaimsPrincipal user, AppDbContext db, AchievementEditing editing, JsonStringLocalizer l, CancellationToken ct)
    {
        var a = await db.Achievements.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return TypedResults.NotFound();
        if (!await editing.MayEditAsync(user, a, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Badges.Error.NotPublisher"]);
        return await editing.DeleteAsync(a, user, ct) switch
        {
            AchievementSave.InUse => TypedResults.Problem(statusCode: 409, detail: l["Badges.Error.InUse"]),
            AchievementSave.Conflict => TypedResults.Problem(statusCode: 409, detail: l["Badges.Error.Conflict"]),
            _ => TypedResults.NoContent(),
        };
    }

    private static async Task<IResult> IssueAsync(int id, IssueBadgesRequest input, ClaimsPrincipal user, AppDbContext db, AchievementEditing editing,
        BadgeIssuing issuing, JsonStringLocalizer l, CancellationToken ct)
    {
        var a = await db.Achievements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return TypedResults.NotFound();
        if (!await editing.MayEditAsync(user, a, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Badges.Error.NotPublisher"]);
        if (input.RegistrationIds is not { Count: > 0 and <= 500 } ids)
            return RequestValidation.Problem("registrationIds", l["Badges.Validation.ChooseAttendees"]);
        var results = await issuing.IssueToAsync(a, ids, CityAccess.UserId(user)!.Value, ct);
        return TypedResults.Ok(results.Select(r => new { id = r.Id, url = r.Url, isNew = r.IsNew }).ToList());
    }

    private static async Task<IResult> LinkAsync(int id, LinkActivityRequest input, ClaimsPrincipal user, AppDbContext db, AchievementEditing editing,
        Common.Audit.AuditLog audit, JsonStringLocalizer l, CancellationToken ct)
    {
        var a = await db.Achievements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return TypedResults.NotFound();
        if (!await editing.MayEditAsync(user, a, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Badges.Error.NotPublisher"]);
        var activity = input.ActivityId is { } activityId
            ? await db.Activities.FirstOrDefaultAsync(x => x.Id == activityId && x.CityId == a.CityId && x.OrganisationId == a.OrganisationId, ct) : null;
        if (activity is null) return RequestValidation.Problem("activityId", l["Badges.Validation.Activity"]);
        await AchievementLinks.SetAsync(db, audit, activity, a.Id, input.Enabled, ct);
        return TypedResults.Ok(new { activityId = activity.Id, autoAchievementId = activity.AutoAchievementId });
    }

    private static async Task<IResult?> ValidateAsync(AchievementInput input, AchievementEditing editing, HttpContext http, CancellationToken ct)
    {
        var errors = RequestValidation.Validate(input, http.RequestServices.GetRequiredService<JsonStringLocalizer>());
        foreach (var (k, v) in await editing.CheckAsync(input, ct)) errors.TryAdd(k, v);
        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }
}
