using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Search;

namespace LearningCity.Tests.Research;

/// <summary>The words filter of /research, GET /api/v1/research and the list exports goes through the platform search.</summary>
public sealed class ResearchListSearchTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_thai_word_inside_unspaced_text_finds_the_item_on_the_list_the_api_and_the_export()
    {
        var (city, ids) = await PublishAboutNewCityAsync(
            Body(titleTh: "ห้องสมุดประชาชนเทศบาลนครเชียงใหม่"),
            Body(titleTh: "การพัฒนาครูในโรงเรียนชุมชน"));
        var filter = $"city={city}&{SearchTestHelpers.Q("ห้องสมุด")}";

        var client = factory.CreateBrowserlessClient();
        Assert.Equal([ids[0]], await ListedAsync(client, filter));
        Assert.Equal([ids[0]], await ApiIdsAsync(client, filter));
        var bib = await client.GetStringAsync("/api/v1/research/export/bibtex?" + filter);
        Assert.Contains($"tlc-research-{ids[0]},", bib);
        Assert.DoesNotContain($"tlc-research-{ids[1]},", bib);
    }

    [Fact]
    public async Task A_thai_word_lists_its_own_items_before_those_where_it_only_begins_a_longer_word()
    {
        var destination = Body();
        destination["abstractTh"] = "ปลายทางของการเดินทางสู่เมืองแห่งการเรียนรู้";
        var (city, ids) = await PublishAboutNewCityAsync(Body(titleTh: "การแปรรูปปลาน้ำจืดของชุมชน"), destination);
        var filter = $"city={city}&{SearchTestHelpers.Q("ปลา")}";

        var client = factory.CreateBrowserlessClient();
        // Few items have ปลา as a word, so ปลายทาง is found too, after them (the search's parts of words).
        Assert.Equal(ids.ToList(), await ListedAsync(client, filter));
        Assert.Equal(ids.ToList(), await ApiIdsAsync(client, filter));
    }

    [Fact]
    public async Task A_word_in_the_title_ranks_above_the_same_word_only_in_the_abstract_or_keywords()
    {
        var inAbstract = Body();
        inAbstract["abstractTh"] = "ชุมชนสืบทอดงานจักสานไม้ไผ่จากรุ่นสู่รุ่น";
        var inKeywords = Body();
        inKeywords["keywords"] = new[] { "จักสาน", "ภูมิปัญญา" };
        // Created last, so the list's order without words (newest first) would show the title match last.
        var (city, ids) = await PublishAboutNewCityAsync(Body(titleTh: "งานจักสานไม้ไผ่ของชุมชน"), inAbstract, inKeywords);
        var filter = $"city={city}&{SearchTestHelpers.Q("จักสาน")}";

        var client = factory.CreateBrowserlessClient();
        foreach (var found in new[] { await ListedAsync(client, filter), await ApiIdsAsync(client, filter) })
        {
            Assert.Equal(ids[0], found[0]);
            Assert.Equal(ids.Order(), found.Order());
        }
    }

    [Fact]
    public async Task An_english_word_finds_the_item_in_any_letter_case()
    {
        var bamboo = Body();
        bamboo["titleEn"] = "Bamboo basketry of the northern villages";
        var (city, ids) = await PublishAboutNewCityAsync(bamboo, Body());

        var client = factory.CreateBrowserlessClient();
        Assert.Equal([ids[0]], await ListedAsync(client, $"city={city}&q=BASKETRY"));
        Assert.Equal([ids[0]], await ApiIdsAsync(client, $"city={city}&q=basketry"));
    }

    [Fact]
    public async Task Without_words_the_list_shows_every_published_item_newest_year_first()
    {
        var bodies = new[] { 2020, 2024, 2022 }.Select(year =>
        {
            var body = Body();
            body["year"] = year;
            return body;
        }).ToArray();
        var (city, ids) = await PublishAboutNewCityAsync(bodies);
        var researcher = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        await researcher.CreateResearchAsync(ResearchTestData.Body(cityIds: [city]), publish: false);

        var client = factory.CreateBrowserlessClient();
        foreach (var words in new[] { "", "q=", "q=%20%20" })
        {
            Assert.Equal([ids[1], ids[2], ids[0]], await ListedAsync(client, $"city={city}&{words}"));
            Assert.Equal([ids[1], ids[2], ids[0]], await ApiIdsAsync(client, $"city={city}&{words}"));
        }
    }

    private static Dictionary<string, object?> Body(string? titleTh = null) => ResearchTestData.Body(titleTh: titleTh);

    /// <summary>Publishes the items about a new city, so that a test filtered by it reads only its own items, and waits for the index.</summary>
    private async Task<(int City, int[] Ids)> PublishAboutNewCityAsync(params Dictionary<string, object?>[] bodies)
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เทศบาลตำบลค้นงานวิจัย"));
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var ids = new List<int>();
        foreach (var body in bodies)
        {
            body["cityIds"] = new[] { city };
            ids.Add((await client.CreateResearchAsync(body)).Id());
        }
        await factory.SearchCaughtUpAsync();
        return (city, ids.ToArray());
    }

    private static async Task<List<int>> ListedAsync(HttpClient client, string query)
    {
        var page = await client.GetPageAsync("/research?" + query);
        return page.QuerySelectorAll("#research-list h2 a").Select(a => int.Parse(a.GetAttribute("href")!["/research/".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    private static async Task<List<int>> ApiIdsAsync(HttpClient client, string query)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/research?pageSize=100&" + query);
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(ids.Count, list.GetProperty("totalCount").GetInt32());
        return ids;
    }
}
