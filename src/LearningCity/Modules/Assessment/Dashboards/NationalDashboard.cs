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

    /// <summary>One validated city's overall index with what the charts group it by.</summary>
    private sealed record OverallRow(double Score, string ProvinceCode, LocalGovernmentType Type, int? Population);

    private sealed record Snapshot(List<OverallRow> Rows, Dictionary<string, (BilingualText Name, string Region)> Provinces, Dictionary<string, BilingualText> Regions);

    /// <summary>The cycle's overall scores with their cities, read once: five of the charts are groupings of these rows.</summary>
    private async Task<Snapshot> SnapshotAsync(AssessmentCycle cycle, CancellationToken ct) => new(
        await (from s in Overall(cycle.Id) join c in db.Cities on s.CityId equals c.Id
               select new OverallRow(s.Score, c.ProvinceCode, c.LocalGovernmentType, c.Population)).ToListAsync(ct),
        await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => (p.Name, p.RegionCode), ct),
        await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name, ct));

    public async Task<NationalSummary> ForCycleAsync(AssessmentCycle cycle, CancellationToken ct)
    {
        var snapshot = await SnapshotAsync(cycle, ct);
        var overall = snapshot.Rows.Select(r => r.Score).Order().ToList();
        var charts = new List<ChartTable>();
        foreach (var key in ChartKeys) charts.Add(await ChartAsync(cycle, key, snapshot, ct) ?? throw new InvalidOperationException(key));
        return new NationalSummary(cycle.Id, cycle.YearBe, overall.Count, overall.Count == 0 ? null : Math.Round(overall.Average(), 2),
            overall.Count == 0 ? null : Median(overall), charts);
    }

    public async Task<ChartTable?> ChartAsync(AssessmentCycle cycle, string key, CancellationToken ct) =>
        ChartKeys.Contains(key) ? await ChartAsync(cycle, key, key is "focus-areas" or "improvers" ? null : await SnapshotAsync(cycle, ct), ct) : null;

    private async Task<ChartTable?> ChartAsync(AssessmentCycle cycle, string key, Snapshot? s, CancellationToken ct) => key switch
    {
        "distribution" => Distribution(s!.Rows.Select(r => r.Score).ToList()),
        "focus-areas" => await FocusAreasAsync(cycle, ct),
        "regions" => Table(key, "bar", s!.Rows.Where(r => s.Provinces.ContainsKey(r.ProvinceCode)).GroupBy(r => s.Provinces[r.ProvinceCode].Region)
            .Select(g => GroupOf(g.Key, s.Regions.GetValueOrDefault(g.Key) ?? new BilingualText(g.Key), g)).ToList()),
        "provinces" => Table(key, "bar", s!.Rows.GroupBy(r => r.ProvinceCode)
            .Select(g => GroupOf(g.Key, s.Provinces.TryGetValue(g.Key, out var p) ? p.Name : new BilingualText(g.Key), g)).ToList()),
        "types" => Table(key, "bar", s!.Rows.GroupBy(r => r.Type).OrderBy(g => g.Key)
            .Select(g => GroupOf(g.Key.ToString(), new BilingualText(l[$"LocalGovernmentType.{g.Key}"].Value), g)).ToList(), keepOrder: true),
        "sizes" => Table(key, "bar", s!.Rows.GroupBy(r => SizeBand(r.Population)).OrderBy(g => g.Key)
            .Select(g => GroupOf(g.Key.ToString(CultureInfo.InvariantCulture), new BilingualText(l[$"Assessment.Size.{g.Key}"].Value), g)).ToList(), keepOrder: true),
        "improvers" => await ImproversAsync(cycle, 10, ct),
        _ => null,
    };

    private static int SizeBand(int? population) => population switch { null => 0, < 10_000 => 1, < 50_000 => 2, < 100_000 => 3, _ => 4 };

    private static Group GroupOf(string code, BilingualText name, IEnumerable<OverallRow> rows)
    {
        var list = rows.ToList();
        return new Group(code, name.Th, name.En, list.Average(r => r.Score), list.Count);
    }

    private sealed record Group(string Code, string Th, string? En, double Mean, int Count);

    private static ChartTable Table(string key, string kind, List<Group> groups, bool keepOrder = false) =>
        new(key, kind, ["Assessment.Column.Name", "Assessment.Column.Mean", "Assessment.Column.Cities"],
            (keepOrder ? groups : groups.OrderByDescending(g => g.Mean).ToList())
            .Select(g => new ChartRow(new BilingualText(g.Th, g.En).Current, [Math.Round(g.Mean, 2), g.Count])).ToList());

    private static ChartTable Distribution(List<double> scores) =>
        new("distribution", "bar", ["Assessment.Column.Band", "Assessment.Column.Cities"],
            Enumerable.Range(0, 10).Select(b => new ChartRow($"{b * 10}–{b * 10 + 10}",
                [scores.Count(s => (int)Math.Min(9, Math.Floor(s / 10)) == b)])).ToList());

    /// <summary>The national mean of each focus area, stored when the cycle is scored (CycleScores).</summary>
    public async Task<Dictionary<int, NationalScore>> FocusAreaMeansAsync(int cycleId, CancellationToken ct) =>
        await db.NationalScores.AsNoTracking().Where(s => s.CycleId == cycleId && s.Level == ScoreLevel.FocusArea).ToDictionaryAsync(s => s.ItemId, ct);

    private async Task<ChartTable> FocusAreasAsync(AssessmentCycle cycle, CancellationToken ct)
    {
        var means = await FocusAreaMeansAsync(cycle.Id, ct);
        var framework = await FrameworkReader.LoadAsync(db, cycle.FrameworkId, ct);
        return new ChartTable("focus-areas", "radar", ["Assessment.Column.FocusArea", "Assessment.Column.Mean", "Assessment.Column.Cities"],
            framework.Areas.SelectMany(a => a.FocusAreas).Select(f => new ChartRow($"{f.Code} {f.Name.Current}",
                [means.TryGetValue(f.Id, out var m) ? Math.Round(m.Mean, 2) : null, means.TryGetValue(f.Id, out var n) ? n.Cities : 0])).ToList(), Plotted: 1);
    }

    /// <summary>Cities whose overall index rose most since the previous cycle (the change is stored with the scores).</summary>
    public async Task<ChartTable> ImproversAsync(AssessmentCycle cycle, int count, CancellationToken ct)
    {
        var rows = await (
            from a in db.CityAssessments.AsNoTracking()
            where a.CycleId == cycle.Id && a.OverallChange != null && a.Status == AssessmentStatus.Validated
            orderby a.OverallChange descending, a.CityId
            join c in db.Cities on a.CityId equals c.Id
            select new { c.Id, c.Name.Th, c.Name.En, Change = a.OverallChange!.Value, Now = a.OverallScore!.Value }).Take(count).ToListAsync(ct);
        return new ChartTable("improvers", "bar", ["Assessment.Column.City", "Assessment.Column.Change", "Assessment.Column.Before", "Assessment.Column.Now"],
            rows.Select(r => new ChartRow(new BilingualText(r.Th, r.En).Current, [Math.Round(r.Change, 2), Math.Round(r.Now - r.Change, 2), Math.Round(r.Now, 2)],
                $"/assessment/cities/{r.Id}?cycle={cycle.Id}")).ToList());
    }

    internal static double Median(List<double> sorted) =>
        Math.Round(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2, 2);
}
