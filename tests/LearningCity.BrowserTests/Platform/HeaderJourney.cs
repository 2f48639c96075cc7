using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Platform;

/// <summary>
/// The signed-in header of a coordinator with a long e-mail address and a Thai name: one row at desktop widths, one
/// menu button on the phone, never wider than the window, the person's name (not the e-mail) and sign-out within reach.
/// </summary>
// It checks layout, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class HeaderJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string ThaiName = "สมศรี ประเสริฐวงศ์ใหญ่ ผู้ประสานงานเมืองแห่งการเรียนรู้";

    [Theory]
    [InlineData(1366, 900, "th")]
    [InlineData(1366, 900, "en")]
    [InlineData(1200, 800, "th")]
    [InlineData(1920, 1080, "th")]
    public async Task Coordinator_header_is_one_row_at_desktop_widths_and_shows_the_name_not_the_email(int width, int height, string language)
    {
        var coordinator = await CoordinatorAsync();
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.LoginAsync(coordinator);
        await page.GotoAsync($"/cities?culture={language}");

        await AssertNoHorizontalOverflowAsync(page);
        // The brand, the sections, the search box and the person's menu share one line.
        var oneRow = await page.EvaluateAsync<bool>("""
            () => {
              const boxes = ['.site-brand', '.site-sections', '.site-search', '.site-account'].map(s => document.querySelector(s).getBoundingClientRect());
              return Math.max(...boxes.map(b => b.top)) < Math.min(...boxes.map(b => b.bottom));
            }
            """);
        Assert.True(oneRow, "The header's parts are not on one row.");
        Assert.True(await page.EvaluateAsync<double>("document.querySelector('header nav').getBoundingClientRect().height") < 90);

        var name = page.Locator("#user-menu-toggle .user-name");
        await Assertions.Expect(name).ToBeVisibleAsync();
        Assert.Equal(ThaiName, (await name.InnerTextAsync()).Trim());
        Assert.DoesNotContain(coordinator.Email, await page.InnerTextAsync("header"));

        await page.ClickAsync("#user-menu-toggle");
        await Assertions.Expect(page.Locator("#user-menu a[href='/me/notifications']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#user-menu a[href='/activities/mine']")).ToBeVisibleAsync();
        await AssertInsideWindowAsync(page, "#logout", width);
        await AssertNoHorizontalOverflowAsync(page);

        await page.ClickAsync("#logout");
        await Assertions.Expect(page.Locator("#mainNav a[href='/account/login']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_header_is_one_menu_button_that_opens_to_the_name_and_sign_out()
    {
        var coordinator = await CoordinatorAsync();
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.LoginAsync(coordinator);
        await page.GotoAsync("/cities");

        await Assertions.Expect(page.Locator(".navbar-toggler")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#mainNav")).ToBeHiddenAsync();
        await AssertNoHorizontalOverflowAsync(page);

        await page.ClickAsync(".navbar-toggler");
        await Assertions.Expect(page.Locator("#user-menu-toggle .user-name")).ToBeVisibleAsync();
        await page.ClickAsync("#user-menu-toggle");
        await AssertInsideWindowAsync(page, "#logout", 390);
        await AssertNoHorizontalOverflowAsync(page);
        await page.ScreenshotAsync(new() { Path = PageActions.ArtifactPath("header-phone-th.png") });
        await page.AssertAccessibleAsync();

        await page.ClickAsync("#logout");
        await Assertions.Expect(page.Locator("#user-menu")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task API_is_not_in_the_main_menu_but_the_footer_leads_to_the_reference()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("#mainNav a[href='/api-reference']")).ToHaveCountAsync(0);
        await page.ClickAsync("footer a[href='/api-reference']");
        await page.ExpectAddressAsync("/api-reference");
    }

    private async Task<TestUser> CoordinatorAsync()
    {
        var city = await app.WithDbAsync(db => db.Cities.Where(c => c.IsDemo).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        // 60 characters: long enough to have pushed the old header wider than the window.
        var email = $"{Guid.NewGuid():N}"[..12] + ".coordinator.learningcity@nakhonratchasima.go.th";
        var user = await app.CreateAsync(Roles.Coordinator, cities: [city], email: email);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, ThaiName)));
        return user;
    }

    private static async Task AssertNoHorizontalOverflowAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px window.");
    }

    private static async Task AssertInsideWindowAsync(IPage page, string selector, int width)
    {
        var element = page.Locator(selector);
        await Assertions.Expect(element).ToBeVisibleAsync();
        var box = await element.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"{selector} lies at {box.X}..{box.X + box.Width} in a {width} px window.");
    }
}
