using LearningCity.Modules.Resources.Public;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using LearningCity.Tests.Search;
using Microsoft.EntityFrameworkCore;
using static LearningCity.Tests.Import.ImportTestData;

namespace LearningCity.Tests.Import;

public sealed class ContentImportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static string U(string prefix) => CityTestData.Unique(prefix);

    private Task<int> SpacesAsync(string prefix) => factory.WithDbAsync(db => db.LearningSpaces.CountAsync(s => s.Name.Th.StartsWith(prefix)));

    private static async Task<JsonElement> BadRow(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray().Single(r => !r.GetProperty("ok").GetBoolean());

    [Fact]
    public async Task A_dry_run_of_spaces_reports_every_row_and_writes_nothing()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var prefix = U("ห้องสมุดลอง");
        var response = await client.PostAsync($"/api/v1/import/space?cityId={city}", File(Csv(SpaceHeader, SpaceRow(prefix + " 1"), SpaceRow(prefix + " 2"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(0, report.GetProperty("imported").GetInt32());
        Assert.Equal([2, 3], report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()));
        Assert.Equal(0, await SpacesAsync(prefix));
    }

    [Fact]
    public async Task A_good_space_file_is_imported_whole_audited_published_and_found_by_search()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var prefix = U("หอสมุดนำเข้า");
        var response = await client.PostAsync($"/api/v1/import/space?cityId={city}&dryRun=false&publish=true",
            File(Csv(SpaceHeader, SpaceRow(prefix + " หนึ่ง"), SpaceRow(prefix + " สอง", type: "พิพิธภัณฑ์"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        var spaces = await factory.WithDbAsync(db => db.LearningSpaces.AsNoTracking().Where(s => s.Name.Th.StartsWith(prefix)).OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(2, spaces.Count);
        Assert.All(spaces, s => Assert.Equal((PublicationStatus.Published, city), (s.Status, s.CityId!.Value)));
        Assert.Equal(SpaceType.Museum, spaces[1].Type);
        Assert.Equal(AccessibilityFeature.StepFreeAccess | AccessibilityFeature.Braille, spaces[0].Accessibility);
        Assert.Equal(6, spaces[0].OpeningHours.Count);
        Assert.Equal(new TimeOnly(9, 0), spaces[0].OpeningHours.Single(h => h.Day == DayOfWeek.Saturday).Opens);
        var ids = spaces.Select(s => s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var audits = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "space.import" && ids.Contains(a.EntityId)).CountAsync());
        Assert.Equal(2, audits);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "space.import.batch" && a.After!.Contains(ids[0]))));

        await factory.SearchCaughtUpAsync();
        var hits = (await factory.CreateBrowserlessClient().SearchAsync(SearchTestHelpers.Q(prefix))).Urls();
        Assert.Contains($"/spaces/{spaces[0].Id}", hits);
        Assert.Contains($"/spaces/{spaces[1].Id}", hits);
    }

    [Fact]
    public async Task One_bad_row_imports_nothing_and_names_row_and_column_in_Thai()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var prefix = U("พื้นที่ผิด");
        var csv = Csv(SpaceHeader, SpaceRow(prefix + " 1"), SpaceRow(prefix + " 2", latitude: "35.2", hours: "Mon-Fri 8:30-16:30; Funday 09:00-12:00"), SpaceRow(prefix + " 3"));
        var response = await client.PostAsync($"/api/v1/import/space?cityId={city}&dryRun=false", File(csv));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var bad = await BadRow(response);
        Assert.Equal(3, bad.GetProperty("row").GetInt32());
        var errors = bad.GetProperty("errors");
        Assert.Contains("ละติจูด", errors.GetProperty("latitude")[0].GetString());
        Assert.Equal("ไม่รู้จักวัน \"Funday\" (ใช้ Mon, Tue ... หรือ จ, อ ...)", errors.GetProperty("opening_hours")[0].GetString());
        Assert.Equal(0, await SpacesAsync(prefix));
    }

    [Fact]
    public async Task Api_errors_are_in_English_with_Accept_Language_en()
    {
        var city = await factory.AddCityAsync(U("เมืองภาษา"));
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/import/funding?cityId={city}")
        {
            Content = File(Csv(FundingHeader, FundingRow(U("ทุน"), min: "900000", max: "lots"), FundingRow(""))),
        }.InEnglish();
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        Assert.Equal("\"lots\" is not a valid number", rows[0].GetProperty("errors").GetProperty("amount_max_baht")[0].GetString());
        Assert.Equal(3, rows[1].GetProperty("row").GetInt32());
        Assert.Contains("required", rows[1].GetProperty("errors").GetProperty("programme_th")[0].GetString());
    }

    [Fact]
    public async Task Duplicates_within_the_file_and_against_the_database_are_errors()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var title = U("คู่มือซ้ำ");
        var first = await client.PostAsync($"/api/v1/import/resource?cityId={city}&dryRun=false", File(Csv(ResourceHeader, ResourceRow(title))));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var other = U("คู่มือใหม่");
        var response = await client.PostAsync($"/api/v1/import/resource?cityId={city}&dryRun=false",
            File(Csv(ResourceHeader, ResourceRow(other), ResourceRow(title), ResourceRow(other))));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        Assert.True(rows[0].GetProperty("ok").GetBoolean());
        Assert.Equal($"มี \"{title}\" ของผู้เผยแพร่นี้อยู่แล้ว", rows[1].GetProperty("errors").GetProperty("title_th")[0].GetString());
        Assert.Equal("ซ้ำกับแถว 2 ในไฟล์", rows[2].GetProperty("errors").GetProperty("title_th")[0].GetString());
        Assert.Equal(0, await factory.WithDbAsync(db => db.LearningResources.CountAsync(r => r.Title.Th == other)));
    }

    [Fact]
    public async Task Resources_import_from_CSV_as_drafts_with_topics_and_audiences()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var title = U("ชุดเครื่องมือ");
        var response = await client.PostAsync($"/api/v1/import/resources?cityId={city}&dryRun=false", File(Csv(ResourceHeader, ResourceRow(title, type: "ชุดเครื่องมือ"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resource = await factory.WithDbAsync(db => db.LearningResources.Include(r => r.Topics).AsNoTracking().SingleAsync(r => r.Title.Th == title));
        Assert.Equal((PublicationStatus.Draft, ResourceType.Toolkit, new DateOnly(2025, 1, 15)), (resource.Status, resource.Type, resource.PublishedOn));
        Assert.Equal(Audience.OlderPersons | Audience.Educators, resource.Audiences);
        Assert.Equal(2, resource.Topics.Count);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "resource.import" && a.EntityId == resource.Id.ToString())));
    }

    [Fact]
    public async Task Resources_spaces_and_funding_import_from_XLSX_with_numbers_and_dates()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var (title, space, programme) = (U("สื่อเอ็กเซล"), U("ลานเอ็กเซล"), U("ทุนเอ็กเซล"));
        var resources = Xlsx(["title_th", "type", "published_on", "licence"], [title, "Video", new DateOnly(2024, 6, 30), "CC0-1.0"]);
        var spaces = Xlsx(["name_th", "type", "province_code", "latitude", "longitude", "is_free"], [space, "SportsGround", "เชียงใหม่", 18.8, 98.95, "ไม่"]);
        var funding = Xlsx(["funder_th", "programme_th", "amount_min_baht", "amount_max_baht", "opens_on", "closes_on"],
            ["กองทุน", programme, 10000d, 20000.5, new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1)]);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/import/resource?cityId={city}&dryRun=false", XlsxFile(resources))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/import/space?cityId={city}&dryRun=false", XlsxFile(spaces))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/import/funding?cityId={city}&dryRun=false&publish=true", XlsxFile(funding))).StatusCode);

        var r = await factory.WithDbAsync(db => db.LearningResources.AsNoTracking().SingleAsync(x => x.Title.Th == title));
        Assert.Equal((ResourceType.Video, new DateOnly(2024, 6, 30), "CC0-1.0"), (r.Type, r.PublishedOn, r.Licence));
        var s = await factory.WithDbAsync(db => db.LearningSpaces.AsNoTracking().SingleAsync(x => x.Name.Th == space));
        Assert.Equal(("TH-50", 18.8, false), (s.ProvinceCode, s.Latitude, s.IsFree));
        var f = await factory.WithDbAsync(db => db.FundingSources.AsNoTracking().SingleAsync(x => x.Programme.Th == programme));
        Assert.Equal((10000m, 20000.5m, new DateOnly(2025, 2, 1), PublicationStatus.Published), (f.AmountMinBaht, f.AmountMaxBaht, f.OpensOn, f.Status));
    }

    [Fact]
    public async Task Funding_rows_are_checked_by_the_funding_rules()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var response = await client.PostAsync($"/api/v1/import/funding?cityId={city}",
            File(Csv(FundingHeader, FundingRow(U("ทุนกลับด้าน"), min: "500000", max: "1000"))));
        var errors = (await BadRow(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("amount_max_baht", out _));
    }
}
