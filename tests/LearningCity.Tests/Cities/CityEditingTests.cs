using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Cities;

public sealed class CityEditingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<(int City, HttpClient Client)> CoordinatorAsync()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองแก้ไข"));
        return (city, await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city])));
    }

    [Fact]
    public async Task Coordinator_edits_their_city_and_the_change_is_audited()
    {
        var (city, client) = await CoordinatorAsync();
        var response = await client.SubmitFormAsync($"/cities/{city}/edit", new Dictionary<string, string>
        {
            ["Input.VisionTh"] = "เมืองที่ทุกคนเรียนรู้ตลอดชีวิต",
            ["Input.VisionEn"] = "A city where everyone learns",
            ["Input.Population"] = "12345",
            ["Input.JoinedNetworkYear"] = "2568",
            ["Input.Website"] = "https://city.example.org",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/cities/{city}", response.Headers.Location!.OriginalString);
        var saved = await factory.CityAsync(city);
        Assert.Equal("เมืองที่ทุกคนเรียนรู้ตลอดชีวิต", saved.Vision.Th);
        Assert.Equal(12345, saved.Population);
        Assert.Equal(2025, saved.JoinedNetworkYear);
        Assert.Equal(2u, saved.Version);
        var profile = await client.GetPageAsync($"/cities/{city}");
        Assert.Equal("เมืองที่ทุกคนเรียนรู้ตลอดชีวิต", profile.QuerySelector("#city-vision")!.TextContent.Trim());
        Assert.Equal("พ.ศ. 2568", profile.QuerySelector("#city-joined")!.TextContent.Trim());

        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "city.update" && e.EntityId == city.ToString()));
        Assert.Equal("", JsonDocument.Parse(entry.Before!).RootElement.GetProperty("VisionTh").GetString());
        Assert.Equal("เมืองที่ทุกคนเรียนรู้ตลอดชีวิต", JsonDocument.Parse(entry.After!).RootElement.GetProperty("VisionTh").GetString());
        Assert.NotNull(entry.ActorId);
    }

    [Fact]
    public async Task Bad_input_shows_localized_field_errors_and_saves_nothing()
    {
        var (city, client) = await CoordinatorAsync();
        var response = await client.SubmitFormAsync($"/cities/{city}/edit", new Dictionary<string, string>
        {
            ["Input.NameTh"] = "",
            ["Input.CoordinatorEmail"] = "not-an-email",
            ["Input.Website"] = "javascript:alert(1)",
            ["Input.Population"] = "มากมาย",
            ["Input.UnescoGnlcMemberSince"] = "1500",
            ["Input.CoordinatorPhone"] = "call me!",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var errors = page.QuerySelectorAll(".field-validation-error").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("โปรดกรอกชื่อเมือง (ภาษาไทย)", errors);
        Assert.Contains("อีเมลผู้ประสานงาน ไม่ใช่อีเมลที่ถูกต้อง", errors);
        Assert.Contains(errors, e => e.StartsWith("เว็บไซต์ ต้องเป็นที่อยู่เว็บ", StringComparison.Ordinal));
        Assert.Contains("ค่าของ จำนวนประชากร ไม่ถูกต้อง", errors);
        Assert.Contains(errors, e => e.Contains("พ.ศ. (2443–2643)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("โทรศัพท์ผู้ประสานงาน", StringComparison.Ordinal));
        Assert.Equal(1u, (await factory.CityAsync(city)).Version);
    }

    [Fact]
    public async Task Coordinator_cannot_change_the_status_but_an_admin_can()
    {
        var (city, client) = await CoordinatorAsync();
        var page = await client.GetPageAsync($"/cities/{city}/edit");
        Assert.Null(page.QuerySelector("select[name=Status]"));
        await client.SubmitFormAsync($"/cities/{city}/edit", new Dictionary<string, string> { ["Status"] = "Rejected" });
        Assert.Equal(CityStatus.Approved, (await factory.CityAsync(city)).Status);
        var api = await client.PutAsJsonAsync($"/api/v1/cities/{city}", new { nameTh = "ชื่อ", localGovernmentType = "TownMunicipality", provinceCode = "TH-50", version = 2, status = "Rejected" });
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);

        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var response = await admin.SubmitFormAsync($"/cities/{city}/edit", new Dictionary<string, string> { ["Status"] = "Rejected" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CityStatus.Rejected, (await factory.CityAsync(city)).Status);
    }

    [Fact]
    public async Task A_stale_form_is_a_conflict_that_keeps_what_the_user_typed()
    {
        var (city, client) = await CoordinatorAsync();
        var page = await client.GetPageAsync($"/cities/{city}/edit");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form")!;
        // Someone else saves first.
        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/cities/{city}/edit", new Dictionary<string, string> { ["Input.VisionTh"] = "ของผู้ดูแล" })).StatusCode);

        var response = await client.PostFormAsync(form, $"/cities/{city}/edit", new Dictionary<string, string> { ["Input.VisionTh"] = "ของผู้ประสานงาน" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var again = await Html.ParseAsync(response);
        Assert.Contains("มีผู้อื่นบันทึกข้อมูลเมืองนี้ก่อนคุณ", again.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("ของผู้ประสานงาน", again.QuerySelector("textarea[name='Input.VisionTh']")!.TextContent);
        Assert.Equal("ของผู้ดูแล", (await factory.CityAsync(city)).Vision.Th);

        // Saving the re-shown form overwrites knowingly.
        var form2 = (AngleSharp.Html.Dom.IHtmlFormElement)again.QuerySelector("main form")!;
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(form2, $"/cities/{city}/edit", new Dictionary<string, string>())).StatusCode);
        Assert.Equal("ของผู้ประสานงาน", (await factory.CityAsync(city)).Vision.Th);
    }

    [Fact]
    public async Task Api_update_with_an_old_version_is_409_and_with_the_current_one_succeeds()
    {
        var (city, client) = await CoordinatorAsync();
        var current = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cities/{city}");
        var version = current.GetProperty("version").GetUInt32();
        var ok = await client.PutAsJsonAsync($"/api/v1/cities/{city}", new { nameTh = "ชื่อใหม่", nameEn = "New name", localGovernmentType = "TownMunicipality", provinceCode = "TH-50", version });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(version + 1, body.GetProperty("version").GetUInt32());
        Assert.Equal("ชื่อใหม่", body.GetProperty("name").GetString());

        var stale = await client.PutAsJsonAsync($"/api/v1/cities/{city}", new { nameTh = "ชื่อเก่า", localGovernmentType = "TownMunicipality", provinceCode = "TH-50", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("มีผู้อื่นบันทึก", problem.GetProperty("detail").GetString());
        Assert.Equal(version + 1, problem.GetProperty("currentVersion").GetUInt32());
        Assert.Equal("ชื่อใหม่", (await factory.CityAsync(city)).Name.Th);
    }

    [Fact]
    public async Task Api_update_with_bad_fields_is_400_with_per_field_errors_in_the_callers_language()
    {
        var (city, client) = await CoordinatorAsync();
        var body = new { nameTh = "", localGovernmentType = "Castle", provinceCode = "TH-99", website = "ftp://x", joinedNetworkYear = 3000, version = 1 };
        var thai = await client.PutAsJsonAsync($"/api/v1/cities/{city}", body);
        Assert.Equal(HttpStatusCode.BadRequest, thai.StatusCode);
        var errors = (await thai.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("โปรดกรอกชื่อเมือง (ภาษาไทย)", errors.GetProperty("nameTh")[0].GetString());
        Assert.True(errors.TryGetProperty("localGovernmentType", out _));
        Assert.Equal("ไม่พบจังหวัดรหัส TH-99", errors.GetProperty("provinceCode")[0].GetString());
        Assert.True(errors.TryGetProperty("website", out _));
        Assert.True(errors.TryGetProperty("joinedNetworkYear", out _));

        var apiClient = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        var english = await apiClient.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cities/{city}") { Content = JsonContent.Create(body) }.InEnglish());
        var enErrors = (await english.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Name (Thai) is required", enErrors.GetProperty("nameTh")[0].GetString());
        Assert.Equal("There is no province with code TH-99", enErrors.GetProperty("provinceCode")[0].GetString());

        var malformed = await client.PutAsync($"/api/v1/cities/{city}", new StringContent("{\"population\": \"lots\"", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task A_logo_image_is_stored_and_shown_and_a_non_image_is_refused()
    {
        var (city, client) = await CoordinatorAsync();
        var bad = await client.PostMultipartAsync($"/cities/{city}/edit", new Dictionary<string, string>(), "Logo", "not an image"u8.ToArray(), "logo.png", "image/png");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var page = await Html.ParseAsync(bad);
        Assert.Contains("ตราสัญลักษณ์ต้องเป็นไฟล์ภาพ PNG, JPEG, GIF หรือ WebP", Html.FieldErrors(page));
        Assert.Null((await factory.CityAsync(city)).LogoFile);

        var tooBig = new byte[3 * 1024 * 1024];
        CityTestData.Png.CopyTo(tooBig, 0);
        var large = await client.PostMultipartAsync($"/cities/{city}/edit", new Dictionary<string, string>(), "Logo", tooBig, "big.png", "image/png");
        Assert.Contains("ไฟล์ตราสัญลักษณ์ใหญ่เกินไป (ไม่เกิน 2 MB)", Html.FieldErrors(await Html.ParseAsync(large)));

        var good = await client.PostMultipartAsync($"/cities/{city}/edit", new Dictionary<string, string>(), "Logo", CityTestData.Png, "logo.png", "image/png");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var logo = (await factory.CityAsync(city)).LogoFile;
        Assert.NotNull(logo);
        var profile = await client.GetPageAsync($"/cities/{city}");
        Assert.Equal($"/files/{logo}", profile.QuerySelector("img.city-logo")!.GetAttribute("src"));
        Assert.Equal("image/png", (await client.GetAsync($"/files/{logo}")).Content.Headers.ContentType!.MediaType);
    }
}
