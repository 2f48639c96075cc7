using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Registrations;

/// <summary>A learner's live registration in one session of an activity, and their place in the queue when waitlisted.</summary>
public sealed record MySeat(int RegistrationId, int SessionId, RegistrationStatus Status, int? WaitlistPosition)
{
    public string TicketUrl => TicketLinks.Ticket(RegistrationId);
    public string CancelUrl => $"/me/registrations/{RegistrationId}/cancel";
}

public static class MySeats
{
    /// <summary>
    /// The learner's confirmed or waitlisted registrations in an activity, by session, with the waitlist position the
    /// seat counter gives (those ahead in the order promotion follows: earliest first, then by id).
    /// </summary>
    public static async Task<Dictionary<int, MySeat>> InActivityAsync(AppDbContext db, ISeats counter, Guid userId, int activityId, CancellationToken ct)
    {
        var mine = await db.Registrations.AsNoTracking()
            .Where(r => r.ActivityId == activityId && r.UserId == userId && r.Status != RegistrationStatus.Cancelled)
            .Select(r => new { r.Id, r.SessionId, r.Status }).ToListAsync(ct);
        var seats = new Dictionary<int, MySeat>();
        foreach (var r in mine)
        {
            int? position = r.Status == RegistrationStatus.Waitlisted
                ? (await counter.HoldOfAsync(new SeatedThing(SeatKinds.BoosterSession, r.SessionId), userId, ct))?.WaitlistPosition
                : null;
            seats[r.SessionId] = new MySeat(r.Id, r.SessionId, r.Status, position);
        }
        return seats;
    }
}
