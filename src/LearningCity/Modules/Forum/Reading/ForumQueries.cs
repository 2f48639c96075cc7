using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Spaces;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Forum.Reading;

public sealed record CategoryRow(ForumCategory Category, int Topics, int Replies, DateTime? LastActivity);

/// <summary>A topic as lists show it.</summary>
public sealed record TopicRow(int Id, int CategoryId, string Title, TopicKind Kind, bool IsPinned, bool IsLocked, bool IsApproved, bool IsHidden,
    bool HasAcceptedAnswer, int ReplyCount, DateTime CreatedAt, DateTime LastPostAt, Guid AuthorId, IReadOnlyList<ForumTopicTag> Tags);

/// <summary>A topic's page: its first post, the accepted answer, then one page of the other replies in order.</summary>
public sealed record TopicView(ForumTopic Topic, ForumCategory Category, ForumPost? First, ForumPost? Accepted, Paged<ForumPost> Replies,
    IReadOnlyDictionary<int, ForumPost> Quoted, IReadOnlyDictionary<Guid, string> Authors, IReadOnlySet<int> MyVotes)
{
    public IEnumerable<ForumPost> Shown => (Replies.Page == 1 ? new[] { First, Accepted } : []).OfType<ForumPost>().Concat(Replies.Items);
}

/// <summary>What the forum's pages and API read, always through what the person may see.</summary>
public sealed class ForumQueries(AppDbContext db, ForumAccess access, AccountDirectory accounts)
{
    public const int PostsPerPage = 20;

    public async Task<List<CategoryRow>> CategoriesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var categories = await (await access.CategoriesAsync(user, ct)).OrderBy(c => c.SpaceKey != null).ThenBy(c => c.Position).ThenBy(c => c.Id).ToListAsync(ct);
        var stats = await (await access.TopicsAsync(user, ct)).Where(t => t.IsApproved && !t.IsHidden).GroupBy(t => t.CategoryId)
            .Select(g => new { g.Key, Topics = g.Count(), Replies = g.Sum(t => t.ReplyCount), Last = g.Max(t => t.LastPostAt) })
            .ToDictionaryAsync(g => g.Key, ct);
        return categories.Select(c => stats.TryGetValue(c.Id, out var s)
            ? new CategoryRow(c, s.Topics, s.Replies, s.Last) : new CategoryRow(c, 0, 0, null)).ToList();
    }

    public async Task<ForumCategory?> CategoryAsync(ClaimsPrincipal user, string slugOrId, CancellationToken ct)
    {
        var categories = await access.CategoriesAsync(user, ct);
        return int.TryParse(slugOrId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? await categories.FirstOrDefaultAsync(c => c.Id == id, ct)
            : await categories.FirstOrDefaultAsync(c => c.Slug == slugOrId.ToLowerInvariant(), ct);
    }

    /// <summary>Topics of a category or with an indicator or province tag (either may be null), pinned first, then latest activity.</summary>
    public async Task<Paged<TopicRow>> TopicsAsync(ClaimsPrincipal user, int? categoryId, string? tag, PageRequest page, CancellationToken ct)
    {
        var query = await access.TopicsAsync(user, ct);
        if (categoryId is { } c) query = query.Where(t => t.CategoryId == c);
        if (!string.IsNullOrWhiteSpace(tag))
        {
            var code = tag.Trim().ToUpperInvariant();
            query = query.Where(t => t.Tags.Any(x => x.Code == code));
        }
        var ordered = categoryId is null ? query.OrderByDescending(t => t.LastPostAt) : query.OrderByDescending(t => t.IsPinned).ThenByDescending(t => t.LastPostAt);
        var paged = await ordered.ThenByDescending(t => t.Id)
            .Select(t => new TopicRow(t.Id, t.CategoryId, t.Title, t.Kind, t.IsPinned, t.IsLocked, t.IsApproved, t.IsHidden, t.AcceptedPostId != null,
                t.ReplyCount, t.CreatedAt, t.LastPostAt, t.AuthorId, t.Tags.ToList()))
            .ToPagedAsync(page, ct);
        return paged;
    }

    public async Task<TopicView?> TopicAsync(ClaimsPrincipal user, int id, PageRequest page, CancellationToken ct)
    {
        var topic = await (await access.TopicsAsync(user, ct)).Include(t => t.Tags).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (topic is null) return null;
        var category = await db.ForumCategories.AsNoTracking().FirstAsync(c => c.Id == topic.CategoryId, ct);
        var me = ForumAccess.UserId(user) ?? Guid.Empty;
        var moderator = ForumAccess.IsModerator(user);
        var posts = db.ForumPosts.AsNoTracking().Where(p => p.TopicId == id);
        if (!moderator) posts = posts.Where(p => !p.IsHidden && (p.IsApproved || (me != Guid.Empty && p.AuthorId == me)));
        var first = await posts.FirstOrDefaultAsync(p => p.IsFirst, ct);
        var accepted = topic.AcceptedPostId is { } a ? await posts.FirstOrDefaultAsync(p => p.Id == a, ct) : null;
        var acceptedId = accepted?.Id ?? 0;
        var replies = await posts.Where(p => !p.IsFirst && p.Id != acceptedId).OrderBy(p => p.Id).ToPagedAsync(page, ct);
        var shown = new[] { first, accepted }.OfType<ForumPost>().Concat(replies.Items).ToList();
        var quotedIds = shown.Select(p => p.QuotedPostId).OfType<int>().Distinct().ToList();
        var quoted = quotedIds.Count == 0 ? new Dictionary<int, ForumPost>()
            : await db.ForumPosts.AsNoTracking().Where(p => quotedIds.Contains(p.Id) && p.IsApproved && !p.IsHidden).ToDictionaryAsync(p => p.Id, ct);
        var authors = await accounts.DisplayNamesAsync(shown.Concat(quoted.Values).Select(p => p.AuthorId).Append(topic.AuthorId), ct);
        var ids = shown.Select(p => p.Id).ToList();
        var votes = me == Guid.Empty ? [] : await db.ForumVotes.AsNoTracking().Where(v => v.UserId == me && ids.Contains(v.PostId)).Select(v => v.PostId).ToListAsync(ct);
        return new TopicView(topic, category, first, accepted, replies, quoted, authors, votes.ToHashSet());
    }

    public async Task<List<ForumPostRevision>> HistoryAsync(int postId, CancellationToken ct) =>
        await db.ForumPostRevisions.AsNoTracking().Where(r => r.PostId == postId).OrderByDescending(r => r.Id).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct) =>
        await accounts.DisplayNamesAsync(ids.Where(i => i != Guid.Empty), ct);
}
