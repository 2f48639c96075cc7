using System.Text;
using LearningCity.Modules.Search.Lists;
using Lucene.Net.Analysis.CharFilters;

namespace LearningCity.Modules.Search.Analysis;

/// <summary>
/// Spelling variants (<c>Lists/variants.txt</c>: สมาร์ตโฟน and สมาร์ทโฟน, อีเมล์ and อีเมล) folded to one form before a text
/// is broken into words, at index and at query time alike, so that either spelling finds both. Offsets still point
/// into the original text, so highlights fall on what the reader sees.
/// </summary>
internal static class SpellingVariants
{
    /// <summary>Variant → the form the index keeps; a form that contains one of its own variants maps to itself.</summary>
    public static IReadOnlyDictionary<string, string> Map { get; } = Parse(ListFiles.Read("variants.txt"));

    public static NormalizeCharMap CharMap { get; } = Build(Map);

    public static Dictionary<string, string> Parse(string text)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            var colon = line.IndexOf(':');
            if (line.Length == 0 || line[0] == '#' || colon <= 0) continue;
            var form = line[..colon].Trim();
            foreach (var variant in line[(colon + 1)..].Split(',').Select(v => v.Trim()).Where(v => v.Length > 0 && v != form))
            {
                map[variant] = form;
                // Longest match wins: the form itself, when it contains a variant (แคมป in แคมป์), must stay as it is.
                if (form.Contains(variant, StringComparison.Ordinal)) map[form] = form;
            }
        }
        return map;
    }

    private static NormalizeCharMap Build(IReadOnlyDictionary<string, string> map)
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (variant, form) in map) builder.Add(variant, form);
        return builder.Build();
    }

    public static TextReader Reader(TextReader input) => new MappingCharFilter(CharMap, input);

    /// <summary>The same folding on a string (the typeahead's keys, longest variant first at each position).</summary>
    public static string Fold(string text)
    {
        if (text.Length == 0) return text;
        using var reader = Reader(new StringReader(text));
        var folded = new StringBuilder(text.Length);
        var buffer = new char[256];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0) folded.Append(buffer, 0, read);
        return folded.ToString();
    }
}
