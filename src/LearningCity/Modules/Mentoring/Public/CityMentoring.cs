using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Mentoring.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Mentoring.Public;

/// <summary>A public mentoring pair of a city, as its profile lists it: the other city and this city's role.</summary>
public sealed record CityMentoringPair(int PairId, bool IsMentor, int OtherCityId, BilingualText OtherCity, IReadOnlyList<string> Indicators, bool Active)
{
    public string Url => $"/mentoring/pairs/{PairId}";
}

/// <summary>The city's active and completed mentoring pairs, for its profile; render them with _CityMentoring.cshtml.</summary>
public interface ICityMentoring
{
    Task<IReadOnlyList<CityMentoringPair>> ForCityAsync(int cityId, CancellationToken ct);
}

internal sealed class CityMentoring(AppDbContext db, CityLookup cities) : ICityMentoring
{
    public async Task<IReadOnlyList<CityMentoringPair>> ForCityAsync(int cityId, CancellationToken ct)
    {
        var pairs = await db.MentoringPairs.AsNoTracking()
            .Where(p => (p.MentorCityId == cityId || p.MenteeCityId == cityId) && (p.Status == PairStatus.Active || p.Status == PairStatus.Completed))
            .OrderBy(p => p.Status).ThenByDescending(p => p.RespondedAt).Take(20)
            .Select(p => new { p.Id, p.MentorCityId, p.MenteeCityId, p.Indicators, p.Status }).ToListAsync(ct);
        var names = await cities.FindManyAsync(pairs.Select(p => p.MentorCityId == cityId ? p.MenteeCityId : p.MentorCityId), ct);
        return pairs.Select(p =>
        {
            var other = p.MentorCityId == cityId ? p.MenteeCityId : p.MentorCityId;
            var name = names.TryGetValue(other, out var c) ? new BilingualText(c.NameTh, c.NameEn) : new BilingualText(other.ToString());
            return new CityMentoringPair(p.Id, p.MentorCityId == cityId, other, name, p.Indicators, p.Status == PairStatus.Active);
        }).ToList();
    }
}
