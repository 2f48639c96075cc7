using System.Security.Claims;
using System.Text;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace LearningCity.Modules.Booster.Calendar;

internal static class CalendarEndpoints
{
    public static void MapCalendarFiles(this WebApplication app)
    {
        app.MapGet("/me/registrations/{id:int}/calendar.ics", async (int id, ClaimsPrincipal user, UserManager<AppUser> users, CalendarFiles files,
            JsonStringLocalizer l, CancellationToken ct) =>
        {
            if (!Guid.TryParse(users.GetUserId(user), out var userId)) return Results.Unauthorized();
            var entries = await files.EntriesAsync(userId, id, ct);
            if (entries.Count == 0) return Results.NotFound();
            return Results.File(Encoding.UTF8.GetBytes(files.Write(entries, l["Calendar.Name"])), CalendarFiles.ContentType, CalendarFiles.FileName(id));
        }).RequireAuthorization(Policies.SignedIn).ExcludeFromDescription();

        app.MapGet("/calendar/{token}.ics", async (string token, CalendarFeeds feeds, CalendarFiles files, JsonStringLocalizer l, CancellationToken ct) =>
        {
            if (token.Length > 64 || await feeds.OwnerAsync(token, ct) is not { } userId) return Results.NotFound();
            var entries = await files.EntriesAsync(userId, null, ct);
            return Results.Text(files.Write(entries, l["Calendar.Name"]), CalendarFiles.ContentType);
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
