using System.Diagnostics;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Querying;
using Lucene.Net.Search;

namespace SearchBench;

/// <summary>
/// Diagnostics: where a text search's time goes, stage by stage, per query kind: reading the query (plan), the strict
/// pass, the looser passes when they run, and reading a page of hits; on an index built by the index mode.
/// KINDS=thai-2,thai-3 narrows the kinds.
/// </summary>
internal static class ProfilePasses
{
    public static int Run(string indexPath)
    {
        using var index = new SearchIndex(indexPath);
        var only = Environment.GetEnvironmentVariable("KINDS")?.Split(',') ?? [];
        var queries = BenchQueries.All(new Vocabulary()).Where(q => q.Query.Text is not null && (only.Length == 0 || only.Contains(q.Kind))).ToList();
        var open = new QueryWrapperFilter(new TermQuery(new Lucene.Net.Index.Term(SearchFields.Slot, "0")));
        HitCollector Collector() => new(new Dictionary<string, List<string>>(), SearchFields.FacetKeys, null, open, false, open, false, 20,
            (a, b) => b.Score.CompareTo(a.Score));
        for (var pass = 0; pass < 3; pass++)
        {
            var t = new Dictionary<string, double[]>();
            var n = new Dictionary<string, int>();
            foreach (var q in queries)
            {
                index.Read(searcher =>
                {
                    var s = new double[6];
                    var at = Stopwatch.GetTimestamp();
                    double Lap() { var now = Stopwatch.GetTimestamp(); var ms = Stopwatch.GetElapsedTime(at, now).TotalMilliseconds; at = now; return ms; }
                    var plan = BenchReading.Plan(q.Query.Text, searcher.IndexReader);
                    s[0] = Lap();
                    var strict = Environment.GetEnvironmentVariable("ALT") == "1" ? Alternative(plan) : TextQuery.Strict(plan)!;
                    var (c, _) = SampledSearch.Run(searcher, strict, Collector, SearchService.SampleBudget, 2);
                    s[1] = Lap();
                    var total = c.Count;
                    if (total < QueryExpansion.ExpandBelow && QueryExpansion.Expand(plan, searcher.IndexReader))
                    {
                        s[2] = Lap();
                        (c, _) = SampledSearch.Run(searcher, TextQuery.Expanded(plan)!, Collector, SearchService.SampleBudget, 2);
                        total = c.Count;
                        s[3] = Lap();
                    }
                    if (total == 0 && TextQuery.Relaxed(plan, true) is { } most)
                    {
                        SampledSearch.Run(searcher, most, Collector, SearchService.SampleBudget, 2);
                        s[4] = Lap();
                    }
                    foreach (var h in c.TopHits()) SearchDisplay.Read(searcher.IndexReader, h.Doc);
                    s[5] = Lap();
                    var sum = t.TryGetValue(q.Kind, out var old) ? old : t[q.Kind] = new double[6];
                    for (var i = 0; i < 6; i++) sum[i] += s[i];
                    n[q.Kind] = n.GetValueOrDefault(q.Kind) + 1;
                    return 0;
                });
            }
            Console.WriteLine($"pass {pass} (ms per query: plan, strict, expand lookups, expanded, relaxed, page)");
            foreach (var (k, v) in t)
                Console.WriteLine($"  {k,-16} {string.Join("  ", v.Select(x => $"{x / n[k],6:F2}"))}");
        }
        return 0;
    }

    /// <summary>Cost estimate of matching each unit in one field (as a combined field would), scoring by the five optionally.</summary>
    private static Query Alternative(QueryPlan plan)
    {
        var required = new BooleanQuery(disableCoord: true);
        foreach (var unit in plan.Units)
        {
            var own = unit.Own;
            var term = own.Count == 1 ? own[0] : own.Count == 2 && own.All(t => LearningCity.Modules.Search.Analysis.ThaiPairFilter.IsThai(t))
                ? LearningCity.Modules.Search.Analysis.ThaiPairFilter.Pair(own[0], own[1]) : own[0];
            required.Add(new TermQuery(new Lucene.Net.Index.Term(SearchFields.Body, term)), Occur.MUST);
        }
        return new BooleanQuery(disableCoord: true) { { new ConstantScoreQuery(required) { Boost = 0 }, Occur.MUST }, { TextQuery.Strict(plan)!, Occur.SHOULD } };
    }
}
