using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Public;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LearningCity.Modules.Booster.Seats;

/// <summary>
/// The platform's one seat counter (<see cref="ISeats"/>). A take first counts the seat with a conditional UPDATE and
/// only then writes the holding, confirmed or waitlisted by what that UPDATE said; a release marks the holding
/// released with a conditional UPDATE and hands the seat to the first person waiting, or frees it. Each step is one
/// statement whose WHERE states what it expects, inside one transaction, so simultaneous requests on SQLite (one
/// writer at a time) and PostgreSQL (row locks, re-checked after the wait) never overbook nor promote anyone twice.
/// </summary>
public sealed class SeatCounter(AppDbContext db, IEnumerable<ISeatLedger> ledgers, TimeProvider time) : ISeats
{
    public async Task<bool> SetCapacityAsync(SeatedThing thing, int capacity, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        if (LedgerFor(thing) is not HeldSeatLedger)
            throw new InvalidOperationException($"The capacity of {thing} belongs to its module, not to the seat store.");
        var changed = await db.SeatPools.Where(p => p.Kind == thing.Kind && p.ItemId == thing.Id && p.Taken <= capacity)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.Capacity, capacity), ct);
        if (changed == 1) return true;
        if (await db.SeatPools.AnyAsync(p => p.Kind == thing.Kind && p.ItemId == thing.Id, ct)) return false;
        db.SeatPools.Add(new Data.SeatPool { Kind = thing.Kind, ItemId = thing.Id, Capacity = capacity });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException) when (db.Database.CurrentTransaction is null)
        {
            // Created at the same moment by another request: set it as an existing one.
            db.ChangeTracker.Clear();
            return await SetCapacityAsync(thing, capacity, ct);
        }
    }

    public Task<SeatTaking> TakeAsync(SeatedThing thing, Guid holderId, CancellationToken ct) => TakeAsync(thing, holderId, asOwner: false, ct);

    public Task<SeatRelease> ReleaseAsync(SeatedThing thing, Guid holderId, CancellationToken ct) => ReleaseAsync(thing, holderId, asOwner: false, ct);

    /// <summary>For the module that owns the kind (the Booster's registration takes its sessions' seats here).</summary>
    internal async Task<SeatTaking> TakeAsync(SeatedThing thing, Guid holderId, bool asOwner, CancellationToken ct)
    {
        var ledger = Writable(thing, asOwner);
        if (!await ledger.ExistsAsync(thing, ct)) return new SeatTaking(SeatTakeOutcome.NoSuchThing, null);
        if (await ledger.FindLiveAsync(thing, holderId, ct) is { } held) return new SeatTaking(SeatTakeOutcome.AlreadyHeld, held.Id);
        var now = time.GetUtcNow().UtcDateTime;
        await using var own = await OwnTransactionAsync(ct);
        try
        {
            // The seat UPDATE comes before the holding is written: on SQLite it takes the write lock before anything else.
            var seated = await ledger.TryCountSeatAsync(thing, ct);
            var id = await ledger.HoldAsync(thing, holderId, seated ? SeatState.Confirmed : SeatState.Waitlisted, now, ct);
            if (id is null)
            {
                if (seated) await ledger.UncountSeatAsync(thing, ct);
                return new SeatTaking(SeatTakeOutcome.AlreadyHeld, null);
            }
            if (own is not null) await own.CommitAsync(ct);
            return new SeatTaking(seated ? SeatTakeOutcome.Confirmed : SeatTakeOutcome.Waitlisted, id);
        }
        catch (DbUpdateException) when (own is not null)
        {
            // The same person taking twice at once: the unique (thing, holder) index stops the second.
            await own.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new SeatTaking(SeatTakeOutcome.AlreadyHeld, null);
        }
    }

    internal async Task<SeatRelease> ReleaseAsync(SeatedThing thing, Guid holderId, bool asOwner, CancellationToken ct)
    {
        var ledger = Writable(thing, asOwner);
        if (await ledger.FindLiveAsync(thing, holderId, ct) is not { } held) return new SeatRelease(false, null, null);
        var now = time.GetUtcNow().UtcDateTime;
        await using var own = await OwnTransactionAsync(ct);
        if (!await ledger.MarkReleasedAsync(held.Id, held.State, now, ct)) return new SeatRelease(false, null, null);
        SeatPromotion? promoted = null;
        if (held.State == SeatState.Confirmed)
        {
            if (await ledger.PromotesAsync(thing, ct))
                while (await ledger.FirstWaitingAsync(thing, ct) is { } next)
                    if (await ledger.PromoteAsync(next.HoldId, now, ct))
                    {
                        promoted = next;
                        break;
                    }
            // The seat either passed to the person promoted or is free again; never both.
            if (promoted is null) await ledger.UncountSeatAsync(thing, ct);
        }
        if (own is not null) await own.CommitAsync(ct);
        return new SeatRelease(true, held.State, promoted);
    }

    public Task<SeatCount?> CountAsync(SeatedThing thing, CancellationToken ct) => LedgerFor(thing).CountAsync(thing, ct);

    public async Task<SeatHold?> HoldOfAsync(SeatedThing thing, Guid holderId, CancellationToken ct)
    {
        var ledger = LedgerFor(thing);
        if (await ledger.FindLiveAsync(thing, holderId, ct) is not { } held) return null;
        int? position = held.State == SeatState.Waitlisted ? await ledger.PositionAsync(thing, held.Id, ct) : null;
        return new SeatHold(held.Id, held.State, position);
    }

    private ISeatLedger LedgerFor(SeatedThing thing)
    {
        if (!SeatKinds.IsValid(thing.Kind)) throw new ArgumentException($"Not a seat kind: '{thing.Kind}'.", nameof(thing));
        return ledgers.First(l => l.Stores(thing.Kind));
    }

    private ISeatLedger Writable(SeatedThing thing, bool asOwner)
    {
        var ledger = LedgerFor(thing);
        if (ledger.OwnerTakesOnly && !asOwner)
            throw new InvalidOperationException($"Seats of {thing.Kind} are taken and released through the module that owns them.");
        return ledger;
    }

    /// <summary>Null when the caller already has a transaction open: the seat then commits or rolls back with the caller's rows.</summary>
    private async Task<IDbContextTransaction?> OwnTransactionAsync(CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
}
