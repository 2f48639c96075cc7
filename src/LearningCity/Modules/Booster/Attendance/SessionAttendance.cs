using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Cities.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Attendance;

public enum TicketCheck { Marked, UnknownCode, OtherSession, AlreadyUsed, NotConfirmed, SessionCancelled }

/// <summary>Attendance as organizers record it: by ticket code at the door, or ticked in a list.</summary>
public sealed class SessionAttendance(AppDbContext db, AttendanceRecorder recorder)
{
    public static string Normalize(string? code) =>
        new((code ?? "").Trim().ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    public async Task<(TicketCheck Check, Registration? Registration)> MarkByCodeAsync(Activity activity, ActivitySession session, string? code, ClaimsPrincipal by, CancellationToken ct)
    {
        var normalized = Normalize(code);
        var registration = normalized.Length == 0 ? null : await db.Registrations.FirstOrDefaultAsync(r => r.TicketCode == normalized, ct);
        if (registration is null) return (TicketCheck.UnknownCode, null);
        if (registration.SessionId != session.Id) return (TicketCheck.OtherSession, registration);
        var outcome = await recorder.MarkAsync(activity, session, registration, CityAccess.UserId(by) ?? Guid.Empty, ct);
        if (outcome == AttendanceOutcome.Marked) await db.SaveChangesAsync(ct);
        return (Check(outcome), registration);
    }

    /// <summary>Marks the given confirmed registrations of the session; the others are left as they are. Returns how many were marked.</summary>
    public async Task<int> MarkManyAsync(Activity activity, ActivitySession session, IReadOnlyCollection<int> registrationIds, ClaimsPrincipal by, CancellationToken ct)
    {
        var rows = await db.Registrations.Where(r => r.SessionId == session.Id && registrationIds.Contains(r.Id)).ToListAsync(ct);
        var marked = 0;
        foreach (var registration in rows)
            if (await recorder.MarkAsync(activity, session, registration, CityAccess.UserId(by) ?? Guid.Empty, ct) == AttendanceOutcome.Marked) marked++;
        await db.SaveChangesAsync(ct);
        return marked;
    }

    public async Task<bool> UnmarkAsync(ActivitySession session, int registrationId, CancellationToken ct)
    {
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == registrationId && r.SessionId == session.Id, ct);
        if (registration is null) return false;
        recorder.Unmark(registration);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static string MessageKey(TicketCheck check) => $"Attendance.Ticket.{check}";

    private static TicketCheck Check(AttendanceOutcome outcome) => outcome switch
    {
        AttendanceOutcome.Marked => TicketCheck.Marked,
        AttendanceOutcome.AlreadyMarked => TicketCheck.AlreadyUsed,
        AttendanceOutcome.SessionCancelled => TicketCheck.SessionCancelled,
        _ => TicketCheck.NotConfirmed,
    };
}
