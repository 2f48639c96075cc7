using System.Globalization;

namespace LearningCity.Common.Localization;

public static class Cultures
{
    public const string Thai = "th-TH";
    public const string English = "en-GB";
    public static readonly string[] Supported = [Thai, English];

    public static bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    public static string LanguageCode => IsThai ? "th" : "en";

    public static string FromLanguageCode(string? code) => code?.ToLowerInvariant() switch
    {
        "en" or "en-gb" or "en-us" => English,
        _ => Thai,
    };
}
