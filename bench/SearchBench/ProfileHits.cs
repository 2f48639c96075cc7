using System.Diagnostics;
using LearningCity.Modules.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace SearchBench;

/// <summary>Diagnostics: what reading the stored fields of a page of 20 hits costs, whole documents vs a few fields.</summary>
internal static class ProfileHits
{
    public static int Run(string indexPath)
    {
        using var index = new SearchIndex(indexPath);
        var random = new Random(3);
        var few = new HashSet<string> { SearchFields.Type, SearchFields.Id, SearchFields.TitleTh, SearchFields.SummaryTh, SearchFields.Url, SearchFields.DateStored };
        index.Read(searcher =>
        {
            var max = searcher.IndexReader.MaxDoc;
            for (var pass = 0; pass < 3; pass++)
            {
                double whole = 0, some = 0;
                const int Pages = 50;
                for (var p = 0; p < Pages; p++)
                {
                    var docs = Enumerable.Range(0, 20).Select(_ => random.Next(max)).ToArray();
                    var s0 = Stopwatch.GetTimestamp();
                    foreach (var d in docs) searcher.Doc(d);
                    whole += Stopwatch.GetElapsedTime(s0).TotalMilliseconds;
                    var s1 = Stopwatch.GetTimestamp();
                    foreach (var d in docs)
                    {
                        var visitor = new DocumentStoredFieldVisitor(few);
                        searcher.IndexReader.Document(d, visitor);
                    }
                    some += Stopwatch.GetElapsedTime(s1).TotalMilliseconds;
                }
                Console.WriteLine($"pass {pass}: 20 whole docs {whole / Pages:F2} ms, 20 docs with 6 fields {some / Pages:F2} ms");
            }
            return 0;
        });
        return 0;
    }
}
