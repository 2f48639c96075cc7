using LearningCity.Modules.Search.Analysis;
using LearningCity.Modules.Search.Indexing;
using Lucene.Net.Index;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// Whether two Thai tokens typed together are one word. The word breaker knows single words, not every compound
/// (ห้องสมุด breaks into ห้อง + สมุด), so the index's own text decides: two tokens are one word when, in some text field,
/// at least <see cref="Together"/> of the items that have the rarer of them have the two side by side. Words that only
/// happen to be typed together (ห้องสมุด + เชียงใหม่) rarely stand so, and are read as separate words.
/// </summary>
internal static class ThaiWords
{
    public const double Together = 0.2;

    public static Func<string, string, bool> In(IndexReader reader) => (first, second) =>
    {
        foreach (var field in SearchFields.ThaiText)
        {
            var pair = reader.DocFreq(new Term(field, ThaiPairFilter.Pair(first, second)));
            if (pair == 0) continue;
            var rarer = Math.Min(reader.DocFreq(new Term(field, first)), reader.DocFreq(new Term(field, second)));
            if (rarer > 0 && pair >= Together * rarer) return true;
        }
        return false;
    };
}
