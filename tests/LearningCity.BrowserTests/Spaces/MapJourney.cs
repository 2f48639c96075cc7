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
        await Assertions.Expect(page.Locator("#no-tiles")).ToHaveCountAsync(0);
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

    [Fact]
    public async Task On_a_phone_the_map_draws_thailand_under_the_pins_credits_natural_earth_and_the_list_fits_the_screen()
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, Locale = "th-TH", ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/spaces/map");

        // The base layer is an SVG path drawn from the outline served by the site itself; no tile is fetched.
        var thailand = page.Locator("#space-map svg path.map-outline-thailand");
        await Assertions.Expect(thailand).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#space-map[data-outline-loaded=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".leaflet-tile")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".leaflet-control-attribution")).ToContainTextAsync("Natural Earth");
        await Assertions.Expect(page.Locator("#space-map .leaflet-marker-icon").First).ToBeVisibleAsync();

        // Every pin stands inside the drawn outline's box (a pin off in the grey sea would mean a wrong layer).
        var box = (await thailand.BoundingBoxAsync())!;
        var pins = page.Locator("#space-map .leaflet-marker-icon");
        var count = await pins.CountAsync();
        Assert.True(count >= 12);
        var mapBox = (await page.Locator("#space-map").BoundingBoxAsync())!;
        for (var i = 0; i < count; i++)
        {
            var pin = (await pins.Nth(i).BoundingBoxAsync())!;
            var tipX = pin.X + pin.Width / 2;
            var tipY = pin.Y + pin.Height;
            if (tipX < mapBox.X || tipX > mapBox.X + mapBox.Width || tipY < mapBox.Y || tipY > mapBox.Y + mapBox.Height) continue;
            Assert.InRange(tipX, box.X - 2, box.X + box.Width + 2);
            Assert.InRange(tipY, box.Y - 2, box.Y + box.Height + 2);
        }

        // The list is below the map at its full length: its last space can be scrolled to, and nothing is wider than the phone.
        var items = page.Locator("#map-list .map-list-item");
        Assert.Equal(count, await items.CountAsync());
        var listBox = (await page.Locator("#map-list").BoundingBoxAsync())!;
        var scrollHeight = await page.Locator("#map-list").EvaluateAsync<double>("e => e.scrollHeight");
        Assert.InRange(scrollHeight, 0, listBox.Height + 1);
        var overflow = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone");
        await page.ScreenshotAsync(new() { Path = PageActions.ArtifactPath("space-map-phone.png"), FullPage = true });
        await context.CloseAsync();
    }
}
