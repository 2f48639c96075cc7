using LearningCity.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Spaces;

public sealed class MapJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string ChiangMaiMuseum = "หอศิลปวัฒนธรรมเมืองเชียงใหม่";
    private const string BangkokLibrary = "หอสมุดเมืองกรุงเทพมหานคร";

    [Fact]
    public async Task Visitor_sees_markers_without_tiles_opens_a_space_from_the_list_and_filters_by_province()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/spaces/map");
        // No tile URL is configured: Leaflet still draws a marker for every space, and the list has the same spaces.
        await Assertions.Expect(page.Locator("#space-map .leaflet-marker-icon").First).ToBeVisibleAsync();
        var listed = await page.Locator("#map-list .map-list-item").CountAsync();
        Assert.True(listed >= 12);
        await Assertions.Expect(page.Locator("#space-map .leaflet-marker-icon")).ToHaveCountAsync(listed);
        await Assertions.Expect(page.Locator(".leaflet-tile")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#map-list")).ToContainTextAsync(BangkokLibrary);

        await page.ClickAsync($"#map-list a:has-text('{ChiangMaiMuseum}')");
        await Assertions.Expect(page.Locator("#space-name")).ToHaveTextAsync(ChiangMaiMuseum);

        await page.GotoAsync("/spaces");
        await page.SelectOptionAsync("#filter-province", "TH-50");
        await page.ExpectAddressAsync("province=TH-50");
        await Assertions.Expect(page.Locator("#space-list")).ToContainTextAsync(ChiangMaiMuseum);
        await Assertions.Expect(page.Locator("#space-list")).Not.ToContainTextAsync(BangkokLibrary);
        await Assertions.Expect(page.Locator(".space-card")).ToHaveCountAsync(3);
    }
}
