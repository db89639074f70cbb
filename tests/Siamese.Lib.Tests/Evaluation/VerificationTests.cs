using Siamese.Lib.Evaluation;

namespace Siamese.Lib.Tests.Evaluation;

public class VerificationTests
{
    [Theory]
    // distances: same pairs close. Cut 0.5 inclusive: 0.1 S ok, 0.4 S ok, 0.5 S (label D) wrong, 0.9 D ok.
    [InlineData(new double[] { 0.1, 0.4, 0.5, 0.9 }, new[] { true, true, false, false }, 0.5, ScoreDirection.LowerMeansSame, 0.75)]
    [InlineData(new double[] { 0.1, 0.4, 0.5, 0.9 }, new[] { true, true, false, false }, 0.45, ScoreDirection.LowerMeansSame, 1.0)]
    // logits: same pairs high.
    [InlineData(new double[] { 2.0, -1.0, 0.5, -3.0 }, new[] { true, false, true, false }, 0.0, ScoreDirection.HigherMeansSame, 1.0)]
    [InlineData(new double[] { 2.0, -1.0, 0.5, -3.0 }, new[] { true, false, true, false }, 1.0, ScoreDirection.HigherMeansSame, 0.75)]
    public void AccuracyAtAThreshold(double[] scores, bool[] same, double threshold, ScoreDirection direction, double expected)
    {
        Assert.Equal(expected, Verification.Accuracy(scores, same, threshold, direction), 14);
    }

    [Fact]
    public void SeparableDistancesGetTheMidpointCut()
    {
        var choice = Verification.ChooseThreshold([0.1, 0.3, 0.7, 0.9], [true, true, false, false], ScoreDirection.LowerMeansSame);
        Assert.Equal(1.0, choice.Accuracy);
        Assert.Equal(0.5, choice.Threshold, 12);
    }

    [Fact]
    public void SeparableLogitsGetTheMidpointCut()
    {
        var choice = Verification.ChooseThreshold([-2, 3, -1, 1], [false, true, false, true], ScoreDirection.HigherMeansSame);
        Assert.Equal(1.0, choice.Accuracy);
        Assert.Equal(0.0, choice.Threshold, 12);
    }

    [Fact]
    public void OverlappingScoresGetTheBestAchievableAccuracy()
    {
        // Sorted distances: S .1, D .2, S .3, S .4, D .5, D .6. Best cut keeps .1-.4 as same: 5/6.
        double[] d = [0.3, 0.6, 0.1, 0.5, 0.2, 0.4];
        bool[] s = [true, false, true, false, false, true];
        var choice = Verification.ChooseThreshold(d, s, ScoreDirection.LowerMeansSame);
        Assert.Equal(5.0 / 6.0, choice.Accuracy, 14);
        Assert.Equal(0.45, choice.Threshold, 12);
        Assert.Equal(choice.Accuracy, Verification.Accuracy(d, s, choice.Threshold, ScoreDirection.LowerMeansSame), 14);
    }

    [Fact]
    public void ChosenCutIsOptimalOnRandomData()
    {
        var rng = new Random(7);
        for (var trial = 0; trial < 50; trial++)
        {
            var n = rng.Next(1, 30);
            var scores = Enumerable.Range(0, n).Select(_ => Math.Round(rng.NextDouble(), 1)).ToArray();
            var same = Enumerable.Range(0, n).Select(_ => rng.Next(2) == 0).ToArray();
            foreach (var direction in new[] { ScoreDirection.LowerMeansSame, ScoreDirection.HigherMeansSame })
            {
                var choice = Verification.ChooseThreshold(scores, same, direction);
                // Brute force over every observed score and beyond both ends.
                var candidates = scores.Append(-1).Append(2);
                var best = candidates.Max(c => Verification.Accuracy(scores, same, c, direction));
                Assert.Equal(best, choice.Accuracy, 12);
                Assert.Equal(best, Verification.Accuracy(scores, same, choice.Threshold, direction), 12);
            }
        }
    }

    [Fact]
    public void AllDifferentCutIsChosenWhenItIsBest()
    {
        var choice = Verification.ChooseThreshold([0.1, 0.2], [false, false], ScoreDirection.LowerMeansSame);
        Assert.Equal(1.0, choice.Accuracy);
        Assert.True(choice.Threshold < 0.1);
    }

    [Fact]
    public void ThresholdIsChosenOnValidationAndAppliedToTest()
    {
        // Validation puts the cut at 0.5; test would prefer 0.75 but must not get it.
        var result = Verification.Evaluate(
            [0.2, 0.4, 0.6, 0.8], [true, true, false, false],
            [0.2, 0.6, 0.7, 0.8, 0.9], [true, true, true, false, false],
            ScoreDirection.LowerMeansSame);
        Assert.Equal(0.5, result.Threshold, 12);
        Assert.Equal(1.0, result.ValidationAccuracy);
        Assert.Equal(0.6, result.TestAccuracy, 14);
    }

    [Fact]
    public void MismatchedLengthsAreAnError()
    {
        var e = Assert.Throws<ArgumentException>(() => Verification.ChooseThreshold([0.1, 0.2], [true], ScoreDirection.LowerMeansSame));
        Assert.Contains("paired one to one", e.Message);
    }

    [Fact]
    public void NaNScoresAreAnError()
    {
        var e = Assert.Throws<ArgumentException>(() => Verification.Accuracy([0.1, double.NaN], [true, false], 0.5, ScoreDirection.LowerMeansSame));
        Assert.Contains("diverge", e.Message);
    }
}
