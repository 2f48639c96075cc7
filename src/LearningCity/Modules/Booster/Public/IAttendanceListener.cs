using LearningCity.Modules.Booster.Data;

namespace LearningCity.Modules.Booster.Public;

/// <summary>
/// Told when an organizer marks a learner as attended, before the attendance is saved: whatever the listener
/// adds to the context (a credential, a notification) commits in the same transaction as the attendance.
/// </summary>
public interface IAttendanceListener
{
    Task OnAttendedAsync(Activity activity, ActivitySession session, Registration registration, Guid markedBy, CancellationToken ct);
}
