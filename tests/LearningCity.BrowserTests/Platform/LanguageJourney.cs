using LearningCity.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Platform;

// It checks the language switch, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class LanguageJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Visitor_sees_Thai_switches_to_English_and_back()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("เมืองแห่งการเรียนรู้", await page.InnerTextAsync("h1"));

        await page.ClickAsync("#language-switch");
        await page.ExpectAddressAsync("/$");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Learning cities", await page.InnerTextAsync("h1"));

        await page.ClickAsync("#language-switch");
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task Thai_home_page_renders_Thai_glyphs_not_boxes()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("document.fonts.ready");
        // The self-hosted Noto Sans Thai font is loaded and used for Thai text.
        var thaiFontLoaded = await page.EvaluateAsync<bool>("document.fonts.check('16px \"Noto Sans Thai\"', 'เมือง')");
        Assert.True(thaiFontLoaded);
        // A Thai word is as wide as its glyphs: a missing-glyph box ("tofu") run would be uniform per character.
        var widths = await page.EvaluateAsync<double[]>(@"() => {
            const c = document.createElement('canvas').getContext('2d');
            c.font = '32px ""Noto Sans Thai""';
            return ['ก', 'ม', 'เ', 'ื', 'ไ'].map(ch => c.measureText(ch).width);
        }");
        Assert.True(widths.Distinct().Count() > 2, "Thai glyphs all have the same width, which means they render as boxes");
        var path = PageActions.ArtifactPath("home-th.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000);
    }

    [Fact]
    public async Task Skip_link_moves_focus_to_the_main_content()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        // Following an in-page link updates the address a moment after the key press: wait for it.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#main$"));
    }
}
