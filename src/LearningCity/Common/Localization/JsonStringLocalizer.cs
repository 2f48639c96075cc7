using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace LearningCity.Common.Localization;

/// <summary>
/// All UI text lives in Strings.json files (one per module) embedded in the assembly; each key carries
/// its Thai and English text side by side so that a missing translation is visible in review and in a test.
/// </summary>
public sealed class JsonStringLocalizer : IStringLocalizer, IStringLocalizerFactory
{
    private readonly FrozenDictionary<string, (string Th, string En)> _strings;

    public JsonStringLocalizer() => _strings = Load().ToFrozenDictionary();

    public static Dictionary<string, (string Th, string En)> Load()
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var assembly = typeof(JsonStringLocalizer).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("strings/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
                          ?? throw new InvalidOperationException($"Empty string file {name}");
            foreach (var (key, texts) in entries)
            {
                if (!result.TryAdd(key, (texts.GetValueOrDefault("th", ""), texts.GetValueOrDefault("en", ""))))
                    throw new InvalidOperationException($"String key '{key}' is defined twice ({name}).");
            }
        }
        return result;
    }

    public LocalizedString this[string name] => Get(name, CultureInfo.CurrentUICulture);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = Get(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public string Text(string name, CultureInfo culture) => Get(name, culture).Value;

    private LocalizedString Get(string name, CultureInfo culture)
    {
        if (!_strings.TryGetValue(name, out var texts))
            return new LocalizedString(name, name, resourceNotFound: true);
        var value = culture.TwoLetterISOLanguageName == "en" && texts.En.Length > 0 ? texts.En : texts.Th;
        return new LocalizedString(name, value);
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _strings.Keys.Select(k => this[k]);

    public IStringLocalizer Create(Type resourceSource) => this;

    public IStringLocalizer Create(string baseName, string location) => this;

    public static Assembly Assembly => typeof(JsonStringLocalizer).Assembly;
}
