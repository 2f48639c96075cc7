using System.Diagnostics;
using LearningCity.Common.Localization;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Querying;

namespace SearchBench;

/// <summary>Diagnostics: the search service's time per query kind (and budget) on an index built by the index mode, without a database (no facet labels).</summary>
internal static class ProfileService
{
    /// <param name="budget">The sample budget of broad searches (<see cref="SearchService.SampleBudget"/> in the app).</param>
    public static async Task<int> RunAsync(string indexPath, int budget)
    {
        var opening = Stopwatch.GetTimestamp();
        using var index = new SearchIndex(indexPath); // warms every segment (SegmentBits.Warm)
        Console.WriteLine($"opened and warmed in {Stopwatch.GetElapsedTime(opening).TotalSeconds:F1} s; {Resident()}");
        // PARTS=1 searches in one pass, PARTS=2 in two ranges at once; unset, as the app does (one range per core).
        var parts = int.TryParse(Environment.GetEnvironmentVariable("PARTS"), out var p) ? p : 0;
        var service = new SearchService(index, new FacetLabels([], new JsonStringLocalizer()), db: null!, TimeProvider.System, BenchReading.BuiltIn, budget,
            parallelFrom: parts == 1 ? int.MaxValue : SearchService.ParallelFrom, parts: parts);
        if (Environment.GetEnvironmentVariable("PARTS") == "ab") return await CompareAsync(index, budget);
        var only = Environment.GetEnvironmentVariable("KINDS")?.Split(',') ?? []; // e.g. KINDS=thai-2,thai-3 or KINDS=slip,word-part
        var queries = BenchQueries.All(new Vocabulary()).Where(q => only.Length == 0 || only.Contains(q.Kind)).ToList();
        for (var pass = 0; pass < 3; pass++)
        {
            var kinds = new Dictionary<string, List<double>>();
            var estimated = 0;
            foreach (var q in queries)
            {
                var start = Stopwatch.GetTimestamp();
                var r = await service.SearchAsync(q.Query);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                (kinds.TryGetValue(q.Kind, out var list) ? list : kinds[q.Kind] = []).Add(ms);
                if (r.Estimated) estimated++;
            }
            Console.WriteLine(Resident());
            Console.WriteLine($"pass {pass}: {estimated} of {queries.Count} estimated; all p50 {Stats.Percentile(kinds.Values.SelectMany(v => v).ToList(), 50):F1} p95 {Stats.Percentile(kinds.Values.SelectMany(v => v).ToList(), 95):F1} ms");
            foreach (var (k, v) in kinds) Console.WriteLine($"  {k,-16} p50 {Stats.Percentile(v, 50),7:F1}  p95 {Stats.Percentile(v, 95),7:F1}  max {v.Max(),7:F1}");
        }
        return 0;
    }

    /// <summary>
    /// PARTS=ab: one pass against two ranges at once, query by query in alternating order on the same index, so that the
    /// host's changing load falls on both alike; 5 rounds of the 200 queries after a warm-up round.
    /// </summary>
    private static async Task<int> CompareAsync(SearchIndex index, int budget)
    {
        SearchService Service(int parts) => new(index, new FacetLabels([], new JsonStringLocalizer()), db: null!, TimeProvider.System, BenchReading.BuiltIn, budget,
            parallelFrom: parts == 1 ? int.MaxValue : 1, parts: parts);
        var services = new[] { ("one pass", Service(1)), ("two ranges", Service(2)) };
        var queries = BenchQueries.Create(new Vocabulary());
        var times = services.Select(_ => new Dictionary<string, List<double>>()).ToArray();
        for (var round = 0; round < 6; round++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                for (var k = 0; k < services.Length; k++)
                {
                    var s = (i + round + k) % services.Length; // alternate which one goes first
                    var start = Stopwatch.GetTimestamp();
                    await services[s].Item2.SearchAsync(queries[i].Query);
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    if (round == 0) continue; // warm-up
                    foreach (var key in new[] { "all", queries[i].Kind })
                        (times[s].TryGetValue(key, out var list) ? list : times[s][key] = []).Add(ms);
                }
            }
        }
        Console.WriteLine($"{"kind",-16} {services[0].Item1 + " p50 / p95",22} {services[1].Item1 + " p50 / p95",24}");
        foreach (var kind in times[0].Keys)
            Console.WriteLine($"{kind,-16} {Stats.Percentile(times[0][kind], 50),10:F1} / {Stats.Percentile(times[0][kind], 95),6:F1} ms {Stats.Percentile(times[1][kind], 50),12:F1} / {Stats.Percentile(times[1][kind], 95),6:F1} ms");
        Console.WriteLine(Resident());
        return 0;
    }

    /// <summary>The process's resident memory: its own (anonymous) and the index files' pages mapped in (file).</summary>
    private static string Resident() => string.Join(", ", File.ReadLines("/proc/self/status")
        .Where(l => l.StartsWith("RssAnon", StringComparison.Ordinal) || l.StartsWith("RssFile", StringComparison.Ordinal) || l.StartsWith("VmHWM", StringComparison.Ordinal))
        .Select(l => string.Join(' ', l.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))));
}
