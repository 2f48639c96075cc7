using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Identity.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Registrations;

[Authorize]
public sealed class TicketModel(AppDbContext db, UserManager<AppUser> users, SpaceLocations spaces, TimeProvider time, ISeats seats) : PageModel
{
    public MyRegistration Item { get; private set; } = null!;
    public SpaceLocation? Venue { get; private set; }
    public string AttendeeName { get; private set; } = "";
    public int? WaitlistPosition { get; private set; }
    public bool CanCancel { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var userId = Guid.Parse(users.GetUserId(User)!);
        var item = await MyRegistration.Of(db, userId, id).FirstOrDefaultAsync(ct);
        if (item is null) return NotFound();
        Item = item;
        if (item.Activity.LearningSpaceId is { } spaceId) Venue = await spaces.FindAsync(spaceId, ct);
        AttendeeName = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        if (item.Registration.Status == Data.RegistrationStatus.Waitlisted)
            WaitlistPosition = (await seats.HoldOfAsync(new SeatedThing(SeatKinds.BoosterSession, item.Session.Id), userId, ct))?.WaitlistPosition;
        CanCancel = item.Registration.Status != Data.RegistrationStatus.Cancelled && item.Session.StartsAt > time.GetUtcNow().UtcDateTime;
        return Page();
    }
}
