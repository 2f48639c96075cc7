using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Spaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Forum.Posting;

/// <summary>Editing a post (its author or a moderator); the first post's form also changes the topic's title.</summary>
[Authorize(Policy = Common.Auth.Policies.SignedIn)]
public sealed class EditPostModel(ForumPosting posting) : PageModel
{
    public ForumPost Post { get; private set; } = null!;
    public ForumTopic Topic { get; private set; } = null!;
    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? Title { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Body = Post.Body;
        Title = Topic.Title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var done = await posting.EditAsync(User, id, new EditInput { Body = Body, Title = Title }, ct);
        if (done.Ok)
        {
            TempData["Flash"] = "Forum.Flash.Edited";
            return Redirect($"{Api.ForumLinks.Topic(Topic.Id)}#post-{id}");
        }
        Errors[done.Field ?? ""] = done.Error ?? "";
        Response.StatusCode = done.Status;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (await posting.FindPostAsync(User, id, ct) is not ({ } post, { } topic)) return NotFound();
        if (!ForumAccess.CanEdit(User, post)) return StatusCode(StatusCodes.Status403Forbidden);
        (Post, Topic) = (post, topic);
        return null;
    }
}
