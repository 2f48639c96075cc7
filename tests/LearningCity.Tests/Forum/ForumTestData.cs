using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Booster.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Forum;

/// <summary>Small builders for forum tests: categories of the demo seed, topics and replies through the API, notices read back.</summary>
internal static class ForumTestData
{
    public static Task<int> CategoryIdAsync(this AppFactory factory, string slug = "assessment") =>
        factory.WithDbAsync(db => db.ForumCategories.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());

    /// <summary>A signed-in member whose posts need no approval (an account given a role by an admin).</summary>
    public static async Task<(TestUser User, HttpClient Client)> MemberAsync(this AppFactory factory, string role = Roles.Coordinator)
    {
        var user = await factory.CreateAsync(role);
        return (user, await factory.ApiClientAsync(user));
    }

    public static Dictionary<string, object?> Topic(int categoryId, string? title = null, string? body = null, bool question = true,
        string[]? indicators = null, string[]? provinces = null) => new()
    {
        ["categoryId"] = categoryId,
        ["title"] = title ?? CityTestData.Unique("คำถามทดสอบเวที"),
        ["body"] = body ?? "เมืองของเราควรเริ่มจากอะไรก่อนดี",
        ["isQuestion"] = question,
        ["indicators"] = indicators ?? Array.Empty<string>(),
        ["provinces"] = provinces ?? Array.Empty<string>(),
    };

    public static async Task<JsonElement> CreateTopicAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/forum/topics", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> ReplyAsync(this HttpClient client, int topicId, string body, int? quote = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/forum/topics/{topicId}/replies", new { body, quotePostId = quote });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> TopicAsync(this HttpClient client, int topicId)
    {
        var response = await client.GetAsync($"/api/v1/forum/topics/{topicId}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static int Id(this JsonElement item) => item.GetProperty("id").GetInt32();

    public static int FirstPostId(this JsonElement topic) => topic.GetProperty("posts")[0].Id();

    public static Task<List<Notification>> NoticesAsync(this AppFactory factory, Guid userId, NotificationKind kind) =>
        factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.Kind == kind).OrderBy(n => n.Id).ToListAsync());

    public static Task<int> PostCountAsync(this AppFactory factory, Guid authorId) =>
        factory.WithDbAsync(db => db.ForumPosts.CountAsync(p => p.AuthorId == authorId));
}
