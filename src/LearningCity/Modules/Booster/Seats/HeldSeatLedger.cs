using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Seats;

/// <summary>The seats of every other kind (an Academy cohort, a Festival session): a <see cref="SeatPool"/> counter and <see cref="SeatHolding"/> rows.</summary>
internal sealed class HeldSeatLedger(AppDbContext db) : ISeatLedger
{
    public bool Stores(string kind) => kind != SeatKinds.BoosterSession;

    public bool OwnerTakesOnly => false;

    public Task<bool> ExistsAsync(SeatedThing thing, CancellationToken ct) => Pool(thing).AnyAsync(ct);

    public async Task<bool> TryCountSeatAsync(SeatedThing thing, CancellationToken ct) =>
        await Pool(thing).Where(p => p.Taken < p.Capacity).ExecuteUpdateAsync(u => u.SetProperty(p => p.Taken, p => p.Taken + 1), ct) == 1;

    public Task UncountSeatAsync(SeatedThing thing, CancellationToken ct) =>
        Pool(thing).Where(p => p.Taken > 0).ExecuteUpdateAsync(u => u.SetProperty(p => p.Taken, p => p.Taken - 1), ct);

    public async Task<(int Id, SeatState State)?> FindLiveAsync(SeatedThing thing, Guid holderId, CancellationToken ct)
    {
        var live = await Holdings(thing).AsNoTracking().Where(h => h.HolderUserId == holderId && h.Status != SeatHoldingStatus.Released)
            .Select(h => new { h.Id, h.Status }).FirstOrDefaultAsync(ct);
        return live is null ? null : (live.Id, (SeatState)live.Status);
    }

    public async Task<int?> HoldAsync(SeatedThing thing, Guid holderId, SeatState state, DateTime nowUtc, CancellationToken ct)
    {
        var holding = await Holdings(thing).FirstOrDefaultAsync(h => h.HolderUserId == holderId, ct);
        if (holding is { Status: not SeatHoldingStatus.Released }) return null;
        if (holding is null)
        {
            holding = new SeatHolding { Kind = thing.Kind, ItemId = thing.Id, HolderUserId = holderId };
            db.SeatHoldings.Add(holding);
        }
        holding.Status = (SeatHoldingStatus)state;
        holding.CreatedAt = nowUtc;
        holding.WaitlistedAt = state == SeatState.Waitlisted ? nowUtc : null;
        holding.PromotedAt = holding.ReleasedAt = null;
        await db.SaveChangesAsync(ct);
        return holding.Id;
    }

    public async Task<bool> MarkReleasedAsync(int holdId, SeatState was, DateTime nowUtc, CancellationToken ct)
    {
        var status = (SeatHoldingStatus)was;
        return await db.SeatHoldings.Where(h => h.Id == holdId && h.Status == status)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.Status, SeatHoldingStatus.Released).SetProperty(h => h.ReleasedAt, nowUtc), ct) == 1;
    }

    public Task<bool> PromotesAsync(SeatedThing thing, CancellationToken ct) => Task.FromResult(true);

    public async Task<SeatPromotion?> FirstWaitingAsync(SeatedThing thing, CancellationToken ct) =>
        await Holdings(thing).AsNoTracking().Where(h => h.Status == SeatHoldingStatus.Waitlisted)
            .OrderBy(h => h.WaitlistedAt).ThenBy(h => h.Id)
            .Select(h => new SeatPromotion(h.Id, h.HolderUserId)).FirstOrDefaultAsync(ct);

    public async Task<bool> PromoteAsync(int holdId, DateTime nowUtc, CancellationToken ct) =>
        await db.SeatHoldings.Where(h => h.Id == holdId && h.Status == SeatHoldingStatus.Waitlisted)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.Status, SeatHoldingStatus.Confirmed).SetProperty(h => h.PromotedAt, nowUtc), ct) == 1;

    public async Task<SeatCount?> CountAsync(SeatedThing thing, CancellationToken ct)
    {
        var pool = await Pool(thing).AsNoTracking().Select(p => new { p.Capacity, p.Taken }).FirstOrDefaultAsync(ct);
        if (pool is null) return null;
        var waiting = await Holdings(thing).CountAsync(h => h.Status == SeatHoldingStatus.Waitlisted, ct);
        return new SeatCount(pool.Capacity, pool.Taken, waiting);
    }

    public async Task<int> PositionAsync(SeatedThing thing, int holdId, CancellationToken ct)
    {
        var at = await db.SeatHoldings.Where(h => h.Id == holdId).Select(h => h.WaitlistedAt).FirstAsync(ct);
        return 1 + await Holdings(thing).CountAsync(o => o.Status == SeatHoldingStatus.Waitlisted
            && (o.WaitlistedAt < at || (o.WaitlistedAt == at && o.Id < holdId)), ct);
    }

    private IQueryable<SeatPool> Pool(SeatedThing thing) => db.SeatPools.Where(p => p.Kind == thing.Kind && p.ItemId == thing.Id);

    private IQueryable<SeatHolding> Holdings(SeatedThing thing) => db.SeatHoldings.Where(h => h.Kind == thing.Kind && h.ItemId == thing.Id);
}
