using System.Globalization;
using LearningCity.Common.Localization;

namespace LearningCity.Modules.Resources.Import;

/// <summary>
/// Reads a choice written as its code name ("PublicLibrary") or its Thai or English label ("ห้องสมุดประชาชน", "Public library").
/// An unknown value is passed on as written, so the content type's own rules report it with their usual message.
/// </summary>
public sealed class ChoiceText(JsonStringLocalizer l)
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo(Cultures.Thai);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(Cultures.English);

    public string? Code<T>(string? text, string labelPrefix) where T : struct, Enum
    {
        if (text is null) return null;
        var value = text.Trim();
        foreach (var option in Enum.GetValues<T>())
        {
            var name = option.ToString();
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase)
                || string.Equals(l.Text(labelPrefix + name, Thai), value, StringComparison.Ordinal)
                || string.Equals(l.Text(labelPrefix + name, English), value, StringComparison.OrdinalIgnoreCase))
                return name;
        }
        return value;
    }

    /// <summary>A list written as "a|b|c".</summary>
    public static List<string> Split(string? text) =>
        text is null ? [] : text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    public List<string> Codes<T>(string? text, string labelPrefix) where T : struct, Enum =>
        Split(text).Select(t => Code<T>(t, labelPrefix)!).ToList();
}
