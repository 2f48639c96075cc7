namespace LearningCity.Modules.Awards.Judging;

/// <summary>One criterion's score as the maths needs it.</summary>
public readonly record struct CriterionScore(int Score, int MaxScore, double Weight);

/// <summary>A judge's submitted weighted score (0–100) of one application.</summary>
public readonly record struct JudgeSheet(Guid Judge, int ApplicationId, double Weighted);

/// <summary>An application's figures over its judges' submitted sheets.</summary>
public sealed record ApplicationFigures(int ApplicationId, IReadOnlyList<double> Weighted, double? Mean, double? Median, double? Spread,
    double? NormalisedZ, double? Normalised, bool Disagreement);

/// <summary>
/// The panel's arithmetic. A sheet's weighted score is Σ(score/max×100×weight)/Σweight. Judges differ in how lenient
/// they are, so each judge's sheets are turned into z-scores with that judge's own mean and (population) standard
/// deviation over the cycle; an application's normalised score is the mean z of its judges, shown also rescaled
/// to the panel's overall mean and standard deviation so that it reads on the 0–100 scale.
/// </summary>
public static class PanelMaths
{
    public static double Weighted(IReadOnlyCollection<CriterionScore> scores)
    {
        var weights = scores.Sum(s => s.Weight);
        return weights <= 0 ? 0 : scores.Sum(s => s.MaxScore == 0 ? 0 : (double)s.Score / s.MaxScore * 100 * s.Weight) / weights;
    }

    public static double Mean(IReadOnlyCollection<double> values) => values.Count == 0 ? 0 : values.Average();

    /// <summary>Population standard deviation (the sheets are all of a judge's work in the cycle, not a sample of it).</summary>
    public static double StandardDeviation(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return 0;
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>z of a sheet against its judge's own sheets; a judge who gave every application the same score has z 0.</summary>
    public static Dictionary<(Guid Judge, int ApplicationId), double> ZScores(IReadOnlyCollection<JudgeSheet> sheets)
    {
        var result = new Dictionary<(Guid, int), double>();
        foreach (var judge in sheets.GroupBy(s => s.Judge))
        {
            var values = judge.Select(s => s.Weighted).ToList();
            var (mean, sd) = (Mean(values), StandardDeviation(values));
            foreach (var sheet in judge) result[(sheet.Judge, sheet.ApplicationId)] = sd < 1e-9 ? 0 : (sheet.Weighted - mean) / sd;
        }
        return result;
    }

    public static Dictionary<int, ApplicationFigures> Figures(IReadOnlyCollection<JudgeSheet> sheets, IEnumerable<int> applicationIds, double disagreementThreshold)
    {
        var z = ZScores(sheets);
        var all = sheets.Select(s => s.Weighted).ToList();
        var (panelMean, panelSd) = (Mean(all), StandardDeviation(all));
        var result = new Dictionary<int, ApplicationFigures>();
        foreach (var id in applicationIds)
        {
            var mine = sheets.Where(s => s.ApplicationId == id).ToList();
            if (mine.Count == 0)
            {
                result[id] = new ApplicationFigures(id, [], null, null, null, null, null, false);
                continue;
            }
            var weighted = mine.Select(s => s.Weighted).ToList();
            var zMean = mine.Average(s => z[(s.Judge, s.ApplicationId)]);
            var spread = weighted.Max() - weighted.Min();
            result[id] = new ApplicationFigures(id, weighted, Mean(weighted), Median(weighted), spread, zMean,
                Math.Clamp(panelMean + zMean * panelSd, 0, 100), spread > disagreementThreshold);
        }
        return result;
    }
}
