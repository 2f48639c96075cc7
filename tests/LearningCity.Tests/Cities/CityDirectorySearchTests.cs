using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Search;

namespace LearningCity.Tests.Cities;

/// <summary>The words filter of /cities and GET /api/v1/cities goes through the platform search. Each test has a province of its own.</summary>
public sealed class CityDirectorySearchTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_thai_word_inside_an_unspaced_name_finds_the_city_on_the_page_and_the_api()
    {
        var library = await AddAsync("ห้องสมุดประชาชนเทศบาลนครเชียงใหม่", "TH-55");
        await AddAsync("เทศบาลตำบลนาน้อย", "TH-55");
        await factory.SearchCaughtUpAsync();

        var client = factory.CreateClient();
        var q = SearchTestHelpers.Q("ห้องสมุด");
        Assert.Equal([library], await ListedAsync(client, $"province=TH-55&{q}"));
        Assert.Equal([library], await ApiIdsAsync(client, $"province=TH-55&{q}"));
        Assert.Contains(library, await ApiIdsAsync(client, q));
    }

    [Fact]
    public async Task A_thai_word_lists_its_own_cities_before_those_where_it_only_begins_a_longer_word()
    {
        var fish = await AddAsync("เทศบาลตำบลแปรรูปปลาน้ำจืด", "TH-56");
        var destination = await AddAsync("เทศบาลตำบลปลายทาง", "TH-56");
        await factory.SearchCaughtUpAsync();

        var client = factory.CreateClient();
        var q = SearchTestHelpers.Q("ปลา");
        Assert.Equal([fish, destination], await ListedAsync(client, $"province=TH-56&{q}"));
        Assert.Equal([fish, destination], await ApiIdsAsync(client, $"province=TH-56&{q}"));
    }

    [Fact]
    public async Task A_word_in_the_name_ranks_above_the_same_word_only_in_the_vision()
    {
        var inName = await AddAsync("เทศบาลตำบลบ้านจักสาน", "TH-57");
        // Its name comes first in Thai order, so the directory's order without words would show it first.
        var inVision = await AddAsync("เทศบาลตำบลกองแวง", "TH-57", vision: "เมืองแห่งงานจักสานไม้ไผ่ที่ทุกวัยเรียนรู้ร่วมกัน");
        await factory.SearchCaughtUpAsync();

        var client = factory.CreateClient();
        var q = SearchTestHelpers.Q("จักสาน");
        Assert.Equal([inName, inVision], await ListedAsync(client, $"province=TH-57&{q}"));
        Assert.Equal([inName, inVision], await ApiIdsAsync(client, $"province=TH-57&{q}"));
    }

    [Fact]
    public async Task An_english_word_finds_the_city_in_any_letter_case()
    {
        var weavers = await AddAsync("เทศบาลตำบลช่างทอ", "TH-58", nameEn: "Bamboo Weavers Town");
        await AddAsync("เทศบาลตำบลช่างปั้น", "TH-58", nameEn: "Potters Town");
        await factory.SearchCaughtUpAsync();

        var client = factory.CreateClient();
        Assert.Equal([weavers], await ListedAsync(client, "province=TH-58&q=WEAVERS"));
        Assert.Equal([weavers], await ApiIdsAsync(client, "province=TH-58&q=weavers"));
    }

    [Fact]
    public async Task Without_words_the_directory_lists_every_approved_city_in_thai_name_order()
    {
        var third = await AddAsync("เทศบาลตำบลคลองสาม", "TH-60");
        var first = await AddAsync("เทศบาลตำบลกกแก้ว", "TH-60");
        var second = await AddAsync("เทศบาลตำบลขุนยวม", "TH-60");
        await factory.AddCityAsync(CityTestData.Unique("เทศบาลตำบลก่อนอนุมัติ"), "TH-60", status: Modules.Cities.Data.CityStatus.Pending, indexed: true);
        await factory.SearchCaughtUpAsync();

        var client = factory.CreateClient();
        foreach (var words in new[] { "", "q=", "q=%20%20" })
        {
            Assert.Equal([first, second, third], await ListedAsync(client, $"province=TH-60&{words}"));
            Assert.Equal([first, second, third], await ApiIdsAsync(client, $"province=TH-60&{words}"));
        }
    }

    private Task<int> AddAsync(string nameTh, string province, string? nameEn = null, string? vision = null) =>
        factory.AddCityAsync(CityTestData.Unique(nameTh), province, nameEn: nameEn, vision: vision, indexed: true);

    private static async Task<List<int>> ListedAsync(HttpClient client, string query)
    {
        var page = await client.GetPageAsync("/cities?" + query);
        return page.QuerySelectorAll("#city-list .card-title a")
            .Select(a => int.Parse(a.GetAttribute("href")!["/cities/".Length..], CultureInfo.InvariantCulture)).ToList();
    }

    private static async Task<List<int>> ApiIdsAsync(HttpClient client, string query)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/cities?pageSize=100&" + query);
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(ids.Count, list.GetProperty("totalCount").GetInt32());
        return ids;
    }
}
