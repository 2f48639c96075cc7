using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Resources.Library;

/// <summary>The fixed lists of the resource form: licences, languages, and names of types and audiences.</summary>
public static class ResourceChoices
{
    public const string AllRightsReserved = ContentLicences.AllRightsReserved;

    public static readonly string[] Licences = ContentLicences.All;

    public static readonly string[] Languages = ["th", "en", "mul"];

    public static readonly Audience[] Audiences =
        Enum.GetValues<Audience>().Where(a => a != Audience.None).ToArray();

    /// <summary>The human-readable deed of a Creative Commons licence; null for all rights reserved.</summary>
    public static string? LicenceDeed(string licence) => ContentLicences.Deed(licence);

    public static IEnumerable<Audience> Split(Audience audiences) => Audiences.Where(a => audiences.HasFlag(a));

    /// <summary>A type by name only ("Toolkit"); numbers are refused.</summary>
    public static ResourceType? ParseType(string? text) =>
        text is { Length: > 0 } && !char.IsAsciiDigit(text.Trim()[0]) && Enum.TryParse<ResourceType>(text.Trim(), true, out var t) && Enum.IsDefined(t) ? t : null;

    public static Audience? ParseAudience(string? text) =>
        text is { Length: > 0 } && !char.IsAsciiDigit(text.Trim()[0]) && Enum.TryParse<Audience>(text.Trim(), true, out var a)
        && Audiences.Contains(a) ? a : null;
}
