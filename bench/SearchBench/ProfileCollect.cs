using System.Diagnostics;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Querying;
using Lucene.Net.Search;

namespace SearchBench;

/// <summary>Diagnostics: where a query's time goes on an index built by the index mode (matching, facets, sorting).</summary>
internal static class ProfileCollect
{
    public static int Run(string indexPath)
    {
        using var index = new SearchIndex(indexPath);
        var queries = BenchQueries.Create(new Vocabulary());
        var t = new Dictionary<string, double>();
        void Time(string name, Action a) { var s = Stopwatch.GetTimestamp(); a(); t[name] = t.GetValueOrDefault(name) + Stopwatch.GetElapsedTime(s).TotalMilliseconds; }
        for (var pass = 0; pass < 2; pass++)
        {
            t.Clear();
            long hits = 0;
            foreach (var q in queries)
            {
                index.Read(searcher =>
                {
                    var query = TextQuery.Strict(BenchReading.Plan(q.Query.Text, searcher.IndexReader)) ?? new MatchAllDocsQuery();
                    Time("count only", () => { var c = new TotalHitCountCollector(); searcher.Search(query, c); hits += c.TotalHits; });
                    var noFacets = Collector([]);
                    Time("collect top 20, no facets", () => { searcher.Search(query, noFacets); noFacets.TopHits(); });
                    var facets = Collector(SearchFields.FacetKeys);
                    Time("collect top 20 + 7 facets + open counts", () => { searcher.Search(query, facets); facets.TopHits(); facets.FacetCounts(); });
                    Time("top 20 (TopScoreDocCollector)", () => searcher.Search(query, 20));
                    return 0;
                });
            }
            Console.WriteLine($"pass {pass}: avg hits/query {hits / queries.Count:N0}");
            foreach (var (k, v) in t) Console.WriteLine($"  {k}: {v / queries.Count:F2} ms/query");
        }
        return 0;
    }

    private static HitCollector Collector(IReadOnlyCollection<string> facetKeys) => new(
        new Dictionary<string, List<string>>(), facetKeys, null,
        new QueryWrapperFilter(new TermQuery(new Lucene.Net.Index.Term(SearchFields.Slot, "0"))), false,
        new QueryWrapperFilter(NumericRangeQuery.NewInt32Range(SearchFields.CallFrom, null, 0, true, true)), false,
        20, (a, b) => b.Score.CompareTo(a.Score));
}
