using System.Text;
using LearningCity.Modules.Search.Analysis;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// One required part of a query: a word, a phrase the vocabulary knows (a synonym, an abbreviation, a place) or a
/// "quoted phrase". An item matches it by any of its forms; the looser forms (parts of words, slips) are added only
/// when the plain ones find little (<see cref="QueryExpansion"/>).
/// </summary>
internal sealed class QueryUnit
{
    public required List<QueryToken> Tokens { get; init; }
    public bool Quoted { get; init; }
    /// <summary>The same thing said otherwise: synonyms and the full forms of abbreviations, a place's other names.</summary>
    public List<List<string>> Forms { get; init; } = [];
    public SearchPlace? Place { get; init; }
    /// <summary>Indexed words that start or end with this one (อุบล → อุบลราชธานี; ราชสีมา → นครราชสีมา).</summary>
    public List<FieldTerm> Parts { get; } = [];
    /// <summary>Indexed words one or two letters away (โรงเรีน → โรงเรียน).</summary>
    public List<FieldTerm> Typos { get; } = [];
    /// <summary>True when the index has no item with the word as typed: its looser matches are what a hit shows marked.</summary>
    public bool Unknown { get; set; }
    /// <summary>The indexed word a slip most likely meant: the "did you mean".</summary>
    public string? Correction { get; set; }

    public List<string> Own => Tokens.Select(t => t.Term).ToList();
    public int Start => Tokens[0].Start;
    public int End => Tokens[^1].End;
    /// <summary>A single plain word: only such a word has parts and slips.</summary>
    public bool IsWord => Tokens.Count == 1 && !Quoted && !Tokens[0].IsAbbreviation && Forms.Count == 0 && Place is null;
}

internal readonly record struct FieldTerm(string Field, string Term);

/// <summary>
/// A query read into <see cref="QueryUnit"/>s. Whitespace and quotes separate pieces; a piece of Thai typed without
/// spaces is read as the words it breaks into, each required like a word typed alone (ห้องสมุดเชียงใหม่ = ห้องสมุด
/// เชียงใหม่), and the words standing together only raise the rank (<see cref="Runs"/>). Nothing typed makes it throw.
/// </summary>
internal sealed class QueryPlan
{
    public const int MaxInputChars = 200;
    public const int MaxUnits = 16;

    public required string Text { get; init; }
    public required List<QueryUnit> Units { get; set; }
    /// <summary>Pieces of Thai of several words typed together: a doc where they stand so is ranked higher.</summary>
    public required List<List<string>> Runs { get; init; }

    public bool IsEmpty => Units.Count == 0;

    public IReadOnlyList<SearchPlace> Places => Units.Where(u => u.Place is not null).Select(u => u.Place!).DistinctBy(p => (p.FacetKey, p.Value)).ToList();

    /// <summary>Every term the search may match, for the highlighter.</summary>
    public HashSet<string> Terms()
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in Units)
        {
            terms.UnionWith(unit.Own);
            foreach (var form in unit.Forms) terms.UnionWith(form);
            if (!unit.Unknown) continue;
            terms.UnionWith(unit.Parts.Select(p => p.Term));
            terms.UnionWith(unit.Typos.Select(p => p.Term));
        }
        return terms;
    }

    /// <summary>The query with each corrected slip replaced by what it most likely meant; null when nothing was corrected.</summary>
    public string? Corrected(Func<string, string> display)
    {
        var corrected = Units.Where(u => u.Correction is not null).OrderBy(u => u.Start).ToList();
        if (corrected.Count == 0) return null;
        var text = new StringBuilder();
        var at = 0;
        foreach (var unit in corrected)
        {
            text.Append(Text, at, unit.Start - at).Append(display(unit.Correction!));
            at = unit.End;
        }
        return text.Append(Text, at, Text.Length - at).ToString();
    }

    /// <param name="words">Whether two neighbouring Thai tokens typed together are one word (<see cref="ThaiWords"/>); none are when null.</param>
    public static QueryPlan Read(string? typed, QueryVocabulary vocabulary, Func<string, string, bool>? words = null)
    {
        var text = typed is null ? "" : typed.Length > MaxInputChars ? typed[..MaxInputChars] : typed;
        var units = new List<QueryUnit>();
        var runs = new List<List<string>>();
        var pending = new List<QueryToken>(); // unquoted tokens not yet read into units: a phrase may span pieces ("Ubon Ratchathani")
        var chunk = 0;
        foreach (var (start, end, quoted) in Pieces(text))
        {
            chunk++;
            if (quoted)
            {
                Flush(pending, vocabulary, units, words);
                var tokens = QueryTokens.Read(text, start, end, chunk, []);
                if (tokens.Count > 0) units.Add(new QueryUnit { Tokens = tokens, Quoted = true });
                continue;
            }
            var piece = QueryTokens.Read(text, start, end, chunk, vocabulary.Abbreviations);
            if (piece.Count > 1 && piece.All(t => !t.IsAbbreviation && ThaiPairFilter.IsThai(t.Term))) runs.Add(piece.Select(t => t.Term).ToList());
            pending.AddRange(piece);
        }
        Flush(pending, vocabulary, units, words);
        return new QueryPlan { Text = text, Units = units.Take(MaxUnits).ToList(), Runs = runs };
    }

    /// <summary>
    /// Longest known phrase first at each token; a token that starts none is a word, with the Thai tokens typed together
    /// after it that belong to the same word (ห้อง + สมุด: ห้องสมุด).
    /// </summary>
    private static void Flush(List<QueryToken> tokens, QueryVocabulary vocabulary, List<QueryUnit> units, Func<string, string, bool>? words)
    {
        for (var i = 0; i < tokens.Count;)
        {
            var matched = false;
            for (var length = Math.Min(vocabulary.LongestPhrase, tokens.Count - i); length >= 1 && !matched; length--)
            {
                var key = string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Key));
                if (!vocabulary.Phrases.TryGetValue(key, out var entry)) continue;
                units.Add(new QueryUnit { Tokens = tokens.GetRange(i, length), Forms = entry.Forms, Place = entry.Place });
                i += length;
                matched = true;
            }
            if (matched) continue;
            var end = i + 1;
            while (words is not null && end < tokens.Count && tokens[end].Chunk == tokens[i].Chunk && Thai(tokens[end - 1]) && Thai(tokens[end])
                && words(tokens[end - 1].Term, tokens[end].Term)) end++;
            units.Add(new QueryUnit { Tokens = tokens.GetRange(i, end - i) });
            i = end;
        }
        tokens.Clear();
    }

    private static bool Thai(QueryToken token) => !token.IsAbbreviation && ThaiPairFilter.IsThai(token.Term);

    /// <summary>Whitespace separates pieces; a double quote opens or closes a phrase (an unclosed one runs to the end).</summary>
    private static IEnumerable<(int Start, int End, bool Quoted)> Pieces(string input)
    {
        var start = -1;
        var quoted = false;
        for (var i = 0; i <= input.Length; i++)
        {
            var c = i < input.Length ? input[i] : ' ';
            var quote = c is '"' or '“' or '”';
            if (quote || (char.IsWhiteSpace(c) && !quoted) || i == input.Length)
            {
                if (start >= 0 && i > start) yield return (start, i, quoted);
                start = -1;
                if (quote) quoted = !quoted;
            }
            else if (start < 0) start = i;
        }
    }
}
