using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Spaces;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Forum.Posting;

/// <summary>What people do with others' posts: accept an answer, mark a post helpful, report it.</summary>
public sealed class ForumReactions(AppDbContext db, ForumPosting posting, ForumNotifier notifier, TimeProvider time, JsonStringLocalizer l)
{
    /// <summary>The asker or a moderator accepts a reply as the answer to a question; it then shows first. Accepting another replaces it.</summary>
    public async Task<ForumOutcome<ForumTopic>> AcceptAsync(ClaimsPrincipal user, int postId, CancellationToken ct)
    {
        if (ForumAccess.UserId(user) is not { } me) return ForumOutcome<ForumTopic>.Refused(401, l["Forum.Error.SignIn"]);
        if (await posting.FindPostAsync(user, postId, ct) is not ({ } post, { } topic)) return ForumOutcome<ForumTopic>.Refused(404, l["Forum.Error.PostNotFound"]);
        if (topic.Kind != TopicKind.Question) return ForumOutcome<ForumTopic>.Refused(409, l["Forum.Error.NotQuestion"]);
        if (!ForumAccess.CanAccept(user, topic)) return ForumOutcome<ForumTopic>.Refused(403, l["Forum.Error.NotAsker"]);
        if (post.IsFirst || !post.IsApproved || post.IsHidden) return ForumOutcome<ForumTopic>.Refused(409, l["Forum.Error.NotAnAnswer"]);
        if (topic.AcceptedPostId == post.Id) return ForumOutcome<ForumTopic>.Done(topic);
        topic.AcceptedPostId = post.Id;
        await notifier.AcceptedAsync(topic, post, me, ct);
        await db.SaveChangesAsync(ct);
        return ForumOutcome<ForumTopic>.Done(topic);
    }

    /// <summary>Marks a post helpful (once per person; never one's own) or takes the mark back; answers the post's count.</summary>
    public async Task<ForumOutcome<ForumPost>> VoteAsync(ClaimsPrincipal user, int postId, bool helpful, CancellationToken ct)
    {
        if (ForumAccess.UserId(user) is not { } me) return ForumOutcome<ForumPost>.Refused(401, l["Forum.Error.SignIn"]);
        if (await posting.FindPostAsync(user, postId, ct) is not ({ } post, _)) return ForumOutcome<ForumPost>.Refused(404, l["Forum.Error.PostNotFound"]);
        if (post.AuthorId == me) return ForumOutcome<ForumPost>.Refused(409, l["Forum.Error.OwnVote"]);
        if (!post.IsApproved || post.IsHidden) return ForumOutcome<ForumPost>.Refused(409, l["Forum.Error.NotVisible"]);
        var existing = await db.ForumVotes.FirstOrDefaultAsync(v => v.PostId == postId && v.UserId == me, ct);
        if (helpful && existing is null) db.ForumVotes.Add(new ForumVote { PostId = postId, UserId = me, At = time.GetUtcNow().UtcDateTime });
        if (!helpful && existing is not null) db.ForumVotes.Remove(existing);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person's second click raced the first: the vote is there once, as asked.
            db.ChangeTracker.Clear();
        }
        var count = await db.ForumVotes.CountAsync(v => v.PostId == postId, ct);
        await db.ForumPosts.Where(p => p.Id == postId).ExecuteUpdateAsync(u => u.SetProperty(p => p.HelpfulCount, count), ct);
        post.HelpfulCount = count;
        return ForumOutcome<ForumPost>.Done(post);
    }

    /// <summary>Tells the moderators a post breaks the rules; one open report per person and post.</summary>
    public async Task<ForumOutcome<ForumReport>> ReportAsync(ClaimsPrincipal user, int postId, string? reason, CancellationToken ct)
    {
        if (ForumAccess.UserId(user) is not { } me) return ForumOutcome<ForumReport>.Refused(401, l["Forum.Error.SignIn"]);
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > 1000) return ForumOutcome<ForumReport>.Refused(400, l["Forum.Error.Reason"], "reason");
        if (await posting.FindPostAsync(user, postId, ct) is not ({ } post, _)) return ForumOutcome<ForumReport>.Refused(404, l["Forum.Error.PostNotFound"]);
        var open = await db.ForumReports.FirstOrDefaultAsync(r => r.PostId == post.Id && r.ReporterId == me && r.Status == ForumReportStatus.Open, ct);
        if (open is not null) return ForumOutcome<ForumReport>.Done(open);
        var report = new ForumReport { PostId = post.Id, ReporterId = me, Reason = text, CreatedAt = time.GetUtcNow().UtcDateTime };
        db.ForumReports.Add(report);
        await db.SaveChangesAsync(ct);
        return ForumOutcome<ForumReport>.Done(report);
    }
}
