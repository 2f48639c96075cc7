using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Forum.Posting;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LearningCity.Tests.Forum;

public sealed class ForumModerationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_new_accounts_first_post_waits_for_a_moderators_approval()
    {
        var newcomer = await factory.CreateAsync(Roles.Learner);
        var client = await factory.ApiClientAsync(newcomer);
        var topic = await client.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync()));
        Assert.True(topic.GetProperty("awaitsApproval").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserlessClient().GetAsync($"/forum/t/{topic.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/forum/t/{topic.Id()}")).StatusCode); // the author sees it, marked as waiting

        var (_, facilitator) = await factory.MemberAsync(Roles.Facilitator);
        var queue = await (await facilitator.GetAsync("/api/v1/forum/moderation")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(queue.GetProperty("waiting").EnumerateArray(), p => p.Id() == topic.FirstPostId());
        var approve = await facilitator.SubmitFormAsync("/forum/moderation", new Dictionary<string, string> { ["act"] = "Approve" },
            $".waiting-post[data-post-id='{topic.FirstPostId()}'] form");
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserlessClient().GetAsync($"/forum/t/{topic.Id()}")).StatusCode);
        Assert.Contains(await factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Action + ":" + a.EntityId).ToListAsync()),
            a => a == $"forum.post.approve:{topic.FirstPostId()}");

        // Once one post is approved, the account is trusted: its next reply shows at once.
        var reply = await client.ReplyAsync(topic.Id(), "ขอบคุณผู้ดูแลครับ");
        Assert.False(reply.GetProperty("awaitsApproval").GetBoolean());
    }

    [Fact]
    public async Task A_flood_of_posts_is_refused_with_a_localized_error_and_nothing_saved()
    {
        var limit = factory.Services.GetRequiredService<IOptions<ForumOptions>>().Value.PostsPerWindow;
        var (poster, client) = await factory.MemberAsync();
        var topicId = (await client.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync()))).Id();
        for (var i = 1; i < limit; i++) await client.ReplyAsync(topicId, $"ข้อความที่ {i}");
        Assert.Equal(limit, await factory.PostCountAsync(poster.Id));

        var refused = await client.PostAsJsonAsync($"/api/v1/forum/topics/{topicId}/replies", new { body = "อีกข้อความหนึ่ง" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("โพสต์ถี่เกินไป", await refused.Content.ReadAsStringAsync());
        var again = await client.PostAsJsonAsync("/api/v1/forum/topics", ForumTestData.Topic(await factory.CategoryIdAsync()));
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Equal(limit, await factory.PostCountAsync(poster.Id));
    }

    [Fact]
    public async Task A_reported_post_reaches_the_queue_and_hiding_it_takes_it_off_the_topic_and_closes_the_report()
    {
        var (_, asker) = await factory.MemberAsync();
        var topicId = (await asker.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync()))).Id();
        var (_, spammer) = await factory.MemberAsync();
        var spam = (await spammer.ReplyAsync(topicId, "ขายของราคาถูก คลิกเลย")).Id();
        Assert.Equal(HttpStatusCode.BadRequest, (await asker.PostAsJsonAsync($"/api/v1/forum/posts/{spam}/report", new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await asker.PostAsJsonAsync($"/api/v1/forum/posts/{spam}/report", new { reason = "โฆษณา" })).StatusCode);

        var (_, facilitator) = await factory.MemberAsync(Roles.Facilitator);
        var queue = await facilitator.GetPageAsync("/forum/moderation");
        Assert.NotNull(queue.QuerySelector($".open-report[data-post-id='{spam}']"));
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/v1/forum/posts/{spam}/moderation", new { action = "Hide" })).StatusCode);

        var shown = (await factory.CreateBrowserlessClient().TopicAsync(topicId)).GetProperty("posts").EnumerateArray().Select(p => p.Id());
        Assert.DoesNotContain(spam, shown);
        Assert.Null((await facilitator.GetPageAsync("/forum/moderation")).QuerySelector($".open-report[data-post-id='{spam}']"));
    }
}
