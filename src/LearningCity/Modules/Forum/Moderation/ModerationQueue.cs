using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Spaces;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Forum.Moderation;

public sealed record WaitingPost(ForumPost Post, ForumTopic Topic);

public sealed record OpenReport(ForumReport Report, ForumPost Post, ForumTopic Topic);

public sealed record QueueView(IReadOnlyList<WaitingPost> Waiting, IReadOnlyList<OpenReport> Reports, IReadOnlyDictionary<Guid, string> Authors);

/// <summary>What waits for the moderators, oldest first: posts of new accounts, and open reports (in spaces the moderator may see).</summary>
public sealed class ModerationQueue(AppDbContext db, ForumAccess access, AccountDirectory accounts)
{
    public const int Max = 100;

    public async Task<QueueView> LoadAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var visible = await access.TopicsAsync(user, ct);
        var waitingPosts = await db.ForumPosts.AsNoTracking().Where(p => !p.IsApproved && !p.IsHidden && visible.Any(t => t.Id == p.TopicId))
            .OrderBy(p => p.Id).Take(Max).ToListAsync(ct);
        var openReports = await db.ForumReports.AsNoTracking().Where(r => r.Status == ForumReportStatus.Open).OrderBy(r => r.Id).Take(Max).ToListAsync(ct);
        var reportedIds = openReports.Select(r => r.PostId).Distinct().ToList();
        var reported = await db.ForumPosts.AsNoTracking().Where(p => reportedIds.Contains(p.Id) && visible.Any(t => t.Id == p.TopicId))
            .ToDictionaryAsync(p => p.Id, ct);
        var topicIds = waitingPosts.Concat(reported.Values).Select(p => p.TopicId).Distinct().ToList();
        var topics = await visible.Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var waiting = waitingPosts.Where(p => topics.ContainsKey(p.TopicId)).Select(p => new WaitingPost(p, topics[p.TopicId])).ToList();
        var reports = openReports.Where(r => reported.TryGetValue(r.PostId, out var p) && topics.ContainsKey(p.TopicId))
            .Select(r => new OpenReport(r, reported[r.PostId], topics[reported[r.PostId].TopicId])).ToList();
        var authors = await accounts.DisplayNamesAsync(waiting.Select(w => w.Post.AuthorId).Concat(reports.Select(r => r.Post.AuthorId)), ct);
        return new QueueView(waiting, reports, authors);
    }
}
