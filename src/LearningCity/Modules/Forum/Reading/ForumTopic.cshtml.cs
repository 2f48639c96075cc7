using System.Globalization;
using LearningCity.Common.Api;
using LearningCity.Common.Content;
using LearningCity.Common.Localization;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Moderation;
using LearningCity.Modules.Forum.Posting;
using LearningCity.Modules.Forum.Spaces;
using LearningCity.Modules.Forum.Subscriptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Forum.Reading;

/// <summary>
/// A topic: its question, the accepted answer, then the replies in pages, with the actions the person may take (reply,
/// quote, mark helpful, accept, report, edit, subscribe) and, for moderators, hide, approve, lock, pin and move.
/// </summary>
public sealed class ForumTopicModel(ForumQueries queries, ForumPosting posting, ForumReactions reactions, ForumModeration moderation,
    ForumFollowing following, MarkdownRenderer markdown, JsonStringLocalizer l) : PageModel
{
    public TopicView View { get; private set; } = null!;
    public bool Subscribed { get; private set; }
    public bool IsModerator { get; private set; }
    public bool CanAccept { get; private set; }
    public IReadOnlyList<CategoryRow> MoveTargets { get; private set; } = [];
    public string? Error { get; private set; }

    [BindProperty] public string? Body { get; set; }
    [BindProperty] public int? QuotePostId { get; set; }

    public string Html(ForumPost post) => markdown.ToSafeHtml(post.Body);

    public string Author(Guid id) => View.Authors.TryGetValue(id, out var name) ? name : l[Identity.Public.DeletedAccount.LabelKey];

    public bool Mine(ForumPost post) => ForumAccess.UserId(User) is { } me && me == post.AuthorId;

    public bool CanEdit(ForumPost post) => ForumAccess.CanEdit(User, post);

    public async Task<IActionResult> OnGetAsync(int id, int? page, int? quote, CancellationToken ct)
    {
        if (!await LoadAsync(id, page, ct)) return NotFound();
        QuotePostId = quote is { } q && View.Shown.Any(p => p.Id == q) ? q : null;
        return Page();
    }

    public async Task<IActionResult> OnPostReplyAsync(int id, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        var done = await posting.ReplyAsync(User, id, new ReplyInput { Body = Body, QuotePostId = QuotePostId }, ct);
        if (!done.Ok) return await RefusedAsync(id, done.Status, done.Error);
        TempData["Flash"] = done.Value!.IsApproved ? "Forum.Flash.Replied" : "Forum.Flash.Waiting";
        return Redirect(LastPage(id, done.Value.Id));
    }

    public Task<IActionResult> OnPostAcceptAsync(int id, int postId, CancellationToken ct) =>
        ActAsync(id, async () => (await reactions.AcceptAsync(User, postId, ct)).As<object>(), "Forum.Flash.Accepted", ct);

    public Task<IActionResult> OnPostVoteAsync(int id, int postId, bool helpful, CancellationToken ct) =>
        ActAsync(id, async () => (await reactions.VoteAsync(User, postId, helpful, ct)).As<object>(), null, ct, $"#post-{postId}");

    public Task<IActionResult> OnPostReportAsync(int id, int postId, string? reason, CancellationToken ct) =>
        ActAsync(id, async () => (await reactions.ReportAsync(User, postId, reason, ct)).As<object>(), "Forum.Flash.Reported", ct);

    public Task<IActionResult> OnPostSubscribeAsync(int id, bool on, CancellationToken ct) =>
        ActAsync(id, async () =>
        {
            var target = id.ToString(CultureInfo.InvariantCulture);
            if (!on)
            {
                await following.UnsubscribeAsync(User, SubscriptionKind.Topic, target, ct);
                return ForumOutcome<object>.Done(true);
            }
            return (await following.SubscribeAsync(User, SubscriptionKind.Topic, target, ct)).As<object>();
        }, on ? "Forum.Flash.Subscribed" : "Forum.Flash.Unsubscribed", ct);

    public Task<IActionResult> OnPostModeratePostAsync(int id, int postId, string? act, CancellationToken ct) =>
        ActAsync(id, async () => !ForumAccess.IsModerator(User) ? ForumOutcome<object>.Refused(403, l["Forum.Error.NotModerator"])
            : !Enum.TryParse<PostAction>(act, true, out var action) || !Enum.IsDefined(action) ? ForumOutcome<object>.Refused(400, l["Forum.Error.Action"])
            : (await moderation.PostAsync(User, postId, action, ct)).As<object>(), "Forum.Flash.Moderated", ct);

    public Task<IActionResult> OnPostModerateTopicAsync(int id, string? act, int? categoryId, CancellationToken ct) =>
        ActAsync(id, async () => !ForumAccess.IsModerator(User) ? ForumOutcome<object>.Refused(403, l["Forum.Error.NotModerator"])
            : !Enum.TryParse<TopicAction>(act, true, out var action) || !Enum.IsDefined(action) ? ForumOutcome<object>.Refused(400, l["Forum.Error.Action"])
            : (await moderation.TopicAsync(User, id, action, categoryId, ct)).As<object>(), "Forum.Flash.Moderated", ct);

    private async Task<IActionResult> ActAsync(int id, Func<Task<ForumOutcome<object>>> act, string? flash, CancellationToken ct, string anchor = "")
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        var done = await act();
        if (done.Status == StatusCodes.Status403Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        if (done.Status == StatusCodes.Status404NotFound) return NotFound();
        if (!done.Ok) return await RefusedAsync(id, done.Status, done.Error);
        if (flash is not null) TempData["Flash"] = flash;
        return Redirect($"/forum/t/{id.ToString(CultureInfo.InvariantCulture)}{anchor}");
    }

    /// <summary>The page again with the refusal in the person's language (and what they typed), nothing saved.</summary>
    private async Task<IActionResult> RefusedAsync(int id, int status, string? error)
    {
        if (status == StatusCodes.Status404NotFound || !await LoadAsync(id, null, HttpContext.RequestAborted)) return NotFound();
        if (status == StatusCodes.Status403Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        Error = error;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The page that shows the new reply: the last one.</summary>
    private static string LastPage(int id, int postId) =>
        $"/forum/t/{id.ToString(CultureInfo.InvariantCulture)}?page=last#post-{postId.ToString(CultureInfo.InvariantCulture)}";

    private async Task<bool> LoadAsync(int id, int? page, CancellationToken ct)
    {
        var wantsLast = string.Equals(Request.Query["page"], "last", StringComparison.Ordinal);
        var view = await queries.TopicAsync(User, id, PageRequest.From(page, ForumQueries.PostsPerPage), ct);
        if (view is null) return false;
        if (wantsLast && view.Replies.TotalPages > 1)
            view = await queries.TopicAsync(User, id, PageRequest.From(view.Replies.TotalPages, ForumQueries.PostsPerPage), ct) ?? view;
        View = view;
        IsModerator = ForumAccess.IsModerator(User);
        CanAccept = ForumAccess.CanAccept(User, view.Topic);
        Subscribed = await following.IsSubscribedAsync(User, SubscriptionKind.Topic, id.ToString(CultureInfo.InvariantCulture), ct);
        if (IsModerator) MoveTargets = (await queries.CategoriesAsync(User, ct)).Where(c => c.Category.Id != view.Topic.CategoryId).ToList();
        return true;
    }
}
