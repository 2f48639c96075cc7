using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Public;

/// <summary>How many published activities a city runs, and how many of them still have a session to come.</summary>
public sealed record CityActivityCounts(int Published, int Upcoming);

/// <summary>Read by the city's public page to link to its activities with counts.</summary>
public sealed class CityActivities(AppDbContext db, TimeProvider time)
{
    public async Task<CityActivityCounts> ForCityAsync(int cityId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var published = db.Activities.AsNoTracking().Where(a => a.CityId == cityId && a.Status == PublicationStatus.Published);
        return new CityActivityCounts(
            await published.CountAsync(ct),
            await published.CountAsync(a => a.Sessions.Any(s => s.Status == SessionStatus.Scheduled && s.StartsAt > now), ct));
    }

    /// <summary>The public list of the city's activities.</summary>
    public static string ListUrl(int cityId) => $"/activities?city={cityId}";
}
