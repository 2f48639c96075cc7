using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Security;

/// <summary>
/// A state-changing API request signed in by the cookie needs what a form on another site cannot send: the X-Requested-With
/// header, a non-form body type (JSON), or an antiforgery token (docs/adr/0011-request-forgery.md).
/// </summary>
// It checks what a request must carry, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class RequestForgeryTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Header = "name_th,local_government_type,province_code";

    private static MultipartFormDataContent CityFile(string name)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"{Header}\r\n{name},SubdistrictMunicipality,TH-54\r\n")) { Headers = { ContentType = new("text/csv") } };
        return new MultipartFormDataContent { { file, "file", "cities.csv" } };
    }

    private Task<int> CitiesNamedAsync(string name) => factory.WithDbAsync(db => db.Cities.CountAsync(c => c.Name.Th == name));

    private async Task<HttpClient> AdminAsync(bool asScript) => await factory.LoginAsync(await factory.CreateAsync(Roles.Admin), asScript);

    [Fact]
    public async Task A_multipart_upload_with_only_the_cookie_is_refused_and_imports_nothing()
    {
        var name = CityTestData.Unique("ปลอม");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cities/import?dryRun=false") { Content = CityFile(name) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var response = await (await AdminAsync(asScript: false)).SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Requested-With", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(0, await CitiesNamedAsync(name));
    }

    [Fact]
    public async Task The_same_upload_from_a_script_with_its_header_is_accepted()
    {
        var name = CityTestData.Unique("สคริปต์");
        var response = await (await AdminAsync(asScript: true)).PostAsync("/api/v1/cities/import?dryRun=false", CityFile(name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await CitiesNamedAsync(name));
    }

    [Fact]
    public async Task The_same_upload_with_the_antiforgery_token_of_a_page_is_accepted()
    {
        var name = CityTestData.Unique("โทเค็น");
        var client = await AdminAsync(asScript: false);
        var token = Html.AntiforgeryToken(await client.GetPageAsync("/account/profile"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cities/import?dryRun=false") { Content = CityFile(name) };
        request.Headers.Add("RequestVerificationToken", token);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        Assert.Equal(1, await CitiesNamedAsync(name));
    }

    [Fact]
    public async Task A_wrong_antiforgery_token_is_refused()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/credential-keys/rotate");
        request.Headers.Add("RequestVerificationToken", "CfDJ8-not-a-token");
        Assert.Equal(HttpStatusCode.BadRequest, (await (await AdminAsync(asScript: false)).SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_post_or_delete_without_a_body_and_with_only_the_cookie_is_refused_and_changes_nothing()
    {
        var client = await AdminAsync(asScript: false);
        var keys = await KeyCountAsync(client);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/admin/credential-keys/rotate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/admin/credential-keys/rotate", new StringContent("x", Encoding.UTF8, "text/plain"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.DeleteAsync("/api/v1/awards/mentoring/2147483647")).StatusCode);
        Assert.Equal(keys, await KeyCountAsync(client));
    }

    private static async Task<int> KeyCountAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/admin/credential-keys")).GetArrayLength();

    [Fact]
    public async Task A_json_body_with_only_the_cookie_needs_no_header()
    {
        var user = await factory.CreateAsync();
        var client = await factory.LoginAsync(user, asScript: false);
        var response = await client.PutAsJsonAsync("/api/v1/me", new { displayName = "ชื่อใหม่", preferredLanguage = "th" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Requests_without_the_cookie_are_not_affected()
    {
        var anonymous = factory.CreateBrowserlessClient();
        var verify = await anonymous.PostAsync("/api/v1/credentials/verify", new StringContent("not-a-jwt", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/admin/credential-keys/rotate", null)).StatusCode);
    }
}
