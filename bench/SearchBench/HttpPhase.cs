using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SearchBench;

/// <summary>
/// Phase 3: the same queries against the running app's /api/v1/search on loopback, a fixed number of requests:
/// one at a time (comparable with the in-process numbers, which are one at a time too), then the 200 a few at once.
/// Each answer's totalCount is checked against the in-process total of the same query, typing queries included.
/// </summary>
internal static class HttpPhase
{
    public const int Concurrent = 4;

    public static async Task<int> RunAsync(Uri baseUrl, string resultsPath)
    {
        var results = new Results(resultsPath);
        var queries = BenchQueries.All(new Vocabulary());
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrent, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("th"));
        var errors = 0;
        var mismatches = 0;
        var reported = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();

        async Task<double> Get(int i)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(queries[i].PathAndQuery);
            var body = await response.Content.ReadAsByteArrayAsync();
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref errors);
                Console.Error.WriteLine($"HTTP {(int)response.StatusCode} for {queries[i].PathAndQuery}");
            }
            else
            {
                using var json = JsonDocument.Parse(body);
                var total = json.RootElement.GetProperty("totalCount").GetInt32();
                if (results.Get($"total.{i}") is { } expected && (int)expected != total)
                {
                    Interlocked.Increment(ref mismatches);
                    if (reported.TryAdd(i, true)) Console.Error.WriteLine($"totalCount {total}, in-process {expected} for {queries[i].PathAndQuery}");
                }
            }
            return ms;
        }

        for (var i = 0; i < queries.Count; i++) await Get(i); // warm-up
        var sequential = new Timings(queries);
        for (var round = 0; round < IndexPhase.Rounds; round++)
            for (var i = 0; i < queries.Count; i++) sequential.Add(i, await Get(i));

        // A few at once: the 200 only, so requests per second compare with earlier runs.
        var set = Enumerable.Range(0, queries.Count).Where(i => !queries[i].Typing).ToList();
        var concurrent = new List<double>();
        var next = -1;
        var total = IndexPhase.Rounds * set.Count;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(async _ =>
        {
            var mine = new List<double>();
            for (var n = Interlocked.Increment(ref next); n < total; n = Interlocked.Increment(ref next)) mine.Add(await Get(set[n % set.Count]));
            lock (concurrent) concurrent.AddRange(mine);
        }));
        clock.Stop();

        sequential.Save(results, "http");
        results.SetPercentiles("http.c4", concurrent);
        results.Set("http.c4.requestsPerSecond", total / clock.Elapsed.TotalSeconds);
        results.Set("http.samples", sequential.Set.Count);
        results.Set("http.all.samples", sequential.All.Count);
        results.Set("http.errors", errors);
        results.Set("http.totalMismatches", mismatches);
        results.Save();
        Console.WriteLine($"http: p50 {Stats.Percentile(sequential.Set, 50):F2} ms, p95 {Stats.Percentile(sequential.Set, 95):F2} ms; "
            + $"all with typing: p50 {Stats.Percentile(sequential.All, 50):F2} ms, p95 {Stats.Percentile(sequential.All, 95):F2} ms; errors {errors}, total mismatches {mismatches}");
        return errors == 0 ? 0 : 1;
    }
}
