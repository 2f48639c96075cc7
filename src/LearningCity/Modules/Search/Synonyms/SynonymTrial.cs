using LearningCity.Modules.Search.Lists;

namespace LearningCity.Modules.Search.Synonyms;

/// <summary>One rule that applies to the words tried: the word of the rule found in them, and what it also looks for.</summary>
public sealed record SynonymMatch(string Word, IReadOnlyList<string> AlsoFinds, SynonymRule Rule);

/// <summary>
/// The "try it" box of the admin page: which rules apply to some words. A rule applies when one of its members that
/// finds others is in the words: anywhere for Thai (written without spaces), as a whole word otherwise, ignoring case.
/// </summary>
internal static class SynonymTrial
{
    public const int MaxChars = 200;

    public static IReadOnlyList<SynonymMatch> Apply(SynonymSet set, string? words)
    {
        var text = (words ?? "").Trim();
        if (text.Length == 0) return [];
        var matches = new List<SynonymMatch>();
        foreach (var rule in set.Rules)
        {
            foreach (var member in rule.From)
            {
                if (!Contains(text, member)) continue;
                var finds = rule.To.Where(t => !string.Equals(t, member, StringComparison.OrdinalIgnoreCase)).ToList();
                if (finds.Count > 0) matches.Add(new SynonymMatch(member, finds, rule));
            }
        }
        return matches;
    }

    private static bool Contains(string text, string member)
    {
        for (var at = text.IndexOf(member, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(member, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (Analysis.ThaiPairFilter.IsThai(member)) return true;
            var end = at + member.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startsWord && endsWord) return true;
        }
        return false;
    }

}
