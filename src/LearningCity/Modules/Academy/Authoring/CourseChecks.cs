using System.Text.RegularExpressions;
using LearningCity.Common.Validation;
using LearningCity.Modules.Academy.Data;

namespace LearningCity.Modules.Academy.Authoring;

public static class CourseChoices
{
    public static readonly CourseCapacity[] Capacities = Enum.GetValues<CourseCapacity>();
    public static readonly CourseAudience[] Audiences = Enum.GetValues<CourseAudience>().Where(a => a != CourseAudience.None).ToArray();
    public static readonly LessonKind[] LessonKinds = Enum.GetValues<LessonKind>();

    /// <summary>A capacity by name only ("PolicyAdvocacy"); numbers are refused.</summary>
    public static CourseCapacity? Capacity(string? text) => ByName<CourseCapacity>(text);

    public static CourseAudience? Audience(string? text) => ByName<CourseAudience>(text) is { } a && a != CourseAudience.None ? a : null;

    public static LessonKind? Kind(string? text) => ByName<LessonKind>(text);

    /// <summary>The audiences named in the list, as flags; null when one is unknown.</summary>
    public static CourseAudience? ParseAudiences(IEnumerable<string>? names)
    {
        var result = CourseAudience.None;
        foreach (var name in names ?? [])
        {
            if (Audience(name) is not { } a) return null;
            result |= a;
        }
        return result;
    }

    public static IEnumerable<CourseAudience> Of(CourseAudience flags) => Audiences.Where(a => flags.HasFlag(a));

    private static T? ByName<T>(string? text) where T : struct, Enum =>
        text is { Length: > 0 } && !char.IsAsciiDigit(text.Trim()[0]) && text.Trim()[0] != '-' && Enum.TryParse<T>(text.Trim(), true, out var v) && Enum.IsDefined(v) ? v : null;
}

public sealed class KnownCapacityAttribute() : LocalizedCheckAttribute("Validation.Invalid")
{
    public override bool IsValid(object? value) => value is null or "" || value is string s && CourseChoices.Capacity(s) is not null;
}

public sealed class KnownAudiencesAttribute() : LocalizedCheckAttribute("Validation.Invalid")
{
    public override bool IsValid(object? value) => value is null || value is IEnumerable<string> names && CourseChoices.ParseAudiences(names) is not null;
}

public sealed class KnownLessonKindAttribute() : LocalizedCheckAttribute("Validation.Invalid")
{
    public override bool IsValid(object? value) => value is null or "" || value is string s && CourseChoices.Kind(s) is not null;
}

/// <summary>Indicator codes of the assessment framework: letters then numbers joined by dots, e.g. "B2.3"; at most 30.</summary>
public sealed partial class CourseIndicatorCodesAttribute() : LocalizedCheckAttribute("Academy.Validation.Indicators")
{
    public override bool IsValid(object? value) =>
        value is null || value is IEnumerable<string> typed && CourseInput.SplitIndicators(typed) is { Count: <= 30 } codes && codes.All(c => Pattern().IsMatch(c));

    [GeneratedRegex(@"^[A-Za-z]{1,3}\d{1,3}(\.\d{1,3}){0,3}$")]
    private static partial Regex Pattern();
}
