using System.Globalization;
using System.Runtime.CompilerServices;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Posting;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Forum.Search;

/// <summary>
/// Public forum topics in the platform's search: title, the question and the visible replies, tags. Never a topic of a
/// private space, a hidden one, or one still waiting for approval.
/// </summary>
internal sealed class TopicSearchSource : ISearchSource
{
    private const int MaxText = 20_000;

    public string Type => ForumPosting.SearchType;

    public async Task<SearchDocument?> LoadAsync(AppDbContext db, string id, CancellationToken ct)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var topicId)) return null;
        var topic = await Public(db).FirstOrDefaultAsync(t => t.Id == topicId, ct);
        return topic is null ? null : await ToDocumentAsync(db, topic, ct);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync(AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        var topics = await Public(db).OrderBy(t => t.Id).ToListAsync(ct);
        foreach (var topic in topics) yield return await ToDocumentAsync(db, topic, ct);
    }

    private static IQueryable<ForumTopic> Public(AppDbContext db) =>
        db.ForumTopics.AsNoTracking().Include(t => t.Tags)
            .Where(t => t.IsApproved && !t.IsHidden && t.SpaceKey == null && db.ForumCategories.Any(c => c.Id == t.CategoryId && c.SpaceKey == null));

    private static async Task<SearchDocument> ToDocumentAsync(AppDbContext db, ForumTopic t, CancellationToken ct)
    {
        var posts = await db.ForumPosts.AsNoTracking().Where(p => p.TopicId == t.Id && p.IsApproved && !p.IsHidden)
            .OrderByDescending(p => p.IsFirst).ThenBy(p => p.Id).Select(p => p.Body).Take(50).ToListAsync(ct);
        var text = string.Join("\n", posts);
        var first = posts.FirstOrDefault() ?? "";
        var provinces = t.Tags.Where(x => x.Kind == TagKinds.Province).Select(x => x.Code).ToList();
        var facets = new Dictionary<string, IReadOnlyList<string>> { ["language"] = ["th"] };
        if (provinces.Count > 0) facets["province"] = provinces;
        return new SearchDocument
        {
            Type = ForumPosting.SearchType,
            Id = t.Id.ToString(CultureInfo.InvariantCulture),
            Title = new BilingualText(t.Title),
            Summary = string.IsNullOrWhiteSpace(first) ? null : new BilingualText(first.Length <= 300 ? first : first[..300].TrimEnd() + "…"),
            Body = string.Join("\n", string.Join(" ", t.Tags.Select(x => x.Code)), text.Length > MaxText ? text[..MaxText] : text),
            Url = $"/forum/t/{t.Id.ToString(CultureInfo.InvariantCulture)}",
            Date = t.LastPostAt,
            Facets = facets,
        };
    }
}
