using LearningCity.Common.Web;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Booster.Calendar;

[Authorize]
public sealed class CalendarFeedPageModel(CalendarFeeds feeds, UserManager<AppUser> users, SiteAddress site) : PageModel
{
    public string FeedUrl { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct) =>
        FeedUrl = FeedAddress(await feeds.TokenAsync(UserId, ct));

    public async Task<IActionResult> OnPostRegenerateAsync(CancellationToken ct)
    {
        await feeds.RegenerateAsync(UserId, ct);
        TempData["Flash"] = "Calendar.Feed.Regenerated";
        return Redirect("/me/calendar");
    }

    private string FeedAddress(string token) => site.Absolute(CalendarFeeds.Path(token));

    private Guid UserId => Guid.Parse(users.GetUserId(User)!);
}
