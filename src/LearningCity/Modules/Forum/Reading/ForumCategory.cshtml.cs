using System.Globalization;
using LearningCity.Common.Api;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Subscriptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Forum.Reading;

/// <summary>A category's topics, pinned first then by latest activity, with its feed and a subscription button.</summary>
public sealed class ForumCategoryModel(ForumQueries queries, ForumFollowing following) : PageModel
{
    public ForumCategory Category { get; private set; } = null!;
    public Paged<TopicRow> Topics { get; private set; } = null!;
    public bool Subscribed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? page, CancellationToken ct)
    {
        if (await queries.CategoryAsync(User, slug, ct) is not { } category) return NotFound();
        Category = category;
        Topics = await queries.TopicsAsync(User, category.Id, null, PageRequest.From(page, 20), ct);
        Subscribed = await following.IsSubscribedAsync(User, SubscriptionKind.Category, Target, ct);
        return Page();
    }

    public Task<IActionResult> OnPostSubscribeAsync(string slug, CancellationToken ct) => ChangeAsync(slug, true, ct);

    public Task<IActionResult> OnPostUnsubscribeAsync(string slug, CancellationToken ct) => ChangeAsync(slug, false, ct);

    private async Task<IActionResult> ChangeAsync(string slug, bool subscribe, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (await queries.CategoryAsync(User, slug, ct) is not { } category) return NotFound();
        Category = category;
        if (subscribe) await following.SubscribeAsync(User, SubscriptionKind.Category, Target, ct);
        else await following.UnsubscribeAsync(User, SubscriptionKind.Category, Target, ct);
        TempData["Flash"] = subscribe ? "Forum.Flash.Subscribed" : "Forum.Flash.Unsubscribed";
        return Redirect($"/forum/c/{category.Slug}");
    }

    private string Target => Category.Id.ToString(CultureInfo.InvariantCulture);
}
