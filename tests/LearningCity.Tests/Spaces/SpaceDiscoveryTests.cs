using System.Net;
using System.Text.Json;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Spaces;

/// <summary>What visitors see: lists, filters, "open now" on a fixed clock, JSON-LD and GeoJSON.</summary>
public sealed class SpaceDiscoveryTests(ClockedAppFactory factory) : IClassFixture<ClockedAppFactory>
{
    [Fact]
    public async Task A_space_is_open_at_10_on_a_Monday_and_closed_at_22()
    {
        // The fake clock only moves forward: go to the next Monday 10:00 in Thailand (03:00 UTC).
        var now = factory.Clock.GetUtcNow();
        var monday = new DateTimeOffset(now.Date, TimeSpan.Zero).AddDays(((int)DayOfWeek.Monday - (int)now.DayOfWeek + 7) % 7).AddHours(3);
        if (monday <= now) monday = monday.AddDays(7);
        factory.Clock.SetUtcNow(monday);
        var name = CityTestData.Unique("พื้นที่เปิดปิด");
        var id = await factory.AddSpaceAsync(name, province: "TH-57");
        var client = factory.CreateBrowserlessClient();

        var open = await client.GetPageAsync($"/spaces/{id}");
        Assert.NotNull(open.QuerySelector("#open-badge"));
        Assert.Contains(name, await client.GetStringAsync("/spaces?openNow=true&province=TH-57"));
        var dto = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/spaces/{id}")).RootElement;
        Assert.True(dto.GetProperty("openNow").GetBoolean());

        // "Open now" pages like any other filter, in name order.
        var names = new[] { "ก", "ข", "ค" }.Select(letter => $"{letter} {CityTestData.Unique("ลานเปิด")}").ToList();
        foreach (var n in names) await factory.AddSpaceAsync(n, province: "TH-96");
        var page2 = JsonDocument.Parse(await client.GetStringAsync("/api/v1/spaces?openNow=true&province=TH-96&pageSize=2&page=2")).RootElement;
        Assert.Equal(3, page2.GetProperty("totalCount").GetInt32());
        Assert.Equal([names[2]], page2.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nameTh").GetString()));
        var page1 = JsonDocument.Parse(await client.GetStringAsync("/api/v1/spaces?openNow=true&province=TH-96&pageSize=2")).RootElement;
        Assert.Equal(names[..2], page1.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nameTh").GetString()));

        factory.Clock.SetUtcNow(monday.AddHours(12)); // Monday 22:00 in Thailand
        var closed = await client.GetPageAsync($"/spaces/{id}");
        Assert.NotNull(closed.QuerySelector("#closed-badge"));
        Assert.DoesNotContain(name, await client.GetStringAsync("/spaces?openNow=true&province=TH-57"));
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/spaces?openNow=true&province=TH-57")).RootElement;
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_detail_page_has_Place_json_ld_with_coordinates_and_hours()
    {
        var name = CityTestData.Unique("ห้องสมุด</script><b>");
        var id = await factory.AddSpaceAsync(name);
        var html = await factory.CreateBrowserlessClient().GetStringAsync($"/spaces/{id}");
        Assert.DoesNotContain("</script><b>", html, StringComparison.Ordinal);
        var page = await Html.ParseAsync(new HttpResponseMessage { Content = new StringContent(html) });
        var script = page.QuerySelector("script[type='application/ld+json']")!;
        var ld = JsonDocument.Parse(script.TextContent).RootElement;
        Assert.Equal("Place", ld.GetProperty("@type").GetString());
        Assert.Equal(name, ld.GetProperty("name").GetString());
        Assert.Equal(18.79, ld.GetProperty("geo").GetProperty("latitude").GetDouble());
        Assert.Equal(98.98, ld.GetProperty("geo").GetProperty("longitude").GetDouble());
        Assert.Equal("TH", ld.GetProperty("address").GetProperty("addressCountry").GetString());
        var hours = ld.GetProperty("openingHoursSpecification");
        Assert.Equal(5, hours.GetArrayLength());
        Assert.Equal("https://schema.org/Monday", hours[0].GetProperty("dayOfWeek").GetString());
        Assert.Equal("09:00", hours[0].GetProperty("opens").GetString());
    }

    [Fact]
    public async Task GeoJson_is_a_feature_collection_with_longitude_first()
    {
        var name = CityTestData.Unique("พื้นที่แผนที่");
        await factory.AddSpaceAsync(name, province: "TH-58");
        var json = JsonDocument.Parse(await factory.CreateBrowserlessClient().GetStringAsync("/api/v1/spaces/geojson?province=TH-58")).RootElement;
        Assert.Equal("FeatureCollection", json.GetProperty("type").GetString());
        var feature = Assert.Single(json.GetProperty("features").EnumerateArray());
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(98.98, coordinates[0].GetDouble());
        Assert.Equal(18.79, coordinates[1].GetDouble());
        Assert.Equal(name, feature.GetProperty("properties").GetProperty("name").GetString());
        Assert.StartsWith("/spaces/", feature.GetProperty("properties").GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_paging_splits_it()
    {
        var free = CityTestData.Unique("ฟรีเข้าถึงได้");
        await factory.AddSpaceAsync(free, province: "TH-63", type: SpaceType.Museum, access: AccessibilityFeature.Braille | AccessibilityFeature.StepFreeAccess);
        var paid = CityTestData.Unique("เสียเงิน");
        await factory.AddSpaceAsync(paid, province: "TH-63", type: SpaceType.Museum, free: false);
        for (var i = 0; i < 13; i++) await factory.AddSpaceAsync(CityTestData.Unique("สวนเพจ"), province: "TH-64", type: SpaceType.Park);
        var client = factory.CreateBrowserlessClient();

        Assert.Equal(2, Count(await client.GetStringAsync("/api/v1/spaces?province=TH-63&type=Museum")));
        var freeOnly = await client.GetStringAsync("/api/v1/spaces?province=TH-63&free=true");
        Assert.Equal(1, Count(freeOnly));
        Assert.Contains(free, freeOnly);
        Assert.Equal(1, Count(await client.GetStringAsync("/api/v1/spaces?province=TH-63&accessibility=Braille")));
        Assert.Equal(0, Count(await client.GetStringAsync("/api/v1/spaces?province=TH-63&type=Nowhere")));
        Assert.Equal(0, Count(await client.GetStringAsync("/api/v1/spaces?province=TH-63&region=south")));

        var first = await client.GetPageAsync("/spaces?province=TH-64");
        Assert.Equal(12, first.QuerySelectorAll(".space-card").Length);
        Assert.NotNull(first.QuerySelector("a[rel=next]"));
        var second = await client.GetPageAsync("/spaces?province=TH-64&page=2");
        Assert.Single(second.QuerySelectorAll(".space-card"));
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/spaces?province=TH-64&pageSize=5&page=3")).RootElement;
        Assert.Equal(3, api.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_map_page_lists_the_spaces_without_script_and_has_no_tile_url_by_default()
    {
        var page = await factory.CreateBrowserlessClient().GetPageAsync("/spaces/map?province=TH-50");
        var map = page.QuerySelector("#space-map")!;
        Assert.Equal("", map.GetAttribute("data-tile-url"));
        Assert.Equal("/api/v1/spaces/geojson?province=TH-50", map.GetAttribute("data-geojson"));
        Assert.Contains(page.QuerySelectorAll("#map-list a"), a => a.TextContent.Contains("หอศิลปวัฒนธรรมเมืองเชียงใหม่", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Null(page.QuerySelector("#no-tiles"));
    }

    [Fact]
    public async Task Without_tiles_the_map_gets_thailands_outline_from_the_site_itself()
    {
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/spaces/map");
        var outline = page.QuerySelector("#space-map")!.GetAttribute("data-outline");
        Assert.Equal("/lib/world-atlas/thailand.json", outline);
        Assert.Contains("Natural Earth", page.QuerySelector("#space-map")!.GetAttribute("data-outline-attribution"), StringComparison.Ordinal);
        var json = JsonDocument.Parse(await client.GetStringAsync(outline)).RootElement;
        var thailand = json.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("properties").GetProperty("thailand").GetBoolean());
        Assert.Equal("MultiPolygon", thailand.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/world-atlas/LICENSE.txt")).StatusCode);
    }

    [Fact]
    public async Task Demo_spaces_are_seeded_published_and_marked()
    {
        var json = JsonDocument.Parse(await factory.CreateBrowserlessClient().GetStringAsync("/api/v1/spaces?pageSize=100")).RootElement;
        var demo = json.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("isDemo").GetBoolean()).ToList();
        Assert.True(demo.Count >= 12);
        Assert.All(demo, d => Assert.InRange(d.GetProperty("latitude").GetDouble(), 5.6, 20.5));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserlessClient().GetAsync("/spaces")).StatusCode);
    }

    private static int Count(string json) => JsonDocument.Parse(json).RootElement.GetProperty("totalCount").GetInt32();
}
