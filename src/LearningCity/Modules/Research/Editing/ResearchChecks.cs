using System.Text.RegularExpressions;
using LearningCity.Common.Validation;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Research.Editing;

/// <summary>A DOI as registered: "10.", a registrant code of 4–9 digits (dot-separated parts allowed), "/", a suffix.</summary>
public sealed partial class DoiAttribute() : LocalizedCheckAttribute("Research.Validation.Doi")
{
    public override bool IsValid(object? value) => value is not string s || ResearchInput.BareDoi(s) is not { } doi || Pattern().IsMatch(doi);

    [GeneratedRegex(@"^10\.\d{4,9}(\.\d+)*/\S+$")]
    private static partial Regex Pattern();
}

/// <summary>At least one author and at most 50, each name at most 200 characters.</summary>
public sealed class AuthorListAttribute() : LocalizedCheckAttribute("Research.Validation.Authors")
{
    public override bool IsValid(object? value) =>
        value is IEnumerable<string> typed && ResearchInput.SplitAuthors(typed) is { Count: > 0 and <= 50 } names && names.All(n => n.Length <= 200);
}

/// <summary>At most 30 keywords of at most 100 characters.</summary>
public sealed class KeywordListAttribute() : LocalizedCheckAttribute("Research.Validation.Keywords")
{
    public override bool IsValid(object? value) =>
        value is null || value is IEnumerable<string> typed && ResearchInput.SplitKeywords(typed) is { Count: <= 30 } words && words.All(w => w.Length <= 100);
}

/// <summary>Indicator codes of the assessment framework: letters then numbers joined by dots, e.g. "B2.3".</summary>
public sealed partial class IndicatorCodesAttribute() : LocalizedCheckAttribute("Research.Validation.Indicators")
{
    public override bool IsValid(object? value) =>
        value is null || value is IEnumerable<string> typed && ResearchInput.SplitIndicators(typed) is { Count: <= 50 } codes && codes.All(c => Pattern().IsMatch(c));

    [GeneratedRegex(@"^[A-Za-z]{1,3}\d{1,3}(\.\d{1,3}){0,3}$")]
    private static partial Regex Pattern();
}

/// <summary>A year from 1900 to 2100, or the same in the Buddhist Era (2443–2643).</summary>
public sealed class ResearchYearAttribute() : LocalizedCheckAttribute("Research.Validation.Year")
{
    public override bool IsValid(object? value) => value is not int year || ResearchInput.Gregorian(year) is >= 1900 and <= 2100;
}

public sealed class KnownResearchTypeAttribute() : LocalizedCheckAttribute("Validation.Invalid")
{
    public override bool IsValid(object? value) => value is null or "" || value is string s && ResearchTypes.Parse(s) is not null;
}

public sealed class KnownContentLicenceAttribute() : LocalizedCheckAttribute("Validation.Invalid")
{
    public override bool IsValid(object? value) => value is null or "" || value is string s && ContentLicences.IsKnown(s);
}

public static class ResearchTypes
{
    public static readonly ResearchType[] All = Enum.GetValues<ResearchType>();

    /// <summary>A type by name only ("PolicyBrief"); numbers are refused.</summary>
    public static ResearchType? Parse(string? text) =>
        text is { Length: > 0 } && !char.IsAsciiDigit(text.Trim()[0]) && Enum.TryParse<ResearchType>(text.Trim(), true, out var t) && Enum.IsDefined(t) ? t : null;
}
