using LearningCity.BrowserTests.Infrastructure;

namespace LearningCity.BrowserTests.Platform;

// It checks a static page, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class ApiReferenceJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Developer_browses_the_interactive_api_reference()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/api-reference");
        // The reference renders the OpenAPI document in the page: its title, then the operations by tag.
        await page.GetByText("Thailand Learning City Platform API").First.WaitForAsync();
        await page.GetByText("/api/v1/", new() { Exact = false }).First.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await page.ScreenshotAsync(new() { Path = PageActions.ArtifactPath("api-reference.png") });
    }
}
