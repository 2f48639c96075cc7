using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Posting;
using LearningCity.Modules.Identity.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Forum.Seed;

/// <summary>
/// First-run demo forum (Seed:Demo): the categories, and, when the demo accounts exist, questions and answers among them
/// (one answer accepted, topics tagged with indicators and provinces), all marked IsDemo. Runs only while there are no categories.
/// </summary>
internal sealed class DemoForumSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    /// <summary>The demo accounts' e-mail domain (the Identity module's demo seed).</summary>
    private const string DemoDomain = "demo.learningcity.local";

    public int Order => 75;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.ForumCategories.AnyAsync(ct)) return;
        var now = time.GetUtcNow().UtcDateTime;
        var categories = DemoForum.Categories.Select((c, i) => new ForumCategory
        {
            Slug = c.Slug, Name = new BilingualText(c.Th, c.En), Description = new BilingualText(c.DescriptionTh, c.DescriptionEn), Pillar = c.Pillar,
            Position = i, IsDemo = true, CreatedAt = now,
        }).ToDictionary(c => c.Slug);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ForumCategories.AddRange(categories.Values);
        await db.SaveChangesAsync(ct);

        var accounts = await DemoAccountsAsync(services.GetRequiredService<AccountDirectory>(), ct);
        var start = now.AddDays(-DemoForum.Topics.Length * 3);
        foreach (var (demo, n) in DemoForum.Topics.Select((d, n) => (d, n)))
        {
            if (!accounts.TryGetValue(demo.Author, out var asker) || demo.Replies.Any(r => !accounts.ContainsKey(r.Author))) continue;
            var at = start.AddDays(n * 3);
            var topic = new ForumTopic
            {
                CategoryId = categories[demo.Category].Id, Title = demo.Title, Kind = demo.Question ? TopicKind.Question : TopicKind.Discussion,
                AuthorId = asker, IsApproved = true, CreatedAt = at, LastPostAt = at.AddHours(demo.Replies.Length * 5), IsDemo = true,
                ReplyCount = demo.Replies.Length,
                Tags = [.. demo.Indicators.Select(c => new ForumTopicTag { Kind = TagKinds.Indicator, Code = c }),
                    .. demo.Provinces.Select(c => new ForumTopicTag { Kind = TagKinds.Province, Code = c })],
            };
            db.ForumTopics.Add(topic);
            await db.SaveChangesAsync(ct);
            var posts = demo.Replies.Select((r, i) => new ForumPost
            {
                TopicId = topic.Id, AuthorId = accounts[r.Author], Body = r.Body, IsApproved = true, CreatedAt = at.AddHours((i + 1) * 5),
                HelpfulCount = r.Accepted ? 1 : 0,
            }).Prepend(new ForumPost { TopicId = topic.Id, AuthorId = asker, Body = demo.Body, IsFirst = true, IsApproved = true, CreatedAt = at }).ToList();
            db.ForumPosts.AddRange(posts);
            await db.SaveChangesAsync(ct);
            var acceptedIndex = Array.FindIndex(demo.Replies, r => r.Accepted);
            if (acceptedIndex >= 0)
            {
                topic.AcceptedPostId = posts[acceptedIndex + 1].Id;
                db.ForumVotes.Add(new ForumVote { PostId = posts[acceptedIndex + 1].Id, UserId = asker, At = at.AddDays(1) });
            }
            db.ForumSubscriptions.Add(new ForumSubscription { UserId = asker, Kind = SubscriptionKind.Topic, Target = topic.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CreatedAt = at });
            SearchChanges.Record(db, ForumPosting.SearchType, topic.Id);
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>The demo accounts by the part of their address before the @.</summary>
    private static async Task<Dictionary<string, Guid>> DemoAccountsAsync(AccountDirectory directory, CancellationToken ct)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var id in await directory.MatchingAsync("@" + DemoDomain, 50, ct))
            if (await directory.SubjectAsync(id, ct) is { } subject && subject.Email.EndsWith("@" + DemoDomain, StringComparison.OrdinalIgnoreCase))
                found[subject.Email[..subject.Email.IndexOf('@', StringComparison.Ordinal)]] = id;
        return found;
    }
}
