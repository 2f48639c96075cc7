using System.Net;
using System.Net.Http.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Administration;

/// <summary>Only an administrator with two-factor on manages organisations and memberships; the public list is open.</summary>
public sealed class OrganisationAuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string[] PageUrls =
        ["/admin/organisations", "/admin/organisations/new", "/admin/organisations/{org}", "/admin/organisations/{org}/edit"];
    private static readonly string[] ApiUrls = ["/api/v1/admin/organisations", "/api/v1/admin/organisations/{org}"];

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_log_in_and_the_api_answers_401()
    {
        var client = factory.CreateBrowserlessClient();
        foreach (var page in PageUrls)
        {
            var response = await client.GetAsync(await UrlAsync(page));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQueryOf());
        }
        foreach (var endpoint in ApiUrls)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(await UrlAsync(endpoint))).StatusCode);
        var create = await client.PostAsJsonAsync("/api/v1/admin/organisations", new { nameTh = "มูลนิธิไม่มีสิทธิ์" });
        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Organizer)]
    public async Task Non_admin_is_denied_every_page_and_endpoint(string role)
    {
        var cities = role == Roles.Coordinator ? (await factory.ApprovedCityIdsAsync())[..1] : null;
        var user = await factory.CreateAsync(role, cities);
        var client = await factory.LoginAsync(user);
        foreach (var page in PageUrls)
        {
            var response = await client.GetAsync(await UrlAsync(page));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQueryOf());
        }
        foreach (var endpoint in ApiUrls)
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(await UrlAsync(endpoint))).StatusCode);

        var org = await factory.AddOrganisationAsync($"มูลนิธิห้ามแก้ {OrganisationTestData.Token()}");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/admin/organisations", new { nameTh = "มูลนิธิใหม่" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/admin/organisations/{org}", new { nameTh = "เปลี่ยนชื่อ" })).StatusCode);
        // Nobody may make themselves a member.
        var grant = await client.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/organisations", new { organisationId = org });
        Assert.Equal(HttpStatusCode.Forbidden, grant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/admin/users/{user.Id}/organisations/{org}")).StatusCode);
        Assert.Empty(await factory.MembershipsOfAsync(user.Id));
        Assert.DoesNotContain("เปลี่ยนชื่อ", (await factory.OrganisationAsync(org)).Name.Th);
    }

    [Fact]
    public async Task Admin_without_two_factor_is_refused()
    {
        var client = await factory.LoginAsync(await factory.CreateAdminWithoutTwoFactorAsync());
        foreach (var page in PageUrls)
        {
            var response = await client.GetAsync(await UrlAsync(page));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/two-factor?required=1", response.Headers.Location!.OriginalString);
        }
        foreach (var endpoint in ApiUrls)
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(await UrlAsync(endpoint))).StatusCode);
    }

    [Fact]
    public async Task Admin_opens_every_page_and_endpoint()
    {
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        foreach (var url in PageUrls.Concat(ApiUrls))
        {
            var response = await client.GetAsync(await UrlAsync(url));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Anyone_reads_the_public_list_of_organisations()
    {
        var name = $"มหาวิทยาลัยเปิด {OrganisationTestData.Token()}";
        var id = await factory.AddOrganisationAsync(name, "Open University", "https://open.example.org");
        var response = await factory.CreateBrowserlessClient().GetAsync("/api/v1/organisations");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement[]>();
        var item = Assert.Single(list!, o => o.GetProperty("id").GetInt32() == id);
        Assert.Equal(name, item.GetProperty("nameTh").GetString());
        Assert.Equal("Open University", item.GetProperty("nameEn").GetString());
        Assert.Equal("https://open.example.org", item.GetProperty("website").GetString());
        // Members are not public.
        Assert.False(item.TryGetProperty("members", out _));
    }

    [Fact]
    public async Task Endpoints_are_described_in_the_openapi_document_under_their_tags()
    {
        var doc = await factory.CreateBrowserlessClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        string Tag(string path, string method) => paths.GetProperty(path).GetProperty(method).GetProperty("tags")[0].GetString()!;
        Assert.Equal("Organisations", Tag("/api/v1/organisations", "get"));
        Assert.Equal("Administration", Tag("/api/v1/admin/organisations", "get"));
        Assert.Equal("Administration", Tag("/api/v1/admin/organisations", "post"));
        Assert.Equal("Administration", Tag("/api/v1/admin/organisations/{id}", "put"));
        Assert.Equal("Administration", Tag("/api/v1/admin/users/{id}/organisations", "post"));
        Assert.Equal("Administration", Tag("/api/v1/admin/users/{id}/organisations/{organisationId}", "delete"));
    }

    private async Task<string> UrlAsync(string template) =>
        template.Contains("{org}", StringComparison.Ordinal)
            ? template.Replace("{org}", (await factory.AddOrganisationAsync($"มูลนิธิทดสอบสิทธิ์ {OrganisationTestData.Token()}")).ToString(), StringComparison.Ordinal)
            : template;
}
