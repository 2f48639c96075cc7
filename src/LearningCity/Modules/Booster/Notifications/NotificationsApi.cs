using System.Net;
using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace LearningCity.Modules.Booster.Notifications;

public sealed record NotificationDto(long Id, string Kind, string Title, string Body, string? Link, DateTime CreatedAt, DateTime? ReadAt)
{
    public static NotificationDto Of(Notification n) =>
        new(n.Id, n.Kind.ToString(), n.Title.Current, n.Body.Current, n.Link, n.CreatedAt, n.ReadAt);
}

public sealed record NotificationPreferenceDto(string Kind, bool Email, bool InApp);

internal static class NotificationsApi
{
    public static void MapNotificationsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/me").WithTags("Notifications").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/notifications", async (int? take, ClaimsPrincipal user, UserManager<AppUser> users, NotificationCentre centre, CancellationToken ct) =>
            TypedResults.Ok((await centre.ListAsync(UserId(users, user), Math.Clamp(take ?? 50, 1, 200), ct)).Select(NotificationDto.Of).ToList()))
            .WithName("ListMyNotifications").WithSummary("The caller's notifications, newest first (take: 1–200, default 50).");
        group.MapPost("/notifications/{id:long}/read", async (long id, ClaimsPrincipal user, UserManager<AppUser> users, NotificationCentre centre, CancellationToken ct) =>
            await centre.MarkReadAsync(UserId(users, user), id, ct) is { } read ? Results.Ok(NotificationDto.Of(read)) : Results.NotFound())
            .WithName("MarkNotificationRead").WithSummary("Marks one of the caller's notifications read.").Produces<NotificationDto>().ProducesProblem(404);
        group.MapGet("/notification-preferences", async (ClaimsPrincipal user, UserManager<AppUser> users, NotificationCentre centre, CancellationToken ct) =>
            TypedResults.Ok(await PreferencesAsync(centre, UserId(users, user), ct)))
            .WithName("GetNotificationPreferences").WithSummary("E-mail and in-app choices per notification kind (no choice saved means both on).");
        group.MapPut("/notification-preferences", PutPreferencesAsync).WithName("PutNotificationPreferences")
            .WithSummary("Saves choices per kind; kinds left out keep their current choice.").ProducesValidationProblem();

        // For the navbar badge (htmx): a small fragment, empty when nothing is unread.
        app.MapGet("/me/notifications/unread-count", async (ClaimsPrincipal user, UserManager<AppUser> users, NotificationCentre centre, JsonStringLocalizer l, CancellationToken ct) =>
        {
            var count = await centre.UnreadAsync(UserId(users, user), ct);
            var html = count == 0 ? "<span id=\"unread-count\"></span>"
                : $"<span id=\"unread-count\" class=\"badge rounded-pill text-bg-danger\">{count}<span class=\"visually-hidden\"> {WebUtility.HtmlEncode(l["Notifications.Unread"])}</span></span>";
            return Results.Content(html, "text/html; charset=utf-8");
        }).RequireAuthorization(Policies.SignedIn).ExcludeFromDescription();
    }

    private static async Task<IResult> PutPreferencesAsync(List<NotificationPreferenceDto> body, ClaimsPrincipal user, UserManager<AppUser> users,
        NotificationCentre centre, JsonStringLocalizer l, CancellationToken ct)
    {
        var rows = new List<PreferenceRow>();
        foreach (var p in body ?? [])
        {
            if (!Enum.TryParse<NotificationKind>(p.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(p.Kind, out _))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [l["Notifications.Error.UnknownKind", p.Kind ?? ""]] });
            rows.Add(new PreferenceRow(kind, p.Email, p.InApp));
        }
        var userId = UserId(users, user);
        var current = (await centre.PreferencesAsync(userId, ct)).ToDictionary(r => r.Kind);
        foreach (var row in rows) current[row.Kind] = row;
        await centre.SavePreferencesAsync(userId, current.Values, ct);
        return TypedResults.Ok(await PreferencesAsync(centre, userId, ct));
    }

    private static async Task<List<NotificationPreferenceDto>> PreferencesAsync(NotificationCentre centre, Guid userId, CancellationToken ct) =>
        (await centre.PreferencesAsync(userId, ct)).Select(r => new NotificationPreferenceDto(r.Kind.ToString(), r.Email, r.InApp)).ToList();

    private static Guid UserId(UserManager<AppUser> users, ClaimsPrincipal user) => Guid.Parse(users.GetUserId(user)!);
}
