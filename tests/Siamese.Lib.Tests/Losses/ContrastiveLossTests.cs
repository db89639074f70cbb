using Siamese.Lib.Data;
using Siamese.Lib.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Losses;

public class ContrastiveLossTests
{
    private static double Value(Tensor t) => t.item<float>();

    [Fact]
    public void MatchesHadsellWithHalfFactors()
    {
        // ½·0.5² = 0.125 (similar); ½·(1 − 0.3)² = 0.245 (dissimilar, inside the margin); 0 (dissimilar, beyond it).
        using var d = tensor(new[] { 0.5f, 0.3f, 2.0f });
        using var y = tensor(new[] { 0f, 1f, 1f });
        using var loss = new ContrastiveLoss(margin: 1.0).call(d, y);
        Assert.Equal(0.37 / 3, Value(loss), 6);
    }

    [Fact]
    public void SimilarIsOneConventionFlipsTheLabels()
    {
        using var d = tensor(new[] { 0.5f, 0.3f, 2.0f });
        using var y = tensor(new[] { 1f, 0f, 0f });
        using var loss = new ContrastiveLoss(1.0, PairLabelConvention.SimilarIsOne).call(d, y);
        Assert.Equal(0.37 / 3, Value(loss), 6);
    }

    [Fact]
    public void IsHalfThePopularTutorialsLoss()
    {
        // The PyTorch tutorial: mean((1 − y)·d² + y·max(0, m − d)²), no ½.
        float[] dv = [0.2f, 1.7f, 0.9f, 2.5f];
        float[] yv = [0f, 0f, 1f, 1f];
        const double margin = 2.0;
        var tutorial = dv.Zip(yv, (d, y) => (1 - y) * d * d + y * Math.Pow(Math.Max(0, margin - d), 2)).Average();
        using var d = tensor(dv);
        using var y = tensor(yv);
        using var loss = new ContrastiveLoss(margin).call(d, y);
        Assert.Equal(tutorial / 2, Value(loss), 6);
    }

    [Fact]
    public void GradientPullsSimilarAndPushesDissimilar()
    {
        using var d = tensor(new[] { 0.5f, 0.3f }, requires_grad: true);
        using var y = tensor(new[] { 0f, 1f });
        using var loss = new ContrastiveLoss(1.0).call(d, y);
        loss.backward();
        var g = d.grad!.data<float>().ToArray();
        // dL/dd = d/B for a similar pair, −(m − d)/B for a dissimilar one inside the margin.
        Assert.Equal(0.25, g[0], 6);
        Assert.Equal(-0.35, g[1], 6);
    }

    [Fact]
    public void LabelOutsideTheConventionIsAClearError()
    {
        using var d = tensor(new[] { 0.5f, 0.3f });
        using var y = tensor(new[] { 0f, 3f });
        var e = Assert.Throws<ArgumentException>(() => new ContrastiveLoss().call(d, y));
        Assert.Contains("SimilarIsZero", e.Message);
        Assert.Contains("only 0 and 1", e.Message);
    }

    [Fact]
    public void MismatchedShapesAreAClearError()
    {
        using var d = tensor(new[] { 0.5f, 0.3f });
        using var y = tensor(new[] { 0f, 1f, 1f });
        var e = Assert.Throws<ArgumentException>(() => new ContrastiveLoss().call(d, y));
        Assert.Contains("[2]", e.Message);
        Assert.Contains("[3]", e.Message);
    }

    [Fact]
    public void EmbeddingsInsteadOfDistancesAreAClearError()
    {
        using var d = zeros(4, 8);
        using var y = zeros(4, 8);
        var e = Assert.Throws<ArgumentException>(() => new ContrastiveLoss().call(d, y));
        Assert.Contains("vector [batch]", e.Message);
    }

    [Fact]
    public void EmptyBatchIsAClearError()
    {
        using var d = zeros(0);
        using var y = zeros(0);
        Assert.Throws<ArgumentException>(() => new ContrastiveLoss().call(d, y));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void NonPositiveMarginIsRejected(double margin)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContrastiveLoss(margin));
    }
}
