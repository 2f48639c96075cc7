using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Public;

/// <summary>The figures the platform can compute for a city; an indicator names one in PlatformSource.</summary>
public static class PlatformFigureKeys
{
    public const string SpacesPer10k = "spaces_per_10k";
    public const string PublishedResources = "published_resources";
    public const string BoosterActivities = "booster_activities";
    public const string BoosterLearners = "booster_learners";
    public const string BoosterHours = "booster_hours";
    public const string BoosterParticipantsPer1000 = "booster_participants_per_1000";

    public static readonly string[] All = [SpacesPer10k, PublishedResources, BoosterActivities, BoosterLearners, BoosterHours, BoosterParticipantsPer1000];
}

/// <summary>Computes a city's platform figures for one Buddhist-Era year, from the database and Booster modules' contracts.</summary>
public sealed class PlatformFigures(AppDbContext db, CityContentFigures content, IBoosterOutputs booster)
{
    public async Task<IReadOnlyDictionary<string, decimal?>> ForCityAsync(int cityId, int yearBe, CancellationToken ct = default)
    {
        var population = await db.Cities.Where(c => c.Id == cityId).Select(c => c.Population).FirstOrDefaultAsync(ct);
        var counts = await content.ForCityAsync(cityId, ct);
        var year = yearBe - 543;
        var outputs = await booster.ForCityAsync(cityId, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);
        decimal? PerPeople(int count, int per) => population is > 0 ? Math.Round(count * (decimal)per / population.Value, 2) : null;
        return new Dictionary<string, decimal?>
        {
            [PlatformFigureKeys.SpacesPer10k] = PerPeople(counts.LearningSpaces, 10_000),
            [PlatformFigureKeys.PublishedResources] = counts.Resources,
            [PlatformFigureKeys.BoosterActivities] = outputs.Activities,
            [PlatformFigureKeys.BoosterLearners] = outputs.Total.Learners,
            [PlatformFigureKeys.BoosterHours] = Math.Round((decimal)outputs.Total.LearningHours, 1),
            [PlatformFigureKeys.BoosterParticipantsPer1000] = PerPeople(outputs.Total.Attendances, 1_000),
        };
    }
}
