using LearningCity.Modules.Resources.Public;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Spaces;

public sealed class SpaceEditingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<(int City, HttpClient Client, TestUser User)> CoordinatorAsync()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองพื้นที่"));
        var user = await factory.CreateAsync(Roles.Coordinator, cities: [city]);
        return (city, await factory.LoginAsync(user), user);
    }

    [Fact]
    public async Task Coordinator_creates_a_space_with_opening_hours_and_it_is_audited()
    {
        var (city, client, _) = await CoordinatorAsync();
        var name = CityTestData.Unique("ห้องสมุดใหม่");
        var response = await client.SubmitFormAsync("/spaces/new", new Dictionary<string, string>
        {
            ["Input.NameTh"] = name, ["Input.Type"] = "PublicLibrary", ["Input.ProvinceCode"] = "TH-50",
            ["Input.Latitude"] = "18.7904", ["Input.Longitude"] = "98.9877", ["Publisher"] = $"city:{city}",
            ["Days[0].Closed"] = "false", ["Days[0].Opens1"] = "09:00", ["Days[0].Closes1"] = "12:00",
            ["Days[0].Opens2"] = "13:00", ["Days[0].Closes2"] = "17:00",
            ["FacilitiesText"] = "Wi-Fi, ห้องประชุม", ["Accessibility"] = "Braille", ["PublishNow"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var space = await factory.WithDbAsync(db => db.LearningSpaces.AsNoTracking().SingleAsync(s => s.Name.Th == name));
        Assert.Equal(PublicationStatus.Published, space.Status);
        Assert.Equal(city, space.CityId);
        Assert.Equal(2, space.OpeningHours.Count);
        Assert.All(space.OpeningHours, h => Assert.Equal(DayOfWeek.Monday, h.Day));
        Assert.Equal(["Wi-Fi", "ห้องประชุม"], space.Facilities);
        Assert.Equal(AccessibilityFeature.Braille, space.Accessibility);
        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "space.create" && e.EntityId == space.Id.ToString()));
        Assert.Null(entry.Before);

        var detail = await client.GetPageAsync($"/spaces/{space.Id}");
        Assert.Equal(name, detail.QuerySelector("#space-name")!.TextContent.Trim());
        Assert.Contains("09:00–12:00, 13:00–17:00", detail.QuerySelector("#opening-hours")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("th", "ละติจูด ต้องอยู่ในประเทศไทย")]
    [InlineData("en", "Latitude must be inside Thailand")]
    public async Task Coordinates_outside_Thailand_are_refused_on_the_page(string language, string message)
    {
        var (city, client, _) = await CoordinatorAsync();
        await client.GetAsync($"/culture/{language}?returnUrl=/");
        var response = await client.SubmitFormAsync("/spaces/new", new Dictionary<string, string>
        {
            ["Input.NameTh"] = CityTestData.Unique("นอกประเทศ"), ["Input.Type"] = "Park", ["Input.ProvinceCode"] = "TH-50",
            ["Input.Latitude"] = "35.68", ["Input.Longitude"] = "98.98", ["Publisher"] = $"city:{city}",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Html.FieldErrors(await Html.ParseAsync(response));
        Assert.Contains(errors, e => e.StartsWith(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, "ลองจิจูด ต้องอยู่ในประเทศไทย")]
    [InlineData(true, "Longitude must be inside Thailand")]
    public async Task Coordinates_outside_Thailand_are_refused_by_the_api(bool english, string message)
    {
        var (city, _, user) = await CoordinatorAsync();
        var client = await factory.ApiClientAsync(user);
        var response = await client.PostJsonAsync("/api/v1/spaces", SpaceTestData.ValidBody(city, longitude: 139.69), english);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith(message, problem.GetProperty("errors").GetProperty("longitude")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_province_and_bad_hours_are_field_errors_not_500()
    {
        var (city, client, _) = await CoordinatorAsync();
        var page = await client.SubmitFormAsync("/spaces/new", new Dictionary<string, string>
        {
            ["Input.NameTh"] = "x", ["Input.Type"] = "Park", ["Input.ProvinceCode"] = "TH-99",
            ["Input.Latitude"] = "18", ["Input.Longitude"] = "99", ["Publisher"] = $"city:{city}",
            ["Days[1].Opens1"] = "18:00", ["Days[1].Closes1"] = "08:00",
        });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var errors = Html.FieldErrors(await Html.ParseAsync(page));
        Assert.Contains("ไม่พบจังหวัดรหัส TH-99", errors);
        Assert.Contains("เวลาปิดต้องหลังเวลาเปิด", errors);

        var api = await client.PostAsJsonAsync("/api/v1/spaces", new
        {
            nameTh = "x", type = "Volcano", provinceCode = "TH-99", latitude = 18, longitude = 99, cityId = city,
            openingHours = new[] { new { day = "Funday", opens = "09:00", closes = "10:00" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(problem.TryGetProperty("type", out _));
        Assert.True(problem.TryGetProperty("provinceCode", out _));
        Assert.True(problem.TryGetProperty("openingHours", out _));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_on_the_page_and_in_the_api()
    {
        var (city, client, _) = await CoordinatorAsync();
        var space = await factory.AddSpaceAsync(CityTestData.Unique("พื้นที่ชนกัน"), cityId: city);
        var form = await client.GetPageAsync($"/spaces/{space}/edit");
        Assert.Equal(HttpStatusCode.OK, (await client.PutJsonAsync($"/api/v1/spaces/{space}", SpaceTestData.ValidBody(city, version: 1))).StatusCode);

        var stale = await client.PutJsonAsync($"/api/v1/spaces/{space}", SpaceTestData.ValidBody(city, version: 1));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, JsonDocument.Parse(await stale.Content.ReadAsStringAsync()).RootElement.GetProperty("currentVersion").GetInt32());

        var typed = CityTestData.Unique("ชื่อที่พิมพ์ไว้");
        var page = await client.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)form.QuerySelector("main form[enctype]")!, $"/spaces/{space}/edit",
            new Dictionary<string, string> { ["Input.NameTh"] = typed });
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        var html = await Html.ParseAsync(page);
        Assert.Equal(typed, html.QuerySelector("input[name='Input.NameTh']")!.GetAttribute("value"));
        Assert.Contains(Html.FieldErrors(html), e => e.StartsWith("มีผู้อื่นแก้ไขพื้นที่นี้ไปก่อนแล้ว", StringComparison.Ordinal));
        Assert.Equal(2u, (await factory.SpaceAsync(space)).Version);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "LearningSpace" && e.EntityId == space.ToString())));
    }
}
