using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Platform;

/// <summary>The language can be named by its two-letter code or its full culture name: in the query, the language link and the cookie.</summary>
// It checks how the language is chosen, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class CultureSwitchTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("en-US", "en")]
    [InlineData("th", "th")]
    [InlineData("th-TH", "th")]
    public async Task Culture_in_the_query_switches_the_language_in_its_short_and_full_forms(string culture, string language)
    {
        var client = await ClientReadingAsync(Other(language));
        var page = await client.GetPageAsync($"/cities?culture={culture}");
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("th", "th")]
    [InlineData("th-TH", "th")]
    public async Task Language_link_accepts_the_short_and_the_full_form(string culture, string language)
    {
        var client = await ClientReadingAsync(Other(language));
        var answer = await client.GetAsync($"/culture/{culture}?returnUrl=/cities");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, answer.StatusCode);
        var page = await client.GetPageAsync("/cities");
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("c=en|uic=en", "en")]
    [InlineData("c=en-GB|uic=en-GB", "en")]
    [InlineData("c=th|uic=th", "th")]
    public async Task Language_cookie_with_a_short_or_full_name_is_understood(string cookie, string language)
    {
        var client = factory.CreateClient(new() { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cities");
        request.Headers.Add("Cookie", $".AspNetCore.Culture={Uri.EscapeDataString(cookie)}");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var page = await Html.ParseAsync(response);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task An_unknown_language_in_the_query_leaves_the_page_in_Thai()
    {
        var page = await factory.CreateClient().GetPageAsync("/cities?culture=fr");
        Assert.Equal("th", page.DocumentElement.GetAttribute("lang"));
    }

    private static string Other(string language) => language == "th" ? "en" : "th";

    /// <summary>A client whose cookie already holds the other language, so that the switch is what changes it.</summary>
    private async Task<HttpClient> ClientReadingAsync(string language)
    {
        var client = factory.CreateBrowserlessClient();
        await client.GetAsync($"/culture/{language}?returnUrl=/", TestContext.Current.CancellationToken);
        Assert.Equal(language, (await client.GetPageAsync("/cities")).DocumentElement.GetAttribute("lang"));
        return client;
    }
}
