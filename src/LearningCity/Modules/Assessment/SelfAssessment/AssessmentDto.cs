using LearningCity.Modules.Assessment.Data;

namespace LearningCity.Modules.Assessment.SelfAssessment;

public sealed record EvidenceDto(string? FileName, string? Url);

public sealed record ValueDto(string IndicatorCode, string ValueType, string? Value, string? Comment, decimal? Prefilled, string? PrefillSource,
    string? OverrideReason, string? ReviewComment, List<EvidenceDto> Evidence, double? Score);

public sealed record AssessmentDto(int Id, int CycleId, int YearBe, int CityId, string Status, int Revision, DateTime? SubmittedAt, DateTime? ReviewedAt,
    string? ReviewNote, double? OverallScore, uint Version, DateOnly Deadline, List<ValueDto> Values, List<string> Missing)
{
    public static AssessmentDto Of(AssessmentCycle cycle, IndicatorFramework framework, CityAssessment a)
    {
        var values = a.Values.ToDictionary(v => v.IndicatorId);
        var validated = a.Status == AssessmentStatus.Validated;
        return new AssessmentDto(a.Id, cycle.Id, cycle.YearBe, a.CityId, a.Status.ToString(), a.Revision, a.SubmittedAt, a.ReviewedAt, a.ReviewNote,
            validated ? a.OverallScore : null, a.Version, cycle.Deadline,
            framework.Indicators.Where(i => values.ContainsKey(i.Id)).Select(i =>
            {
                var v = values[i.Id];
                return new ValueDto(i.Code, i.ValueType.ToString(), ValueParsing.Display(i, v), v.Comment, v.Prefilled, v.PrefillSource, v.OverrideReason, v.ReviewComment,
                    v.Evidence.Select(e => new EvidenceDto(e.FileName, e.File is { } f ? EvidenceFiles.Url(cycle.Id, a.CityId, f) : e.Url)).ToList(), validated ? v.Score : null);
            }).ToList(),
            AssessmentDrafts.Missing(framework, a).Select(m => m.Indicator.Code).Distinct().ToList());
    }
}
