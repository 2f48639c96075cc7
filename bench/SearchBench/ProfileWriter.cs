using System.Diagnostics;
using LearningCity.Modules.Search.Analysis;
using LearningCity.Modules.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchBench;

/// <summary>Diagnostics: index-writer throughput with Upsert vs Add, RAM buffer sizes and writer threads.</summary>
internal static class ProfileWriter
{
    public static int Run(int count)
    {
        var items = new SyntheticItems(new Vocabulary(), count).All().ToList();
        foreach (var (update, ram, threads) in new[] { (true, 16.0, 1), (false, 16.0, 1), (false, 128.0, 1), (false, 128.0, 2) })
        {
            var path = Path.Combine(Path.GetTempPath(), "sb-profile-" + Environment.ProcessId);
            System.IO.Directory.CreateDirectory(path);
            var sw = Stopwatch.StartNew();
            using (var dir = FSDirectory.Open(path))
            using (var writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzer.Version, SearchAnalyzer.Stemmed) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = ram }))
            {
                var next = -1;
                var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
                {
                    for (var i = Interlocked.Increment(ref next); i < items.Count; i = Interlocked.Increment(ref next))
                    {
                        var d = items[i];
                        if (update) writer.UpdateDocument(SearchFields.KeyTerm(d.Type, d.Id), SearchFields.ToLucene(d));
                        else writer.AddDocument(SearchFields.ToLucene(d));
                    }
                })).ToList();
                workers.ForEach(t => t.Start());
                workers.ForEach(t => t.Join());
                writer.Commit();
            }
            Console.WriteLine($"update={update} ram={ram} threads={threads}: {count / sw.Elapsed.TotalSeconds:N0} docs/s");
            System.IO.Directory.Delete(path, true);
        }
        return 0;
    }
}
