using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Dashboards;

public sealed record CityProfileScores(int CityId, string CityName, int CycleId, int YearBe, double? Overall, IReadOnlyList<ChartTable> Charts,
    IReadOnlyList<ChartRow> Strengths, IReadOnlyList<ChartRow> Weaknesses);

/// <summary>One city against its peers (cities of the same local government type) and the nation, and its trend across cycles.</summary>
public sealed class CityDashboard(AppDbContext db, JsonStringLocalizer l, NationalDashboard nation)
{
    public async Task<CityProfileScores?> ForAsync(int cityId, AssessmentCycle cycle, CancellationToken ct)
    {
        var city = await db.Cities.AsNoTracking().Where(c => c.Id == cityId).Select(c => new { c.Id, c.Name, c.LocalGovernmentType }).FirstOrDefaultAsync(ct);
        if (city is null) return null;
        var framework = await FrameworkReader.LoadAsync(db, cycle.FrameworkId, ct);
        var focus = db.AssessmentScores.AsNoTracking().Where(s => s.CycleId == cycle.Id && s.Level == ScoreLevel.FocusArea);
        var own = await focus.Where(s => s.CityId == cityId).ToDictionaryAsync(s => s.ItemId, s => s.Score, ct);
        var national = (await nation.FocusAreaMeansAsync(cycle.Id, ct)).ToDictionary(p => p.Key, p => p.Value.Mean);
        var peers = await (from s in focus join c in db.Cities on s.CityId equals c.Id
                           where c.LocalGovernmentType == city.LocalGovernmentType
                           group s.Score by s.ItemId into g select new { g.Key, Mean = g.Average() }).ToDictionaryAsync(g => g.Key, g => g.Mean, ct);
        var rows = framework.Areas.SelectMany(a => a.FocusAreas).Select(f => new ChartRow($"{f.Code} {f.Name.Current}",
            [Round(own, f.Id), Round(peers, f.Id), Round(national, f.Id)])).ToList();
        var radar = new ChartTable("focus-areas", "radar", ["Assessment.Column.FocusArea", "Assessment.Column.ThisCity", "Assessment.Column.Peers", "Assessment.Column.Nation"], rows);

        var trend = await (from s in db.AssessmentScores.AsNoTracking() join y in db.AssessmentCycles on s.CycleId equals y.Id
                           where s.CityId == cityId && s.Level == ScoreLevel.Overall && y.YearBe <= cycle.YearBe
                           orderby y.YearBe select new { y.YearBe, s.Score }).ToListAsync(ct);
        var trendTable = new ChartTable("trend", "line", ["Assessment.Column.Year", "Assessment.Column.Overall"],
            trend.Select(t => new ChartRow(t.YearBe.ToString(System.Globalization.CultureInfo.InvariantCulture), [Math.Round(t.Score, 2)])).ToList());

        var compared = rows.Where(r => r.Values[0] is not null && r.Values[1] is not null).OrderByDescending(r => r.Values[0]!.Value - r.Values[1]!.Value).ToList();
        var gap = (ChartRow r) => new ChartRow(r.Label, [r.Values[0], r.Values[1], Math.Round(r.Values[0]!.Value - r.Values[1]!.Value, 2)]);
        var overall = await db.AssessmentScores.AsNoTracking().Where(s => s.CycleId == cycle.Id && s.CityId == cityId && s.Level == ScoreLevel.Overall)
            .Select(s => (double?)s.Score).FirstOrDefaultAsync(ct);
        return new CityProfileScores(city.Id, city.Name.Current, cycle.Id, cycle.YearBe, overall, [radar, trendTable],
            compared.Take(3).Where(r => r.Values[0] >= r.Values[1]).Select(gap).ToList(),
            compared.AsEnumerable().Reverse().Take(3).Where(r => r.Values[0] < r.Values[1]).Select(gap).ToList());
    }

    /// <summary>Focus-area and overall scores of chosen cities side by side.</summary>
    public async Task<ChartTable> CompareAsync(AssessmentCycle cycle, IReadOnlyList<int> cityIds, CancellationToken ct)
    {
        var framework = await FrameworkReader.LoadAsync(db, cycle.FrameworkId, ct);
        var found = await db.Cities.AsNoTracking().Where(c => cityIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var cities = cityIds.Distinct().Where(found.ContainsKey).Select(id => (Id: id, Name: found[id])).ToList();
        var scores = await db.AssessmentScores.AsNoTracking().Where(s => s.CycleId == cycle.Id && cityIds.Contains(s.CityId) && s.Level != ScoreLevel.Area)
            .Select(s => new { s.CityId, s.Level, s.ItemId, s.Score }).ToListAsync(ct);
        double? Find(int city, ScoreLevel level, int item) => scores.Where(s => s.CityId == city && s.Level == level && s.ItemId == item).Select(s => (double?)Math.Round(s.Score, 2)).FirstOrDefault();
        var rows = new List<ChartRow> { new(l["Assessment.Column.Overall"].Value, cities.Select(c => Find(c.Id, ScoreLevel.Overall, 0)).ToList()) };
        rows.AddRange(framework.Areas.SelectMany(a => a.FocusAreas).Select(f => new ChartRow($"{f.Code} {f.Name.Current}", cities.Select(c => Find(c.Id, ScoreLevel.FocusArea, f.Id)).ToList())));
        return new ChartTable("compare", "radar", ["Assessment.Column.FocusArea", .. cities.Select(c => "=" + c.Name.Current)], rows);
    }

    private static double? Round(Dictionary<int, double> map, int id) => map.TryGetValue(id, out var v) ? Math.Round(v, 2) : null;
}
