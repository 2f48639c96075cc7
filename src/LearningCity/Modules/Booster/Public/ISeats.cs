namespace LearningCity.Modules.Booster.Public;

/// <summary>
/// Seat-taking and waitlists for anything with a fixed number of places (docs/adr/0014-shared-seats.md): a Booster
/// session, an Academy cohort, a Festival session. There is one seat counter in the platform and this is it; a
/// module that needs places uses this contract and never counts seats of its own.
/// <para>
/// Every call joins the caller's open transaction on the scoped <c>AppDbContext</c> (so the caller's own rows, such as
/// an enrolment and its notification, commit or roll back with the seat) or runs in a transaction of its own.
/// </para>
/// </summary>
public interface ISeats
{
    /// <summary>
    /// Sets the number of places of a thing whose seats this contract stores (every kind but <see cref="SeatKinds.BoosterSession"/>,
    /// whose capacity is the session's own). False, with nothing changed, when more seats are already taken.
    /// </summary>
    Task<bool> SetCapacityAsync(SeatedThing thing, int capacity, CancellationToken ct);

    /// <summary>
    /// Takes a place for the holder: confirmed while one is free, else at the end of the waitlist. Never over capacity,
    /// also with many takes at once; a person holds at most one place (confirmed or waiting) per thing.
    /// </summary>
    Task<SeatTaking> TakeAsync(SeatedThing thing, Guid holderId, CancellationToken ct);

    /// <summary>
    /// Gives up the holder's place. A confirmed seat passes to the first person waiting (reported, so the caller can tell
    /// them); with nobody waiting the seat becomes free. Two releases at once never promote the same person.
    /// </summary>
    Task<SeatRelease> ReleaseAsync(SeatedThing thing, Guid holderId, CancellationToken ct);

    /// <summary>Capacity, confirmed seats and people waiting; null for a thing with no places.</summary>
    Task<SeatCount?> CountAsync(SeatedThing thing, CancellationToken ct);

    /// <summary>The holder's live place (confirmed or waiting, with their position in the queue), or null.</summary>
    Task<SeatHold?> HoldOfAsync(SeatedThing thing, Guid holderId, CancellationToken ct);
}

/// <summary>A thing with places: a kind (which module and what) and that module's id for it.</summary>
public readonly record struct SeatedThing(string Kind, int Id)
{
    public override string ToString() => $"{Kind}/{Id}";
}

public static class SeatKinds
{
    /// <summary>A session of a Booster activity; its seats are its registrations.</summary>
    public const string BoosterSession = "booster-session";
    public const int MaxLength = 40;

    /// <summary>Lower-case letters, digits and dashes, as in "academy-cohort".</summary>
    public static bool IsValid(string? kind) =>
        !string.IsNullOrEmpty(kind) && kind.Length <= MaxLength && kind.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}

public enum SeatState
{
    Confirmed = 1,
    Waitlisted = 2,
}

public enum SeatTakeOutcome
{
    Confirmed,
    Waitlisted,
    /// <summary>The person already holds a place (confirmed or waiting): nothing changed.</summary>
    AlreadyHeld,
    /// <summary>The thing has no places (unknown, or never given a capacity): nothing changed.</summary>
    NoSuchThing,
}

/// <param name="HoldId">The id of the holding row (for a Booster session, the registration's id).</param>
public sealed record SeatTaking(SeatTakeOutcome Outcome, int? HoldId)
{
    public bool Taken => Outcome is SeatTakeOutcome.Confirmed or SeatTakeOutcome.Waitlisted;
}

/// <summary>Who moved up from the waitlist; <paramref name="HolderUserId"/> is null when that person has since erased their account.</summary>
public sealed record SeatPromotion(int HoldId, Guid? HolderUserId);

/// <param name="Released">False when the person held no place (or someone else released it first).</param>
public sealed record SeatRelease(bool Released, SeatState? Was, SeatPromotion? Promoted);

public sealed record SeatCount(int Capacity, int Taken, int Waitlisted)
{
    public int Free => Math.Max(0, Capacity - Taken);
}

/// <param name="WaitlistPosition">1 for the next to move up; null when confirmed.</param>
public sealed record SeatHold(int HoldId, SeatState State, int? WaitlistPosition);
