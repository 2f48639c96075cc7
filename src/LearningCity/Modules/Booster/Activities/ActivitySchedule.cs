using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Notifications;
using LearningCity.Modules.Booster.Registrations;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Activities;

/// <summary>
/// Adding, changing and cancelling sessions. A change of time or a cancellation notifies every confirmed and
/// waitlisted registrant in the same save, so nobody learns of it late or not at all.
/// </summary>
public sealed class ActivitySchedule(AppDbContext db, AuditLog audit, LearnerNotifier notifier, JsonStringLocalizer l)
{
    public async Task<ActivitySession> AddAsync(Activity activity, SessionInput input, CancellationToken ct)
    {
        var session = new ActivitySession
        {
            ActivityId = activity.Id, StartsAt = input.StartsAt!.Value.UtcDateTime, EndsAt = input.EndsAt!.Value.UtcDateTime,
            Capacity = input.Capacity!.Value, Status = SessionStatus.Scheduled,
        };
        db.ActivitySessions.Add(session);
        await db.SaveChangesAsync(ct);
        audit.Record("activity.session.add", "ActivitySession", session.Id, null, Snapshot(session));
        SearchChanges.Record(db, ActivitySearch.TypeName, activity.Id);
        await db.SaveChangesAsync(ct);
        return session;
    }

    public async Task UpdateAsync(Activity activity, ActivitySession session, SessionInput input, CancellationToken ct)
    {
        var before = Snapshot(session);
        var starts = input.StartsAt!.Value.UtcDateTime;
        var ends = input.EndsAt!.Value.UtcDateTime;
        var timeChanged = session.StartsAt != starts || session.EndsAt != ends;
        session.StartsAt = starts;
        session.EndsAt = ends;
        session.Capacity = input.Capacity!.Value;
        if (timeChanged && session.Status == SessionStatus.Scheduled)
            await NotifyRegistrantsAsync(activity, session, NotificationKind.SessionChanged, ct);
        audit.Record("activity.session.update", "ActivitySession", session.Id, before, Snapshot(session));
        SearchChanges.Record(db, ActivitySearch.TypeName, activity.Id);
        await db.SaveChangesAsync(ct);
    }

    public async Task CancelAsync(Activity activity, ActivitySession session, DateTime nowUtc, CancellationToken ct)
    {
        if (session.Status == SessionStatus.Cancelled) return;
        var before = Snapshot(session);
        session.Status = SessionStatus.Cancelled;
        session.CancelledAt = nowUtc;
        await NotifyRegistrantsAsync(activity, session, NotificationKind.SessionCancelled, ct);
        audit.Record("activity.session.cancel", "ActivitySession", session.Id, before, Snapshot(session));
        SearchChanges.Record(db, ActivitySearch.TypeName, activity.Id);
        await db.SaveChangesAsync(ct);
    }

    private async Task NotifyRegistrantsAsync(Activity activity, ActivitySession session, NotificationKind kind, CancellationToken ct)
    {
        var registrants = await db.Registrations.Where(r => r.SessionId == session.Id
                && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted))
            .Where(r => r.UserId != null).Select(r => new { r.Id, UserId = r.UserId!.Value }).ToListAsync(ct);
        foreach (var r in registrants)
            await notifier.NotifyAsync(r.UserId, kind, NotificationTexts.Title(l, kind, activity.Title),
                NotificationTexts.Body(l, kind, activity.Title, session.StartsAt), TicketLinks.Ticket(r.Id), ct);
    }

    private static object Snapshot(ActivitySession s) => new { s.StartsAt, s.EndsAt, s.Capacity, s.Status };
}
