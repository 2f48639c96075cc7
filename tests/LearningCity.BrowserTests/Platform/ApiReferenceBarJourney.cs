using LearningCity.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Platform;

// It checks a static page, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class ApiReferenceBarJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task API_reference_leads_back_to_the_site_and_offers_none_of_the_vendor_extras()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/api-reference");
        await page.GetByText("Thailand Learning City Platform API").First.WaitForAsync();
        await page.GetByText("/api/v1/", new() { Exact = false }).First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        foreach (var extra in new[] { "Ask AI", "Generate SDK", "Deploy" })
            await Assertions.Expect(page.GetByText(extra, new() { Exact = false }).Locator("visible=true")).ToHaveCountAsync(0);
        await page.ClickAsync("#back-to-site");
        await page.ExpectAddressAsync("^https?://[^/]+/$");
    }
}
