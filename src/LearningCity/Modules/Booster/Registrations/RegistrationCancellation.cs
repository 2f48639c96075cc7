using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Registrations;

/// <summary>
/// Cancels a learner's own registration. A confirmed seat passes to the earliest waitlisted person of the session
/// (each step a conditional UPDATE, so two cancellations at once never promote the same person nor free a seat
/// twice); with nobody waiting, the seat count goes down.
/// </summary>
public sealed class RegistrationCancellation(AppDbContext db, LearnerNotifier notifier, JsonStringLocalizer l, TimeProvider time)
{
    public async Task<RegistrationRefusal> CancelAsync(Guid userId, int registrationId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var registration = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == registrationId && r.UserId == userId, ct);
        if (registration is null) return RegistrationRefusal.NotFound;
        var session = await db.ActivitySessions.AsNoTracking().FirstAsync(s => s.Id == registration.SessionId, ct);
        if (registration.Status == RegistrationStatus.Cancelled || session.StartsAt <= now) return RegistrationRefusal.NotCancellable;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var was = registration.Status;
        var cancelled = await db.Registrations.Where(r => r.Id == registrationId && r.Status == was)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RegistrationStatus.Cancelled).SetProperty(r => r.CancelledAt, now)
                .SetProperty(r => r.Version, r => r.Version + 1), ct);
        if (cancelled == 0) return RegistrationRefusal.NotCancellable;
        if (was == RegistrationStatus.Confirmed && !await PromoteNextAsync(session, now, ct))
            await db.ActivitySessions.Where(s => s.Id == session.Id && s.ConfirmedCount > 0)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.ConfirmedCount, s => s.ConfirmedCount - 1), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return RegistrationRefusal.None;
    }

    private async Task<bool> PromoteNextAsync(ActivitySession session, DateTime now, CancellationToken ct)
    {
        if (session.Status == SessionStatus.Cancelled) return false;
        while (true)
        {
            var next = await db.Registrations.AsNoTracking()
                .Where(r => r.SessionId == session.Id && r.Status == RegistrationStatus.Waitlisted)
                .OrderBy(r => r.WaitlistedAt).ThenBy(r => r.Id)
                .Select(r => new { r.Id, r.UserId }).FirstOrDefaultAsync(ct);
            if (next is null) return false;
            var promoted = await db.Registrations.Where(r => r.Id == next.Id && r.Status == RegistrationStatus.Waitlisted)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RegistrationStatus.Confirmed).SetProperty(r => r.PromotedAt, now)
                    .SetProperty(r => r.Version, r => r.Version + 1), ct);
            if (promoted == 0) continue;
            if (next.UserId is { } promotedUser)
            {
                var title = await db.Activities.AsNoTracking().Where(a => a.Id == session.ActivityId).Select(a => a.Title).FirstAsync(ct);
                await notifier.NotifyAsync(promotedUser, NotificationKind.WaitlistPromoted,
                    NotificationTexts.Title(l, NotificationKind.WaitlistPromoted, title),
                    NotificationTexts.Body(l, NotificationKind.WaitlistPromoted, title, session.StartsAt), TicketLinks.Ticket(next.Id), ct);
            }
            return true;
        }
    }
}
