using System.Net;
using System.Net.Http.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Administration;

/// <summary>Who may open the user administration and the audit log: only an administrator with two-factor on.</summary>
public sealed class AdminAuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string[] PageUrls = ["/admin/users", "/admin/users/{id}", "/admin/audit"];
    private static readonly string[] ApiUrls = ["/api/v1/admin/users", "/api/v1/admin/users/{id}", "/api/v1/audit"];
    public static TheoryData<string> Pages => new(PageUrls);
    public static TheoryData<string> ApiEndpoints => new(ApiUrls);

    [Theory, MemberData(nameof(Pages))]
    public async Task Anonymous_visitor_is_sent_to_log_in(string page)
    {
        var response = await factory.CreateBrowserlessClient().GetAsync(await UrlAsync(page));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQueryOf());
    }

    [Theory, MemberData(nameof(ApiEndpoints))]
    public async Task Anonymous_api_call_is_401(string endpoint)
    {
        var response = await factory.CreateBrowserlessClient().GetAsync(await UrlAsync(endpoint));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Judge)]
    [InlineData(Roles.Researcher)]
    public async Task Non_admin_is_denied_every_page_and_endpoint(string role)
    {
        var cities = role == Roles.Coordinator ? (await factory.ApprovedCityIdsAsync())[..1] : null;
        var client = await factory.LoginAsync(await factory.CreateAsync(role, cities));
        foreach (var page in PageUrls)
        {
            var response = await client.GetAsync(await UrlAsync(page));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQueryOf());
        }
        foreach (var endpoint in ApiUrls)
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(await UrlAsync(endpoint))).StatusCode);
        var target = await factory.CreateAsync();
        var grant = await client.PostAsJsonAsync($"/api/v1/admin/users/{target.Id}/roles", new { role = Roles.Admin });
        Assert.Equal(HttpStatusCode.Forbidden, grant.StatusCode);
        Assert.DoesNotContain(Roles.Admin, await factory.RolesOfAsync(target.Id));
    }

    [Fact]
    public async Task Admin_without_two_factor_is_sent_to_set_it_up_and_the_api_answers_403()
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
    public async Task Admin_with_two_factor_opens_every_page_and_endpoint()
    {
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        foreach (var url in PageUrls.Concat(ApiUrls))
        {
            var response = await client.GetAsync(await UrlAsync(url));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }
    }

    private async Task<string> UrlAsync(string template) =>
        template.Contains("{id}", StringComparison.Ordinal)
            ? template.Replace("{id}", (await factory.CreateAsync()).Id.ToString(), StringComparison.Ordinal)
            : template;
}

internal static class UriExtensions
{
    /// <summary>The path and query of a Location header, whether it is absolute or relative.</summary>
    public static string PathAndQueryOf(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
