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
        var topics = await access.TopicsAsync(user, ct);
        var waiting = (await db.ForumPosts.AsNoTracking().Where(p => !p.IsApproved && !p.IsHidden)
            .Join(topics, p => p.TopicId, t => t.Id, (p, t) => new { Post = p, Topic = t }).OrderBy(x => x.Post.Id).Take(Max).ToListAsync(ct))
            .Select(x => new WaitingPost(x.Post, x.Topic)).ToList();
        var reports = (await db.ForumReports.AsNoTracking().Where(r => r.Status == ForumReportStatus.Open)
            .Join(db.ForumPosts.AsNoTracking(), r => r.PostId, p => p.Id, (r, p) => new { Report = r, Post = p })
            .Join(topics, x => x.Post.TopicId, t => t.Id, (x, t) => new { x.Report, x.Post, Topic = t }).OrderBy(x => x.Report.Id).Take(Max).ToListAsync(ct))
            .Select(x => new OpenReport(x.Report, x.Post, x.Topic)).ToList();
        var authors = await accounts.DisplayNamesAsync(waiting.Select(w => w.Post.AuthorId).Concat(reports.Select(r => r.Post.AuthorId)), ct);
        return new QueueView(waiting, reports, authors);
    }
}
