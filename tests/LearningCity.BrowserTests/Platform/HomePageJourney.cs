using LearningCity.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Platform;

/// <summary>The home page as the programme's front door, in Thai, on a desktop and on a phone.</summary>
public sealed class HomePageJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(1366, 900)]
    [InlineData(390, 844)]
    public async Task Visitor_finds_what_is_on_the_pillars_and_the_latest_results_on_the_home_page(int width, int height)
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync("/");
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("หน้าแรก · แพลตฟอร์มเมืองแห่งการเรียนรู้ประเทศไทย", await page.TitleAsync());

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px window.");

        // Each pillar card is a link, or says it is coming soon (and links nowhere).
        var cards = page.Locator("#pillars .pillar");
        await Assertions.Expect(cards).ToHaveCountAsync(6);
        for (var i = 0; i < 6; i++)
        {
            var card = cards.Nth(i);
            var links = await card.Locator("a[href]").CountAsync();
            var soon = await card.Locator(".coming-soon").CountAsync();
            Assert.True(links == 1 ^ soon == 1, $"Pillar card {i + 1} has {links} links and {soon} coming-soon marks.");
        }

        // Live items from the demo seed: this week's activities, the latest winners and assessment results.
        Assert.True(await page.Locator("#upcoming li").CountAsync() > 0, "Nothing is on this week.");
        Assert.True(await page.Locator("#latest-winners li").CountAsync() > 0);
        Assert.True(await page.Locator("#latest-results li").CountAsync() > 0);
        if (width >= 768) await Assertions.Expect(page.Locator(".hero-illustration")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = PageActions.ArtifactPath($"home-th-{width}.png"), FullPage = true });
        await page.AssertAccessibleAsync();

        // A province narrows what is on; the Booster pillar leads to the activities.
        await page.SelectOptionAsync("#home-province", "TH-50");
        await page.ClickAsync("#this-week form button[type=submit]");
        await page.ExpectAddressAsync("province=TH-50");
        await Assertions.Expect(page.Locator("#week-heading")).ToContainTextAsync("เชียงใหม่");
        await page.ClickAsync("#pillars .pillar[data-pillar='6'] a");
        await page.ExpectAddressAsync("/activities$");
    }

    [Fact]
    public async Task English_home_page_reads_in_English()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?culture=en");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Home · Thailand Learning City Platform", await page.TitleAsync());
        await Assertions.Expect(page.Locator("#pillars .coming-soon").First).ToHaveTextAsync("Coming soon");
        await page.AssertAccessibleAsync();
    }
}
