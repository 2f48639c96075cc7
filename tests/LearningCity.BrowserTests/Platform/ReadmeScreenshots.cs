using LearningCity.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Platform;

/// <summary>
/// The README's screenshots: the home page, a city's page and an activity, in Thai, as a newcomer sees them on the
/// first-run demo data (desktop 1366 wide). Written to the test artifacts; <c>scripts/readme-screenshots.sh</c> copies
/// them to <c>docs/screenshots/</c>. It checks pictures, not data, so it runs on one database.
/// </summary>
[Trait("Database", "Sqlite")]
public sealed class ReadmeScreenshots(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_home_page_a_city_and_an_activity_are_photographed_in_Thai()
    {
        var page = await app.NewPageAsync(new ViewportSize { Width = 1366, Height = 900 });
        foreach (var (url, name, heading) in new[]
        {
            ("/", "home-th.png", "h1"),
            ("/cities/1", "city-th.png", "#city-name"),
            ("/activities/1", "activity-th.png", "#activity-title"),
        })
        {
            await page.GotoAsync(url);
            Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
            await Assertions.Expect(page.Locator(heading)).ToBeVisibleAsync();
            await page.EvaluateAsync("document.fonts.ready");
            var path = PageActions.ArtifactPath(name);
            await page.ScreenshotAsync(new() { Path = path, FullPage = false });
            Assert.True(new FileInfo(path).Length > 20_000, $"{name} is too small to show the page");
        }
    }
}
