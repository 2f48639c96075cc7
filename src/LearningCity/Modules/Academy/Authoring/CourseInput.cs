using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Data;

namespace LearningCity.Modules.Academy.Authoring;

/// <summary>A course's own facts: the form of the pages and the body of the API.</summary>
public class CourseInput
{
    [Required(ErrorMessage = "Validation.Required"), MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.TitleTh")]
    public string? TitleTh { get; set; }

    [MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.TitleEn")]
    public string? TitleEn { get; set; }

    [MaxLength(4000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.SummaryTh")]
    public string? SummaryTh { get; set; }

    [MaxLength(4000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.SummaryEn")]
    public string? SummaryEn { get; set; }

    /// <summary>"CurriculumDevelopment", "PedagogicalInnovation", "CommunityEngagement" or "PolicyAdvocacy".</summary>
    [Required(ErrorMessage = "Validation.Required"), KnownCapacity, Display(Name = "Academy.Field.Capacity")]
    public string? Capacity { get; set; }

    /// <summary>Any of "CityExecutives", "Coordinators", "Facilitators", "Educators", "CommunityLeaders", "Citizens".</summary>
    [KnownAudiences, Display(Name = "Academy.Field.Audiences")]
    public List<string>? Audiences { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Range(0.5, 500, ErrorMessage = "Validation.Range"), Display(Name = "Academy.Field.Hours")]
    public decimal? EstimatedHours { get; set; }

    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.PrerequisitesTh")]
    public string? PrerequisitesTh { get; set; }

    [MaxLength(2000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.PrerequisitesEn")]
    public string? PrerequisitesEn { get; set; }

    /// <summary>Indicator codes of the assessment framework, e.g. "B2.3". In the form, separated by commas.</summary>
    [CourseIndicatorCodes, Display(Name = "Academy.Field.Indicators")]
    public List<string>? Indicators { get; set; }

    /// <summary>Trims text and splits the lists a form sends in one box; blanks become "not given".</summary>
    public virtual void Normalize()
    {
        foreach (var p in typeof(CourseInput).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            var text = ((string?)p.GetValue(this))?.Trim();
            p.SetValue(this, string.IsNullOrEmpty(text) ? null : text);
        }
        Audiences = Audiences?.SelectMany(a => (a ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        Indicators = Indicators is null ? null : SplitIndicators(Indicators);
    }

    public static List<string> SplitIndicators(IEnumerable<string?> values) =>
        values.SelectMany(v => (v ?? "").Split([',', '\n', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => c.ToUpperInvariant()).Distinct().ToList();

    public void ApplyTo(Course c)
    {
        c.Title = new BilingualText(TitleTh ?? "", TitleEn);
        c.Summary = new BilingualText(SummaryTh ?? "", SummaryEn);
        c.Capacity = CourseChoices.Capacity(Capacity) ?? c.Capacity;
        c.Audiences = CourseChoices.ParseAudiences(Audiences) ?? CourseAudience.None;
        c.EstimatedHours = EstimatedHours ?? c.EstimatedHours;
        c.Prerequisites = new BilingualText(PrerequisitesTh ?? "", PrerequisitesEn);
        c.Indicators = Indicators ?? [];
    }

    public static T From<T>(Course c) where T : CourseInput, new() => new()
    {
        TitleTh = c.Title.Th, TitleEn = c.Title.En,
        SummaryTh = c.Summary.Th.Length == 0 ? null : c.Summary.Th, SummaryEn = c.Summary.En,
        Capacity = c.Capacity.ToString(), Audiences = CourseChoices.Of(c.Audiences).Select(a => a.ToString()).ToList(),
        EstimatedHours = c.EstimatedHours,
        PrerequisitesTh = c.Prerequisites.Th.Length == 0 ? null : c.Prerequisites.Th, PrerequisitesEn = c.Prerequisites.En,
        Indicators = [.. c.Indicators],
    };
}

/// <summary>A module: its title.</summary>
public class ModuleInput
{
    [Required(ErrorMessage = "Validation.Required"), MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.ModuleTitleTh")]
    public string? TitleTh { get; set; }

    [MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.ModuleTitleEn")]
    public string? TitleEn { get; set; }

    public virtual void Normalize()
    {
        TitleTh = Blank(TitleTh);
        TitleEn = Blank(TitleEn);
    }

    protected static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// A lesson: its kind and title, and what the kind needs: Markdown for a text, a link for a video, an upload for a
/// file (pages only), a library resource's id for a resource link.
/// </summary>
public class LessonInput
{
    /// <summary>"Text", "Video", "File" or "ResourceLink".</summary>
    [Required(ErrorMessage = "Validation.Required"), KnownLessonKind, Display(Name = "Academy.Field.LessonKind")]
    public string? Kind { get; set; }

    [Required(ErrorMessage = "Validation.Required"), MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.LessonTitleTh")]
    public string? TitleTh { get; set; }

    [MaxLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.LessonTitleEn")]
    public string? TitleEn { get; set; }

    /// <summary>Markdown (a text lesson's content; a note for the other kinds).</summary>
    [MaxLength(Lesson.MaxBodyLength, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.BodyTh")]
    public string? BodyTh { get; set; }

    [MaxLength(Lesson.MaxBodyLength, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.BodyEn")]
    public string? BodyEn { get; set; }

    [MaxLength(1000, ErrorMessage = "Validation.MaxLength"), LearningCity.Common.Validation.WebAddress, Display(Name = "Academy.Field.VideoUrl")]
    public string? VideoUrl { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Validation.Invalid"), Display(Name = "Academy.Field.ResourceId")]
    public int? ResourceId { get; set; }

    public void Normalize()
    {
        foreach (var p in typeof(LessonInput).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            var text = (string?)p.GetValue(this);
            p.SetValue(this, string.IsNullOrWhiteSpace(text) ? null : p.Name.StartsWith("Body", StringComparison.Ordinal) ? text : text.Trim());
        }
    }
}
