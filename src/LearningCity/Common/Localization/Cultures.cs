using System.Globalization;

namespace LearningCity.Common.Localization;

public static class Cultures
{
    public const string Thai = "th-TH";
    public const string English = "en-GB";
    public static readonly string[] Supported = [Thai, English];

    public static bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    public static string LanguageCode => IsThai ? "th" : "en";

    public static string FromLanguageCode(string? code) => Recognise(code) ?? Thai;

    /// <summary>
    /// The supported culture a language name stands for, in its two-letter or full form ("en", "en-GB", "en-US",
    /// "th", "th-TH"), any case; null for a language the site does not have.
    /// </summary>
    public static string? Recognise(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "en" or "en-gb" or "en-us" => English,
        "th" or "th-th" => Thai,
        _ => null,
    };
}
