using System.Globalization;
using System.Security.Claims;
using System.Text;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;

namespace LearningCity.Modules.Booster.Attendance;

public sealed record RosterEntryDto(int RegistrationId, string Name, string AgeGroup, string TicketCode, string Status, DateTime? WaitlistedAt, DateTime? AttendedAt);

/// <summary>Either a ticket code (checked as at the door) or registration ids (a ticked list).</summary>
public sealed record AttendanceRequest(string? TicketCode, List<int>? RegistrationIds);

public sealed record AttendanceResult(int Marked, string? Message);

internal static class AttendanceApi
{
    public static void MapAttendanceApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/activities/{id:int}/sessions/{sessionId:int}").WithTags("Attendance").RequireAuthorization();
        group.MapGet("/roster", RosterAsync).WithName("GetSessionRoster").WithSummary("The session's confirmed and waitlisted registrants (the activity's publishers only).");
        group.MapGet("/roster.csv", CsvAsync).WithName("GetSessionRosterCsv").WithSummary("The roster as CSV (UTF-8 with BOM).");
        group.MapPost("/attendance", MarkAsync).WithName("MarkAttendance")
            .WithSummary("Marks attendance by a ticket code, or for the given registration ids. Unknown code 404; a code of another session, already used, or without a confirmed seat 409.")
            .Produces<AttendanceResult>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        group.MapDelete("/attendance/{registrationId:int}", UnmarkAsync).WithName("UnmarkAttendance").WithSummary("Undoes a mistaken check-in.");
    }

    private static async Task<IResult> RosterAsync(int id, int sessionId, ClaimsPrincipal user, SessionRoster roster, CancellationToken ct)
    {
        if (await DeniedAsync(roster, user, id, sessionId, ct) is { } denied) return denied;
        var entries = await roster.EntriesAsync(sessionId, ct);
        return TypedResults.Ok(entries.Select(e => new RosterEntryDto(e.RegistrationId, e.Name, e.AgeGroup.ToString(), e.TicketCode,
            e.Status.ToString().ToLowerInvariant(), e.WaitlistedAt, e.AttendedAt)).ToList());
    }

    private static async Task<IResult> CsvAsync(int id, int sessionId, ClaimsPrincipal user, SessionRoster roster, JsonStringLocalizer l, CancellationToken ct)
    {
        if (await DeniedAsync(roster, user, id, sessionId, ct) is { } denied) return denied;
        var csv = new StringBuilder();
        CsvWriter.Row(csv, new[] { "Column.Name", "Column.AgeGroup", "Column.Ticket", "Column.Status", "Column.AttendedAt" }.Select(k => l[$"Attendance.{k}"].Value));
        foreach (var e in await roster.EntriesAsync(sessionId, ct))
            CsvWriter.Row(csv, [e.Name, l[$"Attendance.AgeGroup.{e.AgeGroup}"], e.TicketCode,
                e.Status == RegistrationStatus.Confirmed ? l["Attendance.Confirmed"] : l["Attendance.Waitlist"],
                e.AttendedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)]);
        return TypedResults.File(CsvWriter.Bytes(csv), "text/csv; charset=utf-8", $"roster-{id}-{sessionId}.csv");
    }

    private static async Task<IResult> MarkAsync(int id, int sessionId, AttendanceRequest? body, ClaimsPrincipal user, SessionRoster roster,
        SessionAttendance attendance, JsonStringLocalizer l, CancellationToken ct)
    {
        var (access, activity, session) = await roster.OpenAsync(user, id, sessionId, ct);
        if (Denied(access, l) is { } denied) return denied;
        if (!string.IsNullOrWhiteSpace(body?.TicketCode))
        {
            var (check, _) = await attendance.MarkByCodeAsync(activity!, session!, body.TicketCode, user, ct);
            var message = string.Format(CultureInfo.CurrentCulture, l[SessionAttendance.MessageKey(check)], SessionAttendance.Normalize(body.TicketCode));
            return check switch
            {
                TicketCheck.Marked => TypedResults.Ok(new AttendanceResult(1, message)),
                TicketCheck.UnknownCode => TypedResults.Problem(statusCode: 404, detail: message),
                _ => TypedResults.Problem(statusCode: 409, detail: message),
            };
        }
        if (body?.RegistrationIds is not { Count: > 0 } ids)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ticketCode"] = [l["Attendance.Error.NoTicket"]] });
        return TypedResults.Ok(new AttendanceResult(await attendance.MarkManyAsync(activity!, session!, ids, user, ct), null));
    }

    private static async Task<IResult> UnmarkAsync(int id, int sessionId, int registrationId, ClaimsPrincipal user, SessionRoster roster,
        SessionAttendance attendance, JsonStringLocalizer l, CancellationToken ct)
    {
        var (access, _, session) = await roster.OpenAsync(user, id, sessionId, ct);
        if (Denied(access, l) is { } denied) return denied;
        return await attendance.UnmarkAsync(session!, registrationId, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<IResult?> DeniedAsync(SessionRoster roster, ClaimsPrincipal user, int id, int sessionId, CancellationToken ct) =>
        Denied((await roster.OpenAsync(user, id, sessionId, ct)).Access, null);

    private static IResult? Denied(RosterAccess access, JsonStringLocalizer? l) => access switch
    {
        RosterAccess.NotFound => TypedResults.NotFound(),
        RosterAccess.Forbidden => TypedResults.Problem(statusCode: 403, detail: l?["Attendance.Error.NotPublisher"].Value),
        _ => null,
    };
}
