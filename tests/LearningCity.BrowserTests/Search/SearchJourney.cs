using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Modules.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Search;

public sealed class SearchJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string ChiangMai = "เทศบาลนครเชียงใหม่";
    private const string KhonKaen = "เทศบาลนครขอนแก่น";

    [Fact]
    public async Task Visitor_searches_in_Thai_narrows_by_province_and_opens_a_result()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            await app.Services.GetRequiredService<SearchIndexer>().WaitUntilCaughtUpAsync(timeout.Token);
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.ClickAsync("#more-menu");
        await page.ClickAsync("nav a[href='/search']");

        // Typeahead offers a city by the start of a word inside its unspaced Thai name.
        await page.FillAsync("#search-q", "ขอนแ");
        await Assertions.Expect(page.Locator("#search-suggestions")).ToContainTextAsync(KhonKaen);

        await page.FillAsync("#search-q", "นคร");
        await page.PressAsync("#search-q", "Enter");
        var hits = page.Locator("#search-hits");
        await Assertions.Expect(hits).ToContainTextAsync(ChiangMai);
        await Assertions.Expect(hits).ToContainTextAsync(KhonKaen);
        await Assertions.Expect(page.Locator("#search-hits mark").First).ToHaveTextAsync("นคร");

        // Leaving the text box fires its own "change" request; let it finish before the facets are used.
        await page.Locator("#search-q").BlurAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Spaces and resources mention these cities too: keep to the cities themselves.
        await page.CheckAsync("#facet-type-city");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape("type=city")));
        await page.CheckAsync("#facet-province-TH-50");
        await Assertions.Expect(page.Locator(".search-hit")).ToHaveCountAsync(1);
        await Assertions.Expect(hits).Not.ToContainTextAsync(KhonKaen);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape("province=TH-50")));
        await Assertions.Expect(page.Locator("#facet-province-TH-50")).ToBeCheckedAsync();

        await page.ClickAsync($"#search-hits a:has-text('เชียงใหม่')");
        await Assertions.Expect(page.Locator("#city-name")).ToHaveTextAsync(ChiangMai);
    }
}
