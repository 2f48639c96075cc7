using LearningCity.Common.Content;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Reading;

namespace LearningCity.Modules.Forum.Api;

public sealed record CategoryDto(int Id, string Slug, string NameTh, string? NameEn, string? DescriptionTh, string? DescriptionEn, int? Pillar,
    int Position, bool IsPrivate, int Topics, int Replies, DateTime? LastActivity, string Url)
{
    public static CategoryDto Of(CategoryRow r) => new(r.Category.Id, r.Category.Slug, r.Category.Name.Th, r.Category.Name.En,
        string.IsNullOrEmpty(r.Category.Description.Th) ? null : r.Category.Description.Th, r.Category.Description.En, r.Category.Pillar,
        r.Category.Position, r.Category.SpaceKey is not null, r.Topics, r.Replies, r.LastActivity, $"/forum/c/{r.Category.Slug}");
}

public sealed record TopicSummaryDto(int Id, int CategoryId, string Title, string Kind, bool IsPinned, bool IsLocked, bool AwaitsApproval,
    bool HasAcceptedAnswer, int ReplyCount, DateTime CreatedAt, DateTime LastPostAt, IReadOnlyList<string> Indicators, IReadOnlyList<string> Provinces,
    string Url)
{
    public static TopicSummaryDto Of(TopicRow t) => new(t.Id, t.CategoryId, t.Title, t.Kind.ToString(), t.IsPinned, t.IsLocked, !t.IsApproved,
        t.HasAcceptedAnswer, t.ReplyCount, t.CreatedAt, t.LastPostAt, Codes(t.Tags, TagKinds.Indicator), Codes(t.Tags, TagKinds.Province),
        ForumLinks.Topic(t.Id));

    public static IReadOnlyList<string> Codes(IEnumerable<ForumTopicTag> tags, string kind) =>
        tags.Where(x => x.Kind == kind).Select(x => x.Code).OrderBy(c => c, StringComparer.Ordinal).ToList();
}

public sealed record PostDto(int Id, int TopicId, string AuthorName, bool IsFirst, bool IsAccepted, bool AwaitsApproval, bool IsHidden,
    int? QuotePostId, string Markdown, string Html, int HelpfulCount, int EditCount, DateTime CreatedAt, DateTime? EditedAt)
{
    public static PostDto Of(ForumPost p, ForumTopic topic, string authorName, MarkdownRenderer markdown) => new(p.Id, p.TopicId, authorName,
        p.IsFirst, topic.AcceptedPostId == p.Id, !p.IsApproved, p.IsHidden, p.QuotedPostId, p.Body, markdown.ToSafeHtml(p.Body), p.HelpfulCount,
        p.EditCount, p.CreatedAt, p.EditedAt);
}

/// <summary>A topic with one page of its posts: the question first, then the accepted answer, then the other replies in order.</summary>
public sealed record TopicDto(int Id, int CategoryId, string CategorySlug, string Title, string Kind, bool IsPinned, bool IsLocked, bool AwaitsApproval,
    int? AcceptedPostId, int ReplyCount, DateTime CreatedAt, DateTime LastPostAt, IReadOnlyList<string> Indicators, IReadOnlyList<string> Provinces,
    IReadOnlyList<PostDto> Posts, int Page, int TotalPages)
{
    public static TopicDto Of(TopicView v, Func<Guid, string> name, MarkdownRenderer markdown) => new(v.Topic.Id, v.Category.Id, v.Category.Slug,
        v.Topic.Title, v.Topic.Kind.ToString(), v.Topic.IsPinned, v.Topic.IsLocked, !v.Topic.IsApproved, v.Topic.AcceptedPostId, v.Topic.ReplyCount,
        v.Topic.CreatedAt, v.Topic.LastPostAt, TopicSummaryDto.Codes(v.Topic.Tags, TagKinds.Indicator), TopicSummaryDto.Codes(v.Topic.Tags, TagKinds.Province),
        v.Shown.Select(p => PostDto.Of(p, v.Topic, name(p.AuthorId), markdown)).ToList(), v.Replies.Page, Math.Max(1, v.Replies.TotalPages));
}

public sealed record RevisionDto(int Id, string Markdown, string EditorName, DateTime EditedAt);

public sealed record SubscriptionDto(int Id, string Kind, string Target, DateTime CreatedAt)
{
    public static SubscriptionDto Of(ForumSubscription s) => new(s.Id, s.Kind.ToString(), s.Target, s.CreatedAt);
}

public sealed record ReportDto(int Id, int PostId, string Reason, string Status, DateTime CreatedAt)
{
    public static ReportDto Of(ForumReport r) => new(r.Id, r.PostId, r.Reason, r.Status.ToString(), r.CreatedAt);
}

/// <summary>The moderators' queue: posts waiting for approval and open reports.</summary>
public sealed record ModerationQueueDto(IReadOnlyList<PostDto> Waiting, IReadOnlyList<ReportDto> Reports);

public sealed record VoteDto(int PostId, int HelpfulCount, bool Helpful);

public sealed class VoteInput
{
    /// <summary>True marks the post helpful; false takes the mark back.</summary>
    public bool Helpful { get; set; } = true;
}

public sealed class ReportInput
{
    public string? Reason { get; set; }
}

public sealed class SubscriptionInput
{
    /// <summary>Topic, Category or Tag.</summary>
    public string? Kind { get; set; }
    /// <summary>The topic's or category's id, or an indicator code.</summary>
    public string? Target { get; set; }
}

public sealed class ModerationInput
{
    /// <summary>For a post: Approve, Hide, Show, Dismiss. For a topic: Lock, Unlock, Pin, Unpin, Hide, Show, Move.</summary>
    public string? Action { get; set; }
    /// <summary>Where a topic moves to.</summary>
    public int? CategoryId { get; set; }
}

public sealed class CategoryInput
{
    public string? Slug { get; set; }
    public string? NameTh { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionTh { get; set; }
    public string? DescriptionEn { get; set; }
    /// <summary>1–6, or none for a theme across pillars.</summary>
    public int? Pillar { get; set; }
    public int Position { get; set; }
}

public static class ForumLinks
{
    public static string Topic(int id) => $"/forum/t/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static string Category(string slug) => $"/forum/c/{slug}";
}
