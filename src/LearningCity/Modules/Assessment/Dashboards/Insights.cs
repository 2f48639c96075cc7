using LearningCity.Common.Data;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Dashboards;

/// <param name="Correlation">Pearson's r between Booster participation and the learning-participation score; null below 3 cities.</param>
public sealed record CycleInsights(int CycleId, int YearBe, int Validated, IReadOnlyList<ChartRow> WeakestFocusAreas, ChartTable Improvers,
    ChartTable Participation, double? Correlation, string? ParticipationFocusArea);

/// <summary>
/// What the cycle's validated data says: the weakest focus areas nationally, the biggest improvers, and whether cities
/// whose people take part more in Booster activities also report more learning participation. Participation is the
/// platform's Booster figure (participants per 1,000 people, as pre-filled); learning participation is the mean score
/// of the other indicators of the focus area that holds that figure.
/// </summary>
public sealed class Insights(AppDbContext db, NationalDashboard national)
{
    public async Task<CycleInsights> ForCycleAsync(AssessmentCycle cycle, CancellationToken ct)
    {
        var focusAreas = (await national.ChartAsync(cycle, "focus-areas", ct))!;
        var weakest = focusAreas.Rows.Where(r => r.Values[0] is not null).OrderBy(r => r.Values[0]).Take(3).ToList();
        var improvers = await national.ImproversAsync(cycle, 5, ct);
        var validated = await db.CityAssessments.CountAsync(a => a.CycleId == cycle.Id && a.Status == AssessmentStatus.Validated, ct);

        var framework = await FrameworkReader.LoadAsync(db, cycle.FrameworkId, ct);
        var focus = framework.Areas.SelectMany(a => a.FocusAreas)
            .FirstOrDefault(f => f.Indicators.Any(i => i.PlatformSource == PlatformFigureKeys.BoosterParticipantsPer1000));
        // Both figures are stored on each validated assessment when the cycle is scored (CycleScores).
        var rows = await (from a in db.CityAssessments.AsNoTracking() join c in db.Cities on a.CityId equals c.Id
                          where a.CycleId == cycle.Id && a.Status == AssessmentStatus.Validated && a.BoosterParticipation != null && a.LearningParticipationScore != null
                          select new { c.Name, X = a.BoosterParticipation!.Value, Y = a.LearningParticipationScore!.Value }).ToListAsync(ct);
        var points = rows.Select(r => (City: r.Name.Current, X: (double)r.X, Y: r.Y)).ToList();
        var table = new ChartTable("participation", "scatter", ["Assessment.Column.City", "Assessment.Column.BoosterPer1000", "Assessment.Column.ParticipationScore"],
            points.OrderBy(p => p.X).Select(p => new ChartRow(p.City, [Math.Round(p.X, 2), Math.Round(p.Y, 2)])).ToList());
        return new CycleInsights(cycle.Id, cycle.YearBe, validated, weakest, improvers, table, Pearson(points.Select(p => (p.X, p.Y)).ToList()),
            focus is null ? null : $"{focus.Code} {focus.Name.Current}");
    }

    public static double? Pearson(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count < 3) return null;
        var mx = points.Average(p => p.X);
        var my = points.Average(p => p.Y);
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var (x, y) in points)
        {
            sxy += (x - mx) * (y - my);
            sxx += (x - mx) * (x - mx);
            syy += (y - my) * (y - my);
        }
        return sxx == 0 || syy == 0 ? null : Math.Round(sxy / Math.Sqrt(sxx * syy), 3);
    }
}
