using LearningCity.Modules.Resources.Public;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Funding;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using LearningCity.Tests.Spaces;

namespace LearningCity.Tests.OpenData;

public sealed class OpenDataTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static List<Dictionary<string, string>> ParseCsv(byte[] bytes)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var csv = CsvReader.Create(new MemoryStream(bytes), CsvReaderOptions.Default with { HasHeader = true }, leaveOpen: false);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
            rows.Add(csv.Headers.Select((h, i) => (h.TrimStart('\uFEFF'), csv.GetString(i) ?? "")).ToDictionary(p => p.Item1, p => p.Item2));
        return rows;
    }

    [Fact]
    public async Task Spaces_download_as_CSV_and_JSON_with_only_published_items_and_the_licence()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองข้อมูลเปิด"));
        var published = CityTestData.Unique("ลานเปิด");
        var draft = CityTestData.Unique("ลานร่าง");
        await factory.AddSpaceAsync(published, cityId: city);
        var draftId = await factory.AddSpaceAsync(draft, cityId: city);
        await factory.WithDbAsync(async db =>
        {
            var space = await db.LearningSpaces.FindAsync(draftId);
            space!.Status = PublicationStatus.Draft;
            return await db.SaveChangesAsync();
        });
        var client = factory.CreateBrowserlessClient();

        var rows = ParseCsv(await client.GetByteArrayAsync("/open-data/spaces.csv"));
        var row = rows.Single(r => r["name_th"] == published);
        Assert.Equal("CC-BY-4.0", row["licence"]);
        Assert.DoesNotContain(rows, r => r["name_th"] == draft);

        var json = JsonDocument.Parse(await client.GetStringAsync("/open-data/spaces.json")).RootElement;
        Assert.Equal("CC-BY-4.0", json.GetProperty("licence").GetString());
        Assert.True(json.TryGetProperty("generatedAt", out _));
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("name_th").GetString() == published);
        Assert.DoesNotContain(items, i => i.GetProperty("name_th").GetString() == draft);
        Assert.Equal(rows.Count, items.Count);
    }

    [Fact]
    public async Task Resources_carry_their_own_licence_and_funding_and_cities_download_too()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองสื่อเปิด"));
        var title = CityTestData.Unique("สื่อเปิด");
        var draft = CityTestData.Unique("สื่อร่าง");
        var id = await factory.AddResourceAsync(title, cityId: city);
        await factory.AddResourceAsync(draft, cityId: city, status: PublicationStatus.Draft);
        await factory.WithDbAsync(async db =>
        {
            (await db.LearningResources.FindAsync(id))!.Licence = "CC0-1.0";
            return await db.SaveChangesAsync();
        });
        var client = factory.CreateBrowserlessClient();
        var rows = ParseCsv(await client.GetByteArrayAsync("/open-data/resources.csv"));
        Assert.Equal("CC0-1.0", rows.Single(r => r["title_th"] == title)["licence"]);
        Assert.DoesNotContain(rows, r => r["title_th"] == draft);
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r["licence"])));
        var json = JsonDocument.Parse(await client.GetStringAsync("/open-data/resources.json")).RootElement;
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.False(string.IsNullOrEmpty(i.GetProperty("licence").GetString())));

        var cities = ParseCsv(await client.GetByteArrayAsync("/open-data/cities.csv"));
        Assert.Contains(cities, c => c["name_th"] == CityTestData.ChiangMai);
        var funding = JsonDocument.Parse(await client.GetStringAsync("/open-data/funding.json")).RootElement;
        Assert.NotEmpty(funding.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/open-data/users.csv")).StatusCode);
    }

    [Fact]
    public async Task The_open_data_page_lists_every_download_with_its_row_count_and_is_in_OpenAPI()
    {
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/open-data");
        var sets = page.QuerySelectorAll("tr.open-data-set").Select(r => r.GetAttribute("data-set")).ToList();
        Assert.Equal(["resources", "spaces", "funding", "cities"], sets);
        var spaces = ParseCsv(await client.GetByteArrayAsync("/open-data/spaces.csv")).Count;
        Assert.True(int.Parse(page.QuerySelector("tr[data-set=spaces]")!.GetAttribute("data-rows")!, System.Globalization.CultureInfo.InvariantCulture) <= spaces + 5);
        Assert.NotNull(page.QuerySelector("footer a[href='/open-data']"));
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/open-data/{set}.csv", openApi);
        Assert.Contains("/api/v1/import/{kind}", openApi);
    }
}
