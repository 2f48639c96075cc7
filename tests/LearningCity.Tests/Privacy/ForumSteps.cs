using System.Net;
using System.Net.Http.Json;
using LearningCity.Tests.Forum;

namespace LearningCity.Tests.Privacy;

/// <summary>
/// The account in the forum: it asks a question tagged with an indicator, edits it, follows a tag, marks another
/// person's answer helpful and accepts it, edits that answer as a moderator, and reports it (then closes its own report).
/// </summary>
internal static class ForumSteps
{
    public static async Task RunAsync(EveryModuleAccount.Parts account)
    {
        var (factory, client, admin) = account;
        var topic = await client.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync(), title: "คำถามของผู้ที่จะลบบัญชี", indicators: ["B2.1"]));
        await Ok(await client.PutAsJsonAsync($"/api/v1/forum/posts/{topic.FirstPostId()}", new { body = "คำถามที่แก้ไขแล้ว" }));
        await Created(await client.PostAsJsonAsync("/api/v1/forum/subscriptions", new { kind = "Tag", target = "B2.1" }));
        var answer = (await admin.ReplyAsync(topic.Id(), "คำตอบจากผู้ดูแลอีกคน")).Id();
        await Ok(await client.PostAsJsonAsync($"/api/v1/forum/posts/{answer}/vote", new { helpful = true }));
        await Ok(await client.PostAsync($"/api/v1/forum/posts/{answer}/accept", null));
        await Ok(await client.PutAsJsonAsync($"/api/v1/forum/posts/{answer}", new { body = "คำตอบที่ผู้ดูแลช่วยแก้คำผิด" }));
        await Created(await client.PostAsJsonAsync($"/api/v1/forum/posts/{answer}/report", new { reason = "ทดสอบการแจ้ง" }));
        await Ok(await client.PostAsJsonAsync($"/api/v1/forum/posts/{answer}/moderation", new { action = "Dismiss" }));
        await Created(await client.PostAsJsonAsync($"/api/v1/forum/posts/{answer}/report", new { reason = "แจ้งอีกครั้ง" }));
    }

    private static async Task Ok(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

    private static async Task Created(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
}
