using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Registrations;

[Authorize]
public sealed class TicketModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time) : PageModel
{
    public MyRegistration Item { get; private set; } = null!;
    public string? SpaceName { get; private set; }
    public bool CanCancel { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var userId = Guid.Parse(users.GetUserId(User)!);
        var item = await MyRegistration.Of(db, userId, id).FirstOrDefaultAsync(ct);
        if (item is null) return NotFound();
        Item = item;
        if (item.Activity.LearningSpaceId is { } spaceId)
            SpaceName = (await db.LearningSpaces.AsNoTracking().Where(s => s.Id == spaceId).Select(s => s.Name).FirstOrDefaultAsync(ct))?.Current;
        CanCancel = item.Registration.Status != Data.RegistrationStatus.Cancelled && item.Session.StartsAt > time.GetUtcNow().UtcDateTime;
        return Page();
    }
}
