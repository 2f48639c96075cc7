using System.Globalization;
using System.Text.RegularExpressions;
using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Research;

public sealed class ResearchJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_researcher_publishes_an_item_about_a_city_which_anyone_finds_cites_and_sees_on_the_city_profile()
    {
        var city = await app.WithDbAsync(db => db.Cities.Where(c => c.Name.Th == "เทศบาลนครขอนแก่น").Select(c => c.Id).FirstAsync());
        var marker = Guid.NewGuid().ToString("N")[..6];
        var title = $"การเรียนรู้ของเยาวชนริมบึงแก่นนคร {marker}";

        // A researcher fills in the form and saves and publishes at once.
        var researcher = await app.NewPageAsync();
        await researcher.LoginAsync(await app.CreateAsync(Roles.Researcher));
        await researcher.GotoAsync("/research/new");
        await researcher.SelectOptionAsync("#Input_Type", "CaseStudy");
        await researcher.FillAsync("#Input_Year", "2567");
        await researcher.FillAsync("#Input_TitleTh", title);
        await researcher.FillAsync("#Input_Authors", "วรรณา สายใจ\nJohn Smith");
        await researcher.FillAsync("#Input_AbstractTh", "กรณีศึกษากิจกรรมเยาวชนริมบึงแก่นนคร");
        await researcher.FillAsync("#Input_Keywords", $"เยาวชน, บึงแก่นนคร{marker}");
        await researcher.FillAsync("#Input_Indicators", "B2.3");
        await researcher.CheckAsync($"#city-choice-{city.ToString(CultureInfo.InvariantCulture)}");
        await researcher.FillAsync("#Input_Doi", "https://doi.org/10.5555/journey." + marker);
        await researcher.ClickAsync("#save-publish");
        await researcher.ExpectAddressAsync(@"/research/\d+$");
        var url = new Uri(researcher.Url).AbsolutePath;
        await Assertions.Expect(researcher.Locator("#research-year")).ToHaveTextAsync("พ.ศ. 2567");
        await Assertions.Expect(researcher.Locator("#unpublish-form")).ToBeVisibleAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            await app.Services.GetRequiredService<SearchIndexer>().WaitUntilCaughtUpAsync(timeout.Token);

        // Anyone finds it on the list by a keyword and opens it.
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/research");
        await visitor.FillAsync("#filter-q", "บึงแก่นนคร" + marker);
        await visitor.ClickAsync("#filter-submit");
        await visitor.ExpectAddressAsync("q=");
        await Assertions.Expect(visitor.Locator("#result-count")).ToHaveTextAsync("พบ 1 รายการ");
        await visitor.ClickAsync($"#research-list a:has-text('{title}')");
        await Assertions.Expect(visitor.Locator("#research-title")).ToHaveTextAsync(title);
        Assert.EndsWith(url, visitor.Url, StringComparison.Ordinal);
        await Assertions.Expect(visitor.Locator("#research-doi")).ToHaveTextAsync("10.5555/journey." + marker);

        // ... and downloads its BibTeX entry.
        var download = await visitor.RunAndWaitForDownloadAsync(() => visitor.ClickAsync("#research-bibtex"));
        Assert.EndsWith(".bib", download.SuggestedFilename, StringComparison.Ordinal);
        var bibtex = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.StartsWith("@techreport{tlc-research-", bibtex, StringComparison.Ordinal);
        Assert.Contains($"title = {{{title}}}", bibtex, StringComparison.Ordinal);
        Assert.Contains("author = {วรรณา สายใจ and John Smith}", bibtex, StringComparison.Ordinal);

        // The city's profile lists it.
        await visitor.GotoAsync($"/cities/{city}");
        await Assertions.Expect(visitor.Locator("#city-research")).ToContainTextAsync(title);
        await visitor.ClickAsync($"#city-research a:has-text('{title}')");
        await Assertions.Expect(visitor.Locator("#research-title")).ToHaveTextAsync(title);
    }

    [Fact]
    public async Task On_a_phone_a_researcher_ticks_several_cities_without_ctrl_click_and_the_edit_page_keeps_them()
    {
        var cities = await app.WithDbAsync(db => db.Cities.Where(c => c.Name.Th == "เทศบาลนครขอนแก่น" || c.Name.Th == "เทศบาลนครเชียงใหม่")
            .Select(c => c.Id).ToListAsync());
        Assert.Equal(2, cities.Count);
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, Locale = "th-TH", ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        context.SetDefaultTimeout(30_000);
        var phone = await context.NewPageAsync();
        await phone.LoginAsync(await app.CreateAsync(Roles.Researcher));
        await phone.GotoAsync("/research/new");

        // No multiple select is left; each city is a checkbox that a finger can tap.
        await Assertions.Expect(phone.Locator("select[multiple]")).ToHaveCountAsync(0);
        await phone.SelectOptionAsync("#Input_Type", "Report");
        await phone.FillAsync("#Input_Year", "2567");
        var title = $"รายงานสองเมือง {Guid.NewGuid().ToString("N")[..6]}";
        await phone.FillAsync("#Input_TitleTh", title);
        await phone.FillAsync("#Input_Authors", "วรรณา สายใจ");
        foreach (var id in cities)
        {
            var box = phone.Locator($"#city-choice-{id.ToString(CultureInfo.InvariantCulture)}");
            await box.ScrollIntoViewIfNeededAsync();
            await box.TapAsync();
            await Assertions.Expect(box).ToBeCheckedAsync();
        }
        var overflow = await phone.EvaluateAsync<double>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the form is {overflow}px wider than the phone");
        await phone.AssertAccessibleAsync();
        await phone.ClickAsync("#save-draft");
        await phone.ExpectAddressAsync(@"/research/\d+");

        var saved = await app.WithDbAsync(db => db.Set<LearningCity.Modules.Research.Data.ResearchItem>().Where(r => r.Title.Th == title).Select(r => r.Id).FirstAsync());
        await phone.GotoAsync($"/research/{saved}/edit");
        foreach (var id in cities)
            await Assertions.Expect(phone.Locator($"#city-choice-{id.ToString(CultureInfo.InvariantCulture)}")).ToBeCheckedAsync();
        await context.CloseAsync();
    }
}
