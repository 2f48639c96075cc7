using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Booster.Passport;

[Authorize]
public sealed class PrintPassportModel(LearningPassport passport, UserManager<AppUser> users, TimeProvider time) : PageModel
{
    public PassportView View { get; private set; } = null!;
    public DateTime PrintedAt { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = (await passport.ForUserAsync(Guid.Parse(users.GetUserId(User)!), ct))!;
        PrintedAt = time.GetUtcNow().UtcDateTime;
    }
}
