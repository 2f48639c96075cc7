using System.Diagnostics;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Querying;
using Lucene.Net.Search;

namespace SearchBench;

/// <summary>Diagnostics: the bare scorer of each query kind, every match (NextDoc) against windows of 1,024 ids with 4 visited per window (Advance).</summary>
internal static class ProfileScorer
{
    public static int Run(string indexPath)
    {
        using var index = new SearchIndex(indexPath);
        var queries = BenchQueries.Create(new Vocabulary()).Where(q => q.Query.Text is not null).ToList();
        for (var pass = 0; pass < 2; pass++)
        {
            var t = new Dictionary<string, (double All, double Windows, double Weight, long Hits)>();
            foreach (var q in queries)
            {
                index.Read(searcher =>
                {
                    var query = TextQuery.Strict(BenchReading.Plan(q.Query.Text, searcher.IndexReader)) ?? new MatchAllDocsQuery();
                    var s0 = Stopwatch.GetTimestamp();
                    var weight = searcher.CreateNormalizedWeight(query);
                    var w = Stopwatch.GetElapsedTime(s0).TotalMilliseconds;
                    long hits = 0;
                    var s1 = Stopwatch.GetTimestamp();
                    foreach (var leaf in searcher.IndexReader.Leaves)
                    {
                        var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                        if (scorer is null) continue;
                        while (scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) { scorer.GetScore(); hits++; }
                    }
                    var all = Stopwatch.GetElapsedTime(s1).TotalMilliseconds;
                    var s2 = Stopwatch.GetTimestamp();
                    foreach (var leaf in searcher.IndexReader.Leaves)
                    {
                        var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                        if (scorer is null) continue;
                        var doc = scorer.NextDoc();
                        while (doc != DocIdSetIterator.NO_MORE_DOCS)
                        {
                            var end = doc / 1024 * 1024 + 1024;
                            var stop = doc / 1024 * 1024 + 4;
                            while (doc < stop) { scorer.GetScore(); doc = scorer.NextDoc(); }
                            if (doc < end) doc = scorer.Advance(end);
                        }
                    }
                    var windows = Stopwatch.GetElapsedTime(s2).TotalMilliseconds;
                    var old = t.GetValueOrDefault(q.Kind);
                    t[q.Kind] = (old.All + all, old.Windows + windows, old.Weight + w, old.Hits + hits);
                    return 0;
                });
            }
            Console.WriteLine($"pass {pass}");
            foreach (var (k, v) in t)
            {
                var n = queries.Count(q => q.Kind == k);
                Console.WriteLine($"  {k,-16} weight {v.Weight / n,6:F2}  every match {v.All / n,7:F2}  windows {v.Windows / n,7:F2} ms/query; hits {v.Hits / n:N0}");
            }
        }
        return 0;
    }
}
