using LearningCity.Modules.Assessment.Public;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Awards.Applications;

/// <summary>The keys and sources of the facts the platform fills in, so a judge knows which figures it computed.</summary>
public static class FactKeys
{
    public const string LearningSpaces = "learning_spaces";
    public const string PublishedResources = "published_resources";
    public const string BoosterActivities = "booster_activities";
    public const string BoosterLearners = "booster_learners";
    public const string BoosterHours = "booster_hours";
    public const string AssessmentScore = "assessment_score";

    public const string ResourcesSource = "resources";
    public const string BoosterSource = "booster";
    public const string AssessmentSource = "assessment";
}

/// <summary>
/// Computes an application's facts from the platform: learning spaces and published resources now, Booster outputs
/// in the Gregorian year before the cycle's year, and the validated overall score in the cycle's assessment cycle.
/// </summary>
public sealed class ApplicationFacts(CityContentFigures content, IBoosterOutputs booster, CityAssessmentResults assessments, TimeProvider time)
{
    public async Task<List<ApplicationFact>> ComputeAsync(AwardCycle cycle, int cityId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var counts = await content.ForCityAsync(cityId, ct);
        var (from, to) = BoosterPeriod(cycle);
        var outputs = await booster.ForCityAsync(cityId, from, to, ct);
        var facts = new List<ApplicationFact>
        {
            new(FactKeys.LearningSpaces, counts.LearningSpaces, FactKeys.ResourcesSource, now),
            new(FactKeys.PublishedResources, counts.Resources, FactKeys.ResourcesSource, now),
            new(FactKeys.BoosterActivities, outputs.Activities, FactKeys.BoosterSource, now),
            new(FactKeys.BoosterLearners, outputs.Total.Learners, FactKeys.BoosterSource, now),
            new(FactKeys.BoosterHours, Math.Round((decimal)outputs.Total.LearningHours, 1), FactKeys.BoosterSource, now),
        };
        if (cycle.AssessmentCycleId is { } assessmentCycle && await assessments.ValidatedAsync(assessmentCycle, cityId, ct) is { OverallScore: { } score })
            facts.Add(new(FactKeys.AssessmentScore, Math.Round((decimal)score, 2), FactKeys.AssessmentSource, now));
        return facts;
    }

    public static (DateOnly From, DateOnly To) BoosterPeriod(AwardCycle cycle) => BoosterPeriod(cycle.YearBe);

    /// <summary>The period, or null for a cycle year outside the calendar (only ever seen in odd data): pages must not fail on it.</summary>
    public static (DateOnly From, DateOnly To)? TryBoosterPeriod(int cycleYearBe) =>
        cycleYearBe - 543 - 1 is >= 1 and <= 9999 ? BoosterPeriod(cycleYearBe) : null;

    public static (DateOnly From, DateOnly To) BoosterPeriod(int cycleYearBe)
    {
        var year = cycleYearBe - 543 - 1;
        return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }
}
