using LearningCity.Modules.Assessment.Data;

namespace LearningCity.Modules.Assessment.Scores;

/// <summary>
/// The scoring method (shown to users on /assessment/method): each value becomes 0–100, then weighted means roll
/// indicators up into focus areas, focus areas into areas, and areas into the overall index.
/// </summary>
public static class IndicatorScoring
{
    /// <summary>The 0–100 score of one value; null for text indicators and missing values.</summary>
    /// <param name="range">Lowest and highest validated value of the indicator in the cycle, used when it has no target levels.</param>
    public static double? Score(Indicator indicator, decimal? value, (decimal Min, decimal Max)? range)
    {
        if (value is not { } v) return null;
        var higher = indicator.Direction == IndicatorDirection.HigherIsBetter;
        switch (indicator.ValueType)
        {
            case IndicatorValueType.Text:
                return null;
            case IndicatorValueType.YesNo:
                return (v != 0) == higher ? 100 : 0;
            case IndicatorValueType.Scale:
                return Clamp(higher ? (double)(v - 1) / 4 : (double)(5 - v) / 4);
        }
        if (indicator.Baseline is { } zero && indicator.Target is { } full && zero != full)
            return Clamp((double)((v - zero) / (full - zero)));
        if (range is not { } r) return null;
        if (r.Max == r.Min) return 100;
        return Clamp(higher ? (double)((v - r.Min) / (r.Max - r.Min)) : (double)((r.Max - v) / (r.Max - r.Min)));
    }

    /// <summary>Weighted mean of the scores that exist; null when none does.</summary>
    public static double? WeightedMean(IEnumerable<(double? Score, double Weight)> parts)
    {
        double sum = 0, weights = 0;
        foreach (var (score, weight) in parts)
        {
            if (score is not { } s || weight <= 0) continue;
            sum += s * weight;
            weights += weight;
        }
        return weights == 0 ? null : Math.Round(sum / weights, 2);
    }

    private static double Clamp(double fraction) => Math.Round(Math.Clamp(fraction, 0, 1) * 100, 2);

    public static bool UsesCityRange(Indicator i) =>
        i.ValueType is IndicatorValueType.Number or IndicatorValueType.Percentage && (i.Baseline is null || i.Target is null || i.Baseline == i.Target);
}
