using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Posting;
using LearningCity.Modules.Forum.Spaces;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Forum.Moderation;

public enum PostAction
{
    /// <summary>Lets a waiting post through: it becomes visible and notifies as a new post would.</summary>
    Approve,
    Hide,
    Show,
    /// <summary>Closes the post's open reports without changing it.</summary>
    Dismiss,
}

public enum TopicAction
{
    Lock,
    Unlock,
    Pin,
    Unpin,
    Hide,
    Show,
    /// <summary>To another category (given as categoryId); the topic takes that category's privacy.</summary>
    Move,
}

/// <summary>
/// What facilitators and admins do to keep the forum useful: approve waiting posts, hide and show posts and topics,
/// lock, pin and move topics, close reports. Every action is in the audit log, saved with the change.
/// </summary>
public sealed class ForumModeration(AppDbContext db, ForumPosting posting, ForumNotifier notifier, AuditLog audit, TimeProvider time, JsonStringLocalizer l)
{
    public async Task<ForumOutcome<ForumPost>> PostAsync(ClaimsPrincipal user, int postId, PostAction action, CancellationToken ct)
    {
        if (!ForumAccess.IsModerator(user)) return ForumOutcome<ForumPost>.Refused(403, l["Forum.Error.NotModerator"]);
        if (await posting.FindPostAsync(user, postId, ct) is not ({ } post, { } topic)) return ForumOutcome<ForumPost>.Refused(404, l["Forum.Error.PostNotFound"]);
        var before = Summary(post);
        var now = time.GetUtcNow().UtcDateTime;
        switch (action)
        {
            case PostAction.Approve when !post.IsApproved:
                post.IsApproved = true;
                if (post.IsFirst) topic.IsApproved = true;
                else if (!post.IsHidden) ForumPosting.MarkReply(topic, post.CreatedAt);
                await notifier.PostVisibleAsync(topic, post, ct);
                break;
            case PostAction.Hide when !post.IsHidden:
                post.IsHidden = true;
                if (post.IsFirst) topic.IsHidden = true;
                else if (post.IsApproved) topic.ReplyCount = Math.Max(0, topic.ReplyCount - 1);
                if (topic.AcceptedPostId == post.Id) topic.AcceptedPostId = null;
                await notifier.HiddenAsync(topic, post, ct);
                break;
            case PostAction.Show when post.IsHidden:
                post.IsHidden = false;
                if (post.IsFirst) topic.IsHidden = false;
                else if (post.IsApproved) topic.ReplyCount += 1;
                break;
        }
        if (action is PostAction.Hide or PostAction.Dismiss or PostAction.Approve)
            await db.ForumReports.Where(r => r.PostId == post.Id && r.Status == ForumReportStatus.Open).ForEachAsync(r =>
            {
                r.Status = ForumReportStatus.Resolved;
                r.ResolvedBy = ForumAccess.UserId(user);
                r.ResolvedAt = now;
            }, ct);
        audit.Record($"forum.post.{action.ToString().ToLowerInvariant()}", "ForumPost", post.Id, before, Summary(post), user);
        SearchChanges.Record(db, ForumPosting.SearchType, topic.Id);
        await db.SaveChangesAsync(ct);
        return ForumOutcome<ForumPost>.Done(post);
    }

    public async Task<ForumOutcome<ForumTopic>> TopicAsync(ClaimsPrincipal user, int topicId, TopicAction action, int? categoryId, CancellationToken ct)
    {
        if (!ForumAccess.IsModerator(user)) return ForumOutcome<ForumTopic>.Refused(403, l["Forum.Error.NotModerator"]);
        var topic = await posting.FindTopicAsync(user, topicId, ct);
        if (topic is null) return ForumOutcome<ForumTopic>.Refused(404, l["Forum.Error.TopicNotFound"]);
        var before = Summary(topic);
        switch (action)
        {
            case TopicAction.Lock: topic.IsLocked = true; break;
            case TopicAction.Unlock: topic.IsLocked = false; break;
            case TopicAction.Pin: topic.IsPinned = true; break;
            case TopicAction.Unpin: topic.IsPinned = false; break;
            case TopicAction.Hide: topic.IsHidden = true; break;
            case TopicAction.Show: topic.IsHidden = false; break;
            case TopicAction.Move:
                var target = categoryId is { } id ? await db.ForumCategories.FirstOrDefaultAsync(c => c.Id == id, ct) : null;
                if (target is null) return ForumOutcome<ForumTopic>.Refused(400, l["Forum.Error.CategoryNotFound"], "categoryId");
                topic.CategoryId = target.Id;
                topic.SpaceKey = target.SpaceKey;
                break;
        }
        audit.Record($"forum.topic.{action.ToString().ToLowerInvariant()}", "ForumTopic", topic.Id, before, Summary(topic), user);
        SearchChanges.Record(db, ForumPosting.SearchType, topic.Id);
        await db.SaveChangesAsync(ct);
        return ForumOutcome<ForumTopic>.Done(topic);
    }

    private static object Summary(ForumPost p) => new { p.Id, p.TopicId, p.IsApproved, p.IsHidden };

    private static object Summary(ForumTopic t) => new { t.Id, t.Title, t.CategoryId, t.IsLocked, t.IsPinned, t.IsHidden, t.SpaceKey };
}
