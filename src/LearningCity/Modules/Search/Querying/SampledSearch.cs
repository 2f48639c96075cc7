using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// Runs a query through a <see cref="HitCollector"/> with a budget of collected docs. The doc ids of the index are
/// taken in windows of <see cref="Window"/> ids; a window is visited whole while the matches seen so far, spread over
/// what is left of the index, fit the budget, and otherwise only its first part (at least 1/<see cref="MinShare"/>),
/// the scorer skipping the rest. Every doc collected in a part-visited window stands for the window's share
/// (a Horvitz–Thompson estimate), so counts and facets are estimates and the best hits are the best of a sample
/// spread evenly over the whole index. A query with fewer matches than the budget is collected exactly.
/// A large index is cut into contiguous ranges of doc ids searched at once on several threads, each range with its own
/// collector and its share of the budget; the collectors are then added together, so an exact search answers the same.
/// </summary>
internal static class SampledSearch
{
    public const int Window = 1024;
    public const int MinShare = 256;

    /// <summary>Runs the query in <paramref name="parts"/> ranges at once; the collected counts and hits, and true when some matches were skipped (estimates).</summary>
    public static (HitCollector Collector, bool Sampled) Run(IndexSearcher searcher, Query query, Func<HitCollector> collector, int budget, int parts = 1)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var total = searcher.IndexReader.MaxDoc;
        parts = Math.Clamp(parts, 1, Math.Max(1, total / Window));
        if (parts == 1)
        {
            var one = collector();
            return (one, RunRange(weight, leaves, 0, total, one, budget));
        }

        var collectors = new HitCollector[parts];
        var sampled = new bool[parts];
        try
        {
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
            {
                var from = (int)((long)total * part / parts);
                var to = (int)((long)total * (part + 1) / parts);
                var share = budget == int.MaxValue ? int.MaxValue : (int)Math.Ceiling(budget * (double)(to - from) / total);
                collectors[part] = collector();
                sampled[part] = RunRange(weight, leaves, from, to, collectors[part], share);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        for (var part = 1; part < parts; part++) collectors[0].Add(collectors[part]);
        return (collectors[0], sampled.Any(s => s));
    }

    /// <summary>Collects the matches among the doc ids <paramref name="from"/> (inclusive) to <paramref name="to"/> of the whole index.</summary>
    private static bool RunRange(Weight weight, IList<AtomicReaderContext> leaves, int from, int to, HitCollector collector, int budget)
    {
        double collected = 0, examined = 0, cursor = from;
        var sampled = false;
        foreach (var leaf in leaves)
        {
            var max = leaf.AtomicReader.MaxDoc;
            var localFrom = Math.Max(0, from - leaf.DocBase);
            var localTo = Math.Min(max, to - leaf.DocBase);
            if (localFrom >= localTo) continue;
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            collector.SetNextReader(leaf);
            collector.SetScorer(scorer);
            var doc = localFrom == 0 ? scorer.NextDoc() : scorer.Advance(localFrom);
            while (doc < localTo)
            {
                var aligned = doc / Window * Window;
                var start = Math.Max(aligned, localFrom);
                var end = Math.Min(aligned + Window, localTo);
                var globalStart = leaf.DocBase + (double)start;
                // Ids the scorer passed over since the last window had no match: they count as examined.
                if (globalStart > cursor) examined += globalStart - cursor;
                var share = 1.0;
                if (examined >= Window && budget < int.MaxValue)
                {
                    var density = collected / examined;
                    var needed = (budget - collected) / Math.Max(density, 1e-9);
                    share = Math.Clamp(needed / Math.Max(1, to - globalStart), 1.0 / MinShare, 1);
                }
                var sampleEnd = share >= 1 ? end : Math.Min(end, start + (int)Math.Ceiling(share * (end - start)));
                collector.Weight = (double)(end - start) / (sampleEnd - start);
                while (doc < sampleEnd)
                {
                    collector.Collect(doc);
                    collected++;
                    doc = scorer.NextDoc();
                }
                examined += sampleEnd - start;
                cursor = leaf.DocBase + (double)end;
                if (doc < end)
                {
                    sampled = true;
                    doc = scorer.Advance(end);
                }
            }
        }
        collector.Weight = 1;
        return sampled;
    }
}
