using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Querying;
using static LearningCity.Tests.Search.SearchTestIndex;

namespace LearningCity.Tests.Search;

/// <summary>
/// A large index is searched in several ranges of docs at once (<see cref="SampledSearch"/>): an exact search must count,
/// rank and score exactly as one pass over the whole index does, wherever the ranges cut the segments. One index of
/// 6,000 items in three segments, with replaced and deleted items, Thai and English text, facets, places, dates,
/// opening hours and open calls; a sampled search must still estimate its counts.
/// </summary>
public sealed class ParallelSearchTests : IClassFixture<ParallelSearchTests.Mixed>
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(7)); // a Wednesday morning
    private readonly Mixed _index;

    public ParallelSearchTests(Mixed index) => _index = index;

    public sealed class Mixed : IDisposable
    {
        private static readonly string[] Words =
            ["ห้องสมุด", "พิพิธภัณฑ์", "สวนสาธารณะ", "ปลา", "การแปรรูป", "ผู้สูงอายุ", "เด็ก", "เรียนรู้", "ชุมชน", "ดนตรี", "library", "museum", "garden", "reading"];

        private readonly SearchTestIndex _index;

        public Mixed()
        {
            var random = new Random(11);
            var now = OpeningSlots.At(At);
            var today = OpeningSlots.ThaiDate(At);
            string Text(int min, int max) => string.Join(" ", Enumerable.Range(0, random.Next(min, max)).Select(_ => Words[(int)(Words.Length * Math.Pow(random.NextDouble(), 2))]));
            SearchDocument Item(int i) => Doc(
                $"i{i}", Text(1, 4), summary: Text(3, 9), body: Text(5, 30), type: i % 3 == 0 ? "space" : i % 3 == 1 ? "resource" : "funding",
                facets: new Dictionary<string, IReadOnlyList<string>>
                {
                    ["province"] = [new[] { "TH-10", "TH-40", "TH-50", "TH-90" }[random.Next(4)]],
                    ["topic"] = Enumerable.Range(0, random.Next(0, 4)).Select(t => $"t{random.Next(6)}").Distinct().ToList(),
                    ["price"] = [random.Next(3) == 0 ? "paid" : "free"],
                },
                lat: i % 3 == 0 ? 13.0 + random.NextDouble() * 6 : null, lon: i % 3 == 0 ? 99.0 + random.NextDouble() * 4 : null,
                date: i % 10 == 0 ? null : new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(100)),
                slots: i % 3 == 0 && random.Next(2) == 0 ? [now, now + 1] : null,
                openFrom: i % 3 == 2 ? today.AddDays(random.Next(-20, 5)) : null,
                openUntil: i % 3 == 2 ? today.AddDays(random.Next(-5, 20)) : null);

            _index = new SearchTestIndex(index =>
            {
                for (var segment = 0; segment < 3; segment++)
                {
                    for (var i = segment * 2000; i < (segment + 1) * 2000; i++) index.Upsert(Item(i));
                    for (var k = 0; k < 60 && segment > 0; k++) index.Upsert(Item(random.Next(segment * 2000)));
                    for (var k = 0; k < 20; k++)
                    {
                        var gone = random.Next(segment * 2000 + 2000);
                        index.Delete(gone % 3 == 0 ? "space" : gone % 3 == 1 ? "resource" : "funding", $"i{gone}");
                    }
                    index.Commit(segment + 1, DateTimeOffset.UnixEpoch);
                }
            });
            OnePass = _index.Searching(parts: 1);
            Ranges = [_index.Searching(parts: 2), _index.Searching(parts: 3), _index.Searching(parts: 5)];
            Sampled = _index.Searching(sampleBudget: 500, parts: 3);
        }

        internal ISearchService OnePass { get; }
        internal ISearchService[] Ranges { get; }
        internal ISearchService Sampled { get; }

        public void Dispose() => _index.Dispose();
    }

    public static TheoryData<string, string, SearchSort, bool, int> Searches => new()
    {
        { "ห้องสมุด", "", SearchSort.Relevance, false, 1 },
        { "ห้องสมุด ดนตรี", "", SearchSort.Relevance, false, 3 },
        { "ปลา", "province=TH-50", SearchSort.Relevance, false, 1 },
        { "เรียนรู้ชุมชน", "topic=t1,t2;price=free", SearchSort.Relevance, true, 1 },
        { "museum", "type=funding", SearchSort.Date, false, 2 },
        { "library reading", "", SearchSort.Relevance, false, 1 },
        { "ผู้สูงอายุ", "type=space", SearchSort.Distance, false, 1 },
        { "", "province=TH-10", SearchSort.Distance, false, 1 },
        { "เด็ก", "price=paid", SearchSort.Relevance, true, 2 },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Searching_ranges_at_once_counts_ranks_and_scores_as_one_pass(string text, string filters, SearchSort sort, bool openNow, int page)
    {
        var query = new SearchQuery
        {
            Text = text, Filters = ParseFilters(filters), Sort = sort, OpenNow = openNow, OpenCalls = sort == SearchSort.Date, At = At,
            Page = page, PageSize = 40, Latitude = sort == SearchSort.Distance ? 15.0 : null, Longitude = sort == SearchSort.Distance ? 100.5 : null,
            RadiusKm = sort == SearchSort.Distance ? 150 : null,
        };
        var one = await _index.OnePass.SearchAsync(query);
        Assert.False(one.Estimated);
        Assert.True(one.Total >= 10 && one.Hits.Count > 0, $"{text}: {one.Total} hits");
        foreach (var ranges in _index.Ranges)
        {
            var r = await ranges.SearchAsync(query);
            Assert.False(r.Estimated);
            Assert.Equal(one.Total, r.Total);
            Assert.Equal(one.OpenNowCount, r.OpenNowCount);
            Assert.Equal(one.OpenCallsCount, r.OpenCallsCount);
            Assert.Equal(one.Hits.Select(h => (h.Id, h.Date, h.Score, h.DistanceKm)), r.Hits.Select(h => (h.Id, h.Date, h.Score, h.DistanceKm)));
            Assert.Equal(one.Facets.Keys.Order(), r.Facets.Keys.Order());
            foreach (var (key, values) in one.Facets)
                Assert.Equal(values.Select(v => (v.Value, v.Count, v.Selected)), r.Facets[key].Select(v => (v.Value, v.Count, v.Selected)));
        }
    }

    [Fact]
    public async Task A_sampled_search_in_ranges_estimates_its_counts_and_keeps_the_best_it_saw_first()
    {
        var exact = await _index.OnePass.SearchAsync(new SearchQuery { Text = "ห้องสมุด", Exact = true });
        var sampled = await _index.Sampled.SearchAsync(new SearchQuery { Text = "ห้องสมุด" });

        Assert.True(sampled.Estimated);
        Assert.InRange(sampled.Total, exact.Total * 0.85, exact.Total * 1.15);
        var provinces = exact.Facets["province"].ToDictionary(f => f.Value, f => f.Count);
        Assert.All(sampled.Facets["province"], f => Assert.InRange(f.Count, provinces[f.Value] * 0.75, provinces[f.Value] * 1.25));
        Assert.Equal(20, sampled.Hits.Count);
        Assert.Equal(sampled.Hits.OrderByDescending(h => h.Score).Select(h => h.Score), sampled.Hits.Select(h => h.Score));
    }
}
