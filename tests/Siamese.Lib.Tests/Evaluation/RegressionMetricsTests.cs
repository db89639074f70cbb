using Siamese.Lib.Evaluation;

namespace Siamese.Lib.Tests.Evaluation;

public class RegressionMetricsTests
{
    [Theory]
    [InlineData(new double[] { 1, 2, 3 }, new double[] { 1, 2, 3 }, 0.0)]
    [InlineData(new double[] { 1, 2, 3 }, new double[] { 2, 2, 5 }, 5.0 / 3.0)]
    [InlineData(new double[] { 4.5 }, new double[] { 1.0 }, 12.25)]
    public void MseIsMeanOfSquaredDifferences(double[] predictions, double[] targets, double expected)
    {
        Assert.Equal(expected, RegressionMetrics.Mse(predictions, targets), 14);
    }

    [Fact]
    public void ComputeBundlesTheThreeMetrics()
    {
        double[] p = [1, 2, 3, 4, 5];
        double[] g = [2, 4, 5, 4, 5];
        var m = RegressionMetrics.Compute(p, g);
        Assert.Equal(Math.Sqrt(0.6), m.Pearson, 12);
        Assert.Equal(0.7378647873726218, m.Spearman, 12);
        // (1 + 4 + 4 + 0 + 0) / 5
        Assert.Equal(1.8, m.MeanSquaredError, 14);
    }

    [Fact]
    public void EmptyInputIsAnError()
    {
        var e = Assert.Throws<ArgumentException>(() => RegressionMetrics.Mse([], []));
        Assert.Contains("empty", e.Message);
    }
}
