using LearningCity.Modules.Search.Public;
using static LearningCity.Tests.Search.SearchTestIndex;

namespace LearningCity.Tests.Search;

/// <summary>
/// A very broad relevance search collects a budget of matches spread over the whole index and estimates its counts;
/// a narrow one, a date sort and an export stay exact. One index of 24,000 items with a budget of 2,000.
/// </summary>
public sealed class SampledSearchTests : IClassFixture<SampledSearchTests.BroadIndex>
{
    private const int Items = 24_000;
    private readonly BroadIndex _index;

    public SampledSearchTests(BroadIndex index) => _index = index;

    public sealed class BroadIndex : IDisposable
    {
        // Every item says "library"; one in four is in Chiang Mai, the rest in Khon Kaen; one in 25 says "museum" (one in four of those in Chiang Mai);
        // the newest item (the highest number) is the only one that says "library" in its title twice.
        internal SearchTestIndex Index { get; } = new(2_000, Enumerable.Range(0, Items).Select(i => Doc(
            $"r{i}", i == Items - 1 ? "library library" : $"item {i}", body: i % 25 == 0 ? "library museum" : "library",
            facets: new Dictionary<string, IReadOnlyList<string>> { ["province"] = [i % 4 == 0 ? "TH-50" : "TH-40"] },
            date: new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i))));

        public void Dispose() => Index.Dispose();
    }

    [Fact]
    public async Task A_very_broad_search_estimates_its_total_and_facets_within_a_few_percent()
    {
        var r = await _index.Index.Service.SearchAsync(new SearchQuery { Text = "library" });
        Assert.True(r.Estimated);
        Assert.InRange(r.Total, Items * 0.95, Items * 1.05);
        var provinces = r.Facets["province"].ToDictionary(f => f.Value, f => f.Count);
        Assert.InRange(provinces["TH-50"], Items / 4 * 0.9, Items / 4 * 1.1);
        Assert.InRange(provinces["TH-40"], Items * 3 / 4 * 0.9, Items * 3 / 4 * 1.1);
        Assert.Equal(20, r.Hits.Count);
        Assert.Equal(r.Hits.OrderByDescending(h => h.Score).Select(h => h.Id), r.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task A_search_with_fewer_matches_than_the_budget_is_exact()
    {
        var r = await _index.Index.Service.SearchAsync(new SearchQuery { Text = "museum" });
        Assert.False(r.Estimated);
        Assert.Equal(Items / 25, r.Total);
        Assert.Equal(Items / 100, r.Facets["province"].Single(f => f.Value == "TH-50").Count);
    }

    [Fact]
    public async Task An_export_and_a_date_sort_count_and_rank_every_match()
    {
        var exact = await _index.Index.Service.SearchAsync(new SearchQuery { Text = "library", Exact = true });
        Assert.False(exact.Estimated);
        Assert.Equal(Items, exact.Total);
        Assert.Equal($"r{Items - 1}", exact.Hits[0].Id);

        var byDate = await _index.Index.Service.SearchAsync(new SearchQuery { Text = "library", Sort = SearchSort.Date });
        Assert.False(byDate.Estimated);
        Assert.Equal(Items, byDate.Total);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"r{Items - 1 - i}"), byDate.Hits.Select(h => h.Id));
    }
}
