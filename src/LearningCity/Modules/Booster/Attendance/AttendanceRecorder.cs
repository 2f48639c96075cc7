using LearningCity.Common.Audit;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Public;

namespace LearningCity.Modules.Booster.Attendance;

public enum AttendanceOutcome { Marked, AlreadyMarked, NotConfirmed, SessionCancelled }

/// <summary>
/// Marks a confirmed registration as attended and lets the listeners (badges, ...) add their rows to the same
/// unit of work. The caller saves; the attendance and what it earned then commit together.
/// </summary>
public sealed class AttendanceRecorder(IEnumerable<IAttendanceListener> listeners, AuditLog audit, TimeProvider time)
{
    public async Task<AttendanceOutcome> MarkAsync(Activity activity, ActivitySession session, Registration registration, Guid markedBy, CancellationToken ct)
    {
        if (session.Status == SessionStatus.Cancelled) return AttendanceOutcome.SessionCancelled;
        if (registration.Status != RegistrationStatus.Confirmed) return AttendanceOutcome.NotConfirmed;
        if (registration.AttendedAt is not null) return AttendanceOutcome.AlreadyMarked;
        registration.AttendedAt = time.GetUtcNow().UtcDateTime;
        registration.AttendanceMarkedBy = markedBy;
        audit.Record("booster.attendance.mark", "registration", registration.Id, null, new { registration.SessionId, registration.TicketCode });
        foreach (var listener in listeners)
            await listener.OnAttendedAsync(activity, session, registration, markedBy, ct);
        return AttendanceOutcome.Marked;
    }

    /// <summary>Undoes a mistaken mark. Credentials already issued stay until the issuer revokes them.</summary>
    public void Unmark(Registration registration)
    {
        if (registration.AttendedAt is null) return;
        registration.AttendedAt = null;
        registration.AttendanceMarkedBy = null;
        audit.Record("booster.attendance.unmark", "registration", registration.Id, null, new { registration.SessionId });
    }
}
