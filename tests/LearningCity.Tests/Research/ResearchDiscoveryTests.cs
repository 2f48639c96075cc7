using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Search;

namespace LearningCity.Tests.Research;

public sealed class ResearchDiscoveryTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Platform_search_finds_a_published_item_by_a_thai_word_and_forgets_it_when_unpublished()
    {
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var body = ResearchTestData.Body(titleTh: "การพัฒนาทักษะผู้สูงวัยด้วยพิพิธภัณฑ์ท้องถิ่น");
        body["abstractTh"] = "งานวิจัยเกี่ยวกับจักสานไม้ไผ่ในชุมชน";
        var created = await client.CreateResearchAsync(body);
        await factory.SearchCaughtUpAsync();

        var anonymous = factory.CreateBrowserlessClient();
        var results = await anonymous.SearchAsync(SearchTestHelpers.Q("จักสาน") + "&type=research");
        Assert.Contains($"/research/{created.Id()}", results.Urls());
        var page = await anonymous.GetPageAsync("/search?q=" + Uri.EscapeDataString("พิพิธภัณฑ์ท้องถิ่น"));
        var hit = page.QuerySelectorAll(".search-hit").First(h => h.QuerySelector($"a[href='/research/{created.Id()}']") is not null);
        Assert.Equal("งานวิจัย", hit.QuerySelector(".badge")!.TextContent.Trim());

        var unpublished = await client.PostAsJsonAsync($"/api/v1/research/{created.Id()}/unpublish", new { version = created.Version() });
        Assert.Equal(HttpStatusCode.OK, unpublished.StatusCode);
        await factory.SearchCaughtUpAsync();
        Assert.DoesNotContain($"/research/{created.Id()}", (await anonymous.SearchAsync(SearchTestHelpers.Q("จักสาน") + "&type=research")).Urls());
    }

    [Fact]
    public async Task The_profile_of_a_covered_city_lists_the_published_item_and_the_list_filters_by_city()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เทศบาลวิจัย"));
        var other = await factory.AddCityAsync(CityTestData.Unique("เทศบาลอื่น"));
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var published = await client.CreateResearchAsync(ResearchTestData.Body(cityIds: [city], titleTh: CityTestData.Unique("งานวิจัยของเมือง")));
        var draft = await client.CreateResearchAsync(ResearchTestData.Body(cityIds: [city]), publish: false);
        await client.CreateResearchAsync(ResearchTestData.Body(cityIds: [other]));

        var anonymous = factory.CreateBrowserlessClient();
        var profile = await anonymous.GetPageAsync($"/cities/{city}");
        var links = profile.QuerySelectorAll("#city-research a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/research/{published.Id()}"], links);
        Assert.Contains("พ.ศ. 2567", profile.QuerySelector("#city-research")!.TextContent);
        Assert.DoesNotContain($"/research/{draft.Id()}", links);

        var list = await anonymous.GetPageAsync($"/research?city={city}");
        Assert.Equal([$"/research/{published.Id()}"], list.QuerySelectorAll("#research-list h2 a").Select(a => a.GetAttribute("href")));
        var api = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/research?city={city}&year=2567&type=Report");
        Assert.Equal(1, api.GetProperty("totalCount").GetInt32());
        Assert.Equal(city, api.GetProperty("items")[0].GetProperty("cities")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_409_with_the_current_version()
    {
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var created = await client.CreateResearchAsync(ResearchTestData.Body());
        var body = ResearchTestData.Body();
        body["version"] = created.Version();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/research/{created.Id()}", body)).StatusCode);

        var stale = await client.PutAsJsonAsync($"/api/v1/research/{created.Id()}", body);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(created.Version() + 1, problem.GetProperty("currentVersion").GetUInt32());
        Assert.Contains("แก้ไขงานวิจัยนี้ไปก่อนแล้ว", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/v1/research/{created.Id()}/unpublish", new { version = created.Version() })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"/api/v1/research/{created.Id()}?version={created.Version()}")).StatusCode);
    }

    [Fact]
    public async Task The_detail_page_has_scholarly_json_ld_citation_links_and_the_year_in_the_buddhist_era()
    {
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var body = ResearchTestData.Body();
        body["type"] = "Paper";
        var id = (await client.CreateResearchAsync(body)).Id();

        var page = await factory.CreateBrowserlessClient().GetPageAsync($"/research/{id}");
        var jsonLd = JsonDocument.Parse(page.QuerySelector("#research-jsonld")!.TextContent).RootElement;
        Assert.Equal("ScholarlyArticle", jsonLd.GetProperty("@type").GetString());
        Assert.Equal("10.1234/tlc.test", jsonLd.GetProperty("identifier").GetProperty("value").GetString());
        Assert.Equal("สมชาย ใจดี", jsonLd.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("พ.ศ. 2567", page.QuerySelector("#research-year")!.TextContent.Trim());
        Assert.Equal($"/api/v1/research/{id}/bibtex", page.QuerySelector("#research-bibtex")!.GetAttribute("href"));
        Assert.Equal($"/api/v1/research/{id}/ris", page.QuerySelector("#research-ris")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#edit-research"));
        Assert.Contains("B2.3", page.QuerySelector("#research-indicators")!.TextContent);
    }

    [Fact]
    public async Task The_first_run_seed_publishes_demo_research_about_the_demo_cities()
    {
        var anonymous = factory.CreateBrowserlessClient();
        var demo = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/research?pageSize=100");
        var items = demo.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("isDemo").GetBoolean()).ToList();
        Assert.True(items.Count >= 4);
        Assert.All(items, i => Assert.NotEmpty(i.GetProperty("cities").EnumerateArray()));
        Assert.All(items, i => Assert.NotEmpty(i.GetProperty("indicators").EnumerateArray()));
        var chiangMai = await factory.DemoCityIdAsync(CityTestData.ChiangMai);
        var profile = await anonymous.GetPageAsync($"/cities/{chiangMai}");
        Assert.NotEmpty(profile.QuerySelectorAll("#city-research .city-research-item"));
    }
}
