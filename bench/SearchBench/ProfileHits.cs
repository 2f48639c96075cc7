using System.Diagnostics;
using LearningCity.Modules.Search.Indexing;

namespace SearchBench;

/// <summary>Diagnostics: what reading a page of 20 hits costs: their stored fields (none since schema 5) vs their displays (a binary doc value).</summary>
internal static class ProfileHits
{
    public static int Run(string indexPath)
    {
        using var index = new SearchIndex(indexPath);
        var random = new Random(3);
        index.Read(searcher =>
        {
            var max = searcher.IndexReader.MaxDoc;
            for (var pass = 0; pass < 3; pass++)
            {
                double whole = 0, display = 0;
                const int Pages = 50;
                for (var p = 0; p < Pages; p++)
                {
                    var docs = Enumerable.Range(0, 20).Select(_ => random.Next(max)).ToArray();
                    var s0 = Stopwatch.GetTimestamp();
                    foreach (var d in docs) searcher.Doc(d);
                    whole += Stopwatch.GetElapsedTime(s0).TotalMilliseconds;
                    var s1 = Stopwatch.GetTimestamp();
                    foreach (var d in docs) SearchDisplay.Read(searcher.IndexReader, d);
                    display += Stopwatch.GetElapsedTime(s1).TotalMilliseconds;
                }
                Console.WriteLine($"pass {pass}: 20 stored docs {whole / Pages:F2} ms, 20 displays {display / Pages:F2} ms");
            }
            return 0;
        });
        return 0;
    }
}
