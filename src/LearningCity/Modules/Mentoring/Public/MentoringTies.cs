using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Mentoring.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Mentoring.Public;

/// <summary>A person tied to a city through a mentoring pair: named in the pair or coordinating one of its two cities.</summary>
public sealed record MentoringTie(Guid UserId, int CityId, int PairId, BilingualText MentorCity, BilingualText MenteeCity)
{
    public string Describe() => $"{MentorCity.Current} → {MenteeCity.Current}";
}

/// <summary>
/// Which people are tied to which cities through live or recent mentoring pairs, for conflict-of-interest checks (the
/// Awards' judge assignment). A pair counts while it is proposed or active, and for <see cref="RecentYears"/> years after
/// it ended if it was ever active; a declined proposal never counts. Everyone named in the pair and every coordinator of
/// either city is tied to both cities of the pair.
/// </summary>
public interface IMentoringTies
{
    Task<IReadOnlyList<MentoringTie>> AmongAsync(IReadOnlyCollection<Guid> userIds, IReadOnlyCollection<int> cityIds, CancellationToken ct);
}

internal sealed class MentoringTies(AppDbContext db, CityCoordinators coordinators, CityLookup cities, TimeProvider time) : IMentoringTies
{
    public const int RecentYears = 2;

    public async Task<IReadOnlyList<MentoringTie>> AmongAsync(IReadOnlyCollection<Guid> userIds, IReadOnlyCollection<int> cityIds, CancellationToken ct)
    {
        if (userIds.Count == 0 || cityIds.Count == 0) return [];
        var since = time.GetUtcNow().UtcDateTime.AddYears(-RecentYears);
        var pairs = await db.MentoringPairs.AsNoTracking()
            .Where(p => cityIds.Contains(p.MentorCityId) || cityIds.Contains(p.MenteeCityId))
            .Where(p => p.Status == PairStatus.Proposed || p.Status == PairStatus.Active
                || (p.Status == PairStatus.Completed && p.EndedAt >= since)
                || (p.Status == PairStatus.Withdrawn && p.RespondedAt != null && p.EndedAt >= since))
            .Select(p => new { p.Id, p.MentorCityId, p.MenteeCityId, People = p.People.Where(x => userIds.Contains(x.UserId)).Select(x => x.UserId).ToList() })
            .ToListAsync(ct);
        if (pairs.Count == 0) return [];
        var pairCities = pairs.SelectMany(p => new[] { p.MentorCityId, p.MenteeCityId }).Distinct().ToList();
        var coordinating = (await coordinators.AmongAsync(userIds, pairCities, ct)).ToLookup(c => c.CityId, c => c.UserId);
        var names = await cities.FindManyAsync(pairCities, ct);
        BilingualText Name(int id) => names.TryGetValue(id, out var c) ? new BilingualText(c.NameTh, c.NameEn) : new BilingualText(id.ToString());

        var ties = new List<MentoringTie>();
        foreach (var p in pairs)
        {
            var people = p.People.Concat(coordinating[p.MentorCityId]).Concat(coordinating[p.MenteeCityId]).Distinct();
            foreach (var user in people)
            foreach (var city in new[] { p.MentorCityId, p.MenteeCityId }.Where(cityIds.Contains))
                ties.Add(new MentoringTie(user, city, p.Id, Name(p.MentorCityId), Name(p.MenteeCityId)));
        }
        return ties;
    }
}
