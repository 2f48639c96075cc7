using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Forum;

public sealed class ForumPermissionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Only_the_author_or_a_moderator_edits_a_post_and_the_history_keeps_the_earlier_text()
    {
        var (_, author) = await factory.MemberAsync();
        var topic = await author.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync(), body: "ข้อความเดิมก่อนแก้ไข"));
        var postId = topic.FirstPostId();

        var (_, other) = await factory.MemberAsync();
        var refused = await other.PutAsJsonAsync($"/api/v1/forum/posts/{postId}", new { body = "แก้ข้อความของคนอื่น" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("แก้ไขได้เฉพาะผู้เขียน", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/forum/p/{postId}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().PutAsJsonAsync($"/api/v1/forum/posts/{postId}", new { body = "x" })).StatusCode);

        var edited = await author.PutAsJsonAsync($"/api/v1/forum/posts/{postId}", new { body = "ข้อความใหม่หลังแก้ไข" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var (_, facilitator) = await factory.MemberAsync(Roles.Facilitator);
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PutAsJsonAsync($"/api/v1/forum/posts/{postId}", new { body = "ผู้ดูแลแก้คำผิด" })).StatusCode);

        var history = await (await factory.CreateBrowserlessClient().GetAsync($"/api/v1/forum/posts/{postId}/history")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["ข้อความใหม่หลังแก้ไข", "ข้อความเดิมก่อนแก้ไข"], history.EnumerateArray().Select(r => r.GetProperty("markdown").GetString()).ToArray());
        var page = await factory.CreateBrowserlessClient().GetPageAsync($"/forum/p/{postId}/history");
        Assert.Equal(2, page.QuerySelectorAll(".post-revision").Length);
        Assert.Contains("ผู้ดูแลแก้คำผิด", page.QuerySelector("#current-version")!.TextContent);
    }

    [Fact]
    public async Task A_locked_topic_refuses_replies_with_a_localized_error_and_saves_nothing()
    {
        var (_, asker) = await factory.MemberAsync();
        var topicId = (await asker.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync()))).Id();
        var (_, facilitator) = await factory.MemberAsync(Roles.Facilitator);
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/v1/forum/topics/{topicId}/moderation", new { action = "Lock" })).StatusCode);

        var (replier, client) = await factory.MemberAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/forum/topics/{topicId}/replies") { Content = JsonContent.Create(new { body = "ขอตอบหน่อย" }) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var refused = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("locked", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.PostCountAsync(replier.Id));

        var page = await client.GetPageAsync($"/forum/t/{topicId}");
        Assert.Null(page.QuerySelector("#reply-form"));
        Assert.NotNull(page.QuerySelector("#locked-note"));
    }

    [Fact]
    public async Task Moderation_is_refused_to_anyone_but_facilitators_and_admins_and_every_action_is_audited()
    {
        var (_, asker) = await factory.MemberAsync();
        var topic = await asker.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync()));
        foreach (var role in new[] { Roles.Learner, Roles.Coordinator, Roles.Researcher })
        {
            var (_, client) = await factory.MemberAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/forum/topics/{topic.Id()}/moderation", new { action = "Pin" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/forum/posts/{topic.FirstPostId()}/moderation", new { action = "Hide" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/forum/moderation")).StatusCode);
        }
        Assert.False(await factory.WithDbAsync(db => db.ForumTopics.Where(t => t.Id == topic.Id()).Select(t => t.IsPinned).SingleAsync()));

        var (_, facilitator) = await factory.MemberAsync(Roles.Facilitator);
        var target = await factory.CategoryIdAsync("awards");
        foreach (var action in new object[] { new { action = "Pin" }, new { action = "Lock" }, new { action = "Move", categoryId = target } })
            Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/v1/forum/topics/{topic.Id()}/moderation", action)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await facilitator.PostAsJsonAsync($"/api/v1/forum/posts/{topic.FirstPostId()}/moderation", new { action = "Hide" })).StatusCode);

        var audited = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "ForumTopic" && a.EntityId == topic.Id().ToString()
            || a.EntityType == "ForumPost" && a.EntityId == topic.FirstPostId().ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["forum.topic.pin", "forum.topic.lock", "forum.topic.move", "forum.post.hide"], audited);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserlessClient().GetAsync($"/forum/t/{topic.Id()}")).StatusCode);
    }

    [Fact]
    public async Task A_script_in_markdown_is_never_rendered_and_a_one_megabyte_post_is_refused()
    {
        var (author, client) = await factory.MemberAsync();
        var topic = await client.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync(),
            body: "ก่อน <script>alert('x')</script> หลัง [ลิงก์](javascript:alert(1))"));
        var html = await (await factory.CreateBrowserlessClient().GetAsync($"/forum/t/{topic.Id()}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("javascript:alert", html);
        Assert.Contains("&lt;script&gt;", html);

        var before = await factory.PostCountAsync(author.Id);
        var huge = new string('ก', 1024 * 1024);
        var refused = await client.PostAsJsonAsync($"/api/v1/forum/topics/{topic.Id()}/replies", new { body = huge });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("ยาวเกินไป", await refused.Content.ReadAsStringAsync());
        // The page's form too (a megabyte of Latin letters: the form reader's own limit is on the encoded size).
        var page = await client.SubmitFormAsync($"/forum/t/{topic.Id()}", new Dictionary<string, string> { ["Body"] = new string('x', 1024 * 1024) }, "#reply-form");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("ยาวเกินไป", (await Html.ParseAsync(page)).QuerySelector("#forum-error")!.TextContent);
        Assert.Equal(before, await factory.PostCountAsync(author.Id));
    }
}
