using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Booster.Registrations;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Seats;

/// <summary>
/// The seats of Booster sessions are their registrations: <see cref="ActivitySession.ConfirmedCount"/> is the counter
/// and each <see cref="Registration"/> the holding (docs/adr/0014-shared-seats.md). Only the Booster's registration takes
/// and releases them, since a seat there comes with a consent, a ticket and the session's own rules.
/// </summary>
internal sealed class BoosterSessionLedger(AppDbContext db) : ISeatLedger
{
    public bool Stores(string kind) => kind == SeatKinds.BoosterSession;

    public bool OwnerTakesOnly => true;

    public Task<bool> ExistsAsync(SeatedThing thing, CancellationToken ct) => db.ActivitySessions.AnyAsync(s => s.Id == thing.Id, ct);

    public async Task<bool> TryCountSeatAsync(SeatedThing thing, CancellationToken ct) =>
        await db.ActivitySessions.Where(s => s.Id == thing.Id && s.Status == SessionStatus.Scheduled && s.ConfirmedCount < s.Capacity)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ConfirmedCount, s => s.ConfirmedCount + 1), ct) == 1;

    public Task UncountSeatAsync(SeatedThing thing, CancellationToken ct) =>
        db.ActivitySessions.Where(s => s.Id == thing.Id && s.ConfirmedCount > 0)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ConfirmedCount, s => s.ConfirmedCount - 1), ct);

    public async Task<(int Id, SeatState State)?> FindLiveAsync(SeatedThing thing, Guid holderId, CancellationToken ct)
    {
        var live = await db.Registrations.AsNoTracking()
            .Where(r => r.SessionId == thing.Id && r.UserId == holderId && r.Status != RegistrationStatus.Cancelled)
            .Select(r => new { r.Id, r.Status }).FirstOrDefaultAsync(ct);
        return live is null ? null : (live.Id, (SeatState)live.Status);
    }

    /// <summary>
    /// Writes the seat part of the registration (a cancelled one of the same person is reused); the Booster's
    /// registration then adds the consent and the learner's figures to the same tracked row before it commits.
    /// </summary>
    public async Task<int?> HoldAsync(SeatedThing thing, Guid holderId, SeatState state, DateTime nowUtc, CancellationToken ct)
    {
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.SessionId == thing.Id && r.UserId == holderId, ct);
        if (registration is { Status: not RegistrationStatus.Cancelled }) return null;
        if (registration is null)
        {
            var activityId = await db.ActivitySessions.Where(s => s.Id == thing.Id).Select(s => s.ActivityId).FirstAsync(ct);
            registration = new Registration { SessionId = thing.Id, ActivityId = activityId, UserId = holderId, TicketCode = await NewTicketCodeAsync(ct), Version = 1 };
            db.Registrations.Add(registration);
        }
        else registration.Version++;
        registration.Status = (RegistrationStatus)state;
        registration.CreatedAt = nowUtc;
        registration.WaitlistedAt = state == SeatState.Waitlisted ? nowUtc : null;
        registration.PromotedAt = registration.CancelledAt = registration.AttendedAt = null;
        registration.AttendanceMarkedBy = null;
        await db.SaveChangesAsync(ct);
        return registration.Id;
    }

    public async Task<bool> MarkReleasedAsync(int holdId, SeatState was, DateTime nowUtc, CancellationToken ct)
    {
        var status = (RegistrationStatus)was;
        return await db.Registrations.Where(r => r.Id == holdId && r.Status == status)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RegistrationStatus.Cancelled).SetProperty(r => r.CancelledAt, nowUtc)
                .SetProperty(r => r.Version, r => r.Version + 1), ct) == 1;
    }

    public async Task<bool> PromotesAsync(SeatedThing thing, CancellationToken ct) =>
        await db.ActivitySessions.AnyAsync(s => s.Id == thing.Id && s.Status != SessionStatus.Cancelled, ct);

    public async Task<SeatPromotion?> FirstWaitingAsync(SeatedThing thing, CancellationToken ct) =>
        await db.Registrations.AsNoTracking()
            .Where(r => r.SessionId == thing.Id && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.WaitlistedAt).ThenBy(r => r.Id)
            .Select(r => new SeatPromotion(r.Id, r.UserId)).FirstOrDefaultAsync(ct);

    public async Task<bool> PromoteAsync(int holdId, DateTime nowUtc, CancellationToken ct) =>
        await db.Registrations.Where(r => r.Id == holdId && r.Status == RegistrationStatus.Waitlisted)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RegistrationStatus.Confirmed).SetProperty(r => r.PromotedAt, nowUtc)
                .SetProperty(r => r.Version, r => r.Version + 1), ct) == 1;

    public async Task<SeatCount?> CountAsync(SeatedThing thing, CancellationToken ct)
    {
        var session = await db.ActivitySessions.AsNoTracking().Where(s => s.Id == thing.Id)
            .Select(s => new { s.Capacity, s.ConfirmedCount }).FirstOrDefaultAsync(ct);
        if (session is null) return null;
        var waiting = await db.Registrations.CountAsync(r => r.SessionId == thing.Id && r.Status == RegistrationStatus.Waitlisted, ct);
        return new SeatCount(session.Capacity, session.ConfirmedCount, waiting);
    }

    public async Task<int> PositionAsync(SeatedThing thing, int holdId, CancellationToken ct)
    {
        var at = await db.Registrations.Where(r => r.Id == holdId).Select(r => r.WaitlistedAt).FirstAsync(ct);
        return 1 + await db.Registrations.CountAsync(o => o.SessionId == thing.Id && o.Status == RegistrationStatus.Waitlisted
            && (o.WaitlistedAt < at || (o.WaitlistedAt == at && o.Id < holdId)), ct);
    }

    private async Task<string> NewTicketCodeAsync(CancellationToken ct)
    {
        while (true)
        {
            var code = TicketCode.New();
            if (!await db.Registrations.AnyAsync(r => r.TicketCode == code, ct)) return code;
        }
    }
}
