using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Cities;

public sealed class CityImportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Header = "name_th,name_en,local_government_type,province_code,population,area_km2,leader_name,leader_title,coordinator_name,coordinator_email,coordinator_phone,website,joined_network_year,unesco_gnlc_member_since,vision_th,vision_en";

    private static string Row(string nameTh, string type = "SubdistrictMunicipality", string province = "TH-54", string population = "1200", string year = "2024") =>
        $"{nameTh},{nameTh} EN,{type},{province},{population},12.5,ผู้นำ,นายก,ผู้ประสาน,c@example.org,02 000 0000,https://example.org,{year},,วิสัยทัศน์,Vision";

    private static string Csv(params string[] rows) => Header + "\r\n" + string.Join("\r\n", rows) + "\r\n";

    private static MultipartFormDataContent File(string csv)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        content.Add(file, "file", "cities.csv");
        return content;
    }

    private Task<int> CountAsync(string prefix) =>
        factory.WithDbAsync(db => db.Cities.CountAsync(c => c.Name.Th.StartsWith(prefix)));

    private async Task<HttpClient> AdminAsync() => await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));

    [Fact]
    public async Task A_dry_run_reports_every_row_and_changes_nothing()
    {
        var prefix = CityTestData.Unique("ทดลอง");
        var response = await (await AdminAsync()).PostAsync("/api/v1/cities/import", File(Csv(Row(prefix + " 1"), Row(prefix + " 2"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, report.GetProperty("imported").GetInt32());
        Assert.Equal([2, 3], report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()));
        Assert.All(report.GetProperty("rows").EnumerateArray(), r => Assert.True(r.GetProperty("ok").GetBoolean()));
        Assert.Equal(0, await CountAsync(prefix));
    }

    [Fact]
    public async Task A_file_with_one_bad_row_imports_nothing_and_reports_row_and_column_errors_in_Thai()
    {
        var prefix = CityTestData.Unique("นำเข้าผิด");
        var csv = Csv(Row(prefix + " 1"), Row(prefix + " 2", type: "Castle", province: "TH-00", population: "many"), Row(prefix + " 3"));
        var response = await (await AdminAsync()).PostAsync("/api/v1/cities/import?dryRun=false", File(csv));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, report.GetProperty("imported").GetInt32());
        var bad = report.GetProperty("rows").EnumerateArray().Single(r => !r.GetProperty("ok").GetBoolean());
        Assert.Equal(3, bad.GetProperty("row").GetInt32());
        var errors = bad.GetProperty("errors");
        Assert.Equal("ไม่รู้จักจังหวัด \"TH-00\"", errors.GetProperty("province_code")[0].GetString());
        Assert.Equal("ไม่รู้จักประเภทองค์กรปกครองส่วนท้องถิ่น \"Castle\"", errors.GetProperty("local_government_type")[0].GetString());
        Assert.Equal("\"many\" ไม่ใช่ตัวเลขที่ถูกต้อง", errors.GetProperty("population")[0].GetString());
        Assert.Equal(0, await CountAsync(prefix));
    }

    [Fact]
    public async Task Api_import_errors_are_in_English_with_Accept_Language_en()
    {
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        var csv = Csv(Row("", province: "Atlantis"));
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/cities/import") { Content = File(csv) }.InEnglish());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows")[0].GetProperty("errors");
        Assert.Equal("Name (Thai) is required", errors.GetProperty("name_th")[0].GetString());
        Assert.Equal("Unknown province \"Atlantis\"", errors.GetProperty("province_code")[0].GetString());
    }

    [Fact]
    public async Task Duplicates_of_existing_cities_and_within_the_file_are_reported()
    {
        var prefix = CityTestData.Unique("ซ้ำ");
        var csv = Csv(Row(CityTestData.ChiangMai, type: "CityMunicipality", province: "TH-50"), Row(prefix), Row(prefix));
        var response = await (await AdminAsync()).PostAsync("/api/v1/cities/import", File(csv));
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows");
        Assert.Contains("ในจังหวัดนี้อยู่แล้ว", rows[0].GetProperty("errors").GetProperty("name_th")[0].GetString());
        Assert.True(rows[1].GetProperty("ok").GetBoolean());
        Assert.Equal("ซ้ำกับแถว 3 ในไฟล์นี้", rows[2].GetProperty("errors").GetProperty("name_th")[0].GetString());
    }

    [Fact]
    public async Task A_good_file_imports_all_rows_as_approved_cities_with_audit_entries()
    {
        var prefix = CityTestData.Unique("นำเข้าดี");
        // Thai type and province names, Buddhist Era years, a quoted field with a comma, and a text/csv body.
        var csv = Csv(Row(prefix + " 1"), Row(prefix + " 2", type: "เทศบาลเมือง", province: "แพร่", year: "2567"),
            $"\"{prefix} 3\",,TownMunicipality,54,\"1,500\",,,,,,,,,,\"วิสัยทัศน์, ยาว\",");
        var response = await (await AdminAsync()).PostAsync("/api/v1/cities/import?dryRun=false", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        var cities = await factory.WithDbAsync(db => db.Cities.AsNoTracking().Where(c => c.Name.Th.StartsWith(prefix)).OrderBy(c => c.Name.Th).ToListAsync());
        Assert.Equal(3, cities.Count);
        Assert.All(cities, c => Assert.Equal(CityStatus.Approved, c.Status));
        Assert.Equal(LocalGovernmentType.TownMunicipality, cities[1].LocalGovernmentType);
        Assert.Equal(2024, cities[1].JoinedNetworkYear);
        Assert.Equal(1500, cities[2].Population);
        Assert.Equal("วิสัยทัศน์, ยาว", cities[2].Vision.Th);
        var ids = cities.Select(c => c.Id.ToString()).ToList();
        Assert.Equal(3, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "city.import" && ids.Contains(e.EntityId))));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "city.import.batch" && e.After!.Contains($"\"CityIds\":[{string.Join(",", cities.Select(c => c.Id))}]"))));
    }

    [Fact]
    public async Task The_import_page_checks_first_and_imports_on_request()
    {
        var admin = await AdminAsync();
        var template = await admin.GetAsync("/admin/cities/import/template.csv");
        Assert.Equal("text/csv", template.Content.Headers.ContentType!.MediaType);
        var templateText = Encoding.UTF8.GetString(await template.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.StartsWith(Header, templateText);

        var prefix = CityTestData.Unique("หน้านำเข้า");
        var csv = Encoding.UTF8.GetBytes(Csv(Row(prefix + " 1"), Row(prefix + " 2")));
        var dry = await admin.PostMultipartAsync("/admin/cities/import", new Dictionary<string, string>(), "Upload", csv, "cities.csv", "text/csv");
        var dryPage = await Html.ParseAsync(dry);
        Assert.Equal(2, dryPage.QuerySelectorAll(".import-row[data-ok=true]").Length);
        Assert.Equal(0, await CountAsync(prefix));

        var real = await admin.PostMultipartAsync("/admin/cities/import", new Dictionary<string, string> { ["Mode"] = "import" }, "Upload", csv, "cities.csv", "text/csv");
        Assert.Contains("นำเข้าเมืองแล้ว 2 เมือง", (await Html.ParseAsync(real)).QuerySelector("#import-report")!.TextContent);
        Assert.Equal(2, await CountAsync(prefix));

        // The template itself is a valid file (its example row imports in a dry run).
        var check = await admin.PostMultipartAsync("/admin/cities/import", new Dictionary<string, string>(), "Upload", await template.Content.ReadAsByteArrayAsync(), "t.csv", "text/csv");
        Assert.Single((await Html.ParseAsync(check)).QuerySelectorAll(".import-row[data-ok=true]"));

        var bad = await admin.PostMultipartAsync("/admin/cities/import", new Dictionary<string, string> { ["Mode"] = "import" }, "Upload", Encoding.UTF8.GetBytes("a,b\r\n1,2\r\n"), "x.csv", "text/csv");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("name_th", (await Html.ParseAsync(bad)).QuerySelector("#import-report")!.TextContent);
    }
}
