using System.Text.RegularExpressions;

namespace LearningCity.Modules.Forum.Posting;

/// <summary>A new topic: where, its title, its first post (Markdown), whether it asks a question, and its tags.</summary>
public sealed class NewTopicInput
{
    public int CategoryId { get; set; }
    public string? Title { get; set; }
    public string? Body { get; set; }
    /// <summary>A question whose asker may accept an answer.</summary>
    public bool IsQuestion { get; set; }
    /// <summary>Codes of the assessment framework's indicators, e.g. "B2.3".</summary>
    public List<string>? Indicators { get; set; }
    /// <summary>Province codes, e.g. "TH-50".</summary>
    public List<string>? Provinces { get; set; }
}

/// <summary>A reply (Markdown), quoting another post of the topic if given.</summary>
public sealed class ReplyInput
{
    public string? Body { get; set; }
    public int? QuotePostId { get; set; }
}

/// <summary>A post's new text; for the first post, optionally the topic's new title.</summary>
public sealed class EditInput
{
    public string? Body { get; set; }
    public string? Title { get; set; }
}

public static partial class ForumTags
{
    /// <summary>Upper-cased, trimmed, without blanks and repeats; a form sends them separated by commas.</summary>
    public static List<string> Normalize(IEnumerable<string?>? values) =>
        (values ?? []).SelectMany(v => (v ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();

    public static bool IsIndicator(string code) => Indicator().IsMatch(code);

    public static bool IsProvince(string code) => Province().IsMatch(code);

    [GeneratedRegex(@"^[A-Z]{1,3}[0-9]{1,2}(\.[0-9]{1,2}){0,2}$")]
    private static partial Regex Indicator();

    [GeneratedRegex(@"^TH-[0-9]{2}$")]
    private static partial Regex Province();
}
