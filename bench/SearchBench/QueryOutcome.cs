using LearningCity.Modules.Search.Public;

namespace SearchBench;

/// <summary>
/// What each query found in phase 2: its total (phase 3 checks every HTTP totalCount against it), whether it fell back to
/// most of its words, whether it got a "did you mean"; and per kind, so the report shows the typing queries find something.
/// </summary>
internal static class QueryOutcome
{
    public static void Set(Results results, int query, SearchResults found)
    {
        results.Set($"total.{query}", found.Total);
        results.Set($"relaxed.{query}", found.Relaxed ? 1 : 0);
        results.Set($"corrected.{query}", found.DidYouMean is null ? 0 : 1);
    }

    public static void SetByKind(Results results, IReadOnlyList<BenchQuery> queries)
    {
        foreach (var kind in Enumerable.Range(0, queries.Count).GroupBy(i => queries[i].Kind))
        {
            var totals = kind.Select(i => results.Get($"total.{i}") ?? 0).ToList();
            results.Set($"queries.{kind.Key}", totals.Count);
            results.Set($"hits.{kind.Key}.p50", Stats.Percentile(totals, 50));
            results.Set($"hits.{kind.Key}.none", totals.Count(t => t == 0));
            results.Set($"hits.{kind.Key}.relaxed", kind.Sum(i => results.Get($"relaxed.{i}") ?? 0));
            results.Set($"hits.{kind.Key}.corrected", kind.Sum(i => results.Get($"corrected.{i}") ?? 0));
        }
    }
}
