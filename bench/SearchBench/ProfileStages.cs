using System.Diagnostics;
using LearningCity.Modules.Search.Analysis;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchBench;

/// <summary>
/// Diagnostics: CPU per item of each stage of indexing, on one thread (no merges running beside it): generating the items,
/// making Lucene documents, analysing their text, and adding them to an index whole, without one group of fields, or
/// with the keys and one group only; the text fields with and without the Thai pair terms.
/// </summary>
internal static class ProfileStages
{
    private static readonly string[] TextFields = [SearchFields.TitleTh, SearchFields.TitleEn, SearchFields.SummaryTh, SearchFields.SummaryEn, SearchFields.Body];
    private static readonly string[] Keys = [SearchFields.Key, SearchFields.Type, SearchFields.Id];
    private static readonly string[] Numbers = [SearchFields.Latitude, SearchFields.Longitude, SearchFields.CallFrom, SearchFields.CallUntil];
    private static readonly string[] DocValues = [SearchFields.Display, SearchFields.Order, SearchFields.Date, SearchFields.LatitudeValues, SearchFields.LongitudeValues];

    public static int Run(int count)
    {
        var items = new SyntheticItems(new Vocabulary(), count).All().ToList();
        Add(items, _ => true, SearchAnalyzer.Indexing); // the first pass runs partly unoptimized code: not measured
        Measure(count, "generate the items", () => new SyntheticItems(new Vocabulary(), count).All().Count());
        Measure(count, "SearchFields.ToLucene", () => items.ForEach(d => SearchFields.ToLucene(d)));
        foreach (var (name, analyzer) in new[] { ("exact", SearchAnalyzer.Exact), ("stemmed", SearchAnalyzer.Stemmed), ("indexing (+ pairs)", SearchAnalyzer.Indexing) })
            Measure(count, "analyse the text, " + name, () => items.ForEach(d => Analyse(analyzer, d)));

        Func<IIndexableField, bool> text = f => TextFields.Contains(f.Name);
        var groups = new (string Name, Func<IIndexableField, bool> Has)[]
        {
            ("text fields", text),
            ("title prefixes", f => f.Name == SearchFields.TitlePrefix),
            ("facets", f => f.Name.StartsWith(SearchFields.FacetPrefix, StringComparison.Ordinal)),
            ("opening slots", f => f.Name == SearchFields.Slot),
            ("numeric ranges", f => Numbers.Contains(f.Name)),
            ("other doc values", f => DocValues.Contains(f.Name)),
        };
        Measure(count, "add: every field", () => Add(items, _ => true, SearchAnalyzer.Indexing));
        Measure(count, "add: the keys only", () => Add(items, f => Keys.Contains(f.Name), SearchAnalyzer.Indexing));
        foreach (var (name, has) in groups)
        {
            Measure(count, "add: without " + name, () => Add(items, f => !has(f), SearchAnalyzer.Indexing));
            Measure(count, "add: keys + " + name, () => Add(items, f => Keys.Contains(f.Name) || has(f), SearchAnalyzer.Indexing));
        }
        Measure(count, "add: text fields without pairs", () => Add(items, text, SearchAnalyzer.Stemmed));
        return 0;
    }

    private static void Analyse(Analyzer analyzer, SearchDocument d)
    {
        foreach (var t in new[] { d.Title.Th, d.Title.En, d.Summary?.Th, d.Summary?.En, d.Body })
        {
            if (string.IsNullOrEmpty(t)) continue;
            using var stream = analyzer.GetTokenStream("f", t);
            var term = stream.AddAttribute<ITermToBytesRefAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) term.FillBytesRef();
            stream.End();
        }
    }

    private static void Add(List<SearchDocument> items, Func<IIndexableField, bool> keep, Analyzer analyzer)
    {
        var path = Path.Combine(Path.GetTempPath(), "sb-stages-" + Environment.ProcessId);
        System.IO.Directory.CreateDirectory(path);
        using (var dir = FSDirectory.Open(path))
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzer.Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 128, MergeScheduler = new SerialMergeScheduler() }))
        {
            foreach (var d in items)
            {
                var kept = new Document();
                foreach (var f in SearchFields.ToLucene(d).Fields) if (keep(f)) kept.Add(f);
                writer.AddDocument(kept);
            }
            writer.Commit();
        }
        System.IO.Directory.Delete(path, true);
    }

    private static void Measure(int count, string name, Action action)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        action();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        Console.WriteLine($"{name,-40} {used.TotalSeconds,7:F2} s CPU  {used.TotalMilliseconds / count,6:F3} ms/item");
    }
}
