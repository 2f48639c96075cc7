using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Public;

/// <summary>One indicator's 0–100 score in a city's latest validated self-assessment (the cycle's year in the Buddhist Era).</summary>
public sealed record IndicatorScore(int CityId, int YearBe, string Code, BilingualText Name, double Score);

/// <summary>
/// Per-indicator scores of each city's newest validated self-assessment, for modules that compare cities indicator by
/// indicator (mentoring suggestions). Indicators are named by their framework code, which stays the same across versions.
/// </summary>
public sealed class IndicatorScores(AppDbContext db)
{
    /// <summary>The scored indicators of the latest validated assessment of each city given (every city when null).</summary>
    public async Task<IReadOnlyList<IndicatorScore>> LatestValidatedAsync(IReadOnlyCollection<int>? cityIds, CancellationToken ct)
    {
        var validated = db.CityAssessments.AsNoTracking().Where(a => a.Status == AssessmentStatus.Validated);
        if (cityIds is not null) validated = validated.Where(a => cityIds.Contains(a.CityId));
        var assessments = await (from a in validated
                                 join y in db.AssessmentCycles on a.CycleId equals y.Id
                                 select new { a.Id, a.CityId, y.YearBe, CycleId = y.Id }).ToListAsync(ct);
        var latest = assessments.GroupBy(a => a.CityId)
            .Select(g => g.OrderByDescending(a => a.YearBe).ThenByDescending(a => a.CycleId).First())
            .ToDictionary(a => a.Id);
        if (latest.Count == 0) return [];
        var ids = latest.Keys.ToList();
        var values = await (from v in db.AssessmentValues.AsNoTracking()
                            join i in db.Indicators on v.IndicatorId equals i.Id
                            where ids.Contains(v.CityAssessmentId) && v.Score != null
                            select new { v.CityAssessmentId, i.Code, i.Name, Score = v.Score!.Value }).ToListAsync(ct);
        return values.Select(v =>
        {
            var a = latest[v.CityAssessmentId];
            return new IndicatorScore(a.CityId, a.YearBe, v.Code, v.Name, v.Score);
        }).ToList();
    }

    /// <summary>The names of indicator codes in the newest framework version that has them; unknown codes are absent.</summary>
    public async Task<Dictionary<string, BilingualText>> NamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var wanted = codes.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (wanted.Count == 0) return new(StringComparer.OrdinalIgnoreCase);
        var rows = await (from i in db.Indicators.AsNoTracking()
                          join f in db.FocusAreas on i.FocusAreaId equals f.Id
                          join a in db.FrameworkAreas on f.AreaId equals a.Id
                          join w in db.IndicatorFrameworks on a.FrameworkId equals w.Id
                          where wanted.Contains(i.Code)
                          select new { i.Code, i.Name, w.VersionNumber }).ToListAsync(ct);
        return rows.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.VersionNumber).First().Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every indicator of the newest published framework, in its order: what a mentoring pair may focus on.</summary>
    public async Task<IReadOnlyList<(string Code, BilingualText Name)>> CurrentIndicatorsAsync(CancellationToken ct)
    {
        var framework = await db.IndicatorFrameworks.AsNoTracking().Where(f => f.Status == FrameworkStatus.Published)
            .OrderByDescending(f => f.VersionNumber).Select(f => (int?)f.Id).FirstOrDefaultAsync(ct);
        if (framework is null) return [];
        var rows = await (from i in db.Indicators.AsNoTracking()
                          join f in db.FocusAreas on i.FocusAreaId equals f.Id
                          join a in db.FrameworkAreas on f.AreaId equals a.Id
                          where a.FrameworkId == framework && i.ValueType != IndicatorValueType.Text
                          orderby a.SortOrder, f.SortOrder, i.SortOrder
                          select new { i.Code, i.Name }).ToListAsync(ct);
        return rows.Select(r => (r.Code, r.Name)).ToList();
    }
}
