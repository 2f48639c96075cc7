namespace LearningCity.Modules.Resources.Public;

/// <summary>
/// The licences content may carry (SPDX-style ids), shared by every module that publishes works. Their names are the
/// strings "Resources.Licence.{id}".
/// </summary>
public static class ContentLicences
{
    public const string Default = "CC-BY-4.0";
    public const string AllRightsReserved = "all-rights-reserved";

    public static readonly string[] All = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC0-1.0", AllRightsReserved];

    public static bool IsKnown(string? licence) => licence is not null && All.Contains(licence.Trim());

    /// <summary>The human-readable deed of a Creative Commons licence; null for all rights reserved.</summary>
    public static string? Deed(string licence) => licence switch
    {
        "CC-BY-4.0" => "https://creativecommons.org/licenses/by/4.0/",
        "CC-BY-SA-4.0" => "https://creativecommons.org/licenses/by-sa/4.0/",
        "CC-BY-NC-4.0" => "https://creativecommons.org/licenses/by-nc/4.0/",
        "CC0-1.0" => "https://creativecommons.org/publicdomain/zero/1.0/",
        _ => null,
    };
}
