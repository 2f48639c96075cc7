using System.Globalization;

namespace SearchBench;

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
            queries: {V("queries"):N0} and {V("queries.all") - V("queries"):N0} typing ({V("raw.samples"):N0} + {V("raw.all.samples") - V("raw.samples"):N0} timed in-process, {V("http.samples"):N0} + {V("http.all.samples") - V("http.samples"):N0} over HTTP one at a time, then the {V("queries"):N0} with {HttpPhase.Concurrent} at once)
            hits per query (the {V("queries"):N0}): mean {V("hits.mean"):N0}, median {V("hits.p50"):N0}, p95 {V("hits.p95"):N0} (of {items:N0} items)
            http errors: {V("http.errors")}, totalCount differing from in-process: {V("http.totalMismatches")} (of all {V("queries.all"):N0} queries)

            | measure | result | target | |
            |---|---:|---:|---|
            | indexing | {V("index.docsPerSecond"):N0} docs/s ({V("index.seconds"):N1} s) | >= 10,000 docs/s | {Met(V("index.docsPerSecond") >= 10_000)} |
            | raw query p50 / p95 / p99 | {V("raw.p50"):N2} / {V("raw.p95"):N2} / {V("raw.p99"):N2} ms | p95 <= 20 ms | {Met(V("raw.p95") <= 20)} |
            | raw query p50 / p95 / p99, all with typing | {V("raw.all.p50"):N2} / {V("raw.all.p95"):N2} / {V("raw.all.p99"):N2} ms | | |
            | HTTP p50 / p95 / p99 (1 at a time) | {V("http.p50"):N2} / {V("http.p95"):N2} / {V("http.p99"):N2} ms | | |
            | HTTP p50 / p95 / p99, all with typing | {V("http.all.p50"):N2} / {V("http.all.p95"):N2} / {V("http.all.p99"):N2} ms | | |
            | HTTP p95 / raw p95 | {ratio:N2}x | <= 1.5x | {Met(ratio <= 1.5)} |
            | HTTP p50 / p95 ({HttpPhase.Concurrent} at once) | {V("http.c4.p50"):N2} / {V("http.c4.p95"):N2} ms, {V("http.c4.requestsPerSecond"):N0} req/s | | |
            | app peak RSS (VmHWM after HTTP) | {V("app.peakRssMiB"):N0} MiB | < 1024 MiB | {Met(V("app.peakRssMiB") < 1024)} |
            | of the app's RSS after HTTP: own / index pages mapped in | {V("app.rssAnonMiB"):N0} / {V("app.rssFileMiB"):N0} MiB | | |
            | bench peak RSS (indexing + raw) | {V("bench.peakRssMiB"):N0} MiB | < 1024 MiB | {Met(V("bench.peakRssMiB") < 1024)} |
            """));
        Console.WriteLine();
        // none: found nothing; most words: all the words found nothing, most of them did; did you mean: a slip was corrected.
        Console.WriteLine("| query kind | queries | median hits | none | most words | did you mean | raw p50 | raw p95 | raw max | HTTP p50 | HTTP p95 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in BenchQueries.Kinds.Concat(TypingQueries.Kinds))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {V($"queries.{kind}"):N0} | {V($"hits.{kind}.p50"):N0} | {V($"hits.{kind}.none"):N0} | {V($"hits.{kind}.relaxed"):N0} | {V($"hits.{kind}.corrected"):N0} | {V($"raw.{kind}.p50"):N2} ms | {V($"raw.{kind}.p95"):N2} ms | {V($"raw.{kind}.max"):N2} ms | {V($"http.{kind}.p50"):N2} ms | {V($"http.{kind}.p95"):N2} ms |"));
        return 0;
    }
}
