using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Public;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Mentoring.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Mentoring.Suggestions;

/// <summary>A city that could mentor on one indicator: its score there in its own latest validated self-assessment.</summary>
public sealed record MentorOption(int CityId, BilingualText CityName, double Score, int YearBe);

/// <summary>One of the city's weakest indicators, its score, and the willing cities that score highest there.</summary>
public sealed record WeakIndicator(string Code, BilingualText Name, double Score, IReadOnlyList<MentorOption> Mentors);

/// <summary>The suggestions for a city; <see cref="YearBe"/> is the year of the assessment they come from (null: none validated).</summary>
public sealed record SuggestionList(int CityId, int? YearBe, IReadOnlyList<WeakIndicator> Weakest);

/// <summary>
/// Mentors suggested from real scores: the city's weakest indicators in its latest validated self-assessment, and for
/// each, the approved cities that agreed to mentor and score highest there (in their own latest validated assessment),
/// better than the city itself. Cities already in a live pair with it are left out.
/// </summary>
public sealed class MentorSuggestions(AppDbContext db, IndicatorScores scores, CityLookup cities)
{
    public const int WeakestCount = 3;
    public const int MentorsPerIndicator = 3;

    public async Task<SuggestionList> ForCityAsync(int cityId, CancellationToken ct)
    {
        var own = await scores.LatestValidatedAsync([cityId], ct);
        if (own.Count == 0) return new SuggestionList(cityId, null, []);
        var weakest = own.OrderBy(s => s.Score).ThenBy(s => s.Code, StringComparer.Ordinal).Take(WeakestCount).ToList();

        var paired = await db.MentoringPairs.AsNoTracking()
            .Where(p => (p.Status == PairStatus.Proposed || p.Status == PairStatus.Active) && (p.MentorCityId == cityId || p.MenteeCityId == cityId))
            .Select(p => p.MentorCityId == cityId ? p.MenteeCityId : p.MentorCityId).ToListAsync(ct);
        var willing = await db.MentorWillingness.AsNoTracking().Where(w => w.Willing && w.CityId != cityId).Select(w => w.CityId).ToListAsync(ct);
        var candidates = willing.Except(paired).ToList();
        var names = await cities.FindManyAsync(candidates, ct);
        candidates = candidates.Where(c => names.TryGetValue(c, out var n) && n.IsApproved).ToList();
        var theirs = candidates.Count == 0 ? [] : await scores.LatestValidatedAsync(candidates, ct);
        var byCode = theirs.ToLookup(s => s.Code, StringComparer.OrdinalIgnoreCase);

        var result = weakest.Select(w => new WeakIndicator(w.Code, w.Name, w.Score,
            byCode[w.Code].Where(s => s.Score > w.Score).OrderByDescending(s => s.Score).ThenBy(s => s.CityId).Take(MentorsPerIndicator)
                .Select(s => new MentorOption(s.CityId, new BilingualText(names[s.CityId].NameTh, names[s.CityId].NameEn), s.Score, s.YearBe))
                .ToList())).ToList();
        return new SuggestionList(cityId, own[0].YearBe, result);
    }
}
