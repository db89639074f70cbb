using Siamese.Lib.Training;

namespace Siamese.Lib.Tests.Training;

public class EarlyStoppingTests
{
    private static int StopEpoch(double[] curve, EarlyStoppingOptions options)
    {
        var rule = new EarlyStopping(options);
        for (var i = 0; i < curve.Length; i++)
        {
            rule.Observe(i + 1, curve[i]);
            if (rule.ShouldStop)
            {
                return i + 1;
            }
        }
        return 0;
    }

    [Theory]
    // Best at epoch 3 (0.7); epochs 4, 5, 6 do not beat it -> stop after epoch 6.
    [InlineData(new[] { 1.0, 0.8, 0.7, 0.75, 0.72, 0.71, 0.9 }, 3, 0.0, 6)]
    // Same curve, patience 2 -> stop after epoch 5.
    [InlineData(new[] { 1.0, 0.8, 0.7, 0.75, 0.72, 0.71, 0.9 }, 2, 0.0, 5)]
    // min delta 0.1: 0.75, 0.72, 0.71 are not below 0.8 - 0.1, so the wait starts at epoch 3 -> stop after epoch 5 ...
    [InlineData(new[] { 1.0, 0.8, 0.75, 0.72, 0.71, 0.9 }, 3, 0.1, 5)]
    // ... while without min delta each of them is an improvement.
    [InlineData(new[] { 1.0, 0.8, 0.75, 0.72, 0.71, 0.9 }, 3, 0.0, 0)]
    // A steady improver never stops.
    [InlineData(new[] { 5.0, 4.0, 3.0, 2.0, 1.0 }, 1, 0.0, 0)]
    // A NaN never counts as improvement.
    [InlineData(new[] { 1.0, double.NaN, double.NaN }, 2, 0.0, 3)]
    public void StopsAtTheRightEpochOnAScriptedCurve(double[] curve, int patience, double minDelta, int expectedStop)
    {
        Assert.Equal(expectedStop, StopEpoch(curve, new EarlyStoppingOptions(Patience: patience, MinDelta: minDelta)));
    }

    [Fact]
    public void MaximizeGoalForAccuracy()
    {
        double[] accuracy = [0.6, 0.7, 0.69, 0.7, 0.65];
        var options = new EarlyStoppingOptions("accuracy", MetricGoal.Maximize, Patience: 3);
        Assert.Equal(5, StopEpoch(accuracy, options));
        var rule = new EarlyStopping(options);
        for (var i = 0; i < accuracy.Length; i++)
        {
            rule.Observe(i + 1, accuracy[i]);
        }
        Assert.Equal(2, rule.BestEpoch);
        Assert.Equal(0.7, rule.BestValue);
    }

    [Fact]
    public void ObserveReportsImprovement()
    {
        var rule = new EarlyStopping(new EarlyStoppingOptions());
        Assert.True(rule.Observe(1, 3.0));
        Assert.False(rule.Observe(2, 3.0));
        Assert.True(rule.Observe(3, 2.0));
        Assert.Equal(0, rule.Wait);
    }

    [Fact]
    public void RestoreContinuesTheCount()
    {
        var rule = new EarlyStopping(new EarlyStoppingOptions(Patience: 2));
        rule.Restore(bestEpoch: 4, bestValue: 0.5, wait: 1);
        rule.Observe(6, 0.6);
        Assert.True(rule.ShouldStop);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(3, -0.1)]
    [InlineData(3, double.NaN)]
    public void BadOptionsAreRejected(int patience, double minDelta)
    {
        Assert.ThrowsAny<ArgumentException>(() => new EarlyStopping(new EarlyStoppingOptions(Patience: patience, MinDelta: minDelta)));
    }
}
