using LearningCity.Common.Data;
using LearningCity.Modules.Assessment.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Scores;

/// <summary>
/// Recomputes every validated assessment's scores in a cycle. Run after each validation, because indicators
/// without target levels are scored against the range of all validated cities, which a new city can widen.
/// </summary>
public sealed class CycleScores(AppDbContext db)
{
    public async Task RecalculateAsync(int cycleId, CancellationToken ct)
    {
        var frameworkId = await db.AssessmentCycles.Where(c => c.Id == cycleId).Select(c => c.FrameworkId).FirstAsync(ct);
        var framework = await FrameworkReader.LoadAsync(db, frameworkId, ct);
        var assessments = await db.CityAssessments.Include(a => a.Values)
            .Where(a => a.CycleId == cycleId && a.Status == AssessmentStatus.Validated).ToListAsync(ct);
        var indicators = framework.Indicators.ToDictionary(i => i.Id);
        var ranges = assessments.SelectMany(a => a.Values).Where(v => v.Number is not null && indicators.TryGetValue(v.IndicatorId, out var i) && IndicatorScoring.UsesCityRange(i))
            .GroupBy(v => v.IndicatorId).ToDictionary(g => g.Key, g => (Min: g.Min(v => v.Number!.Value), Max: g.Max(v => v.Number!.Value)));

        var participation = ParticipationIndicators(framework);
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.AssessmentScores.Where(s => s.CycleId == cycleId).ExecuteDeleteAsync(ct);
        await db.NationalScores.Where(s => s.CycleId == cycleId).ExecuteDeleteAsync(ct);
        var all = new List<AssessmentScore>();
        foreach (var assessment in assessments)
        {
            foreach (var value in assessment.Values)
                value.Score = indicators.TryGetValue(value.IndicatorId, out var i)
                    ? IndicatorScoring.Score(i, value.Number, ranges.TryGetValue(i.Id, out var r) ? r : null) : null;
            var byIndicator = assessment.Values.ToDictionary(v => v.IndicatorId, v => v.Score);
            var rows = new List<AssessmentScore>();
            var areaScores = new List<(double?, double)>();
            foreach (var area in framework.Areas)
            {
                var focusScores = new List<(double?, double)>();
                foreach (var focus in area.FocusAreas)
                {
                    var score = IndicatorScoring.WeightedMean(focus.Indicators.Select(i => (byIndicator.GetValueOrDefault(i.Id), i.Weight)));
                    focusScores.Add((score, focus.Weight));
                    if (score is { } s) rows.Add(Row(assessment, ScoreLevel.FocusArea, focus.Id, s));
                }
                var areaScore = IndicatorScoring.WeightedMean(focusScores);
                areaScores.Add((areaScore, area.Weight));
                if (areaScore is { } a) rows.Add(Row(assessment, ScoreLevel.Area, area.Id, a));
            }
            assessment.OverallScore = IndicatorScoring.WeightedMean(areaScores);
            if (participation is var (booster, others))
            {
                var figure = assessment.Values.FirstOrDefault(v => v.IndicatorId == booster);
                assessment.BoosterParticipation = figure?.Number ?? figure?.Prefilled;
                var scores = others.Select(id => byIndicator.GetValueOrDefault(id)).OfType<double>().ToList();
                assessment.LearningParticipationScore = scores.Count == 0 ? null : Math.Round(scores.Average(), 2);
            }
            if (assessment.OverallScore is { } overall) rows.Add(Row(assessment, ScoreLevel.Overall, 0, overall));
            db.AssessmentScores.AddRange(rows);
            all.AddRange(rows);
        }
        db.NationalScores.AddRange(all.GroupBy(r => (r.Level, r.ItemId)).Select(g => new NationalScore
            { CycleId = cycleId, Level = g.Key.Level, ItemId = g.Key.ItemId, Mean = g.Average(r => r.Score), Cities = g.Count() }));
        await db.SaveChangesAsync(ct);
        await UpdateChangesAsync(cycleId, ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Each validated city's change of overall index since the previous cycle, for this cycle and for the next one
    /// (whose changes were measured against the scores just recomputed).
    /// </summary>
    private async Task UpdateChangesAsync(int cycleId, CancellationToken ct)
    {
        var years = await db.AssessmentCycles.OrderBy(c => c.YearBe).Select(c => c.Id).ToListAsync(ct);
        var at = years.IndexOf(cycleId);
        foreach (var n in new[] { at, at + 1 }.Where(n => n >= 0 && n < years.Count))
        {
            Dictionary<int, double> before = n == 0 ? [] : await db.CityAssessments.AsNoTracking()
                .Where(a => a.CycleId == years[n - 1] && a.Status == AssessmentStatus.Validated && a.OverallScore != null)
                .ToDictionaryAsync(a => a.CityId, a => a.OverallScore!.Value, ct);
            var assessments = await db.CityAssessments.Where(a => a.CycleId == years[n]).ToListAsync(ct);
            foreach (var a in assessments)
                a.OverallChange = a.Status == AssessmentStatus.Validated && a.OverallScore is { } now && before.TryGetValue(a.CityId, out var then) ? now - then : null;
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The Booster participation indicator and the other indicators of its focus area (see Insights).</summary>
    public static (int Booster, List<int> Others)? ParticipationIndicators(IndicatorFramework framework)
    {
        var focus = framework.Areas.SelectMany(a => a.FocusAreas)
            .FirstOrDefault(f => f.Indicators.Any(i => i.PlatformSource == Public.PlatformFigureKeys.BoosterParticipantsPer1000));
        if (focus is null) return null;
        return (focus.Indicators.First(i => i.PlatformSource == Public.PlatformFigureKeys.BoosterParticipantsPer1000).Id,
            focus.Indicators.Where(i => i.PlatformSource is null && i.ValueType != IndicatorValueType.Text).Select(i => i.Id).ToList());
    }

    private static AssessmentScore Row(CityAssessment a, ScoreLevel level, int itemId, double score) =>
        new() { CycleId = a.CycleId, CityId = a.CityId, CityAssessmentId = a.Id, Level = level, ItemId = itemId, Score = score };
}
