using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.Scores;

namespace LearningCity.Tests.Assessment;

public sealed class IndicatorScoringTests
{
    private static Indicator Make(IndicatorValueType type, decimal? baseline = null, decimal? target = null, bool lowerIsBetter = false) => new()
    {
        Code = "T1.1", ValueType = type, Baseline = baseline, Target = target,
        Direction = lowerIsBetter ? IndicatorDirection.LowerIsBetter : IndicatorDirection.HigherIsBetter,
    };

    [Theory]
    [InlineData(0, 0)]
    [InlineData(20, 50)]
    [InlineData(30, 75)]
    [InlineData(40, 100)]
    [InlineData(60, 100)]
    public void A_value_scores_by_its_place_between_the_baseline_and_the_target(double value, double score) =>
        Assert.Equal(score, IndicatorScoring.Score(Make(IndicatorValueType.Percentage, 0, 40), (decimal)value, null));

    [Theory]
    [InlineData(1.5, 0)]
    [InlineData(1.0, 50)]
    [InlineData(0.75, 75)]
    [InlineData(0.5, 100)]
    [InlineData(0.2, 100)]
    [InlineData(3, 0)]
    public void A_lower_is_better_indicator_scores_full_at_its_lower_target(double value, double score) =>
        Assert.Equal(score, IndicatorScoring.Score(Make(IndicatorValueType.Number, 1.5m, 0.5m, lowerIsBetter: true), (decimal)value, null));

    [Fact]
    public void Target_levels_win_over_the_cities_range()
    {
        var withTargets = Make(IndicatorValueType.Number, 0, 200);
        Assert.Equal(25, IndicatorScoring.Score(withTargets, 50, (50, 60)));
        Assert.False(IndicatorScoring.UsesCityRange(withTargets));
    }

    [Theory]
    [InlineData(false, 10, 0)]
    [InlineData(false, 15, 25)]
    [InlineData(false, 30, 100)]
    [InlineData(true, 10, 100)]
    [InlineData(true, 15, 75)]
    [InlineData(true, 30, 0)]
    public void Without_target_levels_a_value_scores_between_the_lowest_and_highest_city(bool lowerIsBetter, double value, double score)
    {
        var indicator = Make(IndicatorValueType.Number, lowerIsBetter: lowerIsBetter);
        Assert.True(IndicatorScoring.UsesCityRange(indicator));
        Assert.Equal(score, IndicatorScoring.Score(indicator, (decimal)value, (10m, 30m)));
    }

    [Fact]
    public void Without_target_levels_one_city_alone_scores_full_and_no_range_means_no_score()
    {
        var indicator = Make(IndicatorValueType.Percentage);
        Assert.Equal(100, IndicatorScoring.Score(indicator, 42, (42m, 42m)));
        Assert.Null(IndicatorScoring.Score(indicator, 42, null));
        // A baseline equal to the target is no target at all.
        Assert.True(IndicatorScoring.UsesCityRange(Make(IndicatorValueType.Number, 5, 5)));
        Assert.Equal(50, IndicatorScoring.Score(Make(IndicatorValueType.Number, 5, 5), 20, (10m, 30m)));
    }

    [Fact]
    public void Yes_scores_full_and_no_scores_nothing_unless_lower_is_better()
    {
        Assert.Equal(100, IndicatorScoring.Score(Make(IndicatorValueType.YesNo), 1, null));
        Assert.Equal(0, IndicatorScoring.Score(Make(IndicatorValueType.YesNo), 0, null));
        Assert.Equal(0, IndicatorScoring.Score(Make(IndicatorValueType.YesNo, lowerIsBetter: true), 1, null));
        Assert.Equal(100, IndicatorScoring.Score(Make(IndicatorValueType.YesNo, lowerIsBetter: true), 0, null));
        Assert.False(IndicatorScoring.UsesCityRange(Make(IndicatorValueType.YesNo)));
    }

    [Theory]
    [InlineData(1, 0, 100)]
    [InlineData(2, 25, 75)]
    [InlineData(3, 50, 50)]
    [InlineData(4, 75, 25)]
    [InlineData(5, 100, 0)]
    public void A_scale_level_scores_in_quarters(int level, double higher, double lower)
    {
        Assert.Equal(higher, IndicatorScoring.Score(Make(IndicatorValueType.Scale), level, null));
        Assert.Equal(lower, IndicatorScoring.Score(Make(IndicatorValueType.Scale, lowerIsBetter: true), level, null));
        Assert.False(IndicatorScoring.UsesCityRange(Make(IndicatorValueType.Scale)));
    }

    [Fact]
    public void Text_and_missing_values_have_no_score()
    {
        Assert.Null(IndicatorScoring.Score(Make(IndicatorValueType.Text), 1, (0m, 2m)));
        Assert.Null(IndicatorScoring.Score(Make(IndicatorValueType.Percentage, 0, 100), null, null));
        Assert.Null(IndicatorScoring.Score(Make(IndicatorValueType.YesNo), null, null));
        Assert.False(IndicatorScoring.UsesCityRange(Make(IndicatorValueType.Text)));
    }

    [Fact]
    public void Scores_round_to_two_decimals()
    {
        Assert.Equal(33.33, IndicatorScoring.Score(Make(IndicatorValueType.Number, 0, 3), 1, null));
        Assert.Equal(66.67, IndicatorScoring.Score(Make(IndicatorValueType.Number, 0, 3), 2, null));
    }

    [Fact]
    public void The_weighted_mean_counts_only_the_scores_that_exist()
    {
        Assert.Equal(87.5, IndicatorScoring.WeightedMean([(50, 1), (100, 3)]));
        Assert.Equal(40, IndicatorScoring.WeightedMean([(null, 5), (40, 1)]));
        Assert.Equal(40, IndicatorScoring.WeightedMean([(90, 0), (40, 2), (70, -1)]));
        Assert.Equal(33.33, IndicatorScoring.WeightedMean([(100, 1), (0, 2)]));
        Assert.Equal(0, IndicatorScoring.WeightedMean([(0, 1), (null, 1)]));
        Assert.Null(IndicatorScoring.WeightedMean([(null, 1), (null, 2)]));
        Assert.Null(IndicatorScoring.WeightedMean([(100, 0)]));
        Assert.Null(IndicatorScoring.WeightedMean([]));
    }
}
