using Siamese.Lib.Evaluation;

namespace Siamese.Lib.Tests.Evaluation;

public class CorrelationTests
{
    // Expected values: scipy.stats.pearsonr / spearmanr (scipy 1.10.1, Debian's python3). The first two
    // rows are also exact by hand: r = 6/sqrt(10*6) = sqrt(3/5) and r = 6/sqrt(10*5.2) = 3/sqrt(13).
    public static TheoryData<double[], double[], double, double> Cases => new()
    {
        { [1, 2, 3, 4, 5], [2, 4, 5, 4, 5], 0.7745966692414835, 0.7378647873726218 },
        { [1, 2, 3, 4, 5], [5, 6, 7, 8, 7], 0.8320502943378436, 0.8207826816681233 },
        { [10, 20, 20, 30, 40], [1, 3, 2, 2, 5], 0.8385566513510485, 0.7631578947368421 },
        { [3.1, 1.2, 5.5, 4.0, 2.2, 6.1], [2.0, 1.0, 4.5, 4.6, 1.5, 3.9], 0.8687066454102225, 0.7714285714285715 },
        { [1, 1, 2, 2, 3], [3, 3, 2, 2, 1], -1.0, -1.0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PearsonMatchesScipy(double[] x, double[] y, double pearson, double spearman)
    {
        _ = spearman;
        Assert.Equal(pearson, Correlation.Pearson(x, y), 12);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SpearmanMatchesScipy(double[] x, double[] y, double pearson, double spearman)
    {
        _ = pearson;
        Assert.Equal(spearman, Correlation.Spearman(x, y), 12);
    }

    [Fact]
    public void PearsonIsExactForTheHandComputedCase()
    {
        Assert.Equal(Math.Sqrt(3.0 / 5.0), Correlation.Pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), 14);
    }

    [Fact]
    public void PearsonIsInvariantToLargeOffsets()
    {
        // A one-pass formula loses the digits here; the centred two-pass sum does not.
        double[] x = [1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4, 1e9 + 5];
        Assert.Equal(Math.Sqrt(3.0 / 5.0), Correlation.Pearson(x, [2, 4, 5, 4, 5]), 9);
    }

    [Fact]
    public void SpearmanIsOneForAnyMonotoneMap()
    {
        double[] x = [0.1, 0.5, 0.2, 3, 2];
        var y = x.Select(v => Math.Exp(5 * v)).ToArray();
        Assert.Equal(1.0, Correlation.Spearman(x, y), 12);
        Assert.True(Correlation.Pearson(x, y) < 0.99);
    }

    [Theory]
    [InlineData(new double[] { 10, 20, 20, 30 }, new double[] { 1, 2.5, 2.5, 4 })]
    [InlineData(new double[] { 3, 1, 3, 3, 2, 1 }, new double[] { 5, 1.5, 5, 5, 3, 1.5 })]
    [InlineData(new double[] { 7 }, new double[] { 1 })]
    public void RanksAverageTies(double[] values, double[] expected)
    {
        Assert.Equal(expected, Correlation.Ranks(values));
    }

    [Fact]
    public void ConstantInputIsAnError()
    {
        var e = Assert.Throws<ArgumentException>(() => Correlation.Pearson([1, 1, 1], [1, 2, 3]));
        Assert.Contains("constant", e.Message);
    }

    [Fact]
    public void LengthMismatchIsAnError()
    {
        var e = Assert.Throws<ArgumentException>(() => Correlation.Spearman([1, 2, 3], [1, 2]));
        Assert.Contains("3 entries", e.Message);
    }

    [Fact]
    public void NonFiniteInputIsAnError()
    {
        Assert.Throws<ArgumentException>(() => Correlation.Pearson([1, double.NaN, 3], [1, 2, 3]));
    }
}
