using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Booster.Notifications;

[Authorize]
public sealed class PreferencesPageModel(NotificationCentre centre, UserManager<AppUser> users) : PageModel
{
    public List<PreferenceRow> Rows { get; private set; } = [];
    [BindProperty] public List<NotificationKind> Email { get; set; } = [];
    [BindProperty] public List<NotificationKind> InApp { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await centre.PreferencesAsync(UserId, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await centre.SavePreferencesAsync(UserId, NotificationCentre.Kinds.Select(k => new PreferenceRow(k, Email.Contains(k), InApp.Contains(k))), ct);
        TempData["Flash"] = "Notifications.Flash.Saved";
        return Redirect("/me/notifications/preferences");
    }

    public async Task<IActionResult> OnPostAllOffAsync(CancellationToken ct)
    {
        await centre.SavePreferencesAsync(UserId, NotificationCentre.Kinds.Select(k => new PreferenceRow(k, false, false)), ct);
        TempData["Flash"] = "Notifications.Flash.AllOff";
        return Redirect("/me/notifications/preferences");
    }

    private Guid UserId => Guid.Parse(users.GetUserId(User)!);
}
