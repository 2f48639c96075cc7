using System.Net;
using System.Text;
using LearningCity.Modules.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningCity.Modules.Search.Querying;

/// <summary>
/// Marks the words of a text that the query matched: the text is analyzed with the index's own analyzer,
/// so a Thai word is found inside a run of unspaced Thai exactly where the search found it. The output is
/// HTML-encoded text with &lt;mark&gt; around matches, nothing else, so a page may render it raw.
/// </summary>
internal static class Highlighter
{
    public static string Html(string? text, IReadOnlySet<string> terms, int maxChars)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var matches = terms.Count == 0 ? [] : Matches(text, terms);
        var (from, to) = Window(text, matches, maxChars);
        var html = new StringBuilder();
        if (from > 0) html.Append('…');
        var at = from;
        foreach (var (start, end) in matches.Where(m => m.Start >= from && m.End <= to))
        {
            html.Append(WebUtility.HtmlEncode(text[at..start]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            at = end;
        }
        html.Append(WebUtility.HtmlEncode(text[at..to]));
        if (to < text.Length) html.Append('…');
        return html.ToString();
    }

    private static List<(int Start, int End)> Matches(string text, IReadOnlySet<string> terms)
    {
        var matches = new List<(int Start, int End)>();
        using var stream = SearchAnalyzer.Stemmed.GetTokenStream("h", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (!terms.Contains(term.ToString()) || offset.EndOffset > text.Length) continue;
            // A Thai word that breaks into several tokens ("ห้อง" "สมุด") is one mark, not several side by side.
            if (matches.Count > 0 && matches[^1].End == offset.StartOffset) matches[^1] = (matches[^1].Start, offset.EndOffset);
            else matches.Add((offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return matches;
    }

    /// <summary>The part of a long text to show: from a little before the first match, cut at a space where possible.</summary>
    private static (int From, int To) Window(string text, List<(int Start, int End)> matches, int maxChars)
    {
        if (text.Length <= maxChars) return (0, text.Length);
        var from = matches.Count == 0 ? 0 : Math.Max(0, matches[0].Start - maxChars / 4);
        if (from > 0)
        {
            var space = text.IndexOf(' ', from);
            if (space >= 0 && space < matches[0].Start) from = space + 1;
        }
        var to = Math.Min(text.Length, from + maxChars);
        if (to < text.Length)
        {
            var space = text.LastIndexOf(' ', to - 1, Math.Min(40, to - from));
            if (space > from) to = space;
        }
        if (char.IsHighSurrogate(text[to - 1]) && to < text.Length) to++;
        if (from > 0 && char.IsLowSurrogate(text[from])) from--;
        return (from, to);
    }
}
