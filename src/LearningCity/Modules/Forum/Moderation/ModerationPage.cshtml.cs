using LearningCity.Common.Content;
using LearningCity.Common.Localization;
using LearningCity.Modules.Forum.Spaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Forum.Moderation;

/// <summary>The moderators' queue: approve or hide waiting posts, hide reported posts or dismiss the reports.</summary>
public sealed class ModerationPageModel(ModerationQueue queue, ForumModeration moderation, MarkdownRenderer markdown, JsonStringLocalizer l) : PageModel
{
    public QueueView Queue { get; private set; } = null!;
    public string? Error { get; private set; }

    public string Html(string body) => markdown.ToSafeHtml(body);

    public string Author(Guid id) => Queue.Authors.TryGetValue(id, out var n) ? n : l[Identity.Public.DeletedAccount.LabelKey];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!ForumAccess.IsModerator(User)) return StatusCode(StatusCodes.Status403Forbidden);
        Queue = await queue.LoadAsync(User, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int postId, string? act, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!ForumAccess.IsModerator(User)) return StatusCode(StatusCodes.Status403Forbidden);
        if (!Enum.TryParse<PostAction>(act, true, out var action) || !Enum.IsDefined(action))
        {
            Error = l["Forum.Error.Action"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Queue = await queue.LoadAsync(User, ct);
            return Page();
        }
        var done = await moderation.PostAsync(User, postId, action, ct);
        if (!done.Ok) return NotFound();
        TempData["Flash"] = "Forum.Flash.Moderated";
        return Redirect("/forum/moderation");
    }
}
