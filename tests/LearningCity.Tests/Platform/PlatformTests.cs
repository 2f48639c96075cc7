using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Platform;

public sealed class PlatformTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Home_page_is_in_Thai_by_default()
    {
        var page = await factory.CreateClient().GetPageAsync("/");
        Assert.Equal("th", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("เมืองแห่งการเรียนรู้", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Language_switch_turns_the_site_to_English_and_back()
    {
        var client = factory.CreateBrowserlessClient(followRedirects: true);
        var english = await client.GetPageAsync("/culture/en?returnUrl=/");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Learning cities", english.QuerySelector("h1")!.TextContent);
        var thai = await client.GetPageAsync("/culture/th?returnUrl=/");
        Assert.Equal("th", thai.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Language_switch_never_redirects_off_site()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/culture/en?returnUrl=//evil.example/");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        await factory.WaitUntilReadyAsync(); // ready once the search index has caught up with the database
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var response = await factory.CreateClient().GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task OpenApi_document_lists_the_api()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/provinces", paths);
        Assert.Contains("/api/v1/me", paths);
    }

    [Fact]
    public async Task Api_reference_page_is_served()
    {
        var response = await factory.CreateClient().GetAsync("/api-reference");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_api_path_answers_404_problem_in_the_callers_language()
    {
        var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/no-such-thing");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Page not found", problem.GetProperty("title").GetString());

        var thai = await client.GetAsync("/api/v1/no-such-thing");
        Assert.Equal("ไม่พบหน้าที่ต้องการ", (await thai.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Unknown_page_shows_the_friendly_404_page()
    {
        var response = await factory.CreateClient().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("ไม่พบหน้าที่ต้องการ", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Oversized_body_is_refused_with_413()
    {
        var content = new ByteArrayContent(new byte[26 * 1024 * 1024]);
        content.Headers.ContentType = new("application/json");
        var response = await factory.CreateClient().PostAsync("/api/v1/cities", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_page_form_with_a_value_over_the_form_limit_gets_the_413_page_not_a_server_error()
    {
        // 1 MB of Thai text is about 9 MB once URL-encoded: over the 4 MB a form value may have.
        var client = factory.CreateClient();
        var form = new FormUrlEncodedContent([new("Input.Email", new string('ก', 600_000)), new("Input.Password", "x")]);
        var response = await client.PostAsync("/account/login", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Province_list_has_all_77_provinces_with_Thai_and_English_names()
    {
        var provinces = await factory.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/v1/provinces");
        Assert.Equal(77, provinces!.Length);
        var chiangMai = provinces.Single(p => p.GetProperty("code").GetString() == "TH-50");
        Assert.Equal("เชียงใหม่", chiangMai.GetProperty("nameTh").GetString());
        Assert.Equal("Chiang Mai", chiangMai.GetProperty("nameEn").GetString());
        Assert.Equal("north", chiangMai.GetProperty("regionCode").GetString());
    }

    [Fact]
    public async Task Provinces_can_be_filtered_by_region_and_regions_are_six()
    {
        var client = factory.CreateClient();
        var regions = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/regions");
        Assert.Equal(6, regions!.Length);
        var north = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/provinces?region=north");
        Assert.Equal(9, north!.Length);
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database()
    {
        var client = factory.CreateBrowserlessClient();
        await client.GetAsync("/account/login"); // renders a form, which needs an antiforgery key
        var keys = await factory.WithDbAsync(db => Task.FromResult(db.DataProtectionKeys.Count()));
        Assert.True(keys > 0);
    }

    [Fact]
    public async Task Home_page_offers_a_search_box_that_goes_to_the_search_page()
    {
        var page = await factory.CreateClient().GetPageAsync("/");
        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
    }
}
