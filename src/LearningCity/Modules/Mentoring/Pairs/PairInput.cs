using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace LearningCity.Modules.Mentoring.Pairs;

/// <summary>A request for a pair: the API's body and the suggestion form's fields.</summary>
public sealed partial class PairRequestInput
{
    [Required(ErrorMessage = "Validation.Required"), Range(1, int.MaxValue, ErrorMessage = "Validation.Required"), Display(Name = "Mentoring.Field.MentorCity")]
    public int? MentorCityId { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Range(1, int.MaxValue, ErrorMessage = "Validation.Required"), Display(Name = "Mentoring.Field.MenteeCity")]
    public int? MenteeCityId { get; set; }

    /// <summary>Indicator codes of the assessment framework the pair will work on, e.g. "B2.3"; one to ten.</summary>
    [Display(Name = "Mentoring.Field.Indicators")]
    public List<string>? Indicators { get; set; }

    [MaxLength(4000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Mentoring.Field.GoalsTh")]
    public string? GoalsTh { get; set; }

    [MaxLength(4000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Mentoring.Field.GoalsEn")]
    public string? GoalsEn { get; set; }

    public void Normalize()
    {
        GoalsTh = string.IsNullOrWhiteSpace(GoalsTh) ? null : GoalsTh.Trim();
        GoalsEn = string.IsNullOrWhiteSpace(GoalsEn) ? null : GoalsEn.Trim();
        Indicators = SplitCodes(Indicators);
    }

    public static List<string> SplitCodes(IEnumerable<string?>? values) =>
        (values ?? []).SelectMany(v => (v ?? "").Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => c.ToUpperInvariant()).Distinct().ToList();

    public static bool IsCode(string code) => CodePattern().IsMatch(code);

    [GeneratedRegex(@"^[A-Z]{1,3}\d{1,3}(\.\d{1,3}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}

/// <summary>A meeting of the pair: the day it took place (ISO) and what was discussed.</summary>
public sealed class MeetingInput
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Mentoring.Field.MeetingDate")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Validation.Required"), MaxLength(4000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Mentoring.Field.MeetingNotes")]
    public string? Notes { get; set; }
}

public sealed class NoteInput
{
    [Required(ErrorMessage = "Validation.Required"), MaxLength(4000, ErrorMessage = "Validation.MaxLength"), Display(Name = "Mentoring.Field.Note")]
    public string? Text { get; set; }
}

/// <summary>A named person added to one side of the pair, by the e-mail address of their account.</summary>
public sealed class PersonInput
{
    [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), MaxLength(320, ErrorMessage = "Validation.MaxLength"), Display(Name = "Mentoring.Field.Email")]
    public string? Email { get; set; }

    /// <summary>"Mentor" or "Mentee".</summary>
    [Required(ErrorMessage = "Validation.Required"), RegularExpression("^(Mentor|Mentee)$", ErrorMessage = "Validation.Invalid"), Display(Name = "Mentoring.Field.Side")]
    public string? Side { get; set; }
}

public sealed class WillingnessInput
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Mentoring.Field.Willing")]
    public bool? Willing { get; set; }
}
