namespace LearningCity.Modules.Search.Lists;

/// <summary>
/// One line of a synonym list. A group ("ผู้สูงอายุ, คนชรา, elderly") makes every member find the others; a one-way rule
/// ("ทน. => เทศบาลนคร, city municipality") makes what is on the left find what is on the right, not the reverse, so an
/// abbreviation that is also a word (ทน) never pulls the full form's content into a search for the word.
/// </summary>
public sealed record SynonymRule(IReadOnlyList<string> From, IReadOnlyList<string> To, bool OneWay)
{
    public override string ToString() => OneWay ? string.Join(", ", From) + " => " + string.Join(", ", To) : string.Join(", ", From);
}

/// <summary>
/// A synonym and abbreviation list, parsed from lines (the built-in <c>synonyms.txt</c> and what admins add). Applied at
/// query time: what a query contains is searched as itself or any of its synonyms, so no re-index is needed.
/// </summary>
/// <remarks>
/// Line syntax: members separated by commas; <c>=&gt;</c> for a one-way rule; <c>#</c> starts a comment. A member that
/// ends with a full stop (<c>อบต.</c>) is an abbreviation and is recognised only as typed, dot included.
/// </remarks>
public sealed class SynonymSet
{
    public const int MaxMemberChars = 100;
    public const int MaxMembers = 20;

    public static SynonymSet Empty { get; } = new([]);

    public SynonymSet(IReadOnlyList<SynonymRule> rules) => Rules = rules;

    public IReadOnlyList<SynonymRule> Rules { get; }

    /// <summary>This set and another's rules.</summary>
    public SynonymSet With(IEnumerable<SynonymRule> more) => new([.. Rules, .. more]);

    /// <summary>Every rule of a list; a line that is not a rule is skipped and reported (1-based line number, error key).</summary>
    public static SynonymSet Parse(string text, List<(int Line, string Error)>? errors = null)
    {
        var rules = new List<SynonymRule>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (TryParseLine(line, out var rule, out var error)) { if (rule is not null) rules.Add(rule); }
            else errors?.Add((number, error!));
        }
        return new SynonymSet(rules);
    }

    /// <summary>
    /// True with a rule, or true with null for a blank or comment line; false with the key of a localized error
    /// (<c>Search.Synonyms.Error.*</c>) for a line that cannot be a rule.
    /// </summary>
    public static bool TryParseLine(string? line, out SynonymRule? rule, out string? error)
    {
        rule = null;
        error = null;
        var text = (line ?? "").Trim();
        var hash = text.IndexOf('#');
        if (hash >= 0) text = text[..hash].Trim();
        if (text.Length == 0) return true;
        var arrow = text.IndexOf("=>", StringComparison.Ordinal);
        if (arrow >= 0 && text.IndexOf("=>", arrow + 2, StringComparison.Ordinal) >= 0) { error = "Search.Synonyms.Error.TwoArrows"; return false; }
        var from = Members(arrow >= 0 ? text[..arrow] : text);
        var to = arrow >= 0 ? Members(text[(arrow + 2)..]) : from;
        if (from.Any(m => m.Length > MaxMemberChars) || to.Any(m => m.Length > MaxMemberChars)) { error = "Search.Synonyms.Error.TooLong"; return false; }
        if (from.Count + (arrow >= 0 ? to.Count : 0) > MaxMembers) { error = "Search.Synonyms.Error.TooMany"; return false; }
        if (arrow >= 0 ? from.Count == 0 || to.Count == 0 : from.Count < 2) { error = "Search.Synonyms.Error.TooFew"; return false; }
        if (!from.Concat(to).All(m => m.Any(char.IsLetterOrDigit))) { error = "Search.Synonyms.Error.NoWord"; return false; }
        rule = new SynonymRule(from, to, arrow >= 0);
        return true;
    }

    private static List<string> Members(string part) =>
        part.Split(',').Select(m => string.Join(' ', m.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(m => m.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
