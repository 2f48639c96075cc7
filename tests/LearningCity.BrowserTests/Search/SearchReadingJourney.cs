using System.Text.RegularExpressions;
using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Search;

public sealed class SearchReadingJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    // In Ubon Ratchathani, where the demo content has nothing: a search there finds only this.
    private const string School = "โรงเรียนผู้สูงอายุบ้านหนองบัว";

    private async Task AddSchoolAsync()
    {
        await app.WithDbAsync(async db =>
        {
            var cityId = await db.Cities.Where(c => c.IsDemo).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var at = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var space = new LearningSpace
            {
                Name = new BilingualText(School, "Ban Nong Bua School for Older People"), Type = SpaceType.CommunityLearningCentre,
                Description = new BilingualText("เรียนรู้ตลอดชีวิตสำหรับผู้สูงอายุ ริมแม่น้ำมูล"), Address = new BilingualText("บ้านหนองบัว"),
                ProvinceCode = "TH-34", Latitude = 15.23, Longitude = 104.86, CityId = cityId, Status = PublicationStatus.Published,
                CreatedAt = at, UpdatedAt = at, Version = 1,
            };
            db.LearningSpaces.Add(space);
            await db.SaveChangesAsync();
            SearchChanges.Record(db, "space", space.Id);
            return await db.SaveChangesAsync();
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.Services.GetRequiredService<SearchIndexer>().WaitUntilCaughtUpAsync(timeout.Token);
    }

    /// <summary>Leaves the search box (its suggestions close, its own "change" request runs) and waits for the answers.</summary>
    private static async Task LeaveTheBoxAsync(IPage page)
    {
        await page.Locator("#search-q").BlurAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    [Fact]
    public async Task Citizen_follows_did_you_mean_after_a_slip_and_narrows_to_a_province_typed_in_English()
    {
        await AddSchoolAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync("/search");

        await page.FillAsync("#search-q", "โรงเรีนผู้สูงอายุ");
        await page.PressAsync("#search-q", "Enter");
        var didYouMean = page.Locator("#search-did-you-mean");
        await Assertions.Expect(didYouMean).ToContainTextAsync("คุณหมายถึง");
        await Assertions.Expect(didYouMean.Locator("a")).ToHaveTextAsync("โรงเรียนผู้สูงอายุ");
        await LeaveTheBoxAsync(page);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PageActions.ArtifactPath("search-did-you-mean.png") });

        await didYouMean.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("#search-q")).ToHaveValueAsync("โรงเรียนผู้สูงอายุ");
        await Assertions.Expect(page.Locator("#search-did-you-mean")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".search-hit a").First).ToHaveTextAsync(School);

        await page.FillAsync("#search-q", "Ubon Ratchathani");
        await page.PressAsync("#search-q", "Enter");
        var chip = page.Locator("#search-places a");
        await Assertions.Expect(chip).ToHaveTextAsync("ค้นหาเฉพาะในจังหวัดอุบลราชธานี");
        await LeaveTheBoxAsync(page);
        await Assertions.Expect(page.Locator("#facet-province-TH-34")).Not.ToBeCheckedAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PageActions.ArtifactPath("search-place-chip.png") });

        await chip.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape("province=TH-34")));
        await Assertions.Expect(page.Locator("#facet-province-TH-34")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#search-places")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".search-hit")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".search-hit a")).ToHaveTextAsync(School);
    }
}
