using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Library;

/// <summary>The editable fields of a learning resource: the form of the pages and the body of the API.</summary>
public class ResourceInput
{
    [Required(ErrorMessage = "Validation.Required"), MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Resources.Field.TitleTh")]
    public string? TitleTh { get; set; }

    [MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Resources.Field.TitleEn")]
    public string? TitleEn { get; set; }

    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Resources.Field.SummaryTh")]
    public string? SummaryTh { get; set; }

    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Resources.Field.SummaryEn")]
    public string? SummaryEn { get; set; }

    [MaxLength(100_000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Resources.Field.BodyTh")]
    public string? BodyTh { get; set; }

    [MaxLength(100_000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Resources.Field.BodyEn")]
    public string? BodyEn { get; set; }

    /// <summary>"Article", "Video", "Toolkit", "LessonPlan", "CourseMaterial", "Dataset", "ResearchReport" or "PolicyDocument".</summary>
    [Required(ErrorMessage = "Validation.Required"), KnownResourceType, Display(Name = "Resources.Field.Type")]
    public string? Type { get; set; }

    /// <summary>Audience names, e.g. "OlderPersons", "Educators".</summary>
    [KnownAudiences, Display(Name = "Resources.Field.Audiences")]
    public List<string>? Audiences { get; set; }

    /// <summary>Topic slugs, e.g. "digital-skills" (GET /api/v1/topics lists them).</summary>
    [Display(Name = "Resources.Field.Topics")]
    public List<string>? Topics { get; set; }

    /// <summary>"th", "en" or "mul" (several languages).</summary>
    [Required(ErrorMessage = "Validation.Required"), KnownLanguage, Display(Name = "Resources.Field.Language")]
    public string? Language { get; set; } = "th";

    /// <summary>CC-BY-4.0, CC-BY-SA-4.0, CC-BY-NC-4.0, CC0-1.0 or all-rights-reserved.</summary>
    [Required(ErrorMessage = "Validation.Required"), KnownLicence, Display(Name = "Resources.Field.Licence")]
    public string? Licence { get; set; } = "CC-BY-4.0";

    [MaxLength(1000, ErrorMessage = "Validation.MaxLength"), HttpAddress, Display(Name = "Resources.Field.LinkUrl")]
    public string? LinkUrl { get; set; }

    [Display(Name = "Resources.Field.PublishedOn")]
    public DateOnly? PublishedOn { get; set; }

    /// <summary>Trims text and turns blanks into "not given".</summary>
    public void Normalize()
    {
        foreach (var p in typeof(ResourceInput).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            var text = ((string?)p.GetValue(this))?.Trim();
            p.SetValue(this, string.IsNullOrEmpty(text) ? null : text);
        }
        Audiences = Audiences?.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct().ToList();
        Topics = Topics?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct().ToList();
    }

    /// <summary>Copies a valid input onto the resource; topics are resolved by the caller.</summary>
    public void ApplyTo(LearningResource r)
    {
        r.Title = new BilingualText(TitleTh ?? "", TitleEn);
        r.Summary = new BilingualText(SummaryTh ?? "", SummaryEn);
        r.Body = new BilingualText(BodyTh ?? "", BodyEn);
        r.Type = ResourceChoices.ParseType(Type) ?? r.Type;
        r.Audiences = (Audiences ?? []).Select(ResourceChoices.ParseAudience).Aggregate(Audience.None, (all, a) => all | (a ?? Audience.None));
        r.Language = Language ?? "th";
        r.Licence = Licence ?? ResourceChoices.AllRightsReserved;
        r.LinkUrl = LinkUrl;
        r.PublishedOn = PublishedOn;
    }

    public static T From<T>(LearningResource r, IEnumerable<string> topicSlugs) where T : ResourceInput, new() => new()
    {
        TitleTh = r.Title.Th, TitleEn = r.Title.En,
        SummaryTh = Blank(r.Summary.Th), SummaryEn = r.Summary.En,
        BodyTh = Blank(r.Body.Th), BodyEn = r.Body.En,
        Type = r.Type.ToString(),
        Audiences = ResourceChoices.Split(r.Audiences).Select(a => a.ToString()).ToList(),
        Topics = topicSlugs.ToList(),
        Language = r.Language, Licence = r.Licence, LinkUrl = r.LinkUrl, PublishedOn = r.PublishedOn,
    };

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
