using LearningCity.Modules.Forum.Spaces;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Forum.Reading;

/// <summary>The forum's front page: the categories the person may see, with counts and the latest activity, and the latest topics.</summary>
public sealed class ForumIndexModel(ForumQueries queries) : PageModel
{
    public IReadOnlyList<CategoryRow> Categories { get; private set; } = [];
    public IReadOnlyList<TopicRow> Latest { get; private set; } = [];
    public bool IsModerator { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Categories = await queries.CategoriesAsync(User, ct);
        Latest = (await queries.TopicsAsync(User, null, null, new Common.Api.PageRequest(1, 8), ct)).Items;
        IsModerator = ForumAccess.IsModerator(User);
    }
}
