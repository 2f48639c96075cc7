using System.Text.RegularExpressions;
using LearningCity.Common.Localization;

namespace LearningCity.Tests.Platform;

// It checks strings and sources, no database, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed partial class LocalizationTests
{
    [Fact]
    public void Every_string_key_has_Thai_and_English_text()
    {
        var missing = JsonStringLocalizer.Load()
            .Where(kv => string.IsNullOrWhiteSpace(kv.Value.Th) || string.IsNullOrWhiteSpace(kv.Value.En))
            .Select(kv => kv.Key).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_key_used_in_pages_and_code_is_defined()
    {
        var keys = JsonStringLocalizer.Load().Keys.ToHashSet();
        var root = SourceRoot();
        var used = new List<(string File, string Key)>();
        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/Migrations/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in KeyUse().Matches(text))
                used.Add((Path.GetRelativePath(root, file), m.Groups["key"].Value));
        }
        Assert.NotEmpty(used);
        var undefined = used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.Empty(undefined);
    }

    [Fact]
    public void Thai_dates_show_the_Buddhist_Era_and_English_dates_the_Gregorian_year()
    {
        var date = new DateOnly(2024, 10, 29);
        Assert.Equal("29 ตุลาคม พ.ศ. 2567", DateDisplay.Long(date, new System.Globalization.CultureInfo("th-TH")));
        Assert.Equal("29 October 2024", DateDisplay.Long(date, new System.Globalization.CultureInfo("en-GB")));
    }

    [Fact]
    public void Bilingual_text_falls_back_to_Thai_when_English_is_missing()
    {
        var text = new BilingualText("เมืองแห่งการเรียนรู้", null);
        Assert.Equal("เมืองแห่งการเรียนรู้", text.For(new System.Globalization.CultureInfo("en-GB")));
        Assert.Equal("Learning city", new BilingualText("เมืองแห่งการเรียนรู้", "Learning city").For(new System.Globalization.CultureInfo("en-GB")));
    }

    internal static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "src", "LearningCity"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("src/LearningCity"), "src", "LearningCity");
    }

    // T["Key"], l["Key"], ErrorMessage = "Key", Name = "Key", TempData["Flash"] = "Key" with a dotted key.
    [GeneratedRegex(@"(?:\b[TlL]\[\s*|ErrorMessage\s*=\s*|\bName\s*=\s*|Flash""\]\s*=\s*)""(?<key>[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)""")]
    private static partial Regex KeyUse();
}
