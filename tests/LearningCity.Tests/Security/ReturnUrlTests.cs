using System.Net;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Security;

/// <summary>Every redirect to a caller-supplied return URL goes only to a path on this site: anything else goes home, never a 500.</summary>
// It checks where redirects lead, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class ReturnUrlTests(AppFactory factory) : IClassFixture<AppFactory>
{
    // As they appear in a query string: a tab, line breaks, a backslash (browsers read it as a slash), other hosts, script.
    public static readonly TheoryData<string> Unsafe =
    [
        "/%09/evil.example", "/%0D%0A/evil.example", "/%5Cevil.example", "%2F%5Cevil.example", "//evil.example", "/%2F/evil.example",
        "https://evil.example/", "http:evil.example", "javascript:alert(1)", "/ok%7F", "evil.example", "/%E2%80%AE%09x",
    ];

    [Theory]
    [MemberData(nameof(Unsafe))]
    public async Task The_language_switch_sends_an_unsafe_return_url_home(string returnUrl)
    {
        var response = await factory.CreateBrowserlessClient().GetAsync($"/culture/en?returnUrl={returnUrl}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_language_switch_returns_to_a_local_path_with_its_query()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync($"/culture/en?returnUrl={Uri.EscapeDataString("/cities?q=เชียงใหม่&page=2")}");
        Assert.Equal("/cities?q=เชียงใหม่&page=2", Uri.UnescapeDataString(response.Headers.Location!.OriginalString));
    }

    [Theory]
    [MemberData(nameof(Unsafe))]
    public async Task Log_in_sends_an_unsafe_return_url_home(string returnUrl)
    {
        var user = await factory.CreateAsync();
        var response = await factory.CreateBrowserlessClient().SubmitFormAsync($"/account/login?returnUrl={returnUrl}", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("https://evil.example/")]
    public async Task The_two_factor_step_sends_an_unsafe_return_url_home(string returnUrl)
    {
        var admin = await factory.CreateAsync(Roles.Admin);
        var client = factory.CreateBrowserlessClient();
        var first = await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = admin.Email, ["Input.Password"] = admin.Password });
        Assert.StartsWith("/account/login-2fa", first.Headers.Location!.OriginalString);
        var second = await client.SubmitFormAsync($"/account/login-2fa?returnUrl={returnUrl}&rememberMe=False", new Dictionary<string, string>
        {
            ["Input.Code"] = Totp.Code(admin.AuthenticatorKey!),
        });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("/", second.Headers.Location?.OriginalString);
    }
}
