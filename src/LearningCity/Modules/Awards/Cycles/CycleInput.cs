using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Data;

namespace LearningCity.Modules.Awards.Cycles;

public sealed record CycleInput(int? YearBe, string? NameTh, string? NameEn, string? DescriptionTh, string? DescriptionEn,
    DateOnly? CallOpens, DateOnly? CallCloses, DateOnly? JudgingEnds, DateOnly? AnnouncementOn, int? AssessmentCycleId,
    int? PastWinnerExclusionYears, bool? BlindReview, bool? HideOtherScoresUntilSubmitted, int? JudgesPerApplication, double? DisagreementThreshold, uint? Version);

/// <summary>A category; <see cref="Kind"/> and the local government types are given by name (e.g. "Size", "TownMunicipality").</summary>
public sealed record CategoryInput(string? Code, string? NameTh, string? NameEn, string? DescriptionTh, string? DescriptionEn, string? Kind,
    List<string>? LocalGovernmentTypes, int? MinPopulation, int? MaxPopulation, int? SortOrder)
{
    public CategoryKind? ParsedKind => Parse<CategoryKind>(Kind);

    public List<LocalGovernmentType?> ParsedTypes => (LocalGovernmentTypes ?? []).Select(Parse<LocalGovernmentType>).ToList();

    private static T? Parse<T>(string? name) where T : struct, Enum =>
        name is not null && !name.Any(char.IsDigit) && Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
}

public sealed record CriterionInput(string? Code, string? NameTh, string? NameEn, string? GuidanceTh, string? GuidanceEn, double? Weight, int? WordLimit,
    List<RubricLevel>? Rubric, int? SortOrder);

/// <summary>Checks of what an admin types for a cycle, a category or a criterion; each failure names its field.</summary>
internal static class CycleChecks
{
    public static List<FieldError> Check(CycleInput i)
    {
        var e = new List<FieldError>();
        if (i.YearBe is not (>= 2560 and <= 2700)) e.Add(new("yearBe", "Awards.Cycle.Year"));
        Text(e, "nameTh", i.NameTh, 300, required: true);
        Text(e, "nameEn", i.NameEn, 300);
        Text(e, "descriptionTh", i.DescriptionTh, 4000);
        Text(e, "descriptionEn", i.DescriptionEn, 4000);
        if (i.CallOpens is null) e.Add(new("callOpens", "Awards.Validation.Required"));
        if (i.CallCloses is null) e.Add(new("callCloses", "Awards.Validation.Required"));
        if (i.JudgingEnds is null) e.Add(new("judgingEnds", "Awards.Validation.Required"));
        if (i.AnnouncementOn is null) e.Add(new("announcementOn", "Awards.Validation.Required"));
        if (i.CallOpens is { } o && i.CallCloses is { } c && c < o) e.Add(new("callCloses", "Awards.Cycle.DatesOrder"));
        if (i.CallCloses is { } c2 && i.JudgingEnds is { } j && j <= c2) e.Add(new("judgingEnds", "Awards.Cycle.DatesOrder"));
        if (i.JudgingEnds is { } j2 && i.AnnouncementOn is { } a && a < j2) e.Add(new("announcementOn", "Awards.Cycle.DatesOrder"));
        if (i.PastWinnerExclusionYears is < 0 or > 20) e.Add(new("pastWinnerExclusionYears", "Awards.Validation.Range", 0, 20));
        if (i.JudgesPerApplication is < 1 or > 20) e.Add(new("judgesPerApplication", "Awards.Validation.Range", 1, 20));
        if (i.DisagreementThreshold is < 0 or > 100) e.Add(new("disagreementThreshold", "Awards.Validation.Range", 0, 100));
        return e;
    }

    public static List<FieldError> Check(CategoryInput i)
    {
        var e = new List<FieldError>();
        Code(e, i.Code);
        Text(e, "nameTh", i.NameTh, 300, required: true);
        Text(e, "nameEn", i.NameEn, 300);
        Text(e, "descriptionTh", i.DescriptionTh, 2000);
        Text(e, "descriptionEn", i.DescriptionEn, 2000);
        if (i.ParsedKind is not { } kind) e.Add(new("kind", "Awards.Category.Kind"));
        else if (kind == CategoryKind.LocalGovernmentType && (i.ParsedTypes is not { Count: > 0 } types || types.Any(t => t is null)))
            e.Add(new("localGovernmentTypes", "Awards.Category.Types"));
        else if (kind == CategoryKind.Size && (i.MinPopulation is null && i.MaxPopulation is null || i.MinPopulation < 0 || i.MaxPopulation <= i.MinPopulation))
            e.Add(new("minPopulation", "Awards.Category.Population"));
        return e;
    }

    public static List<FieldError> Check(CriterionInput i)
    {
        var e = new List<FieldError>();
        Code(e, i.Code);
        Text(e, "nameTh", i.NameTh, 300, required: true);
        Text(e, "nameEn", i.NameEn, 300);
        Text(e, "guidanceTh", i.GuidanceTh, 2000);
        Text(e, "guidanceEn", i.GuidanceEn, 2000);
        if (i.Weight is not (> 0 and <= 100)) e.Add(new("weight", "Awards.Criterion.Weight"));
        if (i.WordLimit is not (>= 10 and <= 10_000)) e.Add(new("wordLimit", "Awards.Validation.Range", 10, 10_000));
        if (i.Rubric is not { Count: >= 2 and <= 10 } rubric || rubric.Any(r => r is null || string.IsNullOrWhiteSpace(r.Th) || r.Th.Length > 500 || r.En?.Length > 500)
            || rubric.Select(r => r.Score).Distinct().Count() != rubric.Count || rubric.Any(r => r.Score is < 0 or > 100))
            e.Add(new("rubric", "Awards.Criterion.Rubric"));
        return e;
    }

    private static void Code(List<FieldError> e, string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Trim().Length > 40) e.Add(new("code", "Awards.Validation.Code"));
    }

    private static void Text(List<FieldError> e, string field, string? value, int max, bool required = false)
    {
        if (required && string.IsNullOrWhiteSpace(value)) e.Add(new(field, "Awards.Validation.Required"));
        else if (value?.Trim().Length > max) e.Add(new(field, "Awards.Validation.TooLong", max));
    }

    public static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
