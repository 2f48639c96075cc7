using LearningCity.Modules.Booster.Public;

namespace LearningCity.Modules.Booster.Seats;

/// <summary>
/// Where the seats of one or more kinds are stored, as the handful of single-statement steps <see cref="SeatCounter"/>
/// is built from. Every write is conditional (a WHERE on the state it expects), so that two requests at once can
/// never both succeed; the order of the steps, and so the rules, live only in <see cref="SeatCounter"/>.
/// </summary>
public interface ISeatLedger
{
    bool Stores(string kind);

    /// <summary>True when only the owning module may take and release (its own rules, consent, tickets come with the seat).</summary>
    bool OwnerTakesOnly { get; }

    Task<bool> ExistsAsync(SeatedThing thing, CancellationToken ct);

    /// <summary>One conditional UPDATE: taken + 1 where taken &lt; capacity (and the thing is open).</summary>
    Task<bool> TryCountSeatAsync(SeatedThing thing, CancellationToken ct);

    /// <summary>One conditional UPDATE: taken - 1 where taken &gt; 0.</summary>
    Task UncountSeatAsync(SeatedThing thing, CancellationToken ct);

    Task<(int Id, SeatState State)?> FindLiveAsync(SeatedThing thing, Guid holderId, CancellationToken ct);

    /// <summary>Writes (or reuses a released) holding in the given state and saves; null when the person already holds a live one.</summary>
    Task<int?> HoldAsync(SeatedThing thing, Guid holderId, SeatState state, DateTime nowUtc, CancellationToken ct);

    /// <summary>One conditional UPDATE from <paramref name="was"/> to released; false when it was no longer in that state.</summary>
    Task<bool> MarkReleasedAsync(int holdId, SeatState was, DateTime nowUtc, CancellationToken ct);

    /// <summary>Whether a freed seat passes to the waitlist (a cancelled Booster session promotes nobody).</summary>
    Task<bool> PromotesAsync(SeatedThing thing, CancellationToken ct);

    /// <summary>The first in the waitlist: earliest waitlisted, then lowest id.</summary>
    Task<SeatPromotion?> FirstWaitingAsync(SeatedThing thing, CancellationToken ct);

    /// <summary>One conditional UPDATE from waitlisted to confirmed; false when someone else promoted or released them first.</summary>
    Task<bool> PromoteAsync(int holdId, DateTime nowUtc, CancellationToken ct);

    Task<SeatCount?> CountAsync(SeatedThing thing, CancellationToken ct);

    /// <summary>1 + those waiting ahead of this holding, in the order <see cref="FirstWaitingAsync"/> follows.</summary>
    Task<int> PositionAsync(SeatedThing thing, int holdId, CancellationToken ct);
}
