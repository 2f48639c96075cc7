using LearningCity.Common.Data;
using LearningCity.Modules.Forum.Posting;
using LearningCity.Modules.Identity.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Forum.Privacy;

/// <summary>
/// A person's forum content: their topics, posts, edits, votes, subscriptions and reports. On erasure the posts and
/// topics stay for the conversation (their author becomes "deleted account"); votes, subscriptions and reports go.
/// </summary>
internal sealed class ForumPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "forum";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct) => new
    {
        topics = await db.ForumTopics.AsNoTracking().Where(t => t.AuthorId == userId).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.Title, kind = t.Kind.ToString(), t.CreatedAt }).ToListAsync(ct),
        posts = await db.ForumPosts.AsNoTracking().Where(p => p.AuthorId == userId).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.TopicId, p.Body, p.CreatedAt, p.EditedAt }).ToListAsync(ct),
        votes = await db.ForumVotes.AsNoTracking().Where(v => v.UserId == userId).OrderBy(v => v.PostId).Select(v => new { v.PostId, v.At }).ToListAsync(ct),
        subscriptions = await db.ForumSubscriptions.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Id)
            .Select(s => new { kind = s.Kind.ToString(), s.Target, s.CreatedAt }).ToListAsync(ct),
        reports = await db.ForumReports.AsNoTracking().Where(r => r.ReporterId == userId).OrderBy(r => r.Id)
            .Select(r => new { r.PostId, r.Reason, r.CreatedAt }).ToListAsync(ct),
    };

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        var votedPosts = await db.ForumVotes.Where(v => v.UserId == userId).Select(v => v.PostId).ToListAsync(ct);
        await db.ForumVotes.Where(v => v.UserId == userId).ExecuteDeleteAsync(ct);
        foreach (var postId in votedPosts)
        {
            var count = await db.ForumVotes.CountAsync(v => v.PostId == postId, ct);
            await db.ForumPosts.Where(p => p.Id == postId).ExecuteUpdateAsync(u => u.SetProperty(p => p.HelpfulCount, count), ct);
        }
        await db.ForumSubscriptions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
        await db.ForumReports.Where(r => r.ReporterId == userId).ExecuteDeleteAsync(ct);
        await db.ForumReports.Where(r => r.ResolvedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(r => r.ResolvedBy, (Guid?)null), ct);
        await db.ForumPostRevisions.Where(r => r.EditorId == userId).ExecuteUpdateAsync(u => u.SetProperty(r => r.EditorId, Guid.Empty), ct);
        await db.ForumPosts.Where(p => p.AuthorId == userId).ExecuteUpdateAsync(u => u.SetProperty(p => p.AuthorId, Guid.Empty), ct);
        var topics = await db.ForumTopics.Where(t => t.AuthorId == userId).Select(t => t.Id).ToListAsync(ct);
        await db.ForumTopics.Where(t => t.AuthorId == userId).ExecuteUpdateAsync(u => u.SetProperty(t => t.AuthorId, Guid.Empty), ct);
        foreach (var topic in topics) SearchChanges.Record(db, ForumPosting.SearchType, topic);
    }
}
