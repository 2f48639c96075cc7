using LearningCity.Modules.Resources.Public;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LearningCity.Tests.Search.SearchTestHelpers;

namespace LearningCity.Tests.Search;

/// <summary>Learning spaces and funding sources in the platform search, kept in step with their pages and API.</summary>
public sealed class ContentSearchTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Demo_spaces_are_found_by_a_Thai_word_and_filtered_by_province()
    {
        await factory.SearchCaughtUpAsync();
        var client = factory.CreateClient();
        var all = await client.SearchAsync(Q("ห้องสมุด") + "&type=space");
        Assert.True(all.GetProperty("totalCount").GetInt32() >= 2);
        var chiangMai = await client.SearchAsync(Q("ห้องสมุด") + "&type=space&province=TH-50");
        var urls = chiangMai.Urls();
        Assert.NotEmpty(urls);
        var ids = urls.Select(u => int.Parse(u.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var provinces = await factory.WithDbAsync(db => db.LearningSpaces.Where(s => ids.Contains(s.Id)).Select(s => s.ProvinceCode).Distinct().ToListAsync());
        Assert.Equal(["TH-50"], provinces);
    }

    [Fact]
    public async Task Spaces_are_found_near_a_point_and_sorted_by_distance()
    {
        await factory.SearchCaughtUpAsync();
        // Chiang Mai old city: the demo spaces there are within 10 km, those in other provinces are not.
        var near = await factory.CreateClient().SearchAsync("type=space&lat=18.7883&lon=98.9853&radiusKm=10&sort=distance");
        var items = near.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        var distances = items.Select(i => i.GetProperty("distanceKm").GetDouble()).ToList();
        Assert.All(distances, d => Assert.True(d <= 10));
        Assert.Equal(distances.Order().ToList(), distances);
    }

    [Fact]
    public async Task Open_calls_facet_matches_the_funding_dates()
    {
        await factory.SearchCaughtUpAsync();
        var open = await factory.CreateClient().SearchAsync("type=funding&openCalls=true&pageSize=100");
        var openIds = open.Urls().Select(u => int.Parse(u.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(7));
        var funding = await factory.WithDbAsync(db => db.FundingSources.Where(f => f.Status == PublicationStatus.Published).ToListAsync());
        Assert.Equal(funding.Where(f => f.IsOpenOn(today)).Select(f => f.Id).ToHashSet(), openIds);
        Assert.Contains(funding, f => !f.IsOpenOn(today)); // the demo data has closed calls too, so the filter did something
    }

    [Fact]
    public async Task A_space_published_through_the_api_is_found_and_gone_after_unpublishing()
    {
        var admin = await factory.CreateAsync(Roles.Admin);
        var client = await factory.LoginAsync(admin);
        var cityId = await factory.WithDbAsync(db => db.Cities.Where(c => c.IsDemo).Select(c => c.Id).FirstAsync());
        var created = await client.PostAsJsonAsync("/api/v1/spaces?publish=true", new
        {
            nameTh = "ลานเรียนรู้ดาราศาสตร์ชุมชน", type = "Park", provinceCode = "TH-50", cityId,
            latitude = 18.80, longitude = 98.95, isFree = true,
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var space = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = space.GetProperty("id").GetInt32();

        await factory.SearchCaughtUpAsync();
        Assert.Contains($"/spaces/{id}", (await factory.CreateClient().SearchAsync(Q("ดาราศาสตร์"))).Urls());

        var unpublished = await client.PostAsync($"/api/v1/spaces/{id}/unpublish", null);
        Assert.True(unpublished.IsSuccessStatusCode);
        await factory.SearchCaughtUpAsync();
        Assert.DoesNotContain($"/spaces/{id}", (await factory.CreateClient().SearchAsync(Q("ดาราศาสตร์"))).Urls());
    }

    [Fact]
    public async Task Fish_processing_is_found_for_pla_but_nothing_about_destinations()
    {
        await factory.SearchCaughtUpAsync();
        var results = await factory.CreateClient().SearchAsync(Q("ปลา") + "&type=resource");
        var titles = results.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
        Assert.Contains(titles, t => t.Contains("แปรรูปปลา", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.Contains("ปลาย", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resources_have_topic_and_audience_facets_with_names()
    {
        await factory.SearchCaughtUpAsync();
        var results = await factory.CreateClient().SearchAsync("type=resource&pageSize=5");
        var facets = results.GetProperty("facets");
        var topics = facets.GetProperty("topic").EnumerateArray().ToList();
        Assert.NotEmpty(topics);
        Assert.All(topics, t => Assert.True(t.GetProperty("count").GetInt32() > 0));
        Assert.Contains(facets.GetProperty("audience").EnumerateArray(), a => a.GetProperty("label").GetString()!.Contains("ผู้สูงอายุ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_resource_removed_by_a_moderator_leaves_the_search()
    {
        await factory.SearchCaughtUpAsync();
        var target = (await factory.CreateClient().SearchAsync("type=resource&pageSize=1")).Urls().Single();
        var id = int.Parse(target.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var learner = await factory.LoginAsync(await factory.CreateAsync());
        var report = await learner.PostAsJsonAsync("/api/v1/reports", new { contentType = "resource", contentId = id, reason = "outdated" });
        Assert.True(report.IsSuccessStatusCode, await report.Content.ReadAsStringAsync());
        var reportId = (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var removed = await admin.PostAsJsonAsync($"/api/v1/admin/reports/{reportId}/remove-content", new { note = "ข้อมูลล้าสมัย" });
        Assert.True(removed.IsSuccessStatusCode, await removed.Content.ReadAsStringAsync());
        await factory.SearchCaughtUpAsync();
        Assert.DoesNotContain(target, (await factory.CreateClient().SearchAsync("type=resource&pageSize=100")).Urls());
    }
}
