using LearningCity.Modules.Booster.Data;

namespace LearningCity.Modules.Booster.Public;

/// <summary>Counts for one age group (or for all when AgeGroup is None).</summary>
public sealed record OutputFigures(AgeGroup AgeGroup, int Registrations, int Attendances, int Learners, double LearningHours);

/// <summary>What one activity produced: totals and a row per age group.</summary>
public sealed record ActivityOutputs(int ActivityId, int Sessions, OutputFigures Total, IReadOnlyList<OutputFigures> ByAgeGroup);

/// <summary>What a city's Booster activities produced in a period (Thai calendar dates, inclusive).</summary>
public sealed record CityOutputs(int CityId, DateOnly From, DateOnly To, int Activities, int Sessions, OutputFigures Total, IReadOnlyList<OutputFigures> ByAgeGroup);

/// <summary>
/// The Booster's output figures, read by the assessment and awards modules to pre-fill values. Counts include
/// the anonymous records of deleted accounts; cancelled registrations and cancelled sessions are not counted.
/// </summary>
public interface IBoosterOutputs
{
    Task<ActivityOutputs?> ForActivityAsync(int activityId, CancellationToken ct = default);
    Task<CityOutputs> ForCityAsync(int cityId, DateOnly from, DateOnly to, CancellationToken ct = default);
}
