using LearningCity.Common.Content;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Posting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Forum.Reading;

/// <summary>A post's edit history, visible to everyone who can see the post: the current text and each earlier one.</summary>
public sealed class PostHistoryModel(ForumPosting posting, ForumQueries queries, MarkdownRenderer markdown) : PageModel
{
    public ForumPost Post { get; private set; } = null!;
    public ForumTopic Topic { get; private set; } = null!;
    public IReadOnlyList<ForumPostRevision> Revisions { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public string Html(string body) => markdown.ToSafeHtml(body);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await posting.FindPostAsync(User, id, ct) is not ({ } post, { } topic)) return NotFound();
        (Post, Topic) = (post, topic);
        Revisions = await queries.HistoryAsync(id, ct);
        Names = await queries.NamesAsync(Revisions.Select(r => r.EditorId).Append(post.AuthorId), ct);
        return Page();
    }
}
