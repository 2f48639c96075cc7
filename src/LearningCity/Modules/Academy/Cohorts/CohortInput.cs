using System.ComponentModel.DataAnnotations;

namespace LearningCity.Modules.Academy.Cohorts;

/// <summary>A new cohort: the form of the cohorts page and the body of the API. Dates are ISO (yyyy-MM-dd).</summary>
public sealed class CohortInput
{
    [Required(ErrorMessage = "Validation.Required"), MaxLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.CohortNameTh")]
    public string? NameTh { get; set; }

    [MaxLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.CohortNameEn")]
    public string? NameEn { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Academy.Field.StartsOn")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Academy.Field.EndsOn")]
    public DateOnly? EndsOn { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Range(1, 1000, ErrorMessage = "Validation.Range"), Display(Name = "Academy.Field.Places")]
    public int? Capacity { get; set; }

    /// <summary>The accounts that facilitate it; left out, the person creating the cohort.</summary>
    [MaxLength(20, ErrorMessage = "Validation.MaxLength"), Display(Name = "Academy.Field.Facilitators")]
    public List<Guid>? FacilitatorIds { get; set; }

    public void Normalize()
    {
        NameTh = string.IsNullOrWhiteSpace(NameTh) ? null : NameTh.Trim();
        NameEn = string.IsNullOrWhiteSpace(NameEn) ? null : NameEn.Trim();
    }
}
