using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Querying;
using static LearningCity.Tests.Search.SearchTestIndex;

namespace LearningCity.Tests.Search;

/// <summary>
/// Browsing by facets alone is answered from bit sets (<see cref="FilterOnlySearch"/>): it must count and rank exactly
/// as the pass over every doc does, and as the items say. One index of 3,000 items in three segments, with replaced
/// and deleted items, multi-valued topics, equal and missing dates, opening hours and open calls.
/// </summary>
public sealed class FilterOnlySearchTests : IClassFixture<FilterOnlySearchTests.Browsing>
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(7)); // a Wednesday morning
    private readonly Browsing _index;

    public FilterOnlySearchTests(Browsing index) => _index = index;

    public sealed class Browsing : IDisposable
    {
        private readonly SearchTestIndex _index;

        public Browsing()
        {
            var random = new Random(7);
            var now = OpeningSlots.At(At);
            var today = OpeningSlots.ThaiDate(At);
            SearchDocument Item(int i, string province) => Doc(
                $"i{i}", $"item {i}", type: i % 3 == 0 ? "space" : i % 3 == 1 ? "resource" : "funding",
                facets: new Dictionary<string, IReadOnlyList<string>>
                {
                    ["province"] = [province],
                    ["topic"] = Enumerable.Range(0, random.Next(0, 4)).Select(t => $"t{random.Next(6)}").Distinct().ToList(),
                    ["price"] = [random.Next(3) == 0 ? "paid" : "free"],
                },
                date: i % 10 == 0 ? null : new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(200)),
                slots: i % 3 == 0 && random.Next(2) == 0 ? [now, now + 1] : null,
                openFrom: i % 3 == 2 ? today.AddDays(random.Next(-20, 5)) : null,
                openUntil: i % 3 == 2 ? today.AddDays(random.Next(-5, 20)) : null);
            string Province() => new[] { "TH-10", "TH-40", "TH-50", "TH-90" }[random.Next(4)];

            _index = new SearchTestIndex(index =>
            {
                for (var segment = 0; segment < 3; segment++)
                {
                    for (var i = segment * 1000; i < (segment + 1) * 1000; i++)
                    {
                        var item = Item(i, Province());
                        Items[item.Id] = item;
                        index.Upsert(item);
                    }
                    // Some earlier items change (a deletion in an older segment) and some go.
                    for (var k = 0; k < 40 && segment > 0; k++)
                    {
                        var i = random.Next(segment * 1000);
                        var item = Item(i, Province());
                        Items[item.Id] = item;
                        index.Upsert(item);
                    }
                    var gone = $"i{random.Next(segment * 1000 + 1000)}";
                    if (Items.Remove(gone, out var removed)) index.Delete(removed.Type, removed.Id);
                    index.Commit(segment + 1, DateTimeOffset.UnixEpoch);
                }
            });
            BitSets = Service(filterOnly: true);
            Pass = Service(filterOnly: false);
        }

        internal Dictionary<string, SearchDocument> Items { get; } = new(StringComparer.Ordinal);
        internal ISearchService BitSets { get; }
        internal ISearchService Pass { get; }

        private SearchService Service(bool filterOnly) => Over(_index.Index, filterOnly: filterOnly);

        public void Dispose() => _index.Dispose();
    }

    public static TheoryData<string, bool, bool, int> Browses => new()
    {
        { "", false, false, 1 },
        { "province=TH-50", false, false, 1 },
        { "province=TH-50", false, false, 7 },
        { "province=TH-10,TH-90;price=free", false, false, 1 },
        { "type=space;topic=t1", true, false, 1 },
        { "type=funding", false, true, 2 },
        { "topic=t2,t3;price=paid;province=TH-40", false, false, 1 },
        { "", true, false, 1 },
        { "topic=nothing", false, false, 1 },
        { "province=TH-50;price=free", true, true, 1 },
    };

    [Theory]
    [MemberData(nameof(Browses))]
    public async Task Browsing_by_facets_counts_and_ranks_exactly_as_the_pass_over_every_doc(string filters, bool openNow, bool openCalls, int page)
    {
        var query = new SearchQuery { Filters = ParseFilters(filters), OpenNow = openNow, OpenCalls = openCalls, At = At, Page = page, PageSize = 50 };
        var fast = await _index.BitSets.SearchAsync(query);
        var pass = await _index.Pass.SearchAsync(query);

        Assert.False(fast.Estimated);
        Assert.Equal(pass.Total, fast.Total);
        Assert.Equal(pass.OpenNowCount, fast.OpenNowCount);
        Assert.Equal(pass.OpenCallsCount, fast.OpenCallsCount);
        Assert.Equal(pass.Hits.Select(h => (h.Id, h.Date, h.Score)), fast.Hits.Select(h => (h.Id, h.Date, h.Score)));
        Assert.Equal(pass.Facets.Keys.Order(), fast.Facets.Keys.Order());
        foreach (var (key, values) in pass.Facets)
            Assert.Equal(values.Select(v => (v.Value, v.Count, v.Selected)), fast.Facets[key].Select(v => (v.Value, v.Count, v.Selected)));
    }

    [Fact]
    public async Task The_counts_are_those_of_the_items_and_the_newest_come_first()
    {
        var r = await _index.BitSets.SearchAsync(new SearchQuery { Filters = ParseFilters("province=TH-50;price=free"), At = At, PageSize = 30 });

        bool Has(SearchDocument d, string key, string value) => d.Facets.TryGetValue(key, out var v) && v.Contains(value);
        var inChiangMai = _index.Items.Values.Where(d => Has(d, "province", "TH-50")).ToList();
        var hits = inChiangMai.Where(d => Has(d, "price", "free")).ToList();
        Assert.Equal(hits.Count, r.Total);
        // A filtered facet counts its other values as if it were not filtered.
        Assert.Equal(inChiangMai.Count(d => Has(d, "price", "paid")), r.Facets["price"].Single(f => f.Value == "paid").Count);
        Assert.Equal(hits.Count(d => Has(d, "topic", "t3")), r.Facets["topic"].Single(f => f.Value == "t3").Count);
        Assert.Equal(hits.Count(d => d.Type == "space"), r.Facets["type"].Single(f => f.Value == "space").Count);
        var newest = hits.Where(d => d.Date is not null).OrderByDescending(d => d.Date).Take(30).Select(d => d.Date).ToList();
        Assert.Equal(newest, r.Hits.Select(h => h.Date).ToList());
        Assert.All(r.Hits, h => Assert.True(Has(_index.Items[h.Id], "province", "TH-50")));
    }

    [Fact]
    public async Task A_facet_first_asked_for_after_its_segment_changed_is_read_from_the_current_reader()
    {
        var path = Path.Combine(Path.GetTempPath(), "tlc-tests", "index-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var index = new SearchIndex(path);
            Dictionary<string, IReadOnlyList<string>> Shelf(string series, string shelf) => new() { ["series"] = [series], ["shelf"] = [shelf], ["box"] = [shelf] };
            index.Upsert(Doc("a", "คู่มือ", facets: Shelf("s1", "k1")));
            index.Upsert(Doc("b", "คู่มือ", facets: Shelf("s2", "k2")));
            index.Upsert(Doc("c", "คู่มือ", facets: Shelf("s1", "k2")));
            index.Commit(1, DateTimeOffset.UnixEpoch);
            var service = Over(index);
            Assert.Equal(2, (await service.SearchAsync(new SearchQuery { Filters = ParseFilters("series=s1") })).Total);

            // A deletion gives the segment a new reader; facets not kept yet are read with it, and the deleted item is not counted.
            index.Delete("resource", "b");
            index.Commit(2, DateTimeOffset.UnixEpoch);
            Assert.Equal(["c"], (await service.SearchAsync(new SearchQuery { Filters = ParseFilters("shelf=k2") })).Hits.Select(h => h.Id));
            Assert.Equal(["c"], (await service.SearchAsync(new SearchQuery { Text = "คู่มือ", Filters = ParseFilters("box=k2") })).Hits.Select(h => h.Id));
        }
        finally
        {
            try { Directory.Delete(path, recursive: true); } catch (IOException) { }
        }
    }
}
