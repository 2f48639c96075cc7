using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Modules.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Search;

public sealed class SpaceSearchToMapJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Library = "ห้องสมุดประชาชนเทศบาลนครเชียงใหม่";

    [Fact]
    public async Task Visitor_finds_a_library_in_Thai_narrows_by_province_and_sees_it_on_the_map()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            await app.Services.GetRequiredService<SearchIndexer>().WaitUntilCaughtUpAsync(timeout.Token);
        var page = await app.NewPageAsync();
        await page.GotoAsync("/search");
        await page.FillAsync("#search-q", "ห้องสมุด");
        await page.PressAsync("#search-q", "Enter");
        await Assertions.Expect(page.Locator("#search-hits")).ToContainTextAsync("ห้องสมุดประชาชนจังหวัดพิษณุโลก");

        await page.CheckAsync("#facet-province-TH-50");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape("province=TH-50")));
        await Assertions.Expect(page.Locator("#search-hits")).Not.ToContainTextAsync("พิษณุโลก");
        await page.ClickAsync($"#search-hits a:has-text('{Library}')");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(Library);

        // From the place to the map: its marker is there even with no map tiles configured.
        await page.ClickAsync("main a[href^='/spaces/map']");
        await page.WaitForSelectorAsync("#space-map[data-markers]", new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.Locator($".leaflet-marker-icon[title='{Library}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".map-list-item").Filter(new() { HasText = Library })).ToHaveCountAsync(1);
    }
}
