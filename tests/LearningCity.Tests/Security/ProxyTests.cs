using System.Net;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Security;

// It checks how forwarded headers are read, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class ProxyTests(ProxiedFactory factory) : IClassFixture<ProxiedFactory>
{
    private static Task<HttpResponseMessage> PostLoginAsync(HttpClient client) =>
        client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "nobody@test.example", ["Input.Password"] = "wrong-password" });

    private static async Task<List<HttpStatusCode>> PostLoginsAsync(Func<int, HttpClient> client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++) statuses.Add((await PostLoginAsync(client(i))).StatusCode);
        return statuses;
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_client_address_has_its_own_log_in_budget()
    {
        var first = factory.ClientFrom(ProxiedFactory.Proxy, forwardedFor: "203.0.113.5");
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await PostLoginsAsync(_ => first, 4));

        // Another person behind the same proxy is not locked out by the first one.
        var second = factory.ClientFrom(ProxiedFactory.Proxy, forwardedFor: "203.0.113.6");
        Assert.Equal(HttpStatusCode.OK, (await PostLoginAsync(second)).StatusCode);
    }

    [Fact]
    public async Task A_client_that_is_not_a_trusted_proxy_cannot_choose_its_address_with_a_forwarded_header()
    {
        var statuses = await PostLoginsAsync(i => factory.ClientFrom("198.51.100.9", forwardedFor: $"203.0.113.{100 + i}"), 4);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    [Fact]
    public async Task Loading_the_log_in_registration_and_reset_pages_spends_nothing_of_the_budget()
    {
        var client = factory.ClientFrom("198.51.100.20");
        foreach (var page in new[] { "/account/login", "/account/register", "/account/forgot-password", "/account/unlock" })
            for (var i = 0; i < 4; i++)
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page, TestContext.Current.CancellationToken)).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], await PostLoginsAsync(_ => client, 3));
    }

    [Fact]
    public async Task Https_forwarded_by_the_trusted_proxy_makes_cookies_secure_and_from_anyone_else_it_does_not()
    {
        var proxied = await factory.ClientFrom(ProxiedFactory.Proxy, forwardedFor: "203.0.113.30", forwardedProto: "https").GetAsync("/account/login", TestContext.Current.CancellationToken);
        Assert.Contains(proxied.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        var spoofed = await factory.ClientFrom("198.51.100.31", forwardedProto: "https").GetAsync("/account/login", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(spoofed.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}
