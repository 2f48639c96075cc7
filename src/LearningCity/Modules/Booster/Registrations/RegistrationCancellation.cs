using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Notifications;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Booster.Seats;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Registrations;

/// <summary>
/// Cancels a learner's own registration. The seat is released through the shared seat counter (<see cref="SeatCounter"/>):
/// a confirmed seat passes to the earliest waitlisted person of the session (each step a conditional UPDATE, so two
/// cancellations at once never promote the same person nor free a seat twice), who is told in the same transaction;
/// with nobody waiting, the seat count goes down.
/// </summary>
public sealed class RegistrationCancellation(AppDbContext db, SeatCounter seats, LearnerNotifier notifier, JsonStringLocalizer l, TimeProvider time)
{
    public async Task<RegistrationRefusal> CancelAsync(Guid userId, int registrationId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var registration = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == registrationId && r.UserId == userId, ct);
        if (registration is null) return RegistrationRefusal.NotFound;
        var session = await db.ActivitySessions.AsNoTracking().FirstAsync(s => s.Id == registration.SessionId, ct);
        if (registration.Status == RegistrationStatus.Cancelled || session.StartsAt <= now) return RegistrationRefusal.NotCancellable;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var release = await seats.ReleaseAsync(new SeatedThing(SeatKinds.BoosterSession, session.Id), userId, asOwner: true, ct);
        if (!release.Released) return RegistrationRefusal.NotCancellable;
        if (release.Promoted is { HolderUserId: { } promotedUser } promoted)
        {
            var title = await db.Activities.AsNoTracking().Where(a => a.Id == session.ActivityId).Select(a => a.Title).FirstAsync(ct);
            await notifier.NotifyAsync(promotedUser, NotificationKind.WaitlistPromoted,
                NotificationTexts.Title(l, NotificationKind.WaitlistPromoted, title),
                NotificationTexts.Body(l, NotificationKind.WaitlistPromoted, title, session.StartsAt), TicketLinks.Ticket(promoted.HoldId), ct);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return RegistrationRefusal.None;
    }
}
