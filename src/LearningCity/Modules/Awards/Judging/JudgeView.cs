using System.Text.Json.Serialization;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;

namespace LearningCity.Modules.Awards.Judging;

public sealed record RubricLevelDto(int Score, string Text);

public sealed record ScoreDto(int CriterionId, int Score, string? Comment, uint Version, DateTime UpdatedAt);

public sealed record CriterionDto(int Id, string Code, string Name, string Guidance, double Weight, int MaxScore, IReadOnlyList<RubricLevelDto> Rubric,
    string? Narrative, ScoreDto? MyScore);

public sealed record OtherJudgeDto(string Judge, bool Submitted, double? WeightedScore, IReadOnlyList<ScoreDto> Scores);

/// <summary>
/// What a judge sees of an assigned application. Under blind review the city's id, name and province are left out
/// (the properties are absent from the JSON), and the application is called by its number.
/// </summary>
public sealed record JudgeApplicationDto(
    int AssignmentId, int ApplicationId, int CycleId, string Label, bool Blind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? CityId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CityName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ProvinceCode,
    string Category, string Phase, bool CanScore, DateTime? SubmittedAt,
    IReadOnlyList<CriterionDto> Criteria, IReadOnlyList<ApplicationFact> Facts, IReadOnlyList<EvidenceDto> Evidence,
    bool OthersHidden, IReadOnlyList<OtherJudgeDto> Others);

public sealed record EvidenceDto(int? CriterionId, string? FileName, string? Url);

public sealed record MyAssignmentDto(int AssignmentId, int ApplicationId, int CycleId, string CycleName, string Label,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CityName,
    string Category, int Scored, int Criteria, DateTime? SubmittedAt);

internal static class JudgeLabels
{
    public static string Application(int id, JsonStringLocalizer l) => l["Awards.Judging.ApplicationLabel", id].Value;

    /// <summary>"Judge A", "Judge B" … by the order the judges were assigned.</summary>
    public static string Judge(int index, JsonStringLocalizer l) =>
        l["Awards.Judging.JudgeLabel", index < 26 ? ((char)('A' + index)).ToString() : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)].Value;

    public static string Text(BilingualText text) => text.Current;

    public static IReadOnlyList<RubricLevelDto> Rubric(AwardCriterion c) =>
        c.Rubric.OrderBy(r => r.Score).Select(r => new RubricLevelDto(r.Score, Cultures.IsThai ? r.Th : r.En ?? r.Th)).ToList();
}
