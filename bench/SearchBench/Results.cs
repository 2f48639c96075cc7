using System.Globalization;

namespace SearchBench;

/// <summary>The results of all phases in one key=value file, so separate processes can add to it.</summary>
internal sealed class Results
{
    private readonly string _path;
    private readonly SortedDictionary<string, double> _values = new(StringComparer.Ordinal);

    public Results(string path)
    {
        _path = path;
        if (!File.Exists(path)) return;
        foreach (var line in File.ReadLines(path))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && double.TryParse(line[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) _values[line[..eq]] = v;
        }
    }

    public void Set(string key, double value) => _values[key] = value;

    public double? Get(string key) => _values.TryGetValue(key, out var v) ? v : null;

    public void SetPercentiles(string prefix, List<double> samples)
    {
        Set(prefix + ".p50", Stats.Percentile(samples, 50));
        Set(prefix + ".p95", Stats.Percentile(samples, 95));
        Set(prefix + ".p99", Stats.Percentile(samples, 99));
        Set(prefix + ".max", samples.Count == 0 ? 0 : samples.Max());
    }

    public void Save() =>
        File.WriteAllLines(_path, _values.Select(kv => kv.Key + "=" + kv.Value.ToString("R", CultureInfo.InvariantCulture)));
}

internal static class Stats
{
    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(List<double> samples, double p)
    {
        if (samples.Count == 0) return 0;
        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}

internal static class Report
{
    public static int Print(string path)
    {
        var r = new Results(path);
        double V(string key) => r.Get(key) ?? double.NaN;
        string Met(bool ok) => ok ? "met" : "**not met**";
        var items = V("items");
        var ratio = V("http.p95") / V("raw.p95");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"""
            items: {items:N0}; vocabulary: {V("vocabulary.thai"):N0} Thai words, {V("vocabulary.english"):N0} English; {V("index.avgChars"):N0} characters per item; index {V("index.bytes") / 1048576:N0} MiB in {V("index.segments"):N0} segments
            queries: {V("queries"):N0} ({V("raw.samples"):N0} timed in-process, {V("http.samples"):N0} over HTTP one at a time, then the same with {HttpPhase.Concurrent} at once)
            hits per query: mean {V("hits.mean"):N0}, median {V("hits.p50"):N0}, p95 {V("hits.p95"):N0} (of {items:N0} items)
            http errors: {V("http.errors")}, totalCount differing from in-process: {V("http.totalMismatches")}

            | measure | result | target | |
            |---|---:|---:|---|
            | indexing | {V("index.docsPerSecond"):N0} docs/s ({V("index.seconds"):N1} s) | >= 10,000 docs/s | {Met(V("index.docsPerSecond") >= 10_000)} |
            | raw query p50 / p95 / p99 | {V("raw.p50"):N2} / {V("raw.p95"):N2} / {V("raw.p99"):N2} ms | p95 <= 20 ms | {Met(V("raw.p95") <= 20)} |
            | HTTP p50 / p95 / p99 (1 at a time) | {V("http.p50"):N2} / {V("http.p95"):N2} / {V("http.p99"):N2} ms | | |
            | HTTP p95 / raw p95 | {ratio:N2}x | <= 1.5x | {Met(ratio <= 1.5)} |
            | HTTP p50 / p95 ({HttpPhase.Concurrent} at once) | {V("http.c4.p50"):N2} / {V("http.c4.p95"):N2} ms, {V("http.c4.requestsPerSecond"):N0} req/s | | |
            | app peak RSS (VmHWM after HTTP) | {V("app.peakRssMiB"):N0} MiB | < 1024 MiB | {Met(V("app.peakRssMiB") < 1024)} |
            | of the app's RSS after HTTP: own / index pages mapped in | {V("app.rssAnonMiB"):N0} / {V("app.rssFileMiB"):N0} MiB | | |
            | bench peak RSS (indexing + raw) | {V("bench.peakRssMiB"):N0} MiB | < 1024 MiB | {Met(V("bench.peakRssMiB") < 1024)} |
            """));
        Console.WriteLine();
        Console.WriteLine("| query kind | raw p50 | raw p95 | raw max |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var kind in new[] { "thai-1", "thai-compound", "thai-2", "thai-3", "english", "filtered", "facets-only", "near-me" })
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {V($"raw.{kind}.p50"):N2} ms | {V($"raw.{kind}.p95"):N2} ms | {V($"raw.{kind}.max"):N2} ms |"));
        return 0;
    }
}
