using LearningCity.Common.Localization;
using LearningCity.Modules.Search.Data;
using LearningCity.Modules.Search.Lists;

namespace LearningCity.Modules.Search.Synonyms;

/// <summary>Checks one line an admin typed: the rule it makes, or why it makes none, in the reader's language.</summary>
internal static class SynonymLine
{
    public const string FieldKey = "Search.Synonyms.Field.Line";

    /// <summary>The line trimmed and its rule; or the error to show next to the field.</summary>
    public static (string Line, SynonymRule? Rule, string? Error) Check(string? line, JsonStringLocalizer l)
    {
        var text = (line ?? "").Trim();
        if (text.Length == 0) return (text, null, l["Validation.Required", l[FieldKey].Value].Value);
        if (text.Length > SearchSynonym.MaxLineChars) return (text, null, l["Validation.MaxLength", l[FieldKey].Value, SearchSynonym.MaxLineChars].Value);
        if (text.AsSpan().IndexOfAny('\r', '\n') >= 0) return (text, null, l["Search.Synonyms.Error.OneLine"].Value);
        if (!SynonymSet.TryParseLine(text, out var rule, out var error))
            return (text, null, l[error!, SynonymSet.MaxMemberChars, SynonymSet.MaxMembers].Value);
        if (rule is null) return (text, null, l["Search.Synonyms.Error.OnlyComment"].Value);
        return (text, rule, null);
    }
}
