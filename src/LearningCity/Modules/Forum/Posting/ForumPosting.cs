using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Spaces;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningCity.Modules.Forum.Posting;

/// <summary>
/// Writing in the forum, for the pages and the API alike: new topics, replies and edits. Input is checked before
/// anything else (a 1 MB post is refused), then the rate limit per account, then whether the post waits for approval:
/// an account holding no role but Learner waits until one of its posts has been approved. A visible post notifies
/// mentions and subscribers in the same unit of work; the search hears of every change.
/// </summary>
public sealed class ForumPosting(AppDbContext db, ForumAccess access, ForumNotifier notifier, ProvinceNames provinces, TimeProvider time,
    JsonStringLocalizer l, IOptions<ForumOptions> options)
{
    public const string SearchType = "forum-topic";

    public async Task<ForumOutcome<ForumTopic>> CreateTopicAsync(ClaimsPrincipal user, NewTopicInput input, CancellationToken ct)
    {
        if (ForumAccess.UserId(user) is not { } me) return ForumOutcome<ForumTopic>.Refused(401, l["Forum.Error.SignIn"]);
        var title = input.Title?.Trim() ?? "";
        if (title.Length < 3 || title.Length > ForumLimits.MaxTitle) return Refused<ForumTopic>("title", l["Forum.Error.Title", ForumLimits.MaxTitle]);
        if (CheckBody(input.Body) is { } bodyError) return bodyError.As<ForumTopic>();
        var category = await (await access.CategoriesAsync(user, ct)).FirstOrDefaultAsync(c => c.Id == input.CategoryId, ct);
        if (category is null) return Refused<ForumTopic>("categoryId", l["Forum.Error.CategoryNotFound"]);
        var indicators = ForumTags.Normalize(input.Indicators);
        var provinceCodes = ForumTags.Normalize(input.Provinces);
        if (indicators.Count + provinceCodes.Count > ForumLimits.MaxTags || !indicators.All(ForumTags.IsIndicator))
            return Refused<ForumTopic>("indicators", l["Forum.Error.Indicators", ForumLimits.MaxTags]);
        var known = await provinces.AllAsync(ct);
        if (!provinceCodes.All(known.ContainsKey)) return Refused<ForumTopic>("provinces", l["Forum.Error.Provinces"]);
        if (await TooFastAsync(me, ct) is { } flood) return flood.As<ForumTopic>();

        var now = Now;
        var approved = !await WaitsForApprovalAsync(user, me, ct);
        var topic = new ForumTopic
        {
            CategoryId = category.Id, Title = title, Kind = input.IsQuestion ? TopicKind.Question : TopicKind.Discussion, AuthorId = me,
            IsApproved = approved, SpaceKey = category.SpaceKey, CreatedAt = now, LastPostAt = now,
            Tags = [.. indicators.Select(c => new ForumTopicTag { Kind = TagKinds.Indicator, Code = c }),
                .. provinceCodes.Select(c => new ForumTopicTag { Kind = TagKinds.Province, Code = c })],
        };
        var post = new ForumPost { AuthorId = me, Body = input.Body!.Trim(), IsFirst = true, IsApproved = approved, CreatedAt = now };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ForumTopics.Add(topic);
        await db.SaveChangesAsync(ct);
        post.TopicId = topic.Id;
        db.ForumPosts.Add(post);
        db.ForumSubscriptions.Add(new ForumSubscription { UserId = me, Kind = SubscriptionKind.Topic, Target = topic.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CreatedAt = now });
        SearchChanges.Record(db, SearchType, topic.Id);
        await db.SaveChangesAsync(ct);
        if (approved) await notifier.PostVisibleAsync(topic, post, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ForumOutcome<ForumTopic>.Done(topic);
    }

    public async Task<ForumOutcome<ForumPost>> ReplyAsync(ClaimsPrincipal user, int topicId, ReplyInput input, CancellationToken ct)
    {
        if (ForumAccess.UserId(user) is not { } me) return ForumOutcome<ForumPost>.Refused(401, l["Forum.Error.SignIn"]);
        var topic = await FindTopicAsync(user, topicId, ct);
        if (topic is null) return ForumOutcome<ForumPost>.Refused(404, l["Forum.Error.TopicNotFound"]);
        if (topic.IsLocked) return ForumOutcome<ForumPost>.Refused(409, l["Forum.Error.Locked"]);
        if (!topic.IsApproved) return ForumOutcome<ForumPost>.Refused(409, l["Forum.Error.TopicPending"]);
        if (CheckBody(input.Body) is { } bodyError) return bodyError;
        if (input.QuotePostId is { } quoted && !await db.ForumPosts.AnyAsync(p => p.Id == quoted && p.TopicId == topicId && p.IsApproved && !p.IsHidden, ct))
            return Refused<ForumPost>("quotePostId", l["Forum.Error.QuoteNotFound"]);
        if (await TooFastAsync(me, ct) is { } flood) return flood;

        var now = Now;
        var approved = !await WaitsForApprovalAsync(user, me, ct);
        var post = new ForumPost { TopicId = topic.Id, AuthorId = me, Body = input.Body!.Trim(), QuotedPostId = input.QuotePostId, IsApproved = approved, CreatedAt = now };
        db.ForumPosts.Add(post);
        if (approved) MarkReply(topic, now);
        var target = topic.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!await db.ForumSubscriptions.AnyAsync(s => s.UserId == me && s.Kind == SubscriptionKind.Topic && s.Target == target, ct))
            db.ForumSubscriptions.Add(new ForumSubscription { UserId = me, Kind = SubscriptionKind.Topic, Target = target, CreatedAt = now });
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        SearchChanges.Record(db, SearchType, topic.Id);
        if (approved) await notifier.PostVisibleAsync(topic, post, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ForumOutcome<ForumPost>.Done(post);
    }

    /// <summary>Changes a post (its author or a moderator); what it said before is kept in its history.</summary>
    public async Task<ForumOutcome<ForumPost>> EditAsync(ClaimsPrincipal user, int postId, EditInput input, CancellationToken ct)
    {
        if (ForumAccess.UserId(user) is not { } me) return ForumOutcome<ForumPost>.Refused(401, l["Forum.Error.SignIn"]);
        if (await FindPostAsync(user, postId, ct) is not ({ } post, { } topic)) return ForumOutcome<ForumPost>.Refused(404, l["Forum.Error.PostNotFound"]);
        if (!ForumAccess.CanEdit(user, post)) return ForumOutcome<ForumPost>.Refused(403, l["Forum.Error.NotAuthor"]);
        if (topic.IsLocked && !ForumAccess.IsModerator(user)) return ForumOutcome<ForumPost>.Refused(409, l["Forum.Error.Locked"]);
        if (CheckBody(input.Body) is { } bodyError) return bodyError;
        var title = input.Title?.Trim();
        if (post.IsFirst && !string.IsNullOrEmpty(title) && (title.Length < 3 || title.Length > ForumLimits.MaxTitle))
            return Refused<ForumPost>("title", l["Forum.Error.Title", ForumLimits.MaxTitle]);
        var body = input.Body!.Trim();
        var titleChanges = post.IsFirst && !string.IsNullOrEmpty(title) && title != topic.Title;
        if (body == post.Body && !titleChanges) return ForumOutcome<ForumPost>.Done(post);
        var now = Now;
        if (body != post.Body)
        {
            db.ForumPostRevisions.Add(new ForumPostRevision { PostId = post.Id, Body = post.Body, EditorId = me, EditedAt = now });
            post.Body = body;
            post.EditCount += 1;
            post.EditedAt = now;
        }
        if (titleChanges) topic.Title = title!;
        SearchChanges.Record(db, SearchType, topic.Id);
        await db.SaveChangesAsync(ct);
        return ForumOutcome<ForumPost>.Done(post);
    }

    /// <summary>A topic the person may open, tracked for a change.</summary>
    public async Task<ForumTopic?> FindTopicAsync(ClaimsPrincipal user, int topicId, CancellationToken ct)
    {
        var visible = await (await access.TopicsAsync(user, ct)).AnyAsync(t => t.Id == topicId, ct);
        return visible ? await db.ForumTopics.Include(t => t.Tags).FirstOrDefaultAsync(t => t.Id == topicId, ct) : null;
    }

    /// <summary>A post the person may see, in a topic they may open, both tracked.</summary>
    public async Task<(ForumPost Post, ForumTopic Topic)?> FindPostAsync(ClaimsPrincipal user, int postId, CancellationToken ct)
    {
        var post = await db.ForumPosts.FirstOrDefaultAsync(p => p.Id == postId, ct);
        if (post is null || !ForumAccess.CanSeePost(user, post)) return null;
        var topic = await FindTopicAsync(user, post.TopicId, ct);
        return topic is null ? null : (post, topic);
    }

    public static void MarkReply(ForumTopic topic, DateTime at)
    {
        topic.ReplyCount += 1;
        if (at > topic.LastPostAt) topic.LastPostAt = at;
    }

    private ForumOutcome<ForumPost>? CheckBody(string? body)
    {
        var text = body?.Trim() ?? "";
        if (text.Length == 0) return Refused<ForumPost>("body", l["Forum.Error.BodyRequired"]);
        if (text.Length > ForumLimits.MaxBody) return Refused<ForumPost>("body", l["Forum.Error.TooLong", ForumLimits.MaxBody]);
        return null;
    }

    private async Task<ForumOutcome<ForumPost>?> TooFastAsync(Guid me, CancellationToken ct)
    {
        var o = options.Value;
        var since = Now.AddSeconds(-o.RateWindowSeconds);
        var recent = await db.ForumPosts.CountAsync(p => p.AuthorId == me && p.CreatedAt >= since, ct);
        return recent >= o.PostsPerWindow
            ? ForumOutcome<ForumPost>.Refused(StatusCodes.Status429TooManyRequests, l["Forum.Error.TooFast", o.PostsPerWindow, Math.Max(1, o.RateWindowSeconds / 60)])
            : null;
    }

    /// <summary>Self-registered accounts (no role but Learner) wait for approval until a moderator has approved one of their posts.</summary>
    private async Task<bool> WaitsForApprovalAsync(ClaimsPrincipal user, Guid me, CancellationToken ct)
    {
        if (Roles.All.Any(r => r != Roles.Learner && Privileges.Has(user, r))) return false;
        return !await db.ForumPosts.AnyAsync(p => p.AuthorId == me && p.IsApproved, ct);
    }

    private static ForumOutcome<T> Refused<T>(string field, string message) => ForumOutcome<T>.Refused(400, message, field);

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
