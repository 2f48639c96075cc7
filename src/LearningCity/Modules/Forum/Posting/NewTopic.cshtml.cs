using LearningCity.Modules.Forum.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Forum.Posting;

/// <summary>Starting a topic: a category, a title, the first post in Markdown, question or discussion, indicator and province tags.</summary>
[Authorize(Policy = Common.Auth.Policies.SignedIn)]
public sealed class NewTopicModel(ForumPosting posting, ForumQueries queries) : PageModel
{
    public IReadOnlyList<CategoryRow> Categories { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty] public int CategoryId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public bool IsQuestion { get; set; }
    [BindProperty] public string? Indicators { get; set; }
    [BindProperty] public string? Provinces { get; set; }

    public async Task OnGetAsync(int? category, CancellationToken ct)
    {
        Categories = await queries.CategoriesAsync(User, ct);
        CategoryId = category ?? 0;
        IsQuestion = true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var done = await posting.CreateTopicAsync(User, new NewTopicInput
        {
            CategoryId = CategoryId, Title = Title, Body = Body, IsQuestion = IsQuestion, Indicators = [Indicators ?? ""], Provinces = [Provinces ?? ""],
        }, ct);
        if (done.Ok)
        {
            TempData["Flash"] = done.Value!.IsApproved ? "Forum.Flash.Created" : "Forum.Flash.Waiting";
            return Redirect(Api.ForumLinks.Topic(done.Value.Id));
        }
        Categories = await queries.CategoriesAsync(User, ct);
        Errors[done.Field ?? ""] = done.Error ?? "";
        Response.StatusCode = done.Status;
        return Page();
    }
}
