using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Booster.Notifications;

[Authorize]
public sealed class NotificationsPageModel(NotificationCentre centre, UserManager<AppUser> users) : PageModel
{
    public List<Notification> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await centre.ListAsync(UserId, 200, ct);

    /// <summary>Marks the notification read and goes to what it is about.</summary>
    public async Task<IActionResult> OnPostReadAsync(long notificationId, CancellationToken ct)
    {
        if (await centre.MarkReadAsync(UserId, notificationId, ct) is not { } read) return NotFound();
        var link = read.Link;
        return Redirect(link is not null && Url.IsLocalUrl(link) ? link : "/me/notifications");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await centre.MarkAllReadAsync(UserId, ct);
        TempData["Flash"] = "Notifications.Flash.AllRead";
        return Redirect("/me/notifications");
    }

    private Guid UserId => Guid.Parse(users.GetUserId(User)!);
}
