using Lucene.Net.Search;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// Runs a query through a <see cref="HitCollector"/> with a budget of collected docs. The doc ids of the index are
/// taken in windows of <see cref="Window"/> ids; a window is visited whole while the matches seen so far, spread over
/// what is left of the index, fit the budget, and otherwise only its first part (at least 1/<see cref="MinShare"/>),
/// the scorer skipping the rest. Every doc collected in a part-visited window stands for the window's share
/// (a Horvitz–Thompson estimate), so counts and facets are estimates and the best hits are the best of a sample
/// spread evenly over the whole index. A query with fewer matches than the budget is collected exactly.
/// </summary>
internal static class SampledSearch
{
    public const int Window = 1024;
    public const int MinShare = 256;

    /// <summary>Runs the query; true when some matches were skipped (the counts are estimates).</summary>
    public static bool Run(IndexSearcher searcher, Query query, HitCollector collector, int budget)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var total = (double)searcher.IndexReader.MaxDoc;
        double collected = 0, examined = 0, cursor = 0;
        var sampled = false;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            collector.SetNextReader(leaf);
            collector.SetScorer(scorer);
            var max = leaf.AtomicReader.MaxDoc;
            var doc = scorer.NextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                var start = doc / Window * Window;
                var end = Math.Min(start + Window, max);
                var globalStart = leaf.DocBase + (double)start;
                // Ids the scorer passed over since the last window had no match: they count as examined.
                if (globalStart > cursor) examined += globalStart - cursor;
                var share = 1.0;
                if (examined >= Window && budget < int.MaxValue)
                {
                    var density = collected / examined;
                    var needed = (budget - collected) / Math.Max(density, 1e-9);
                    share = Math.Clamp(needed / Math.Max(1, total - globalStart), 1.0 / MinShare, 1);
                }
                var sampleEnd = share >= 1 ? end : Math.Min(end, start + (int)Math.Ceiling(share * Window));
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
