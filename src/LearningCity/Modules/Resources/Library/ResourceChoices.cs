using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Library;

/// <summary>The fixed lists of the resource form: licences, languages, and names of types and audiences.</summary>
public static class ResourceChoices
{
    public const string AllRightsReserved = "all-rights-reserved";

    public static readonly string[] Licences = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC0-1.0", AllRightsReserved];

    public static readonly string[] Languages = ["th", "en", "mul"];

    public static readonly Audience[] Audiences =
        Enum.GetValues<Audience>().Where(a => a != Audience.None).ToArray();

    /// <summary>The human-readable deed of a Creative Commons licence; null for all rights reserved.</summary>
    public static string? LicenceDeed(string licence) => licence switch
    {
        "CC-BY-4.0" => "https://creativecommons.org/licenses/by/4.0/",
        "CC-BY-SA-4.0" => "https://creativecommons.org/licenses/by-sa/4.0/",
        "CC-BY-NC-4.0" => "https://creativecommons.org/licenses/by-nc/4.0/",
        "CC0-1.0" => "https://creativecommons.org/publicdomain/zero/1.0/",
        _ => null,
    };

    public static IEnumerable<Audience> Split(Audience audiences) => Audiences.Where(a => audiences.HasFlag(a));

    /// <summary>A type by name only ("Toolkit"); numbers are refused.</summary>
    public static ResourceType? ParseType(string? text) =>
        text is { Length: > 0 } && !char.IsAsciiDigit(text.Trim()[0]) && Enum.TryParse<ResourceType>(text.Trim(), true, out var t) && Enum.IsDefined(t) ? t : null;

    public static Audience? ParseAudience(string? text) =>
        text is { Length: > 0 } && !char.IsAsciiDigit(text.Trim()[0]) && Enum.TryParse<Audience>(text.Trim(), true, out var a)
        && Audiences.Contains(a) ? a : null;
}
