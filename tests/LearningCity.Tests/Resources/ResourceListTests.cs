using LearningCity.Modules.Resources.Public;
using System.Net;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Resources;

public sealed class ResourceListTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Demo_resources_are_published_thai_content_with_a_demo_badge_and_one_draft()
    {
        var demo = await factory.WithDbAsync(db => db.LearningResources.AsNoTracking().Where(r => r.IsDemo).ToListAsync());
        Assert.True(demo.Count(r => r.Status == PublicationStatus.Published) >= 10);
        Assert.Single(demo, r => r.Status == PublicationStatus.Draft);
        Assert.Contains(demo, r => r.Title.Th.Contains("ปลา") && r.Status == PublicationStatus.Published);
        Assert.True(demo.Where(r => r.CityId is not null).Select(r => r.CityId).Distinct().Count() >= 4);
        Assert.Contains(demo, r => r.OrganisationId is not null);
        Assert.True(await factory.WithDbAsync(db => db.Organisations.AnyAsync(o => o.IsDemo)));

        var page = await factory.CreateBrowserlessClient().GetPageAsync("/resources");
        var cards = page.QuerySelectorAll(".resource-card");
        Assert.InRange(cards.Length, 10, 12);
        Assert.All(cards.Where(c => c.TextContent.Contains("ปลาน้ำจืด")), c => Assert.NotNull(c.QuerySelector(".demo-badge")));
        Assert.Contains(cards, c => c.QuerySelector(".resource-date")?.TextContent.Contains("พ.ศ.") == true);
        Assert.DoesNotContain("ร่าง: คู่มืออาสาสมัคร", page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task The_list_filters_by_type_topic_audience_language_and_city_newest_first()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองกรอง"));
        var older = await factory.AddResourceAsync("วิดีโอเก่า", cityId: city, type: ResourceType.Video, audiences: Audience.OlderPersons,
            topics: ["health"], publishedOn: new DateOnly(2024, 5, 1));
        var newer = await factory.AddResourceAsync("วิดีโอใหม่", cityId: city, type: ResourceType.Video, audiences: Audience.OlderPersons | Audience.Youth,
            topics: ["health", "ageing"], language: "en", publishedOn: new DateOnly(2025, 6, 1));
        await factory.AddResourceAsync("บทความ", cityId: city, type: ResourceType.Article, audiences: Audience.Children, topics: ["literacy"]);
        var client = factory.CreateBrowserlessClient();

        async Task<string[]> Titles(string query) =>
            (await client.GetPageAsync($"/resources?city={city}&{query}")).QuerySelectorAll(".resource-card h2").Select(h => h.TextContent.Trim()).ToArray();

        Assert.Equal(["วิดีโอใหม่", "วิดีโอเก่า"], await Titles("type=Video"));
        Assert.Equal(["วิดีโอใหม่"], await Titles("topic=ageing"));
        Assert.Equal(["วิดีโอใหม่", "วิดีโอเก่า"], await Titles("audience=OlderPersons"));
        Assert.Equal(["วิดีโอใหม่"], await Titles("language=en"));
        Assert.Equal(["บทความ"], await Titles("audience=Children&topic=literacy"));
        Assert.Empty(await Titles("type=NoSuchType"));
        Assert.Equal(3, (await Titles("")).Length);

        var api = await (await client.GetAsync($"/api/v1/resources?city={city}&type=Video&audience=OlderPersons")).JsonAsync();
        Assert.Equal(2, api.GetProperty("totalCount").GetInt32());
        var first = api.GetProperty("items")[0];
        Assert.Equal(newer, first.GetProperty("id").GetInt32());
        Assert.Equal(["Youth", "OlderPersons"], first.GetProperty("audiences").EnumerateArray().Select(a => a.GetString()).ToArray());
        Assert.Contains(first.GetProperty("topics").EnumerateArray(), t => t.GetProperty("slug").GetString() == "ageing");
        Assert.Equal(older, (await (await client.GetAsync($"/api/v1/resources?city={city}&topic=health&language=th")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task The_list_and_the_api_page_through_results()
    {
        var org = await factory.AddOrganisationAsync("องค์กรหลายรายการ");
        for (var i = 1; i <= 14; i++)
            await factory.AddResourceAsync($"รายการที่ {i:00}", organisationId: org, publishedOn: new DateOnly(2025, 1, i));
        var client = factory.CreateBrowserlessClient();
        var api = await (await client.GetAsync($"/api/v1/resources?organisation={org}&page=2&pageSize=5")).JsonAsync();
        Assert.Equal(14, api.GetProperty("totalCount").GetInt32());
        Assert.Equal(["รายการที่ 09", "รายการที่ 08", "รายการที่ 07", "รายการที่ 06", "รายการที่ 05"],
            api.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("title").GetProperty("th").GetString()).ToArray());
        Assert.Equal("องค์กรหลายรายการ", api.GetProperty("items")[0].GetProperty("publisher").GetString());

        var all = await client.GetPageAsync("/resources");
        var next = all.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("/resources?page=2", next);
        var second = await client.GetPageAsync(next);
        Assert.NotEmpty(second.QuerySelectorAll(".resource-card"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/topics")).StatusCode);
        Assert.Equal(12, (await (await client.GetAsync("/api/v1/topics")).JsonAsync()).GetArrayLength());
    }
}
