using LearningCity.Modules.Awards.Data;

namespace LearningCity.Modules.Awards.Applications;

public sealed record NarrativeDto(int CriterionId, string CriterionCode, string Criterion, string Text, int Words, int WordLimit, bool OverLimit);

public sealed record DecisionDto(bool Shortlisted, string Outcome, string? Rationale);

/// <summary>
/// An application as its city's coordinators and admins read it. The panel's decision is shown only to admins, and
/// to the city once the cycle's results are published.
/// </summary>
public sealed record ApplicationDto(int Id, int CycleId, int CategoryId, string CategoryCode, int CityId, string CityName, string Status, string Phase,
    bool IsEditable, IReadOnlyList<NarrativeDto> Narratives, IReadOnlyList<AwardEvidence> Evidence, IReadOnlyList<ApplicationFact> Facts,
    string? MayorName, string? MayorTitle, bool HasEndorsementLetter, DateTime? EndorsedAt, bool ConsentToPublish,
    DateTime? SubmittedAt, DateTime? WithdrawnAt, DateTime UpdatedAt, uint Version, DecisionDto? Decision)
{
    public static ApplicationDto Of(AwardApplication a, AwardCycle cycle, string cityName, DateOnly thaiToday, bool showDecision)
    {
        var texts = a.Narratives.ToDictionary(n => n.CriterionId, n => n.Text);
        var narratives = cycle.Criteria.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c =>
        {
            var text = texts.GetValueOrDefault(c.Id, "");
            var words = WordCount.Of(text);
            return new NarrativeDto(c.Id, c.Code, c.Name.Current, text, words, c.WordLimit, words > c.WordLimit);
        }).ToList();
        var category = cycle.Categories.FirstOrDefault(c => c.Id == a.CategoryId);
        var phase = cycle.PhaseOn(thaiToday);
        var decision = showDecision || cycle.PublishedAt is not null ? new DecisionDto(a.Shortlisted, a.Outcome.ToString(), a.Rationale) : null;
        return new ApplicationDto(a.Id, a.CycleId, a.CategoryId, category?.Code ?? "", a.CityId, cityName, a.Status.ToString(), phase.ToString(),
            a.IsEditable && phase == AwardPhase.Open, narratives, a.Evidence, a.Facts, a.MayorName, a.MayorTitle, a.EndorsementFile is not null, a.EndorsedAt,
            a.ConsentToPublish, a.SubmittedAt, a.WithdrawnAt, a.UpdatedAt, a.Version, decision);
    }
}
