using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;

namespace LearningCity.Modules.Awards.Cycles;

public sealed record TimelineStep(string Key, DateOnly Date, string Display);

public sealed record CategoryDto(int Id, string Code, string NameTh, string? NameEn, string Name, string DescriptionTh, string? DescriptionEn, string Kind,
    IReadOnlyList<string> LocalGovernmentTypes, int? MinPopulation, int? MaxPopulation, int SortOrder)
{
    public static CategoryDto Of(AwardCategory c) => new(c.Id, c.Code, c.Name.Th, c.Name.En, c.Name.Current, c.Description.Th, c.Description.En, c.Kind.ToString(),
        c.LocalGovernmentTypes.Select(t => t.ToString()).ToList(), c.MinPopulation, c.MaxPopulation, c.SortOrder);
}

public sealed record CriterionDto(int Id, string Code, string NameTh, string? NameEn, string Name, string GuidanceTh, string? GuidanceEn, double Weight,
    int WordLimit, IReadOnlyList<RubricLevel> Rubric, int SortOrder)
{
    public static CriterionDto Of(AwardCriterion c) => new(c.Id, c.Code, c.Name.Th, c.Name.En, c.Name.Current, c.Guidance.Th, c.Guidance.En, c.Weight,
        c.WordLimit, c.Rubric, c.SortOrder);
}

/// <summary>A cycle as anyone may read it: the timeline (Buddhist Era in Thai), the rules, the categories and criteria.</summary>
public sealed record CycleDto(int Id, int YearBe, string NameTh, string? NameEn, string Name, string DescriptionTh, string? DescriptionEn, string Phase,
    DateOnly CallOpens, DateOnly CallCloses, DateOnly JudgingEnds, DateOnly AnnouncementOn, IReadOnlyList<TimelineStep> Timeline,
    int? AssessmentCycleId, int PastWinnerExclusionYears, bool BlindReview, bool HideOtherScoresUntilSubmitted, int JudgesPerApplication,
    double DisagreementThreshold, bool IsPublished, bool IsDemo, uint Version, IReadOnlyList<CategoryDto> Categories, IReadOnlyList<CriterionDto> Criteria)
{
    public static CycleDto Of(AwardCycle c, DateOnly thaiToday) => new(c.Id, c.YearBe, c.Name.Th, c.Name.En, c.Name.Current, c.Description.Th, c.Description.En,
        c.PhaseOn(thaiToday).ToString(), c.CallOpens, c.CallCloses, c.JudgingEnds, c.AnnouncementOn, TimelineOf(c), c.AssessmentCycleId, c.PastWinnerExclusionYears,
        c.BlindReview, c.HideOtherScoresUntilSubmitted, c.JudgesPerApplication, c.DisagreementThreshold, c.PublishedAt is not null, c.IsDemo, c.Version,
        c.Categories.OrderBy(x => x.SortOrder).ThenBy(x => x.Id).Select(CategoryDto.Of).ToList(),
        c.Criteria.OrderBy(x => x.SortOrder).ThenBy(x => x.Id).Select(CriterionDto.Of).ToList());

    public static IReadOnlyList<TimelineStep> TimelineOf(AwardCycle c) =>
    [
        new("callOpens", c.CallOpens, Display(c.CallOpens)),
        new("callCloses", c.CallCloses, Display(c.CallCloses)),
        new("judgingEnds", c.JudgingEnds, Display(c.JudgingEnds)),
        new("announcementOn", c.AnnouncementOn, Display(c.AnnouncementOn)),
    ];

    /// <summary>The date in the reader's language and era (พ.ศ. in Thai).</summary>
    public static string Display(DateOnly date) => DateDisplay.Long(date);
}
