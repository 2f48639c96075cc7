using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Booster.Passport;

[Authorize]
public sealed class PassportPageModel(LearningPassport passport, PassportEntries entries, UserManager<AppUser> users) : PageModel
{
    public PassportView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => View = (await passport.ForUserAsync(UserId, ct))!;

    public async Task<IActionResult> OnPostVisibilityAsync(bool isPublic, CancellationToken ct)
    {
        await entries.SetPublicAsync(await passport.ProfileAsync(UserId, ct), isPublic, ct);
        TempData["Flash"] = isPublic ? "Passport.Flash.Public" : "Passport.Flash.Private";
        return Redirect("/me/passport");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int entryId, CancellationToken ct)
    {
        if (!await entries.DeleteAsync(UserId, entryId, ct)) return NotFound();
        TempData["Flash"] = "Passport.Flash.Deleted";
        return Redirect("/me/passport");
    }

    private Guid UserId => Guid.Parse(users.GetUserId(User)!);
}
