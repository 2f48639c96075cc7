using ICU4N.Globalization;
using ICU4N.Text;

namespace LearningCity.Modules.Awards;

/// <summary>
/// Counts words as ICU's dictionary word break for Thai sees them: Thai is written without spaces, so splitting on
/// spaces would count a whole Thai paragraph as a handful of words. Spaces and punctuation are not words.
/// </summary>
public static class WordCount
{
    private const int WordStatusMin = 100; // ICU rule status: 0..99 spaces and punctuation, 100+ numbers and letters
    private static readonly BreakIterator Prototype = BreakIterator.GetWordInstance(new UCultureInfo("th"));

    public static int Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0;
        var words = (BreakIterator)Prototype.Clone();
        words.SetText(text);
        var count = 0;
        words.First();
        for (var end = words.Next(); end != BreakIterator.Done; end = words.Next())
            if (words.RuleStatus >= WordStatusMin) count++;
        return count;
    }
}
