using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using static LearningCity.Tests.Search.SearchReadingTestData;
using static LearningCity.Tests.Search.SearchTestHelpers;

namespace LearningCity.Tests.Search;

/// <summary>The search page tells how it read the text: "did you mean", most of the words, and places as chips.</summary>
public sealed class SearchReadingPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string[]> Query(string href) =>
        QueryHelpers.ParseQuery(new Uri(new Uri("http://x"), href).Query).ToDictionary(q => q.Key, q => q.Value.Select(v => v!).ToArray());

    [Fact]
    public async Task A_slip_is_offered_corrected_as_a_link_to_the_same_search_and_filters()
    {
        var school = await factory.PublishSpaceAsync(School);
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/search?type=space&sort=date&page=1&" + Q(SchoolSlip));

        var note = page.QuerySelector("#search-did-you-mean")!;
        Assert.Equal("status", note.GetAttribute("role"));
        Assert.Equal($"คุณหมายถึง {SchoolCorrected} ใช่ไหม", note.TextContent.Trim());
        var href = note.QuerySelector("a")!.GetAttribute("href")!;
        Assert.StartsWith("/search?", href);
        var query = Query(href);
        Assert.Equal([SchoolCorrected], query["q"]);
        Assert.Equal(["space"], query["type"]);
        Assert.Equal(["date"], query["sort"]);
        Assert.False(query.ContainsKey("page"));

        var corrected = await client.GetPageAsync(href);
        Assert.Null(corrected.QuerySelector("#search-did-you-mean"));
        Assert.Equal(school, corrected.QuerySelector(".search-hit a")!.GetAttribute("href"));
        Assert.Equal(SchoolCorrected, corrected.QuerySelector("#search-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Hits_with_most_of_the_words_come_with_a_note_that_says_so()
    {
        await factory.PublishSpaceAsync(Observatory);
        await factory.PublishSpaceAsync(Puppets);
        var client = factory.CreateClient();

        var page = await client.GetPageAsync("/search?" + Q(ObservatoryAndPuppets));
        var note = page.QuerySelector("#search-relaxed")!;
        Assert.Equal("status", note.GetAttribute("role"));
        Assert.Equal("ไม่พบรายการที่มีครบทุกคำ แสดงรายการที่มีคำส่วนใหญ่", note.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll(".search-hit a"), a => a.TextContent.Contains("หอดูดาว", StringComparison.Ordinal));

        Assert.Null((await client.GetPageAsync("/search?" + Q("หอดูดาว"))).QuerySelector("#search-relaxed"));
    }

    [Fact]
    public async Task A_province_named_in_the_text_is_a_chip_that_adds_its_filter_to_the_search()
    {
        var library = await factory.PublishSpaceAsync(UbonLibrary, "TH-34", 15.23, 104.86);
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/search?type=space&" + Q("Ubon Ratchathani"));

        var chip = Assert.Single(page.QuerySelectorAll("#search-places a"));
        Assert.Equal("ค้นหาเฉพาะในจังหวัดอุบลราชธานี", chip.TextContent.Trim());
        var href = chip.GetAttribute("href")!;
        Assert.Equal(href, chip.GetAttribute("hx-get"));
        var query = Query(href);
        Assert.Equal(["Ubon Ratchathani"], query["q"]);
        Assert.Equal(["space"], query["type"]);
        Assert.Equal(["TH-34"], query["province"]);

        var filtered = await client.GetPageAsync(href);
        Assert.True(filtered.QuerySelector("#facet-province-TH-34")!.HasAttribute("checked"));
        Assert.Null(filtered.QuerySelector("#search-places"));
        Assert.Equal([library], filtered.QuerySelectorAll(".search-hit a").Select(a => a.GetAttribute("href")));

        // Through htmx the chip swaps the results, and the facets come along with the province ticked.
        var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.Add("HX-Request", "true");
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html);
        Assert.Matches("id=\"facet-province-TH-34\"[^>]*checked", html);

        // Bangkok is not called a จังหวัด.
        var bangkok = await client.GetPageAsync("/search?" + Q("กรุงเทพ"));
        Assert.Equal("ค้นหาเฉพาะในกรุงเทพมหานคร", bangkok.QuerySelector("#search-places a")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_hint_says_Thai_may_be_typed_together_with_abbreviations_and_English_province_names()
    {
        var page = await factory.CreateClient().GetPageAsync("/search");
        var hint = page.QuerySelector("#search-hint")!.TextContent;
        Assert.Contains("พิมพ์คำไทยติดกันได้", hint);
        Assert.Contains("ทน.", hint);
        Assert.Contains("Ubon Ratchathani", hint);
    }

    [Fact]
    public async Task The_notes_and_chips_speak_English_when_chosen()
    {
        await factory.PublishSpaceAsync(School);
        await factory.PublishSpaceAsync(Observatory);
        await factory.PublishSpaceAsync(Puppets);
        var client = factory.CreateBrowserlessClient(followRedirects: true);
        await client.GetAsync("/culture/en?returnUrl=/");

        var slip = await client.GetPageAsync("/search?" + Q(SchoolSlip));
        Assert.Equal($"Did you mean {SchoolCorrected}?", slip.QuerySelector("#search-did-you-mean")!.TextContent.Trim());
        var relaxed = await client.GetPageAsync("/search?" + Q(ObservatoryAndPuppets));
        Assert.Equal("No item has all the words; showing items with most of them", relaxed.QuerySelector("#search-relaxed")!.TextContent.Trim());
        var ubon = await client.GetPageAsync("/search?" + Q("อุบล"));
        Assert.Equal("Only in Ubon Ratchathani", ubon.QuerySelector("#search-places a")!.TextContent.Trim());
        Assert.Contains("English province names", ubon.QuerySelector("#search-hint")!.TextContent);
    }
}
