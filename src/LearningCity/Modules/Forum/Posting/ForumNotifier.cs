using System.Globalization;
using System.Text.RegularExpressions;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Spaces;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Forum.Posting;

/// <summary>
/// Tells people about a post once it is visible: the people it @mentions (by the part of their e-mail address before
/// the @), then the subscribers of its topic, category and indicator tags; each person once, never the author, and
/// never someone who cannot see the topic. The notices join the caller's unit of work.
/// </summary>
public sealed partial class ForumNotifier(AppDbContext db, PersonalNotices notices, AccountDirectory accounts, ForumAccess access,
    JsonStringLocalizer l)
{
    private static readonly CultureInfo Th = CultureInfo.GetCultureInfo(Cultures.Thai);
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo(Cultures.English);

    public async Task PostVisibleAsync(ForumTopic topic, ForumPost post, CancellationToken ct)
    {
        var told = new HashSet<Guid> { post.AuthorId, Guid.Empty };
        var link = $"/forum/t/{topic.Id.ToString(CultureInfo.InvariantCulture)}#post-{post.Id.ToString(CultureInfo.InvariantCulture)}";
        foreach (var person in await MentionedAsync(post.Body, ct))
        {
            if (!told.Add(person) || !await access.IsMemberAsync(topic.SpaceKey, person, ct)) continue;
            await notices.NotifyAsync(person, NoticeKind.ForumMention, Text("Forum.Notice.Mention", topic.Title), Text("Forum.Notice.MentionBody", Excerpt(post.Body)), link, ct);
        }
        var tags = topic.Tags.Where(t => t.Kind == TagKinds.Indicator).Select(t => t.Code).ToList();
        var topicId = topic.Id.ToString(CultureInfo.InvariantCulture);
        var categoryId = topic.CategoryId.ToString(CultureInfo.InvariantCulture);
        var subscribers = await db.ForumSubscriptions.AsNoTracking()
            .Where(s => (s.Kind == SubscriptionKind.Topic && s.Target == topicId && !post.IsFirst)
                        || (s.Kind == SubscriptionKind.Category && s.Target == categoryId)
                        || (s.Kind == SubscriptionKind.Tag && tags.Contains(s.Target)))
            .OrderBy(s => s.Id).Select(s => s.UserId).ToListAsync(ct);
        var key = post.IsFirst ? "Forum.Notice.NewTopic" : "Forum.Notice.Reply";
        foreach (var person in subscribers.Distinct())
        {
            if (!told.Add(person) || !await access.IsMemberAsync(topic.SpaceKey, person, ct)) continue;
            await notices.NotifyAsync(person, NoticeKind.ForumReply, Text(key, topic.Title), Text("Forum.Notice.ReplyBody", Excerpt(post.Body)), link, ct, email: false);
        }
    }

    public Task AcceptedAsync(ForumTopic topic, ForumPost answer, Guid acceptedBy, CancellationToken ct) =>
        answer.AuthorId == Guid.Empty || answer.AuthorId == acceptedBy
            ? Task.CompletedTask
            : notices.NotifyAsync(answer.AuthorId, NoticeKind.ForumAnswerAccepted, Text("Forum.Notice.Accepted", topic.Title),
                Text("Forum.Notice.AcceptedBody", Excerpt(answer.Body)), $"/forum/t/{topic.Id.ToString(CultureInfo.InvariantCulture)}#post-{answer.Id.ToString(CultureInfo.InvariantCulture)}", ct);

    public Task HiddenAsync(ForumTopic topic, ForumPost post, CancellationToken ct) =>
        post.AuthorId == Guid.Empty
            ? Task.CompletedTask
            : notices.NotifyAsync(post.AuthorId, NoticeKind.ForumModeration, Text("Forum.Notice.Hidden", topic.Title),
                Text("Forum.Notice.HiddenBody", Excerpt(post.Body)), $"/forum/t/{topic.Id.ToString(CultureInfo.InvariantCulture)}", ct);

    /// <summary>The accounts named by @handles in the text: a handle is the part of an e-mail address before the @.</summary>
    public async Task<List<Guid>> MentionedAsync(string body, CancellationToken ct)
    {
        var handles = Mention().Matches(body).Select(m => m.Groups["handle"].Value.TrimEnd('.').ToLowerInvariant())
            .Where(h => h.Length >= 2).Distinct().Take(ForumLimits.MaxMentions).ToList();
        var found = new List<Guid>();
        foreach (var handle in handles)
        {
            foreach (var id in await accounts.MatchingAsync(handle + "@", 5, ct))
            {
                var subject = await accounts.SubjectAsync(id, ct);
                if (subject is not null && subject.Email.StartsWith(handle + "@", StringComparison.OrdinalIgnoreCase)) found.Add(id);
            }
        }
        return found;
    }

    private BilingualText Text(string key, params object[] args) =>
        new(string.Format(Th, l.Text(key, Th), args), string.Format(En, l.Text(key, En), args));

    private static string Excerpt(string body)
    {
        var flat = Regex.Replace(body, @"\s+", " ").Trim();
        return flat.Length <= 200 ? flat : flat[..200] + "…";
    }

    [GeneratedRegex(@"(?<![\w@])@(?<handle>[A-Za-z0-9][A-Za-z0-9._+\-]{1,63})")]
    private static partial Regex Mention();
}
