using System.Net;
using LearningCity.Tests.Identity;
using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LearningCity.Tests.Security;

// It checks cookie flags, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class ProductionCookieTests(PublicProductionFactory factory) : IClassFixture<PublicProductionFactory>
{
    private HttpClient Https() => factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri(PublicProductionFactory.PublicUrl), AllowAutoRedirect = false, HandleCookies = true,
    });

    [Fact]
    public async Task In_production_the_sign_in_and_antiforgery_cookies_are_secure_host_only_cookies_and_https_answers_carry_hsts()
    {
        var client = Https();
        var page = await client.GetAsync("/account/login", TestContext.Current.CancellationToken);
        Assert.Contains("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single());
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-tlc.af=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", antiforgery, StringComparison.OrdinalIgnoreCase);

        var user = await factory.CreateAsync();
        var signedIn = await client.LoginFormAsync(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookies = signedIn.Headers.GetValues("Set-Cookie").ToList();
        var auth = cookies.Single(c => c.StartsWith("__Host-tlc.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));

        // The cookie works: the profile opens signed in.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/profile", TestContext.Current.CancellationToken)).StatusCode);
    }
}
