using System.Net;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using Microsoft.EntityFrameworkCore;
using static LearningCity.Tests.Import.ImportTestData;

namespace LearningCity.Tests.Import;

public sealed class ImportAuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static MultipartFormDataContent Spaces(string name) => File(Csv(SpaceHeader, SpaceRow(name)));

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in_and_the_api_answers_401()
    {
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetAsync("/import");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/v1/import/space?cityId=1", Spaces("ไม่ระบุตัวตน"))).StatusCode);
    }

    [Fact]
    public async Task Learners_may_not_import()
    {
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/import")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/v1/import/space?cityId=1", Spaces("ผู้เรียน"))).StatusCode);
    }

    [Fact]
    public async Task Coordinator_cannot_import_for_another_city_but_can_for_their_own()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var other = await factory.AddCityAsync(CityTestData.Unique("เมืองอื่น"));
        var name = CityTestData.Unique("ลานเมืองอื่น");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/import/space?cityId={other}&dryRun=false", Spaces(name))).StatusCode);
        var page = await client.PostMultipartAsync("/import", new Dictionary<string, string> { ["Publisher"] = $"city:{other}", ["Kind"] = "space", ["Mode"] = "import" },
            "Upload", Csv(SpaceHeader, SpaceRow(name)), "spaces.csv", "text/csv", "#import-form");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.LearningSpaces.CountAsync(s => s.Name.Th == name)));

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/import/space?cityId={city}&dryRun=false", Spaces(name))).StatusCode);
        Assert.Equal(city, await factory.WithDbAsync(db => db.LearningSpaces.Where(s => s.Name.Th == name).Select(s => s.CityId).SingleAsync()));
    }

    [Fact]
    public async Task Admin_may_import_for_any_city_through_the_page()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองผู้ดูแล"));
        var client = await factory.AdminAsync();
        var name = CityTestData.Unique("ศูนย์ผู้ดูแล");
        var response = await client.PostMultipartAsync("/import", new Dictionary<string, string> { ["Publisher"] = $"city:{city}", ["Kind"] = "space", ["Mode"] = "import", ["PublishNow"] = "true" },
            "Upload", Csv(SpaceHeader, SpaceRow(name)), "spaces.csv", "text/csv", "#import-form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#import-success"));
        Assert.Equal(city, await factory.WithDbAsync(db => db.LearningSpaces.Where(s => s.Name.Th == name).Select(s => s.CityId).SingleAsync()));
    }

    [Fact]
    public async Task The_page_shows_the_bad_row_in_Thai_and_the_import_links_show_only_to_publishers()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var name = CityTestData.Unique("ลานผิด");
        var response = await client.PostMultipartAsync("/import", new Dictionary<string, string> { ["Publisher"] = $"city:{city}", ["Kind"] = "space", ["Mode"] = "import" },
            "Upload", Csv(SpaceHeader, SpaceRow(name + " 1"), SpaceRow(name + " 2", latitude: "1.5")), "spaces.csv", "text/csv", "#import-form");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var bad = page.QuerySelector("tr.import-row[data-ok=false]")!;
        Assert.Equal("3", bad.GetAttribute("data-row"));
        Assert.Equal("latitude", bad.QuerySelector("li")!.GetAttribute("data-column"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.LearningSpaces.CountAsync(s => s.Name.Th.StartsWith(name))));

        foreach (var url in new[] { "/spaces", "/funding", "/resources/mine" })
            Assert.NotNull((await client.GetPageAsync(url)).QuerySelector("#import-link"));
        var learner = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        foreach (var url in new[] { "/spaces", "/funding" })
            Assert.Null((await learner.GetPageAsync(url)).QuerySelector("#import-link"));
    }

    [Fact]
    public async Task Templates_download_as_CSV_and_XLSX_and_import_as_a_dry_run()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        foreach (var kind in new[] { "resource", "space", "funding" })
        {
            var csv = await client.GetByteArrayAsync($"/import/template/{kind}.csv");
            Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
            var xlsx = await client.GetByteArrayAsync($"/import/template/{kind}.xlsx");
            Assert.Equal((byte)'P', xlsx[0]);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/import/{kind}?cityId={city}", File(csv))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/import/{kind}?cityId={city}", XlsxFile(xlsx))).StatusCode);
        }
    }
}
