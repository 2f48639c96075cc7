using System.Text;
using LearningCity.Modules.Search.Analysis;
using LearningCity.Modules.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// Turns what a person typed into a query without any query syntax: words (or "quoted phrases") must all
/// match, each in any of the text fields; a word that the analyzer splits into several tokens (most Thai
/// words typed without spaces) must match as a phrase. Nothing a person types can make this throw.
/// </summary>
internal static class TextQuery
{
    public const int MaxInputChars = 200;
    private const int MaxWords = 16;

    private static readonly (string Field, float Boost)[] Fields =
    [
        (SearchFields.TitleTh, 3f), (SearchFields.TitleEn, 3f),
        (SearchFields.SummaryTh, 1.5f), (SearchFields.SummaryEn, 1.5f),
        (SearchFields.Body, 1f),
    ];

    /// <summary>The analyzed words (each a list of tokens); empty when nothing searchable was typed.</summary>
    public static List<List<string>> Words(string? text)
    {
        var words = new List<List<string>>();
        if (string.IsNullOrWhiteSpace(text)) return words;
        var input = text.Length > MaxInputChars ? text[..MaxInputChars] : text;
        foreach (var chunk in Split(input))
        {
            var tokens = SearchAnalyzer.Stemmed.Terms(chunk);
            if (tokens.Count > 0) words.Add(tokens);
            if (words.Count == MaxWords) break;
        }
        return words;
    }

    /// <summary>Null means "no text": every item (filtered by facets) matches.</summary>
    public static Query? Build(List<List<string>> words)
    {
        if (words.Count == 0) return null;
        var all = new BooleanQuery();
        foreach (var tokens in words)
        {
            var anyField = new BooleanQuery();
            foreach (var (field, boost) in Fields)
            {
                var q = Word(field, tokens);
                q.Boost = boost;
                anyField.Add(q, Occur.SHOULD);
            }
            all.Add(anyField, Occur.MUST);
        }
        return all;
    }

    /// <summary>
    /// One token is a term. Several tokens are a phrase; where neighbours are both Thai, the phrase is of their pairs
    /// as indexed by <see cref="ThaiPairFilter"/> (two Thai tokens: one term), which matches exactly the same docs.
    /// </summary>
    private static Query Word(string field, List<string> tokens)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0]));
        if (tokens.All(t => ThaiPairFilter.IsThai(t)))
        {
            if (tokens.Count == 2) return new TermQuery(new Term(field, ThaiPairFilter.Pair(tokens[0], tokens[1])));
            var pairs = new PhraseQuery();
            for (var i = 0; i + 1 < tokens.Count; i++) pairs.Add(new Term(field, ThaiPairFilter.Pair(tokens[i], tokens[i + 1])), i);
            return pairs;
        }
        var phrase = new PhraseQuery();
        foreach (var token in tokens) phrase.Add(new Term(field, token));
        return phrase;
    }

    /// <summary>Whitespace separates words; a double quote opens or closes a phrase (an unclosed one runs to the end).</summary>
    private static IEnumerable<string> Split(string input)
    {
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in input)
        {
            if (c is '"' or '“' or '”')
            {
                if (current.Length > 0) yield return current.ToString();
                current.Clear();
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0) yield return current.ToString();
                current.Clear();
            }
            else current.Append(c);
        }
        if (current.Length > 0) yield return current.ToString();
    }
}
