using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;

namespace LearningCity.Modules.Awards.Pages;

/// <summary>One row of a rubric as typed on the edit page; a row left entirely blank is no level.</summary>
public sealed class RubricRow
{
    public string? Score { get; set; }
    public string? Th { get; set; }
    public string? En { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Score) && string.IsNullOrWhiteSpace(Th) && string.IsNullOrWhiteSpace(En);
}

/// <summary>The fields of a criterion form on /awards/cycles/{id}/edit.</summary>
public sealed class CriterionFields
{
    public string? Code { get; set; }
    public string? NameTh { get; set; }
    public string? NameEn { get; set; }
    public string? GuidanceTh { get; set; }
    public string? GuidanceEn { get; set; }
    public double? Weight { get; set; }
    public int? WordLimit { get; set; }
    public List<RubricRow> Rubric { get; set; } = [];

    /// <summary>A score that is not a whole number makes the rubric invalid (an empty list), so the form says so.</summary>
    public CriterionInput ToInput(AwardCriterion? existing)
    {
        var rows = Rubric.Where(r => !r.IsBlank).ToList();
        List<RubricLevel> levels = rows.All(r => int.TryParse(r.Score, out _))
            ? rows.Select(r => new RubricLevel(int.Parse(r.Score!, System.Globalization.CultureInfo.InvariantCulture), r.Th ?? "", r.En)).ToList()
            : [];
        return new(Code ?? existing?.Code, NameTh, NameEn, GuidanceTh, GuidanceEn, Weight, WordLimit, levels, existing?.SortOrder);
    }
}

/// <summary>The fields of a category form on /awards/cycles/{id}/edit.</summary>
public sealed class CategoryFields
{
    public string? Code { get; set; }
    public string? NameTh { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionTh { get; set; }
    public string? DescriptionEn { get; set; }
    public string? Kind { get; set; }
    public List<string> LocalGovernmentTypes { get; set; } = [];
    public int? MinPopulation { get; set; }
    public int? MaxPopulation { get; set; }

    public CategoryInput ToInput(AwardCategory? existing) =>
        new(Code ?? existing?.Code, NameTh, NameEn, DescriptionTh, DescriptionEn, Kind, LocalGovernmentTypes, MinPopulation, MaxPopulation, existing?.SortOrder);
}

/// <summary>What the criterion and category partials of the edit page show: the stored item (null for a new one) or, after a refusal, what was posted.</summary>
public sealed record CriterionForm(int CycleId, AwardCriterion? Criterion, IReadOnlyDictionary<string, string> Errors, bool ShowPosted);

public sealed record CategoryForm(int CycleId, AwardCategory? Category, IReadOnlyDictionary<string, string> Errors, bool ShowPosted);
