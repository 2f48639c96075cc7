using LearningCity.BrowserTests.Infrastructure;

namespace LearningCity.BrowserTests.Platform;

public sealed class ApiReferenceJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Developer_browses_the_interactive_api_reference()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/api-reference");
        await page.GetByText("/api/v1/provinces").First.WaitForAsync();
        Assert.True(await page.GetByText("/api/v1/provinces").First.IsVisibleAsync());
    }
}
