using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Localization;
using LearningCity.Modules.Forum.Public;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Forum;

/// <summary>A kind of group that exists only in these tests: its members are whoever the test says.</summary>
public sealed class TestGroupMembers : IForumSpaceMembers
{
    public static readonly ConcurrentDictionary<(int Group, Guid User), bool> Members = new();

    public string Kind => "testgroup";

    public Task<bool> IsMemberAsync(int ownerId, Guid userId, CancellationToken ct) => Task.FromResult(Members.ContainsKey((ownerId, userId)));
}

public sealed class ForumSpaceFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddForumSpaceMembers<TestGroupMembers>());
    }
}

public sealed class ForumPrivateSpaceTests(ForumSpaceFactory factory) : IClassFixture<ForumSpaceFactory>
{
    [Fact]
    public async Task A_private_space_is_seen_only_by_its_members_on_pages_api_search_and_feeds()
    {
        var group = Random.Shared.Next(1, 1_000_000);
        ForumSpace space;
        await using (var scope = factory.Services.CreateAsyncScope())
            space = await scope.ServiceProvider.GetRequiredService<ForumSpaces>().EnsureAsync("testgroup", group, new BilingualText("กลุ่มทดสอบส่วนตัว"), default);
        var (member, client) = await factory.MemberAsync();
        TestGroupMembers.Members[(group, member.Id)] = true;
        var topic = await client.CreateTopicAsync(ForumTestData.Topic(space.CategoryId, title: "เรื่องลับเฉพาะกลุ่มพี่เลี้ยง", indicators: ["C1.1"]));
        var (_, other) = await factory.MemberAsync();
        await factory.SearchCaughtUpAsync();

        foreach (var outsider in new[] { other, factory.CreateBrowserlessClient() })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/forum/t/{topic.Id()}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(space.Url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/forum/topics/{topic.Id()}")).StatusCode);
            var categories = await (await outsider.GetAsync("/api/v1/forum/categories")).Content.ReadFromJsonAsync<JsonElement>();
            Assert.DoesNotContain(categories.EnumerateArray(), c => c.Id() == space.CategoryId);
            var topics = await (await outsider.GetAsync("/api/v1/forum/topics?tag=C1.1")).Content.ReadAsStringAsync();
            Assert.DoesNotContain("เรื่องลับเฉพาะกลุ่มพี่เลี้ยง", topics);
            Assert.DoesNotContain("เรื่องลับเฉพาะกลุ่มพี่เลี้ยง", await (await outsider.GetAsync("/forum")).Content.ReadAsStringAsync());
            Assert.DoesNotContain($"/forum/t/{topic.Id()}", (await outsider.SearchAsync(SearchTestHelpers.Q("เรื่องลับเฉพาะกลุ่ม"))).Urls());
            Assert.DoesNotContain("เรื่องลับเฉพาะกลุ่มพี่เลี้ยง", await (await outsider.GetAsync("/forum/tags/C1.1/feed.atom")).Content.ReadAsStringAsync());
        }
        var reply = await other.PostAsJsonAsync($"/api/v1/forum/topics/{topic.Id()}/replies", new { body = "ขอเข้าไปตอบด้วย" });
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        var posting = await other.PostAsJsonAsync("/api/v1/forum/topics", ForumTestData.Topic(space.CategoryId));
        Assert.Equal(HttpStatusCode.BadRequest, posting.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/forum/t/{topic.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(space.Url)).StatusCode);
        Assert.Equal("เรื่องลับเฉพาะกลุ่มพี่เลี้ยง", (await client.TopicAsync(topic.Id())).GetProperty("title").GetString());
    }
}
