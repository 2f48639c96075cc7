using System.Net;
using System.Xml.Linq;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Search;

namespace LearningCity.Tests.Forum;

public sealed class ForumFeedAndSearchTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_category_and_tag_feeds_are_atom_documents_of_public_topics_only()
    {
        var (_, member) = await factory.MemberAsync();
        var shown = await member.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync("festival"), title: "บูธเทศกาลควรมีอะไรบ้าง", indicators: ["B4.1"]));
        var newcomer = await factory.ApiClientAsync(await factory.CreateAsync());
        var waiting = await newcomer.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync("festival"), title: "หัวข้อที่ยังรออนุมัติ", indicators: ["B4.1"]));

        foreach (var url in new[] { "/forum/c/festival/feed.atom", "/forum/tags/b4.1/feed.atom" })
        {
            var response = await factory.CreateBrowserlessClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
            var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
            Assert.Equal(Atom + "feed", feed.Name);
            foreach (var required in new[] { "id", "title", "updated" }) Assert.NotNull(feed.Element(Atom + required));
            var entries = feed.Elements(Atom + "entry").ToList();
            Assert.All(entries, e => Assert.True(e.Element(Atom + "id") is not null && e.Element(Atom + "updated") is not null && e.Element(Atom + "author")?.Element(Atom + "name") is not null));
            var links = entries.Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value).ToList();
            Assert.Contains(links, l => l.EndsWith($"/forum/t/{shown.Id()}", StringComparison.Ordinal));
            Assert.DoesNotContain(links, l => l.EndsWith($"/forum/t/{waiting.Id()}", StringComparison.Ordinal));
            Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserlessClient().GetAsync("/forum/tags/not-a-code/feed.atom")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserlessClient().GetAsync("/forum/c/no-such-category/feed.atom")).StatusCode);
    }

    [Fact]
    public async Task The_platform_search_finds_a_public_topic_from_Thai_words_typed_together()
    {
        var (_, member) = await factory.MemberAsync();
        var topic = await member.CreateTopicAsync(ForumTestData.Topic(await factory.CategoryIdAsync("older-learners"),
            title: "ห้องเรียนสมาร์ตโฟนสำหรับผู้สูงวัยในตำบล", body: "ชวนลูกหลานมาเป็นพี่เลี้ยงสอนใช้แอปธนาคาร"));
        await factory.SearchCaughtUpAsync();
        var anonymous = factory.CreateBrowserlessClient();
        var urls = (await anonymous.SearchAsync(SearchTestHelpers.Q("สมาร์ตโฟนผู้สูงวัย"))).Urls();
        Assert.Contains($"/forum/t/{topic.Id()}", urls);
        Assert.Contains($"/forum/t/{topic.Id()}", (await anonymous.SearchAsync(SearchTestHelpers.Q("แอปธนาคาร"))).Urls());

        // A demo question of the first-run seed is found as well.
        Assert.Contains((await anonymous.SearchAsync(SearchTestHelpers.Q("คณะกรรมการขับเคลื่อน"))).Urls(), u => u.StartsWith("/forum/t/", StringComparison.Ordinal));
    }
}
