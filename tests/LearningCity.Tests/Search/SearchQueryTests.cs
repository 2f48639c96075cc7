using LearningCity.Common.Localization;
using LearningCity.Modules.Search.Analysis;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Querying;
using static LearningCity.Tests.Search.SearchTestIndex;

namespace LearningCity.Tests.Search;

public sealed class SearchQueryTests
{
    private static Dictionary<string, IReadOnlyList<string>> Facets(string province, string price = "free", string topic = "reading") => new()
    {
        ["province"] = [province], ["price"] = [price], ["topic"] = [topic],
    };

    [Fact]
    public async Task A_title_match_outranks_a_match_only_in_the_body()
    {
        using var index = new SearchTestIndex(
            Doc("body-only", "ตลาดน้ำชุมชน", body: "มีการสาธิตการจักสานไม้ไผ่ทุกวันเสาร์ โดยปราชญ์ชาวบ้าน และการทำขนมไทย"),
            Doc("title", "จักสานไม้ไผ่", body: "ศูนย์เรียนรู้ของชุมชน"));

        Assert.Equal(["title", "body-only"], await index.IdsAsync("จักสาน"));
    }

    [Fact]
    public async Task Facets_are_counted_and_a_facet_filter_keeps_the_other_values_of_that_facet_countable()
    {
        using var index = new SearchTestIndex(
            Doc("a", "ห้องสมุดเมือง", facets: Facets("TH-50")),
            Doc("b", "ห้องสมุดเด็ก", facets: Facets("TH-50", "paid")),
            Doc("c", "ห้องสมุดวัด", facets: Facets("TH-40", topic: "craft")),
            Doc("d", "ตลาดนัด", facets: Facets("TH-40")));

        var all = await index.Service.SearchAsync(new SearchQuery { Text = "ห้องสมุด" });
        Assert.Equal(3, all.Total);
        Assert.Equal([("TH-50", 2), ("TH-40", 1)], all.Facets["province"].Select(f => (f.Value, f.Count)));
        Assert.Equal([("free", 2), ("paid", 1)], all.Facets["price"].Select(f => (f.Value, f.Count)));
        Assert.Equal([("resource", 3)], all.Facets["type"].Select(f => (f.Value, f.Count)));

        var chiangMai = await index.Service.SearchAsync(new SearchQuery { Text = "ห้องสมุด", Filters = new Dictionary<string, IReadOnlyList<string>> { ["province"] = ["TH-50"] } });
        Assert.Equal(["a", "b"], chiangMai.Hits.Select(h => h.Id).Order());
        Assert.Equal([("TH-50", 2, true), ("TH-40", 1, false)], chiangMai.Facets["province"].Select(f => (f.Value, f.Count, f.Selected)));
        Assert.Equal([("free", 1), ("paid", 1)], chiangMai.Facets["price"].Select(f => (f.Value, f.Count)).Order());

        var freeInEither = await index.Service.SearchAsync(new SearchQuery
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["province"] = ["TH-50", "TH-40"], ["price"] = ["free"] },
        });
        Assert.Equal(["a", "c", "d"], freeInEither.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task Facet_filters_open_now_and_open_calls_are_counted_together()
    {
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .SelectMany(d => OpeningSlots.Range(d, new TimeOnly(8, 30), new TimeOnly(16, 30))).ToList();
        var weekend = OpeningSlots.Range(DayOfWeek.Saturday, new TimeOnly(9, 0), new TimeOnly(17, 0)).ToList();
        var from = new DateOnly(2025, 5, 1);
        var until = new DateOnly(2025, 6, 30);
        using var index = new SearchTestIndex(
            Doc("a", "ห้องสมุดเมือง", type: "space", facets: Facets("TH-50"), slots: weekdays, openFrom: from, openUntil: until),
            Doc("b", "ห้องสมุดเด็ก", type: "space", facets: Facets("TH-50", "paid"), slots: weekdays, openFrom: from, openUntil: until),
            Doc("c", "ห้องสมุดวัด", type: "space", facets: Facets("TH-40"), slots: weekdays),
            Doc("d", "ห้องสมุดชุมชน", type: "space", facets: Facets("TH-50"), slots: weekend, openFrom: from, openUntil: until),
            Doc("e", "ห้องสมุดโรงเรียน", type: "space", facets: Facets("TH-40", "paid"), slots: weekdays));
        var tuesdayMorning = new DateTimeOffset(2025, 6, 3, 2, 0, 0, TimeSpan.Zero); // 09:00 in Bangkok
        var filters = new Dictionary<string, IReadOnlyList<string>> { ["province"] = ["TH-50"], ["price"] = ["free"] };

        var filtered = await index.Service.SearchAsync(new SearchQuery { Filters = filters, At = tuesdayMorning });
        Assert.Equal(["a", "d"], filtered.Hits.Select(h => h.Id).Order());
        Assert.Equal(1, filtered.OpenNowCount);
        Assert.Equal(2, filtered.OpenCallsCount);
        Assert.Equal([("TH-40", 1), ("TH-50", 2)], filtered.Facets["province"].Select(f => (f.Value, f.Count)).Order());
        Assert.Equal([("free", 2), ("paid", 1)], filtered.Facets["price"].Select(f => (f.Value, f.Count)).Order());
        Assert.Equal([("reading", 2)], filtered.Facets["topic"].Select(f => (f.Value, f.Count)));

        var openNow = await index.Service.SearchAsync(new SearchQuery { Filters = filters, OpenNow = true, At = tuesdayMorning });
        Assert.Equal(["a"], openNow.Hits.Select(h => h.Id));
        Assert.Equal((1, 1, 1), (openNow.Total, openNow.OpenNowCount, openNow.OpenCallsCount));
        Assert.Equal([("TH-40", 1), ("TH-50", 1)], openNow.Facets["province"].Select(f => (f.Value, f.Count)).Order());
        Assert.Equal([("free", 1), ("paid", 1)], openNow.Facets["price"].Select(f => (f.Value, f.Count)).Order());
    }

    [Fact]
    public async Task Pages_hold_their_share_of_the_hits_in_a_stable_order()
    {
        var docs = Enumerable.Range(1, 25).Select(i => Doc($"d{i:00}", $"ห้องสมุด {i}", date: new DateTime(2025, 1, i, 0, 0, 0, DateTimeKind.Utc))).ToArray();
        using var index = new SearchTestIndex(docs);
        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var r = await index.Service.SearchAsync(new SearchQuery { Text = "ห้องสมุด", Sort = SearchSort.Date, Page = page, PageSize = 10 });
            Assert.Equal(25, r.Total);
            Assert.Equal(3, r.TotalPages);
            Assert.Equal(page < 3 ? 10 : 5, r.Hits.Count);
            seen.AddRange(r.Hits.Select(h => h.Id));
        }
        Assert.Equal(docs.Select(d => d.Id).Reverse(), seen);
        Assert.Empty((await index.Service.SearchAsync(new SearchQuery { Text = "ห้องสมุด", Page = 9, PageSize = 10 })).Hits);
    }

    [Fact]
    public async Task Near_me_keeps_places_within_the_radius_and_sorts_them_by_distance()
    {
        using var index = new SearchTestIndex(
            Doc("nimman", "ห้องสมุดนิมมาน", type: "space", lat: 18.7965, lon: 98.9680),
            Doc("old-city", "ห้องสมุดเมืองเก่า", type: "space", lat: 18.7883, lon: 98.9853),
            Doc("doi-saket", "ห้องสมุดดอยสะเก็ด", type: "space", lat: 18.8720, lon: 99.1330),
            Doc("bangkok", "ห้องสมุดกรุงเทพ", type: "space", lat: 13.7563, lon: 100.5018),
            Doc("online", "ห้องสมุดออนไลน์"));
        var tapae = new SearchQuery { Text = "ห้องสมุด", Latitude = 18.7877, Longitude = 98.9931, Sort = SearchSort.Distance };

        var near = await index.Service.SearchAsync(tapae with { RadiusKm = 5 });
        Assert.Equal(["old-city", "nimman"], near.Hits.Select(h => h.Id));
        Assert.InRange(near.Hits[0].DistanceKm!.Value, 0.7, 0.9);

        var wider = await index.Service.SearchAsync(tapae with { RadiusKm = 25 });
        Assert.Equal(["old-city", "nimman", "doi-saket"], wider.Hits.Select(h => h.Id));

        var everywhere = await index.Service.SearchAsync(tapae);
        Assert.Equal(["old-city", "nimman", "doi-saket", "bangkok", "online"], everywhere.Hits.Select(h => h.Id));
        Assert.InRange(everywhere.Hits[3].DistanceKm!.Value, 570, 600);
        Assert.Null(everywhere.Hits[4].DistanceKm);
    }

    [Theory]
    [InlineData("ห้องสมุด")]
    [InlineData(null)]
    public async Task Near_me_finds_exactly_the_places_within_the_radius_anywhere_in_Thailand(string? text)
    {
        var random = new Random(11);
        var places = Enumerable.Range(0, 400).Select(i => (Id: "p" + i, Lat: 5.6 + random.NextDouble() * 14.9, Lon: 97.3 + random.NextDouble() * 8.4)).ToList();
        // A cluster a few metres to a few kilometres around one point: the coarse index terms must not cut off the edge.
        places.AddRange(Enumerable.Range(0, 60).Select(i => (Id: "c" + i, Lat: 14.0 + (random.NextDouble() - 0.5) * 0.1, Lon: 100.5 + (random.NextDouble() - 0.5) * 0.1)));
        using var index = new SearchTestIndex(places.Select(p => Doc(p.Id, "ห้องสมุดประชาชน", type: "space", lat: p.Lat, lon: p.Lon)).ToArray());

        foreach (var (lat, lon, radius) in new[] { (14.0, 100.5, 1.5), (14.0, 100.5, 2.0), (14.01, 100.49, 4.0), (13.75, 100.5, 60.0), (18.79, 98.99, 150.0), (7.0, 100.47, 300.0), (20.0, 100.0, 80.0) })
        {
            var expected = places.Where(p => Math.Abs(Geo.HaversineKm(lat, lon, p.Lat, p.Lon) - radius) > 0.001)
                .Where(p => Geo.HaversineKm(lat, lon, p.Lat, p.Lon) < radius).Select(p => p.Id).Order().ToList();
            var found = await index.Service.SearchAsync(new SearchQuery { Text = text, Latitude = lat, Longitude = lon, RadiusKm = radius, PageSize = 1000 });
            var ids = found.Hits.Where(h => Math.Abs(h.DistanceKm!.Value - radius) > 0.001).Select(h => h.Id).Order().ToList();
            Assert.Equal(expected, ids);
            Assert.NotEmpty(ids);
        }
    }

    [Fact]
    public async Task Open_now_uses_the_half_hour_slots_in_Thai_time()
    {
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .SelectMany(d => OpeningSlots.Range(d, new TimeOnly(8, 30), new TimeOnly(16, 30))).ToList();
        var weekend = OpeningSlots.Range(DayOfWeek.Saturday, new TimeOnly(9, 0), new TimeOnly(0, 0)).ToList();
        using var index = new SearchTestIndex(
            Doc("office-hours", "ห้องสมุดเทศบาล", type: "space", slots: weekdays),
            Doc("weekend", "ตลาดนัดความรู้", type: "space", slots: weekend),
            Doc("no-hours", "ห้องสมุดดิจิทัล"));

        // Tuesday 2025-06-03 09:00 in Bangkok is 02:00 UTC.
        var tuesdayMorning = new DateTimeOffset(2025, 6, 3, 2, 0, 0, TimeSpan.Zero);
        var r = await index.Service.SearchAsync(new SearchQuery { OpenNow = true, At = tuesdayMorning });
        Assert.Equal(["office-hours"], r.Hits.Select(h => h.Id));
        Assert.Equal(1, r.OpenNowCount);

        // 16:30 Bangkok time is closing time.
        Assert.Empty((await index.Service.SearchAsync(new SearchQuery { OpenNow = true, At = tuesdayMorning.AddHours(7.5) })).Hits);
        // Saturday 23:45 Bangkok time is still open until midnight.
        var saturdayNight = new DateTimeOffset(2025, 6, 7, 23, 45, 0, TimeSpan.FromHours(7));
        Assert.Equal(["weekend"], (await index.Service.SearchAsync(new SearchQuery { OpenNow = true, At = saturdayNight })).Hits.Select(h => h.Id));
        Assert.Equal(3, (await index.Service.SearchAsync(new SearchQuery { At = saturdayNight })).Total);
    }

    [Fact]
    public async Task Open_calls_are_those_whose_dates_include_today_in_Thailand()
    {
        using var index = new SearchTestIndex(
            Doc("open", "ทุนวิจัยชุมชน", type: "funding", openFrom: new DateOnly(2025, 5, 1), openUntil: new DateOnly(2025, 6, 30)),
            Doc("closed", "ทุนปีที่แล้ว", type: "funding", openFrom: new DateOnly(2024, 5, 1), openUntil: new DateOnly(2024, 6, 30)),
            Doc("no-end", "ทุนต่อเนื่อง", type: "funding", openFrom: new DateOnly(2025, 1, 1)),
            Doc("not-yet", "ทุนปีหน้า", type: "funding", openFrom: new DateOnly(2025, 7, 1)),
            Doc("not-a-call", "ห้องสมุด"));
        // 2025-06-30 23:30 in Bangkok is still 30 June there, though 1 July has not begun anywhere in UTC either way.
        var lastEvening = new DateTimeOffset(2025, 6, 30, 16, 30, 0, TimeSpan.Zero);
        var r = await index.Service.SearchAsync(new SearchQuery { OpenCalls = true, At = lastEvening });
        Assert.Equal(["no-end", "open"], r.Hits.Select(h => h.Id).Order());
        Assert.Equal(2, r.OpenCallsCount);
        var nextMorning = new DateTimeOffset(2025, 6, 30, 17, 30, 0, TimeSpan.Zero); // 00:30 on 1 July in Bangkok
        Assert.Equal(["no-end", "not-yet"], (await index.Service.SearchAsync(new SearchQuery { OpenCalls = true, At = nextMorning })).Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task Matches_are_marked_in_encoded_snippets()
    {
        using var index = new SearchTestIndex(
            Doc("x", "<b>ห้องสมุด</b> & Libraries", summary: "ศูนย์ <script>alert(1)</script> การแปรรูปปลาน้ำจืด และปลายทาง"));
        var hit = (await index.Service.SearchAsync(new SearchQuery { Text = "ปลา library" })).Hits.Single();
        // ห้องสมุด is a synonym of library, so it is marked too; ปลายทาง is not ปลา.
        Assert.Equal("&lt;b&gt;<mark>ห้องสมุด</mark>&lt;/b&gt; &amp; <mark>Libraries</mark>", hit.TitleHtml);
        Assert.Equal("ศูนย์ &lt;script&gt;alert(1)&lt;/script&gt; การแปรรูป<mark>ปลา</mark>น้ำจืด และปลายทาง", hit.SummaryHtml);
    }

    [Fact]
    public async Task A_Thai_word_of_several_tokens_is_marked_once_and_spaced_words_apart()
    {
        using var index = new SearchTestIndex(
            Doc("x", "ห้องสมุดประชาชนขอนแก่น", titleEn: "Khon Kaen Library", summary: "มุมอ่านหนังสือในห้องสมุด สมุดภาพ ห้อง 3"));
        var hit = (await index.Service.SearchAsync(new SearchQuery { Text = "ห้องสมุด" })).Hits.Single();
        Assert.Equal(["ห้อง", "สมุด"], SearchAnalyzer.Exact.Terms("ห้องสมุด")); // the case this is about
        Assert.Equal("<mark>ห้องสมุด</mark>ประชาชนขอนแก่น", hit.TitleHtml);
        Assert.Equal("มุมอ่านหนังสือใน<mark>ห้องสมุด</mark> <mark>สมุด</mark>ภาพ <mark>ห้อง</mark> 3", hit.SummaryHtml);
    }

    [Fact]
    public async Task A_hit_shows_its_summary_or_else_the_start_of_its_body_with_its_date_and_address()
    {
        var longBody = "พิพิธภัณฑ์ท้องถิ่น " + string.Concat(Enumerable.Repeat("เรื่องเล่าของชุมชน ", 200)) + "ปลาทูแม่กลอง";
        using var index = new SearchTestIndex(
            Doc("s", "ศูนย์การเรียนรู้", summary: "สรุปสั้น ๆ", body: "เนื้อหายาว พิพิธภัณฑ์", date: new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc)),
            Doc("b", "พิพิธภัณฑ์เมือง", body: longBody),
            Doc("en", "คู่มือ", titleEn: "Guide", body: "พิพิธภัณฑ์") with { Summary = new BilingualText("", "A short guide") });

        var hits = (await index.Service.SearchAsync(new SearchQuery { Text = "พิพิธภัณฑ์", PageSize = 10 })).Hits.ToDictionary(h => h.Id);
        Assert.Equal("สรุปสั้น ๆ", hits["s"].SummaryHtml);
        Assert.Equal(new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc), hits["s"].Date);
        Assert.Equal("/resource/s", hits["s"].Url);
        Assert.Equal("resource", hits["s"].Type);
        Assert.StartsWith("<mark>พิพิธภัณฑ์</mark>ท้องถิ่น เรื่องเล่าของชุมชน", hits["b"].SummaryHtml);
        Assert.True(hits["b"].SummaryHtml.Length < 600);
        Assert.Null(hits["b"].Date);
        Assert.Equal("A short guide", hits["en"].SummaryHtml); // no Thai summary: the English one, not the body
        // Words beyond the kept start of a long body still find the item; its snippet is the start.
        var far = (await index.Service.SearchAsync(new SearchQuery { Text = "ปลาทู" })).Hits.Single();
        Assert.Equal("b", far.Id);
        Assert.StartsWith("พิพิธภัณฑ์ท้องถิ่น", far.SummaryHtml);
    }

    [Fact]
    public async Task Suggestions_complete_the_last_word_typed()
    {
        using var index = new SearchTestIndex(
            Doc("cm", "เทศบาลนครเชียงใหม่", titleEn: "Chiang Mai City Municipality"),
            Doc("cr", "เทศบาลนครเชียงราย", titleEn: "Chiang Rai City Municipality"),
            Doc("kk", "เทศบาลนครขอนแก่น", titleEn: "Khon Kaen City Municipality"));
        Assert.Equal(["เทศบาลนครเชียงราย", "เทศบาลนครเชียงใหม่"], (await index.Service.SuggestAsync("เชียง")).Select(s => s.Text).Order());
        Assert.Equal(["เทศบาลนครเชียงใหม่"], (await index.Service.SuggestAsync("chiang  MA")).Select(s => s.Text));
        Assert.Equal(["เทศบาลนครขอนแก่น"], (await index.Service.SuggestAsync("ขอนแ")).Select(s => s.Text));
        Assert.Equal(3, (await index.Service.SuggestAsync("เทศบาลนคร")).Count);
        Assert.Empty(await index.Service.SuggestAsync("ฟหกด"));
        Assert.Equal("/resource/kk", (await index.Service.SuggestAsync("Khon")).Single().Url);
        Assert.Empty(await index.Service.SuggestAsync("\"((*"));
    }

    [Theory]
    [InlineData("\"ห้องสมุด")]
    [InlineData("AND OR NOT ( ) * ? ~ ^ : \\ [ ] { } ! + - && ||")]
    [InlineData("😀🎉")]
    [InlineData("ห้องสมุด\"library\" ~2 title:x")]
    [InlineData("")]
    public async Task Anything_typed_gives_an_answer(string text)
    {
        using var index = new SearchTestIndex(Doc("lib", "ห้องสมุด library"));
        var r = await index.Service.SearchAsync(new SearchQuery { Text = text + new string('ก', text.Length == 0 ? 0 : 2000) });
        Assert.True(r.Total >= 0);
        Assert.NotNull(await index.Service.SuggestAsync(text));
    }

    [Fact]
    public async Task A_thai_word_of_several_tokens_matches_only_where_its_tokens_stand_together_in_order()
    {
        using var index = new SearchTestIndex(
            Doc("together", "ห้องสมุดประชาชน", body: "ศูนย์การเรียนรู้ชุมชน"),
            Doc("apart", "ห้องประชุมและสมุดบันทึก", body: "การเรียนรู้ของศูนย์"),
            Doc("reversed", "สมุดห้องเรียน"));

        Assert.Equal(["together"], await index.IdsAsync("ห้องสมุด"));
        Assert.Equal(["together"], await index.IdsAsync("ศูนย์การเรียนรู้"));
        Assert.Equal(["apart", "together"], (await index.IdsAsync("การเรียนรู้")).Order());
    }

    [Fact]
    public void A_thai_word_of_two_tokens_is_looked_up_as_one_indexed_pair_and_a_longer_one_as_a_phrase_of_pairs()
    {
        var two = Plain("ห้องสมุด");
        Assert.Contains("ห้อง|สมุด", two);
        Assert.DoesNotContain("\"", two);
        var three = Plain("ศูนย์การเรียนรู้");
        Assert.True(three.Contains("body:\"ศูนย์|การ การ|เรียน เรียน|รู้\"", StringComparison.Ordinal), three);
    }

    /// <summary>The strict query of a text whose Thai tokens are all read as one word.</summary>
    private static string Plain(string text)
    {
        var vocabulary = LearningCity.Modules.Search.Querying.QueryVocabulary.For(LearningCity.Modules.Search.Lists.SearchSynonyms.BuiltIn, []);
        return LearningCity.Modules.Search.Querying.TextQuery.Strict(
            LearningCity.Modules.Search.Querying.QueryPlan.Read(text, vocabulary, (_, _) => true))!.ToString();
    }
}
