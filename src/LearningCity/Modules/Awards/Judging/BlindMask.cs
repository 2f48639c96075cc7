using System.Text.RegularExpressions;
using LearningCity.Common.Localization;

namespace LearningCity.Modules.Awards.Judging;

/// <summary>
/// Under blind review a city may still name itself in its own text. Before a judge reads it, the city's name and its
/// province's name (Thai and English) are replaced by a placeholder in the narratives, evidence file names and fact
/// sources; the longest name first, so "เทศบาลนครขอนแก่น" becomes one placeholder and not "เทศบาลนคร[จังหวัด]".
/// </summary>
public sealed class BlindMask
{
    private readonly List<(string Name, string Placeholder)> names;

    public BlindMask(BilingualText city, BilingualText province, JsonStringLocalizer l)
    {
        var cityMark = l["Awards.Judging.Blind.City"].Value;
        var provinceMark = l["Awards.Judging.Blind.Province"].Value;
        names = new[] { (city.Th, cityMark), (city.En, cityMark), (province.Th, provinceMark), (province.En, provinceMark) }
            .Where(n => !string.IsNullOrWhiteSpace(n.Item1) && n.Item1!.Trim().Length >= 2)
            .Select(n => (n.Item1!.Trim(), n.Item2)).DistinctBy(n => n.Item1).OrderByDescending(n => n.Item1.Length).ToList();
    }

    public string? Apply(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        foreach (var (name, placeholder) in names)
            text = Regex.Replace(text, Regex.Escape(name), placeholder, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return text;
    }
}
