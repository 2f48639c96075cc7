using System.Net;
using AngleSharp.Html.Dom;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Identity;

public sealed class LowAuthRateLimitFactory : AppFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("RateLimits:AuthPerMinute", "3")];
}

public sealed class AuthRateLimitTests(LowAuthRateLimitFactory factory) : IClassFixture<LowAuthRateLimitFactory>
{
    [Fact]
    public async Task Fourth_login_attempt_within_a_minute_is_429_and_so_is_registering_by_api()
    {
        var client = factory.CreateBrowserlessClient();
        // The log-out page is not rate limited; its form gives the antiforgery token without spending a permit.
        var form = (IHtmlFormElement)(await client.GetPageAsync("/account/logout")).QuerySelector("main form")!;
        var token = Html.AntiforgeryToken(form.Owner!)!;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = "someone@test.example",
                ["Input.Password"] = "wrong-password",
            }));
            statuses.Add(response.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);

        // The registration API shares the same budget.
        var api = await client.PostAsync("/api/v1/account/register", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
    }
}
