using System.Diagnostics;
using ICU4N.Globalization;
using ICU4N.Text;
using LearningCity.Modules.Search.Analysis;

namespace SearchBench;

/// <summary>Diagnostics: ICU word breaking vs the full analyzer, in characters per second.</summary>
internal static class ProfileAnalysis
{
    public static int Run(int count)
    {
        var items = new SyntheticItems(new Vocabulary(), count).All().ToList();
        var texts = items.SelectMany(d => new[] { d.Title.Th, d.Title.En, d.Summary?.Th, d.Summary?.En, d.Body }).Where(t => !string.IsNullOrEmpty(t)).Cast<string>().ToList();
        var chars = texts.Sum(t => (long)t.Length);
        var bi = BreakIterator.GetWordInstance(new UCultureInfo("th"));
        for (var pass = 0; pass < 2; pass++)
        {
            var sw = Stopwatch.StartNew();
            long n = 0;
            foreach (var t in texts) { bi.SetText(t); bi.First(); while (bi.Next() != BreakIterator.Done) n++; }
            Console.WriteLine($"break only: {chars / sw.Elapsed.TotalSeconds / 1e6:F2} Mchars/s");
            sw.Restart();
            foreach (var t in texts) { bi.SetText(t); bi.First(); while (bi.Next() != BreakIterator.Done) n += bi.RuleStatus; }
            Console.WriteLine($"break+status: {chars / sw.Elapsed.TotalSeconds / 1e6:F2} Mchars/s");
            sw.Restart();
            foreach (var t in texts) n += SearchAnalyzer.Exact.Terms(t).Count;
            Console.WriteLine($"analyzer exact: {chars / sw.Elapsed.TotalSeconds / 1e6:F2} Mchars/s");
            sw.Restart();
            foreach (var t in texts) n += SearchAnalyzer.Stemmed.Terms(t).Count;
            Console.WriteLine($"analyzer stemmed: {chars / sw.Elapsed.TotalSeconds / 1e6:F2} Mchars/s");
        }
        return 0;
    }
}
