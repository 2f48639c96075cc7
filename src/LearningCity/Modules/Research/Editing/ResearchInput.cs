using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Common.Validation;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Research.Editing;

/// <summary>The editable fields of a research item: the form of the pages and the body of the API.</summary>
public class ResearchInput
{
    [Required(ErrorMessage = "Validation.Required"), MaxLength(500, ErrorMessage = "Validation.MaxLength"), Display(Name = "Research.Field.TitleTh")]
    public string? TitleTh { get; set; }

    [MaxLength(500, ErrorMessage = "Validation.MaxLength"), Display(Name = "Research.Field.TitleEn")]
    public string? TitleEn { get; set; }

    [MaxLength(10_000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Research.Field.AbstractTh")]
    public string? AbstractTh { get; set; }

    [MaxLength(10_000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Research.Field.AbstractEn")]
    public string? AbstractEn { get; set; }

    /// <summary>Names in the order of the work. In the form, one per line.</summary>
    [AuthorList, Display(Name = "Research.Field.Authors")]
    public List<string>? Authors { get; set; }

    /// <summary>Gregorian year; a Buddhist Era year (e.g. 2567) is converted.</summary>
    [Required(ErrorMessage = "Validation.Required"), ResearchYear, Display(Name = "Research.Field.Year")]
    public int? Year { get; set; }

    /// <summary>"Report", "Paper", "PolicyBrief", "Dataset" or "CaseStudy".</summary>
    [Required(ErrorMessage = "Validation.Required"), KnownResearchType, Display(Name = "Research.Field.Type")]
    public string? Type { get; set; }

    /// <summary>e.g. "10.1234/abcd"; a https://doi.org/ or "doi:" prefix is removed.</summary>
    [MaxLength(200, ErrorMessage = "Validation.MaxLength"), Doi, Display(Name = "Research.Field.Doi")]
    public string? Doi { get; set; }

    [MaxLength(1000, ErrorMessage = "Validation.MaxLength"), WebAddress, Display(Name = "Research.Field.Url")]
    public string? Url { get; set; }

    /// <summary>In the form, separated by commas.</summary>
    [KeywordList, Display(Name = "Research.Field.Keywords")]
    public List<string>? Keywords { get; set; }

    /// <summary>Indicator codes of the assessment framework, e.g. "B2.3". In the form, separated by commas.</summary>
    [IndicatorCodes, Display(Name = "Research.Field.Indicators")]
    public List<string>? Indicators { get; set; }

    /// <summary>Ids of the learning cities the work covers.</summary>
    [Display(Name = "Research.Field.Cities")]
    public List<int>? CityIds { get; set; }

    /// <summary>CC-BY-4.0, CC-BY-SA-4.0, CC-BY-NC-4.0, CC0-1.0 or all-rights-reserved.</summary>
    [Required(ErrorMessage = "Validation.Required"), KnownContentLicence, Display(Name = "Research.Field.Licence")]
    public string? Licence { get; set; } = ContentLicences.Default;

    private static readonly string[] DoiPrefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"];

    /// <summary>Trims text, splits list text the form sends in one box, and turns blanks into "not given".</summary>
    public void Normalize()
    {
        foreach (var p in typeof(ResearchInput).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            var text = ((string?)p.GetValue(this))?.Trim();
            p.SetValue(this, string.IsNullOrEmpty(text) ? null : text);
        }
        Doi = BareDoi(Doi);
        Year = Gregorian(Year);
        Authors = Authors is null ? null : SplitAuthors(Authors);
        Keywords = Keywords is null ? null : SplitKeywords(Keywords);
        Indicators = Indicators is null ? null : SplitIndicators(Indicators);
        CityIds = CityIds?.Distinct().ToList();
    }

    // The checks judge values as typed (a form sends a list as one text, a DOI may come as a link), so these are shared with them.

    /// <summary>Thai readers count years in the Buddhist Era; no work is from after 2400 CE.</summary>
    public static int? Gregorian(int? year) => year > 2400 ? year - 543 : year;

    public static string? BareDoi(string? doi)
    {
        doi = doi?.Trim();
        if (string.IsNullOrEmpty(doi)) return null;
        var prefix = DoiPrefixes.FirstOrDefault(x => doi.StartsWith(x, StringComparison.OrdinalIgnoreCase));
        return prefix is null ? doi : doi[prefix.Length..].Trim();
    }

    /// <summary>Names one per line (or separated by ";"): a name may contain a comma ("Doe, J.").</summary>
    public static List<string> SplitAuthors(IEnumerable<string?> values) => Split(values, ['\n', ';'], StringComparer.Ordinal);

    public static List<string> SplitKeywords(IEnumerable<string?> values) => Split(values, [',', '\n', ';'], StringComparer.OrdinalIgnoreCase);

    public static List<string> SplitIndicators(IEnumerable<string?> values) =>
        Split(values, [',', '\n', ';', ' '], StringComparer.OrdinalIgnoreCase).Select(c => c.ToUpperInvariant()).ToList();

    private static List<string> Split(IEnumerable<string?> values, char[] separators, StringComparer comparer) =>
        values.SelectMany(v => (v ?? "").Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(comparer).ToList();

    /// <summary>Copies a valid input onto the item; cities and keywords are set by the caller.</summary>
    public void ApplyTo(ResearchItem r)
    {
        r.Title = new BilingualText(TitleTh ?? "", TitleEn);
        r.Abstract = new BilingualText(AbstractTh ?? "", AbstractEn);
        r.Authors = Authors ?? [];
        r.Year = Year ?? r.Year;
        r.Type = ResearchTypes.Parse(Type) ?? r.Type;
        r.Doi = Doi;
        r.Url = Url;
        r.Indicators = Indicators ?? [];
        r.Licence = Licence ?? ContentLicences.Default;
    }

    public static T From<T>(ResearchItem r) where T : ResearchInput, new() => new()
    {
        TitleTh = r.Title.Th, TitleEn = r.Title.En,
        AbstractTh = r.Abstract.Th.Length == 0 ? null : r.Abstract.Th, AbstractEn = r.Abstract.En,
        Authors = [.. r.Authors], Year = r.Year, Type = r.Type.ToString(), Doi = r.Doi, Url = r.Url,
        Keywords = r.Keywords.OrderBy(k => k.Position).Select(k => k.Text).ToList(),
        Indicators = [.. r.Indicators], CityIds = r.Cities.Select(c => c.CityId).Order().ToList(), Licence = r.Licence,
    };
}
