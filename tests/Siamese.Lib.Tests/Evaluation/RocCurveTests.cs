using Siamese.Lib.Evaluation;

namespace Siamese.Lib.Tests.Evaluation;

public class RocCurveTests
{
    [Fact]
    public void AucCountsCorrectlyOrderedPairs()
    {
        // Positives 0.9, 0.8, 0.6, 0.5 beat negatives (0.7, 0.55, 0.4, 0.3) in 4 + 4 + 3 + 2 = 13 of 16 pairs.
        double[] s = [0.9, 0.8, 0.7, 0.6, 0.55, 0.5, 0.4, 0.3];
        bool[] y = [true, true, false, true, false, true, false, false];
        var roc = RocCurve.Compute(s, y, ScoreDirection.HigherMeansSame);
        Assert.Equal(13.0 / 16.0, roc.Auc, 14);
        Assert.Equal(new RocPoint(0, 0, double.PositiveInfinity), roc.Points[0]);
        Assert.Equal(1.0, roc.Points[^1].FalsePositiveRate);
        Assert.Equal(1.0, roc.Points[^1].TruePositiveRate);
        Assert.Equal(9, roc.Points.Count);
        Assert.Equal(new RocPoint(0.25, 0.5, 0.7), roc.Points[3]);
    }

    [Fact]
    public void DistancesAreHandledByDirection()
    {
        double[] s = [0.9, 0.8, 0.7, 0.6, 0.55, 0.5, 0.4, 0.3];
        bool[] y = [true, true, false, true, false, true, false, false];
        var distances = s.Select(v => 1 - v).ToArray();
        Assert.Equal(13.0 / 16.0, RocCurve.Compute(distances, y, ScoreDirection.LowerMeansSame).Auc, 14);
        // Reading distances as similarities inverts the ranking.
        Assert.Equal(3.0 / 16.0, RocCurve.Compute(distances, y, ScoreDirection.HigherMeansSame).Auc, 14);
    }

    [Theory]
    [InlineData(new double[] { 1, 1 }, new[] { true, false }, 0.5)]
    [InlineData(new double[] { 1, 1, 1, 1 }, new[] { true, false, true, false }, 0.5)]
    [InlineData(new double[] { 2, 1, 1 }, new[] { true, true, false }, 0.75)]
    [InlineData(new double[] { 3, 2, 1 }, new[] { true, true, false }, 1.0)]
    [InlineData(new double[] { 1, 2, 3 }, new[] { true, true, false }, 0.0)]
    public void TiesEarnHalfCredit(double[] scores, bool[] same, double expected)
    {
        Assert.Equal(expected, RocCurve.Compute(scores, same, ScoreDirection.HigherMeansSame).Auc, 14);
    }

    [Fact]
    public void AucEqualsPairwiseProbabilityOnRandomData()
    {
        var rng = new Random(3);
        var n = 200;
        var s = Enumerable.Range(0, n).Select(_ => Math.Round(rng.NextDouble(), 2)).ToArray();
        var y = Enumerable.Range(0, n).Select(i => rng.NextDouble() < 0.3 + 0.4 * s[i]).ToArray();
        double wins = 0, total = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (y[i] && !y[j])
                {
                    total++;
                    wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        Assert.Equal(wins / total, RocCurve.Compute(s, y, ScoreDirection.HigherMeansSame).Auc, 12);
    }

    [Fact]
    public void OneClassOnlyIsAnError()
    {
        var e = Assert.Throws<ArgumentException>(() => RocCurve.Compute([0.1, 0.2], [true, true], ScoreDirection.LowerMeansSame));
        Assert.Contains("both kinds", e.Message);
    }
}
