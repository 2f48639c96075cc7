using System.Net;
using System.Text;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Search.Public;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using static LearningCity.Tests.Search.SearchTestHelpers;

namespace LearningCity.Tests.Search;

public sealed class SearchPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_search_page_shows_marked_hits_facets_with_counts_and_a_csv_link()
    {
        await factory.SearchCaughtUpAsync();
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/search?type=city&" + Q("เชียงใหม่"));
        var hit = page.QuerySelector(".search-hit a")!;
        Assert.Equal($"/cities/{await factory.DemoCityIdAsync(CityTestData.ChiangMai)}", hit.GetAttribute("href"));
        Assert.Equal("เชียงใหม่", hit.QuerySelector("mark")!.TextContent);
        Assert.Equal("พบ 1 รายการ", page.QuerySelector("#search-count")!.TextContent.Trim());
        var province = page.QuerySelector("label[for='facet-province-TH-50']")!;
        Assert.Contains("เชียงใหม่", province.TextContent);
        Assert.Equal("1", province.QuerySelector(".facet-count")!.TextContent);
        Assert.Contains("เมืองแห่งการเรียนรู้", page.QuerySelector("label[for='facet-type-city']")!.TextContent);
        Assert.NotNull(page.QuerySelector("nav a[href='/search']"));

        var export = await client.GetAsync(page.QuerySelector("#search-export")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var csv = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ประเภท,รหัส,ชื่อ,ลิงก์,วันที่,ระยะทาง (กม.),คะแนนความเกี่ยวข้อง", csv[0]);
        Assert.Equal(2, csv.Length);
        Assert.StartsWith($"city,{await factory.DemoCityIdAsync(CityTestData.ChiangMai)},{CityTestData.ChiangMai},/cities/", csv[1]);
    }

    [Fact]
    public async Task Filters_and_pages_are_links_that_work_without_script()
    {
        await factory.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 12; i++)
            {
                var city = new City
                {
                    Name = new($"เทศบาลตำบลหน้าทดสอบ {i}"), ProvinceCode = "TH-65", LocalGovernmentType = LocalGovernmentType.SubdistrictMunicipality,
                    Status = CityStatus.Approved, Version = 1, CreatedAt = new DateTime(2025, 1, i, 0, 0, 0, DateTimeKind.Utc), UpdatedAt = new DateTime(2025, 1, i, 0, 0, 0, DateTimeKind.Utc),
                };
                db.Cities.Add(city);
                await db.SaveChangesAsync();
                SearchChanges.Record(db, "city", city.Id);
            }
            return await db.SaveChangesAsync();
        });
        await factory.SearchCaughtUpAsync();
        var client = factory.CreateClient();

        var first = await client.GetPageAsync("/search?sort=date&" + Q("หน้าทดสอบ"));
        Assert.Equal(10, first.QuerySelectorAll(".search-hit").Length);
        Assert.Equal("เทศบาลตำบลหน้าทดสอบ 12", first.QuerySelector(".search-hit a")!.TextContent.Replace("<mark>", ""));
        var next = first.QuerySelector("nav .pagination a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetPageAsync(next);
        Assert.Equal(["เทศบาลตำบลหน้าทดสอบ 2", "เทศบาลตำบลหน้าทดสอบ 1"], second.QuerySelectorAll(".search-hit a").Select(a => a.TextContent));

        var filtered = await client.GetPageAsync("/search?type=city&province=TH-40&province=TH-50");
        Assert.Equal(2, filtered.QuerySelectorAll(".search-hit").Length);
        Assert.True(filtered.QuerySelector("#facet-province-TH-40")!.HasAttribute("checked"));
        Assert.False(filtered.QuerySelector("#facet-province-TH-65")!.HasAttribute("checked"));
        Assert.Equal("13", filtered.QuerySelector("label[for='facet-province-TH-65'] .facet-count")!.TextContent);
    }

    [Fact]
    public async Task Htmx_requests_get_only_the_results_and_the_facets()
    {
        await factory.SearchCaughtUpAsync();
        var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/search?" + Q("ขอนแก่น"));
        request.Headers.Add("HX-Request", "true");
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html);
        Assert.Contains("<mark>ขอนแก่น</mark>", html);
        Assert.Contains("hx-swap-oob", html);
    }

    [Fact]
    public async Task Wrong_numbers_on_the_page_are_shown_as_field_errors()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/search?lat=95&lon=abc&radiusKm=-3");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Html.FieldErrors(await Html.ParseAsync(response));
        Assert.Contains("ละติจูด ต้องอยู่ระหว่าง -90 ถึง 90", errors);
        Assert.Contains("ลองจิจูด ต้องเป็นตัวเลข", errors);
        Assert.Contains("รัศมี (กม.) ต้องอยู่ระหว่าง 0 ถึง 2000", errors);
    }

    [Fact]
    public async Task The_page_speaks_English_when_chosen()
    {
        await factory.SearchCaughtUpAsync();
        var client = factory.CreateBrowserlessClient(followRedirects: true);
        await client.GetAsync("/culture/en?returnUrl=/");
        var page = await client.GetPageAsync("/search?type=city&" + Q("Khon Kaen"));
        Assert.Equal("Found: 1", page.QuerySelector("#search-count")!.TextContent.Trim());
        Assert.Contains("Khon Kaen", page.QuerySelector("label[for='facet-province-TH-40']")!.TextContent);
        Assert.Contains("<mark>Khon</mark> <mark>Kaen</mark> City Municipality", page.QuerySelector(".search-hit a")!.InnerHtml);
    }
}
