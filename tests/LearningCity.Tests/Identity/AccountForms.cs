using System.Net;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Identity;

/// <summary>Filling the account pages the way a visitor would.</summary>
internal static class AccountForms
{
    public const string Password = "a-long-enough-passphrase";

    public static Dictionary<string, string> Registration(string email, string? name = null) => new()
    {
        ["Input.Email"] = email,
        ["Input.DisplayName"] = name ?? "สมหญิง ใจดี",
        ["Input.Password"] = Password,
        ["Input.ConfirmPassword"] = Password,
        ["Input.PreferredLanguage"] = "th",
        ["Input.AcceptTerms"] = "true",
    };

    public static async Task<HttpResponseMessage> RegisterAsync(this HttpClient client, Dictionary<string, string> fields) =>
        await client.SubmitFormAsync("/account/register", fields);

    public static async Task<HttpResponseMessage> LoginFormAsync(this HttpClient client, string email, string password) =>
        await client.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>The path and query of an e-mailed link, to follow with the test client.</summary>
    public static string PathOf(string link)
    {
        var uri = new Uri(link);
        return uri.PathAndQuery;
    }

    public static void AssertRedirect(HttpResponseMessage response, string location)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }
}
