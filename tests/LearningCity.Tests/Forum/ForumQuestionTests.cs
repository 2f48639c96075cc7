using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Booster.Data;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Forum;

public sealed class ForumQuestionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_accepted_answer_shows_first_and_its_author_is_notified()
    {
        var (_, asker) = await factory.MemberAsync();
        var topicId = (await asker.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync()))).Id();
        var (_, early) = await factory.MemberAsync();
        await early.ReplyAsync(topicId, "คำตอบแรกที่มาก่อน");
        var (answerer, late) = await factory.MemberAsync(Roles.Researcher);
        var answer = (await late.ReplyAsync(topicId, "คำตอบที่ดีที่สุดแต่มาทีหลัง")).Id();

        Assert.Equal(HttpStatusCode.Forbidden, (await early.PostAsync($"/api/v1/forum/posts/{answer}/accept", null)).StatusCode);
        var topic = await asker.TopicAsync(topicId);
        Assert.Equal(HttpStatusCode.Conflict, (await asker.PostAsync($"/api/v1/forum/posts/{topic.FirstPostId()}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await asker.PostAsync($"/api/v1/forum/posts/{answer}/accept", null)).StatusCode);

        var shown = (await factory.CreateBrowserlessClient().TopicAsync(topicId)).GetProperty("posts").EnumerateArray().ToList();
        Assert.True(shown[0].GetProperty("isFirst").GetBoolean());
        Assert.Equal(answer, shown[1].Id());
        Assert.True(shown[1].GetProperty("isAccepted").GetBoolean());
        var page = await factory.CreateBrowserlessClient().GetPageAsync($"/forum/t/{topicId}");
        var order = page.QuerySelectorAll(".forum-post").Select(p => p.GetAttribute("data-post-id")).ToList();
        Assert.Equal(answer.ToString(), order[1]);
        Assert.NotNull(page.QuerySelector($"#post-{answer}.accepted-answer"));
        Assert.Single(await factory.NoticesAsync(answerer.Id, NotificationKind.ForumAnswerAccepted));
    }

    [Fact]
    public async Task A_person_mentioned_by_their_handle_is_notified_and_a_quote_shows_the_quoted_post()
    {
        var (asker, client) = await factory.MemberAsync();
        var topicId = (await client.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync()))).Id();
        var (mentioned, _) = await factory.MemberAsync();
        var handle = mentioned.Email.Split('@')[0];
        var (_, replier) = await factory.MemberAsync();
        var first = (await client.TopicAsync(topicId)).FirstPostId();
        var reply = await replier.ReplyAsync(topicId, $"ขอชวน @{handle} มาช่วยตอบด้วยครับ", quote: first);

        var notices = await factory.NoticesAsync(mentioned.Id, NotificationKind.ForumMention);
        Assert.Single(notices);
        Assert.EndsWith($"#post-{reply.Id()}", notices[0].Link);
        // The asker follows their topic and hears of the reply; the replier is told nothing of their own post.
        Assert.Single(await factory.NoticesAsync(asker.Id, NotificationKind.ForumReply));
        var page = await client.GetPageAsync($"/forum/t/{topicId}");
        Assert.Contains("เมืองของเราควรเริ่มจากอะไรก่อนดี", page.QuerySelector($"#post-{reply.Id()} .post-quote")!.TextContent);
    }

    [Fact]
    public async Task A_post_is_marked_helpful_once_per_person_and_never_by_its_author()
    {
        var (_, author) = await factory.MemberAsync();
        var topic = await author.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync()));
        var postId = topic.FirstPostId();
        Assert.Equal(HttpStatusCode.Conflict, (await author.PostAsJsonAsync($"/api/v1/forum/posts/{postId}/vote", new { helpful = true })).StatusCode);
        var (_, reader) = await factory.MemberAsync(Roles.Learner);
        for (var i = 0; i < 2; i++)
        {
            var vote = await reader.PostAsJsonAsync($"/api/v1/forum/posts/{postId}/vote", new { helpful = true });
            Assert.Equal(1, (await vote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("helpfulCount").GetInt32());
        }
        var undone = await reader.PostAsJsonAsync($"/api/v1/forum/posts/{postId}/vote", new { helpful = false });
        Assert.Equal(0, (await undone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("helpfulCount").GetInt32());
    }

    [Fact]
    public async Task Subscribers_of_an_indicator_hear_of_a_new_topic_tagged_with_it_and_of_its_replies()
    {
        var (follower, client) = await factory.MemberAsync(Roles.Learner);
        var subscribed = await client.PostAsJsonAsync("/api/v1/forum/subscriptions", new { kind = "Tag", target = "b6.3" });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/v1/forum/subscriptions", new { kind = "Tag", target = "<b>" })).StatusCode);

        var (_, asker) = await factory.MemberAsync();
        var topicId = (await asker.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync("activities"), indicators: ["B6.3"], provinces: ["TH-50"]))).Id();
        var (_, replier) = await factory.MemberAsync();
        await replier.ReplyAsync(topicId, "ลองจัดที่ห้องสมุดชุมชนดูครับ");
        var notices = await factory.NoticesAsync(follower.Id, NotificationKind.ForumReply);
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.StartsWith($"/forum/t/{topicId}", n.Link));
        var tagged = await factory.CreateBrowserlessClient().GetPageAsync("/forum/tags/B6.3");
        Assert.NotNull(tagged.QuerySelector($".topic-row[data-topic-id='{topicId}']"));
    }
}
