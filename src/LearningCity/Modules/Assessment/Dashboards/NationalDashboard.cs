using System.Globalization;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Cities.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Dashboards;

public sealed record NationalSummary(int CycleId, int YearBe, int Validated, double? Mean, double? Median, IReadOnlyList<ChartTable> Charts);

/// <summary>
/// The national picture of one cycle, from the validated assessments' stored scores (never from drafts): distribution
/// of the overall index, averages by province, region, local government type and size, focus areas, top improvers.
/// </summary>
public sealed class NationalDashboard(AppDbContext db, JsonStringLocalizer l)
{
    public static readonly string[] ChartKeys = ["distribution", "focus-areas", "regions", "provinces", "types", "sizes", "improvers"];

    private IQueryable<AssessmentScore> Overall(int cycleId) => db.AssessmentScores.AsNoTracking().Where(s => s.CycleId == cycleId && s.Level == ScoreLevel.Overall);

    public async Task<NationalSummary> ForCycleAsync(AssessmentCycle cycle, CancellationToken ct)
    {
        var overall = await Overall(cycle.Id).Select(s => s.Score).ToListAsync(ct);
        overall.Sort();
        var charts = new List<ChartTable>();
        foreach (var key in ChartKeys) charts.Add(await ChartAsync(cycle, key, ct) ?? throw new InvalidOperationException(key));
        return new NationalSummary(cycle.Id, cycle.YearBe, overall.Count, overall.Count == 0 ? null : Math.Round(overall.Average(), 2),
            overall.Count == 0 ? null : Median(overall), charts);
    }

    public async Task<ChartTable?> ChartAsync(AssessmentCycle cycle, string key, CancellationToken ct) => key switch
    {
        "distribution" => Distribution(await Overall(cycle.Id).Select(s => s.Score).ToListAsync(ct)),
        "focus-areas" => await FocusAreasAsync(cycle, ct),
        "regions" => Table(key, "bar", await (from s in Overall(cycle.Id) join c in db.Cities on s.CityId equals c.Id join p in db.Provinces on c.ProvinceCode equals p.Code
                                            join r in db.Regions on p.RegionCode equals r.Code
                                            group s.Score by new { r.Code, r.Name.Th, r.Name.En } into g
                                            select new Group(g.Key.Code, g.Key.Th, g.Key.En, g.Average(), g.Count())).ToListAsync(ct)),
        "provinces" => Table(key, "bar", await (from s in Overall(cycle.Id) join c in db.Cities on s.CityId equals c.Id join p in db.Provinces on c.ProvinceCode equals p.Code
                                              group s.Score by new { p.Code, p.Name.Th, p.Name.En } into g
                                              select new Group(g.Key.Code, g.Key.Th, g.Key.En, g.Average(), g.Count())).ToListAsync(ct)),
        "types" => Table(key, "bar", (await (from s in Overall(cycle.Id) join c in db.Cities on s.CityId equals c.Id
                                             group s.Score by c.LocalGovernmentType into g
                                             select new { Type = g.Key, Mean = g.Average(), Count = g.Count() }).ToListAsync(ct))
            .OrderBy(g => g.Type).Select(g => new Group(g.Type.ToString(), l[$"LocalGovernmentType.{g.Type}"].Value, null, g.Mean, g.Count)).ToList(), keepOrder: true),
        "sizes" => Table(key, "bar", (await (from s in Overall(cycle.Id) join c in db.Cities on s.CityId equals c.Id
                                             group s.Score by (c.Population == null ? 0 : c.Population < 10_000 ? 1 : c.Population < 50_000 ? 2 : c.Population < 100_000 ? 3 : 4) into g
                                             select new { Band = g.Key, Mean = g.Average(), Count = g.Count() }).ToListAsync(ct))
            .OrderBy(g => g.Band).Select(g => new Group(g.Band.ToString(CultureInfo.InvariantCulture), l[$"Assessment.Size.{g.Band}"].Value, null, g.Mean, g.Count)).ToList(), keepOrder: true),
        "improvers" => await ImproversAsync(cycle, 10, ct),
        _ => null,
    };

    private sealed record Group(string Code, string Th, string? En, double Mean, int Count);

    private static ChartTable Table(string key, string kind, List<Group> groups, bool keepOrder = false) =>
        new(key, kind, ["Assessment.Column.Name", "Assessment.Column.Mean", "Assessment.Column.Cities"],
            (keepOrder ? groups : groups.OrderByDescending(g => g.Mean).ToList())
            .Select(g => new ChartRow(new BilingualText(g.Th, g.En).Current, [Math.Round(g.Mean, 2), g.Count])).ToList());

    private static ChartTable Distribution(List<double> scores) =>
        new("distribution", "bar", ["Assessment.Column.Band", "Assessment.Column.Cities"],
            Enumerable.Range(0, 10).Select(b => new ChartRow($"{b * 10}–{b * 10 + 10}",
                [scores.Count(s => (int)Math.Min(9, Math.Floor(s / 10)) == b)])).ToList());

    private async Task<ChartTable> FocusAreasAsync(AssessmentCycle cycle, CancellationToken ct)
    {
        var means = await db.AssessmentScores.AsNoTracking().Where(s => s.CycleId == cycle.Id && s.Level == ScoreLevel.FocusArea)
            .GroupBy(s => s.ItemId).Select(g => new { g.Key, Mean = g.Average(s => s.Score), Count = g.Count() }).ToDictionaryAsync(g => g.Key, ct);
        var framework = await FrameworkReader.LoadAsync(db, cycle.FrameworkId, ct);
        return new ChartTable("focus-areas", "radar", ["Assessment.Column.FocusArea", "Assessment.Column.Mean", "Assessment.Column.Cities"],
            framework.Areas.SelectMany(a => a.FocusAreas).Select(f => new ChartRow($"{f.Code} {f.Name.Current}",
                [means.TryGetValue(f.Id, out var m) ? Math.Round(m.Mean, 2) : null, means.TryGetValue(f.Id, out var n) ? n.Count : 0])).ToList(), Plotted: 1);
    }

    /// <summary>Cities whose overall index rose most since the previous cycle.</summary>
    public async Task<ChartTable> ImproversAsync(AssessmentCycle cycle, int count, CancellationToken ct)
    {
        var previous = await db.AssessmentCycles.AsNoTracking().Where(c => c.YearBe < cycle.YearBe).OrderByDescending(c => c.YearBe).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        var rows = previous is not { } previousId ? [] : await (
            from now in Overall(cycle.Id)
            join before in db.AssessmentScores on new { now.CityId, CycleId = previousId, Level = ScoreLevel.Overall } equals new { before.CityId, before.CycleId, before.Level }
            join c in db.Cities on now.CityId equals c.Id
            orderby now.Score - before.Score descending, c.Id
            select new { c.Id, c.Name.Th, c.Name.En, Before = before.Score, Now = now.Score }).Take(count).ToListAsync(ct);
        return new ChartTable("improvers", "bar", ["Assessment.Column.City", "Assessment.Column.Change", "Assessment.Column.Before", "Assessment.Column.Now"],
            rows.Select(r => new ChartRow(new BilingualText(r.Th, r.En).Current, [Math.Round(r.Now - r.Before, 2), Math.Round(r.Before, 2), Math.Round(r.Now, 2)],
                $"/assessment/cities/{r.Id}?cycle={cycle.Id}")).ToList());
    }

    internal static double Median(List<double> sorted) =>
        Math.Round(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2, 2);
}
