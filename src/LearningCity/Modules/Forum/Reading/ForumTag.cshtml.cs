using LearningCity.Common.Api;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Posting;
using LearningCity.Modules.Forum.Subscriptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Forum.Reading;

/// <summary>The topics tagged with an indicator or a province, with a feed; an indicator can be followed.</summary>
public sealed class ForumTagModel(ForumQueries queries, ForumFollowing following) : PageModel
{
    public string Code { get; private set; } = "";
    public bool IsIndicator { get; private set; }
    public Paged<TopicRow> Topics { get; private set; } = null!;
    public bool Subscribed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int? page, CancellationToken ct)
    {
        if (!Read(code)) return NotFound();
        Topics = await queries.TopicsAsync(User, null, Code, PageRequest.From(page, 20), ct);
        Subscribed = IsIndicator && await following.IsSubscribedAsync(User, SubscriptionKind.Tag, Code, ct);
        return Page();
    }

    public Task<IActionResult> OnPostSubscribeAsync(string code, CancellationToken ct) => ChangeAsync(code, true, ct);

    public Task<IActionResult> OnPostUnsubscribeAsync(string code, CancellationToken ct) => ChangeAsync(code, false, ct);

    private async Task<IActionResult> ChangeAsync(string code, bool subscribe, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!Read(code) || !IsIndicator) return NotFound();
        if (subscribe) await following.SubscribeAsync(User, SubscriptionKind.Tag, Code, ct);
        else await following.UnsubscribeAsync(User, SubscriptionKind.Tag, Code, ct);
        TempData["Flash"] = subscribe ? "Forum.Flash.Subscribed" : "Forum.Flash.Unsubscribed";
        return Redirect($"/forum/tags/{Code}");
    }

    private bool Read(string code)
    {
        Code = code.Trim().ToUpperInvariant();
        IsIndicator = ForumTags.IsIndicator(Code);
        return IsIndicator || ForumTags.IsProvince(Code);
    }
}
