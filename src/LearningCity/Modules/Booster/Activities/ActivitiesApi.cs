using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Activities;

internal static class ActivitiesApi
{
    private const string Prefix = "Activities";

    public static void MapActivitiesApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/activities").WithTags("Activities");
        group.MapGet("/", ListAsync).WithName("ListActivities")
            .WithSummary("Published activities, filtered by text (Thai-aware search), topic id, age group, mode, province, price (free/paid) and level.");
        group.MapGet("/{id:int}", GetAsync).WithName("GetActivity")
            .WithSummary("One activity with its sessions. Drafts are visible only to their publishers.");
        var write = group.MapGroup("").RequireAuthorization(Policies.SignedIn);
        write.MapPost("/", CreateAsync).WithName("CreateActivity").WithSummary("Creates an activity (draft, or published with publish=true), with optional first sessions.")
            .ProducesValidationProblem().ProducesProblem(403);
        write.MapPut("/{id:int}", UpdateAsync).WithName("UpdateActivity").WithSummary("Replaces an activity's fields; version must be the one read.")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        write.MapPost("/{id:int}/publish", (int id, ClaimsPrincipal user, AppDbContext db, PublisherAccess access, ActivityEditing editing, JsonStringLocalizer l, CancellationToken ct) =>
            PublishedItemApi.SetStatusAsync(id, PublicationStatus.Published, user, db, access, editing, l, Prefix, ActivityDto.Of, ct)).WithName("PublishActivity")
            .ProducesProblem(403).ProducesProblem(404);
        write.MapPost("/{id:int}/unpublish", (int id, ClaimsPrincipal user, AppDbContext db, PublisherAccess access, ActivityEditing editing, JsonStringLocalizer l, CancellationToken ct) =>
            PublishedItemApi.SetStatusAsync(id, PublicationStatus.Unpublished, user, db, access, editing, l, Prefix, ActivityDto.Of, ct)).WithName("UnpublishActivity")
            .ProducesProblem(403).ProducesProblem(404);
        write.MapPost("/{id:int}/sessions", AddSessionAsync).WithName("AddActivitySession").WithSummary("Adds a session (start, end, capacity).")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        write.MapPut("/{id:int}/sessions/{sessionId:int}", UpdateSessionAsync).WithName("UpdateActivitySession")
            .WithSummary("Changes a session; a change of time notifies its confirmed and waitlisted registrants.")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        write.MapPost("/{id:int}/sessions/{sessionId:int}/cancel", CancelSessionAsync).WithName("CancelActivitySession")
            .WithSummary("Cancels a session and notifies its registrants; sessions are never deleted.")
            .ProducesProblem(403).ProducesProblem(404);
    }

    private static async Task<Ok<Paged<ActivityDto>>> ListAsync(string? q, int? topic, string? ageGroup, string? mode, string? province, string? price,
        string? level, int? page, int? pageSize, AppDbContext db, ISearchService search, TimeProvider time, CancellationToken ct)
    {
        var paged = await ActivityQuery.PageAsync(db, search, new ActivityFilter(q, topic, ageGroup, mode, province, price, level),
            PageRequest.From(page, pageSize), time.GetUtcNow().UtcDateTime, ct);
        return TypedResults.Ok(paged.Map(ActivityDto.Of));
    }

    private static async Task<Results<Ok<ActivityDto>, NotFound>> GetAsync(int id, ClaimsPrincipal user, AppDbContext db, PublisherAccess access, CancellationToken ct)
    {
        var activity = await ActivityQuery.FindAsync(db, id, false, ct);
        if (activity is null || !await access.CanViewAsync(user, activity, ct)) return TypedResults.NotFound();
        return TypedResults.Ok(ActivityDto.Of(activity));
    }

    private static async Task<IResult> CreateAsync(ActivityApiInput input, bool? publish, ClaimsPrincipal user, ActivityRules rules, ActivityEditing editing,
        AppDbContext db, JsonStringLocalizer l, CancellationToken ct)
    {
        var check = await rules.ValidateAsync(input, ct);
        var sessions = input.Sessions ?? [];
        for (var i = 0; i < sessions.Count; i++)
            foreach (var (field, messages) in rules.ValidateSession(sessions[i]))
                check.Errors[$"sessions[{i}].{field}"] = messages;
        if (check.Errors.Count > 0) return TypedResults.ValidationProblem(check.Errors);
        if (!await rules.MayPublishAsAsync(user, input, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Activities.Error.NotPublisher"]);
        var activity = await editing.CreateAsync(a =>
        {
            input.ApplyTo(a, check.Choices, check.Place);
            a.Sessions.AddRange(sessions.Select(s => new ActivitySession
            {
                StartsAt = s.StartsAt!.Value.UtcDateTime, EndsAt = s.EndsAt!.Value.UtcDateTime, Capacity = s.Capacity!.Value,
            }));
        }, publish == true, user, ct);
        return TypedResults.Created($"/api/v1/activities/{activity.Id}", ActivityDto.Of(activity));
    }

    private static async Task<IResult> UpdateAsync(int id, ActivityApiInput input, ClaimsPrincipal user, AppDbContext db, PublisherAccess access,
        ActivityRules rules, ActivityEditing editing, JsonStringLocalizer l, CancellationToken ct)
    {
        var activity = await ActivityQuery.FindAsync(db, id, true, ct);
        if (activity is null || !await access.CanViewAsync(user, activity, ct)) return TypedResults.NotFound();
        if (!await access.CanEditAsync(user, activity, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Activities.Error.NotPublisher"]);
        var check = await rules.ValidateAsync(input, ct);
        if (input.Version is null) check.Errors["version"] = [l["Validation.Required", l["Activities.Field.Version"]].Value];
        if (check.Errors.Count > 0) return TypedResults.ValidationProblem(check.Errors);
        if (!await rules.MayPublishAsAsync(user, input, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Activities.Error.NotPublisher"]);
        var outcome = await editing.UpdateAsync(activity, input.Version!.Value, a => input.ApplyTo(a, check.Choices, check.Place), ct);
        if (outcome == SaveOutcome.Conflict) return await PublishedItemApi.ConflictAsync<Activity>(db, id, l, Prefix, ct);
        return TypedResults.Ok(ActivityDto.Of(activity));
    }

    private static async Task<IResult> AddSessionAsync(int id, SessionInput input, ClaimsPrincipal user, AppDbContext db, PublisherAccess access,
        ActivityRules rules, ActivitySchedule schedule, JsonStringLocalizer l, CancellationToken ct)
    {
        var (activity, denied) = await EditableAsync(id, user, db, access, l, ct);
        if (denied is not null) return denied;
        var errors = rules.ValidateSession(input);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var session = await schedule.AddAsync(activity!, input, ct);
        return TypedResults.Created($"/api/v1/activities/{id}/sessions/{session.Id}", SessionDto.Of(id, session));
    }

    private static async Task<IResult> UpdateSessionAsync(int id, int sessionId, SessionInput input, ClaimsPrincipal user, AppDbContext db,
        PublisherAccess access, ActivityRules rules, ActivitySchedule schedule, JsonStringLocalizer l, CancellationToken ct)
    {
        var (activity, denied) = await EditableAsync(id, user, db, access, l, ct);
        if (denied is not null) return denied;
        var session = activity!.Sessions.FirstOrDefault(s => s.Id == sessionId);
        if (session is null) return TypedResults.NotFound();
        var errors = rules.ValidateSession(input, session.ConfirmedCount);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        await schedule.UpdateAsync(activity, session, input, ct);
        return TypedResults.Ok(SessionDto.Of(id, session));
    }

    private static async Task<IResult> CancelSessionAsync(int id, int sessionId, ClaimsPrincipal user, AppDbContext db, PublisherAccess access,
        ActivitySchedule schedule, JsonStringLocalizer l, TimeProvider time, CancellationToken ct)
    {
        var (activity, denied) = await EditableAsync(id, user, db, access, l, ct);
        if (denied is not null) return denied;
        var session = activity!.Sessions.FirstOrDefault(s => s.Id == sessionId);
        if (session is null) return TypedResults.NotFound();
        await schedule.CancelAsync(activity, session, time.GetUtcNow().UtcDateTime, ct);
        return TypedResults.Ok(SessionDto.Of(id, session));
    }

    private static async Task<(Activity?, IResult?)> EditableAsync(int id, ClaimsPrincipal user, AppDbContext db, PublisherAccess access,
        JsonStringLocalizer l, CancellationToken ct)
    {
        var activity = await ActivityQuery.FindAsync(db, id, true, ct);
        if (activity is null || !await access.CanViewAsync(user, activity, ct)) return (null, TypedResults.NotFound());
        if (!await access.CanEditAsync(user, activity, ct)) return (null, TypedResults.Problem(statusCode: 403, detail: l["Activities.Error.NotPublisher"]));
        return (activity, null);
    }
}
