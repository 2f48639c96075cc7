using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using System.Globalization;
using LearningCity.Common.Data;
using LearningCity.Common.Web;
using LearningCity.Modules.Cities;
using LearningCity.Modules.Search;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Querying;
using SearchBench;

// Search at scale. Modes (bench/search-bench.sh runs them in order):
//   index  <work-dir> <items> <results-file>   phase 1 (rebuild through the module) and phase 2 (ISearchService in-process)
//   query  <work-dir> <items> <results-file>   phase 2 alone, on the index an earlier "index" left in <work-dir>
//   http   <base-url> <results-file>           phase 3 (the same queries over /api/v1/search)
//   report <results-file>                      the table against the targets
//   queries                                    prints the 200 queries and the typing set
//   profile-writer <items> | profile-analysis <items> | profile-stages <items> | profile-collect <index-dir>
//   | profile-passes <index-dir> (KINDS=…, ALT=1)   where the time goes
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("th-TH");
return args switch
{
    ["index", var work, var items, var results] => await IndexPhase.RunAsync(work, int.Parse(items, CultureInfo.InvariantCulture), results),
    ["query", var work, var items, var results] => await IndexPhase.RunAsync(work, int.Parse(items, CultureInfo.InvariantCulture), results, rebuild: false),
    ["http", var url, var results] => await HttpPhase.RunAsync(new Uri(url), results),
    ["report", var results] => Report.Print(results),
    ["queries"] => PrintQueries(),
    ["profile-writer", var n] => ProfileWriter.Run(int.Parse(n, CultureInfo.InvariantCulture)),
    ["profile-analysis", var n] => ProfileAnalysis.Run(int.Parse(n, CultureInfo.InvariantCulture)),
    ["profile-collect", var index] => ProfileCollect.Run(index),
    ["profile-hits", var index] => ProfileHits.Run(index),
    ["profile-service", var index] => await ProfileService.RunAsync(index, SearchService.SampleBudget),
    ["profile-service", var index, var budget] => await ProfileService.RunAsync(index, int.Parse(budget, CultureInfo.InvariantCulture)),
    ["profile-scorer", var index] => ProfileScorer.Run(index),
    ["profile-passes", var index] => ProfilePasses.Run(index),
    ["profile-stages", var n] => ProfileStages.Run(int.Parse(n, CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int PrintQueries()
{
    foreach (var q in BenchQueries.All(new Vocabulary())) Console.WriteLine(BenchQueries.Describe(q));
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: SearchBench index <work-dir> <items> <results> | http <base-url> <results> | report <results> | queries");
    return 2;
}

internal static class IndexPhase
{
    public const int Rounds = 3;

    public static async Task<int> RunAsync(string work, int count, string resultsPath, bool rebuild = true)
    {
        var results = new Results(resultsPath);
        var vocabulary = new Vocabulary();
        var items = new SyntheticItems(vocabulary, count);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = work });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(work, "bench.db")}",
            ["Search:IndexPath"] = Path.Combine(work, "index"),
            ["Seed:Demo"] = "false",
            ["Site:PublicUrl"] = "http://127.0.0.1", // required in Production; nothing here builds a link
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddPlatform();
        builder.AddCitiesModule();
        builder.AddSearchModule();
        builder.Services.AddSingleton<ISearchSource>(new SyntheticSource(items));
        await using var app = builder.Build();
        await app.Services.MigrateAndSeedAsync();

        results.Set("vocabulary.thai", vocabulary.ThaiCount);
        results.Set("vocabulary.english", Vocabulary.English.Length);
        results.Set("items", count);

        // Phase 1: the module's own rebuild (the path `search rebuild` and a schema change take).
        if (rebuild) await IndexAsync(app, items, count, work, results);
        else results.Set("items", count);
        if (Environment.GetEnvironmentVariable("INDEX_ONLY") == "1") { results.Save(); return 0; }
        var queries = BenchQueries.All(vocabulary);
        return await QueryAsync(app, queries, results);
    }

    private static async Task IndexAsync(WebApplication app, SyntheticItems items, int count, string work, Results results)
    {
        var indexer = app.Services.GetRequiredService<SearchIndexer>();
        var clock = Stopwatch.StartNew();
        await indexer.RebuildAsync(CancellationToken.None);
        clock.Stop();
        results.Set("index.seconds", clock.Elapsed.TotalSeconds);
        results.Set("index.docsPerSecond", count / clock.Elapsed.TotalSeconds);
        results.Set("index.avgChars", items.TotalChars / (double)Math.Max(1, count));
        results.Set("index.bytes", Directory.EnumerateFiles(Path.Combine(work, "index")).Sum(f => new FileInfo(f).Length));
        results.Set("bench.peakRssMiB", ProcessMemory.PeakRssMiB(Environment.ProcessId));
        var segments = app.Services.GetRequiredService<SearchIndex>().Segments;
        results.Set("index.segments", segments);
        Console.WriteLine($"indexed {count:N0} items in {clock.Elapsed.TotalSeconds:F1} s ({count / clock.Elapsed.TotalSeconds:N0} docs/s), {segments} segments");
    }

    /// <summary>Phase 2: the service in-process, one scope per query like one request.</summary>
    private static async Task<int> QueryAsync(WebApplication app, List<BenchQuery> queries, Results results)
    {
        async Task<(double Ms, SearchResults Found)> Run(BenchQuery q)
        {
            var start = Stopwatch.GetTimestamp();
            await using var scope = app.Services.CreateAsyncScope();
            var r = await scope.ServiceProvider.GetRequiredService<ISearchService>().SearchAsync(q.Query);
            return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, r);
        }
        foreach (var q in queries) await Run(q); // warm-up
        var times = new Timings(queries);
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var (ms, found) = await Run(queries[i]);
                times.Add(i, ms);
                if (round == 0) QueryOutcome.Set(results, i, found);
            }
        }
        var totals = Enumerable.Range(0, queries.Count).Where(i => !queries[i].Typing).Select(i => results.Get($"total.{i}") ?? 0).ToList();
        results.Set("hits.mean", totals.Average());
        results.Set("hits.p50", Stats.Percentile(totals, 50));
        results.Set("hits.p95", Stats.Percentile(totals, 95));
        QueryOutcome.SetByKind(results, queries);
        times.Save(results, "raw");
        results.Set("queries", totals.Count);
        results.Set("queries.all", queries.Count);
        results.Set("raw.samples", times.Set.Count);
        results.Set("raw.all.samples", times.All.Count);
        results.Save();
        Console.WriteLine($"raw queries: p50 {Stats.Percentile(times.Set, 50):F2} ms, p95 {Stats.Percentile(times.Set, 95):F2} ms; "
            + $"all with typing: p50 {Stats.Percentile(times.All, 50):F2} ms, p95 {Stats.Percentile(times.All, 95):F2} ms");
        return 0;
    }
}

internal static class ProcessMemory
{
    /// <summary>VmHWM (peak resident set) of a process, from /proc.</summary>
    public static double PeakRssMiB(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kb / 1024.0;
    }
}
