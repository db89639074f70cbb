using Siamese.Lib.Evaluation;

namespace Siamese.Lib.Tests.Evaluation;

public class FewShotTests
{
    [Fact]
    public void OneShotDistances()
    {
        // Trial 0: class 1 nearest (correct). Trial 1: class 0 nearest, truth 2 (wrong). Trial 2: correct.
        var d = new double[,] { { 0.9, 0.1, 0.5 }, { 0.2, 0.7, 0.3 }, { 0.4, 0.8, 0.05 } };
        Assert.Equal(2.0 / 3.0, FewShot.Accuracy(d, [1, 2, 2], ScoreDirection.LowerMeansSame), 14);
    }

    [Fact]
    public void OneShotLogitsUseTheOtherDirection()
    {
        var logits = new double[,] { { -2, 3, 0 }, { 1, -1, 0.5 } };
        Assert.Equal(1.0, FewShot.Accuracy(logits, [1, 0], ScoreDirection.HigherMeansSame));
        Assert.Equal(0.0, FewShot.Accuracy(logits, [1, 0], ScoreDirection.LowerMeansSame));
    }

    [Fact]
    public void TiesEarnAFractionSoAConstantScorerIsAtChance()
    {
        var constant = new double[4, 20];
        Assert.Equal(1.0 / 20.0, FewShot.Accuracy(constant, [0, 3, 7, 19], ScoreDirection.HigherMeansSame), 14);
        var twoTied = new double[,] { { 0.1, 0.1, 0.9 } };
        Assert.Equal(0.5, FewShot.Accuracy(twoTied, [1], ScoreDirection.LowerMeansSame), 14);
    }

    [Theory]
    [InlineData(ShotAggregation.Mean, 0.5)]
    [InlineData(ShotAggregation.Best, 1.0)]
    public void KShotAggregation(ShotAggregation aggregation, double expected)
    {
        // 2-way 2-shot distances. Trial 0 truth 0: means 0.5 vs 0.4 (wrong), best 0.0 vs 0.3 (right).
        // Trial 1 truth 1: means 0.8 vs 0.2, best 0.7 vs 0.1 (right both ways).
        var d = new double[2, 2, 2];
        d[0, 0, 0] = 0.0; d[0, 0, 1] = 1.0; d[0, 1, 0] = 0.3; d[0, 1, 1] = 0.5;
        d[1, 0, 0] = 0.7; d[1, 0, 1] = 0.9; d[1, 1, 0] = 0.1; d[1, 1, 1] = 0.3;
        Assert.Equal(expected, FewShot.Accuracy(d, [0, 1], ScoreDirection.LowerMeansSame, aggregation), 14);
    }

    [Fact]
    public void LazyScorerMatchesTheMatrix()
    {
        var d = new double[,] { { 0.9, 0.1, 0.5 }, { 0.2, 0.7, 0.3 } };
        var lazy = FewShot.Accuracy(2, 3, (t, c) => d[t, c], [1, 2], ScoreDirection.LowerMeansSame);
        Assert.Equal(FewShot.Accuracy(d, [1, 2], ScoreDirection.LowerMeansSame), lazy);
    }

    [Fact]
    public void BadInputsAreErrors()
    {
        var d = new double[,] { { 0.9, 0.1 } };
        Assert.Throws<ArgumentOutOfRangeException>(() => FewShot.Accuracy(d, [2], ScoreDirection.LowerMeansSame));
        Assert.Throws<ArgumentException>(() => FewShot.Accuracy(d, [0, 1], ScoreDirection.LowerMeansSame));
        Assert.Throws<ArgumentException>(() => FewShot.Accuracy(new double[1, 1], [0], ScoreDirection.LowerMeansSame));
        Assert.Throws<ArgumentException>(() => FewShot.Accuracy(new double[,] { { double.NaN, 1 } }, [0], ScoreDirection.LowerMeansSame));
    }
}
