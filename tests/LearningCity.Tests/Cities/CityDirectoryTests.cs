using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Search;

namespace LearningCity.Tests.Cities;

public sealed class CityDirectoryTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static async Task<List<string>> NamesAsync(HttpClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        return page.QuerySelectorAll("#city-list .card-title a").Select(a => a.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task Directory_lists_approved_demo_cities_with_type_province_badges_and_count()
    {
        var page = await factory.CreateClient().GetPageAsync("/cities?region=north");
        var card = page.QuerySelectorAll(".city-card").Single(c => c.TextContent.Contains(CityTestData.ChiangMai));
        Assert.Contains("เทศบาลนคร", card.QuerySelector(".city-type")!.TextContent);
        Assert.Contains("เชียงใหม่", card.QuerySelector(".city-province")!.TextContent);
        Assert.Contains("ข้อมูลตัวอย่าง", card.QuerySelector(".demo-badge")!.TextContent);
        Assert.Contains("พ.ศ. 2565", card.QuerySelector(".unesco-badge")!.TextContent);
        Assert.Contains("พบ", page.QuerySelector("#result-count")!.TextContent);
    }

    [Fact]
    public async Task Filter_by_region_shows_only_that_regions_cities()
    {
        var names = await NamesAsync(factory.CreateClient(), "/cities?region=northeast");
        Assert.Contains(CityTestData.KhonKaen, names);
        Assert.DoesNotContain(CityTestData.ChiangMai, names);
    }

    [Fact]
    public async Task Filter_by_province_and_by_type()
    {
        var client = factory.CreateClient();
        Assert.Equal([CityTestData.KhonKaen], await NamesAsync(client, "/cities?province=TH-40"));
        var towns = await NamesAsync(client, "/cities?region=east&type=TownMunicipality");
        Assert.Equal(["เทศบาลเมืองฉะเชิงเทรา"], towns);
        var page = await client.GetPageAsync("/cities?province=TH-40");
        Assert.Contains("1", page.QuerySelector("#result-count")!.TextContent);
    }

    [Fact]
    public async Task Name_search_matches_Thai_or_English_in_any_case()
    {
        await factory.SearchCaughtUpAsync();
        var client = factory.CreateClient();
        Assert.Equal([CityTestData.KhonKaen], await NamesAsync(client, "/cities?q=" + Uri.EscapeDataString("ขอนแก่น")));
        Assert.Equal([CityTestData.KhonKaen], await NamesAsync(client, "/cities?q=kHON%20kaen"));
        Assert.Empty(await NamesAsync(client, "/cities?q=zzzz-no-such-city"));
    }

    [Fact]
    public async Task A_province_from_another_region_is_ignored_and_the_province_list_narrows_by_region()
    {
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/cities?region=north&province=TH-40");
        var names = page.QuerySelectorAll("#city-list .card-title a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains(CityTestData.ChiangMai, names);
        var provinceOptions = page.QuerySelectorAll("#filter-province option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("TH-50", provinceOptions);
        Assert.DoesNotContain("TH-40", provinceOptions);

        var options = await client.GetStringAsync("/cities?handler=ProvinceOptions&region=northeast");
        Assert.Contains("value=\"TH-40\"", options);
        Assert.DoesNotContain("TH-50", options);
        Assert.DoesNotContain("<html", options);
    }

    [Fact]
    public async Task An_htmx_request_gets_only_the_results_fragment()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/cities?region=northeast");
        request.Headers.Add("HX-Request", "true");
        var response = await factory.CreateClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html);
        Assert.Contains(CityTestData.KhonKaen, html);
        Assert.Contains("result-count", html);
    }

    [Fact]
    public async Task Paging_splits_results_and_keeps_the_filters_in_page_links()
    {
        var prefix = CityTestData.Unique("เทศบาลตำบลหน้า");
        for (var i = 0; i < 14; i++) await factory.AddCityAsync($"{prefix} {i:00}", "TH-63", indexed: true);
        await factory.SearchCaughtUpAsync();
        var client = factory.CreateClient();
        var q = Uri.EscapeDataString(prefix);
        var first = await client.GetPageAsync($"/cities?q={q}");
        Assert.Equal(12, first.QuerySelectorAll(".city-card").Length);
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("page=2", next);
        Assert.Contains("q=", next);
        Assert.Equal("#results", first.QuerySelector("a[rel=next]")!.GetAttribute("hx-target"));
        var second = await client.GetPageAsync(next);
        Assert.Equal(2, second.QuerySelectorAll(".city-card").Length);
        // The 14 cities match the words equally well, so only the pages together are certain: each city once.
        var shown = first.QuerySelectorAll(".card-title a").Concat(second.QuerySelectorAll(".card-title a")).Select(a => a.TextContent.Trim());
        Assert.Equal(Enumerable.Range(0, 14).Select(i => $"{prefix} {i:00}"), shown.Order(StringComparer.Ordinal));

        var api = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cities?q={q}&pageSize=5&page=3");
        Assert.Equal(14, api.GetProperty("totalCount").GetInt32());
        Assert.Equal(4, api.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_pending_city_is_invisible_to_the_public()
    {
        var name = CityTestData.Unique("เมืองรออนุมัติ");
        var id = await factory.AddCityAsync(name, status: CityStatus.Pending, indexed: true);
        await factory.SearchCaughtUpAsync();
        var client = factory.CreateClient();
        Assert.Empty(await NamesAsync(client, "/cities?q=" + Uri.EscapeDataString(name)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/cities/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cities/{id}")).StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/cities?q=" + Uri.EscapeDataString(name));
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_name_with_a_script_tag_is_shown_encoded()
    {
        var name = "<script>alert('x')</script> " + CityTestData.Unique("เมือง");
        var id = await factory.AddCityAsync(name, "TH-91");
        var client = factory.CreateClient();
        foreach (var url in new[] { "/cities?province=TH-91", $"/cities/{id}" })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert(", html);
            Assert.Contains("&lt;script&gt;alert(", html);
        }
    }

    [Fact]
    public async Task Api_lists_cities_with_filters_and_names_in_the_callers_language()
    {
        var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cities?region=northeast&type=CityMunicipality");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var item = body.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(CityTestData.KhonKaen, item.GetProperty("nameTh").GetString());
        Assert.Equal("Khon Kaen City Municipality", item.GetProperty("name").GetString());
        Assert.Equal("CityMunicipality", item.GetProperty("localGovernmentType").GetString());
        Assert.Equal("City municipality", item.GetProperty("localGovernmentTypeName").GetString());
        Assert.True(item.GetProperty("isDemo").GetBoolean());

        var thai = await client.GetFromJsonAsync<JsonElement>("/api/v1/cities?province=TH-40");
        Assert.Equal(CityTestData.KhonKaen, thai.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/cities/999999")).StatusCode);
    }

    [Fact]
    public async Task The_cities_api_is_described_in_the_OpenAPI_document()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/cities", "/api/v1/cities/{id}", "/api/v1/cities/{id}/approve", "/api/v1/cities/{id}/reject", "/api/v1/cities/import" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        var tags = paths.GetProperty("/api/v1/cities").GetProperty("get").GetProperty("tags").EnumerateArray().Select(t => t.GetString());
        Assert.Contains("Cities", tags);
    }
}
