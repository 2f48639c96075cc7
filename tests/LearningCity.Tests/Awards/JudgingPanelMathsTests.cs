using LearningCity.Modules.Awards.Judging;

namespace LearningCity.Tests.Awards;

public sealed class JudgingPanelMathsTests
{
    private static readonly Guid Lenient = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Harsh = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    [Fact]
    public void The_weighted_score_is_the_weighted_mean_of_scores_as_percentages_of_their_maximum()
    {
        // (100×25 + 80×25 + 60×20 + 40×15 + 20×15) / 100 = 66
        CriterionScore[] scores = [new(5, 5, 25), new(4, 5, 25), new(3, 5, 20), new(2, 5, 15), new(1, 5, 15)];
        Assert.Equal(66, PanelMaths.Weighted(scores), 9);
        // Unequal maxima: 3/4 = 75 with weight 1, 1/2 = 50 with weight 3 → (75 + 150) / 4 = 56.25
        Assert.Equal(56.25, PanelMaths.Weighted([new(3, 4, 1), new(1, 2, 3)]), 9);
    }

    [Fact]
    public void A_lenient_and_a_harsh_judge_are_put_on_one_scale()
    {
        // The lenient judge scored A 90 and B 80 (mean 85, sd 5); the harsh judge scored B 40 and C 20 (mean 30, sd 10).
        JudgeSheet[] sheets = [new(Lenient, 1, 90), new(Lenient, 2, 80), new(Harsh, 2, 40), new(Harsh, 3, 20)];
        var f = PanelMaths.Figures(sheets, [1, 2, 3, 4], disagreementThreshold: 25);

        Assert.Equal((90.0, 90.0, 1.0), (f[1].Mean!.Value, f[1].Median!.Value, f[1].NormalisedZ!.Value));
        Assert.Equal((60.0, 60.0, 0.0), (f[2].Mean!.Value, f[2].Median!.Value, f[2].NormalisedZ!.Value));
        Assert.Equal((20.0, -1.0), (f[3].Mean!.Value, f[3].NormalisedZ!.Value));
        // Panel: mean 57.5; squared deviations 1056.25 + 506.25 + 306.25 + 1406.25 = 3275, /4 = 818.75, sd = 28.6138...
        var sd = Math.Sqrt(818.75);
        Assert.Equal(57.5 + sd, f[1].Normalised!.Value, 9);
        Assert.Equal(57.5, f[2].Normalised!.Value, 9);
        Assert.Equal(57.5 - sd, f[3].Normalised!.Value, 9);
        // B: 80 and 40 differ by 40 > 25; A has one judge and no spread.
        Assert.Equal((40.0, true), (f[2].Spread!.Value, f[2].Disagreement));
        Assert.False(f[1].Disagreement);
        Assert.Null(f[4].Mean);
        Assert.Null(f[4].NormalisedZ);
    }

    [Fact]
    public void A_judge_who_gives_everyone_the_same_score_has_z_zero_and_the_median_of_an_even_count_is_the_middle_mean()
    {
        var z = PanelMaths.ZScores([new(Harsh, 1, 70), new(Harsh, 2, 70)]);
        Assert.Equal([0.0, 0.0], z.Values.ToArray());
        Assert.Equal(25, PanelMaths.Median([40, 10, 20, 30]));
        Assert.Equal(20, PanelMaths.Median([30, 10, 20]));
        Assert.Equal(Math.Sqrt(2.0 / 3), PanelMaths.StandardDeviation([1, 2, 3]), 9);
    }

    [Fact]
    public void Rescaled_scores_stay_on_the_zero_to_hundred_scale()
    {
        JudgeSheet[] sheets = [new(Lenient, 1, 100), new(Lenient, 2, 0), new(Harsh, 1, 100), new(Harsh, 2, 99), new(Harsh, 3, 0)];
        var f = PanelMaths.Figures(sheets, [1, 2, 3], 25);
        Assert.All(f.Values, x => Assert.InRange(x.Normalised!.Value, 0, 100));
    }
}
