using System.Text.RegularExpressions;
using LearningCity.Modules.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningCity.Modules.Search.Querying;

/// <summary>A word of a query as the index knows it, where it was typed, and in which piece of the text.</summary>
/// <param name="Key">The token, or for an abbreviation the abbreviation as typed with its dot ("ทน.").</param>
/// <param name="Chunk">The whitespace-separated piece it came from: the words of one piece of Thai were typed together.</param>
internal sealed record QueryToken(string Key, int Start, int End, int Chunk)
{
    public bool IsAbbreviation => Key.EndsWith('.');
    public string Term => QueryTokens.Searchable(Key);
}

internal static partial class QueryTokens
{
    /// <summary>An abbreviation's searchable form is its letters (ทน. → ทน): content that writes it with its dot has that token.</summary>
    public static string Searchable(string key) => key.EndsWith('.') ? key.TrimEnd('.').Replace(".", "", StringComparison.Ordinal) : key;

    /// <summary>The tokens of a piece of text, abbreviations as typed, without positions (for the vocabulary's keys).</summary>
    public static List<string> Keys(string text, IReadOnlyList<string> abbreviations) =>
        Read(text, 0, text.Length, 0, abbreviations).Select(t => t.Key).ToList();

    /// <summary>Reads text[from..to) into tokens: the abbreviations first (longest at each place), the rest through the analyzer.</summary>
    public static List<QueryToken> Read(string text, int from, int to, int chunk, IReadOnlyList<string> abbreviations)
    {
        var tokens = new List<QueryToken>();
        var plain = from;
        for (var i = from; i < to; i++)
        {
            var abbreviation = abbreviations.Count == 0 ? null : abbreviations.FirstOrDefault(a =>
                a.Length <= to - i && string.CompareOrdinal(text, i, a, 0, a.Length) == 0 && (i == 0 || !char.IsAsciiLetter(text[i - 1])));
            if (abbreviation is null) continue;
            Analyze(text, plain, i, chunk, tokens);
            tokens.Add(new QueryToken(abbreviation, i, i + abbreviation.Length, chunk));
            i += abbreviation.Length - 1;
            plain = i + 1;
        }
        Analyze(text, plain, to, chunk, tokens);
        return tokens;
    }

    private static void Analyze(string text, int from, int to, int chunk, List<QueryToken> tokens)
    {
        if (to <= from) return;
        using var stream = SearchAnalyzer.Stemmed.GetTokenStream("q", text[from..to]);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(new QueryToken(term.ToString(), from + offset.StartOffset, from + offset.EndOffset, chunk));
        stream.End();
    }

    /// <summary>The abbreviations in a list member: "รพ.สต." → "รพ.", "สต."; "จ.เชียงใหม่" → "จ.".</summary>
    public static IEnumerable<string> DottedParts(string member) => Dotted().Matches(member).Select(m => m.Value);

    [GeneratedRegex(@"[\u0E01-\u0E4E]{1,6}\.")]
    private static partial Regex Dotted();
}
