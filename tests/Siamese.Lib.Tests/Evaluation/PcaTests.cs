using System.Text.Json;
using Siamese.Lib.Evaluation;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Evaluation;

public class PcaTests
{
    /// <summary>
    /// Four points a·u + b·w with a = ±s1, b = ±s2 along orthonormal u = (1, 1, 0)/√2 and w = (0, 0, 1): the
    /// covariance has eigenvalues 4s1²/3 along u and 4s2²/3 along w (n − 1 = 3), and nothing else.
    /// </summary>
    [Theory]
    [InlineData(3.0, 1.0)]
    [InlineData(10.0, 0.5)]
    [InlineData(2.0, 1.9)]
    public void FindsTheAxesOfAKnownCross(double s1, double s2)
    {
        var r = 1 / Math.Sqrt(2);
        var rows = new List<double>();
        foreach (var (a, b) in new[] { (s1, s2), (s1, -s2), (-s1, s2), (-s1, -s2) })
        {
            rows.AddRange([a * r + 5, a * r - 1, b + 2]);
        }
        using var data = tensor(rows.ToArray(), [4, 3]);
        using var pca = Pca.Fit(data, 2);
        var components = pca.Components.data<double>().ToArray();
        Assert.Equal([r, r, 0, 0, 0, 1], components, new Tolerance(1e-8));
        Assert.Equal([5.0, -1.0, 2.0], pca.Mean.data<double>().ToArray(), new Tolerance(1e-12));
        Assert.Equal(4 * s1 * s1 / 3, pca.ExplainedVariance[0], 1e-8);
        Assert.Equal(4 * s2 * s2 / 3, pca.ExplainedVariance[1], 1e-8);
        Assert.Equal(1.0, pca.ExplainedVarianceRatio.Sum(), 1e-8);
    }

    [Fact]
    public void MatchesNumpyEigendecomposition()
    {
        var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "pca_golden.json"))).RootElement;
        var rows = golden.GetProperty("data").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        using var data = tensor(rows.SelectMany(r => r).ToArray(), [rows.Length, rows[0].Length], dtype: ScalarType.Float32);
        using var pca = Pca.Fit(data, 3);
        var expected = golden.GetProperty("components").EnumerateArray().SelectMany(r => r.EnumerateArray().Select(v => v.GetDouble())).ToArray();
        // The data enter as float32 (as embeddings do), which costs about 1e-7 relative before any arithmetic.
        Assert.Equal(expected, pca.Components.data<double>().ToArray(), new Tolerance(1e-5));
        var variance = golden.GetProperty("variance").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal(variance, pca.ExplainedVariance, new Tolerance(1e-5, relative: true));
        Assert.Equal(golden.GetProperty("total_variance").GetDouble(), pca.TotalVariance, 1e-4);
        Assert.Equal(golden.GetProperty("mean").EnumerateArray().Select(v => v.GetDouble()).ToArray(), pca.Mean.data<double>().ToArray(), new Tolerance(1e-5));
    }

    [Fact]
    public void ProjectionIsCentredWithTheExplainedVariancePerColumn()
    {
        manual_seed(3);
        using var data = randn(new long[] { 200, 8 }) * tensor(new float[] { 5, 3, 2, 1, 1, 1, 0.5f, 0.1f }) + 7;
        using var pca = Pca.Fit(data, 2);
        using var projected = pca.Transform(data);
        Assert.Equal([200L, 2L], projected.shape);
        Assert.Equal(ScalarType.Float64, projected.dtype);
        var means = projected.mean([0L]).data<double>().ToArray();
        Assert.All(means, m => Assert.Equal(0, m, 1e-9));
        var variances = projected.square().sum(0).data<double>().ToArray().Select(v => v / 199).ToArray();
        Assert.Equal(pca.ExplainedVariance, variances, new Tolerance(1e-9, relative: true));
        Assert.True(pca.ExplainedVariance[0] > pca.ExplainedVariance[1]);
    }

    [Fact]
    public void RejectsWhatItCannotFit()
    {
        using var one = ones(new long[] { 1, 3 });
        using var vector = ones(new long[] { 5 });
        using var fine = randn(new long[] { 5, 3 });
        Assert.Throws<ArgumentException>(() => Pca.Fit(one));
        Assert.Throws<ArgumentException>(() => Pca.Fit(vector));
        Assert.Throws<ArgumentOutOfRangeException>(() => Pca.Fit(fine, 4));
        using var pca = Pca.Fit(fine);
        using var wrong = randn(new long[] { 2, 4 });
        Assert.Throws<ArgumentException>(() => pca.Transform(wrong));
    }

    [Fact]
    public void ConstantDataHasZeroVarianceAndUnitAxes()
    {
        using var data = ones(6, 3) * 2.5;
        using var pca = Pca.Fit(data, 2);
        Assert.All(pca.ExplainedVariance, v => Assert.Equal(0, v));
        Assert.All(pca.ExplainedVarianceRatio, v => Assert.Equal(0, v));
        using var norms = pca.Components.norm(dim: 1, p: 2);
        Assert.All(norms.data<double>().ToArray(), n => Assert.Equal(1, n, 12));
        using var overlap = pca.Components[0].dot(pca.Components[1]);
        Assert.Equal(0, overlap.item<double>(), 12);
    }

    /// <summary>Element-wise comparison within an absolute (or relative) tolerance.</summary>
    private sealed class Tolerance(double tolerance, bool relative = false) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance * (relative ? Math.Max(Math.Abs(x), Math.Abs(y)) : 1);

        public int GetHashCode(double obj) => 0;
    }
}
