using static Siamese.Torch.torch;
using F = Siamese.Torch.torch.nn.functional;

namespace Siamese.Torch.Tests;

public class NnLossTests
{
    [Theory]
    [InlineData(Reduction.Mean)]
    [InlineData(Reduction.Sum)]
    [InlineData(Reduction.None)]
    public void RegressionLossesMatchPyTorch(Reduction reduction)
    {
        var suffix = reduction.ToString().ToLowerInvariant();
        NnGolden.Run($"mse_loss_{suffix}", t => F.mse_loss(t["input"], t["target"], reduction), inputs: ["input", "target"]);
        NnGolden.Run($"l1_loss_{suffix}", t => F.l1_loss(t["input"], t["target"], reduction), inputs: ["input", "target"]);
    }

    [Fact]
    public void BinaryCrossEntropyMatchesPyTorch()
    {
        NnGolden.Run("bce", t => F.binary_cross_entropy(t["input"], t["target"]), inputs: ["input", "target"]);
        NnGolden.Run("bce_weight_sum", t => F.binary_cross_entropy(t["input"], t["target"], t["weight"], Reduction.Sum), inputs: ["input", "target", "weight"]);
        NnGolden.Run("bce_logits", t => F.binary_cross_entropy_with_logits(t["input"], t["target"]), inputs: ["input", "target"]);
        NnGolden.Run("bce_logits_weights", t => F.binary_cross_entropy_with_logits(t["input"], t["target"], t["weight"], Reduction.None, t["pos_weight"]),
            inputs: ["input", "target", "weight", "pos_weight"]);
    }

    [Fact]
    public void BinaryCrossEntropyRejectsMismatchedTargetSize()
    {
        using var scope = NewDisposeScope();
        var ex = Assert.Throws<TorchException>(() => F.binary_cross_entropy_with_logits(zeros(4, 1), zeros(4)));
        Assert.Contains("must be the same as input size", ex.Message);
    }

    [Fact]
    public void CrossEntropyAndNllMatchPyTorch()
    {
        NnGolden.Run("cross_entropy", t => F.cross_entropy(t["input"], t["target"]), inputs: ["input", "target"]);
        NnGolden.Run("cross_entropy_weight_ignore", t => F.cross_entropy(t["input"], t["target"], t["weight"], ignore_index: 1), inputs: ["input", "target", "weight"]);
        NnGolden.Run("cross_entropy_smoothing_sum", t => F.cross_entropy(t["input"], t["target"], reduction: Reduction.Sum, label_smoothing: 0.1), inputs: ["input", "target"]);
        NnGolden.Run("cross_entropy_probs", t => F.cross_entropy(t["input"], t["target"]), inputs: ["input", "target"]);
        NnGolden.Run("nll_loss", t => F.nll_loss(t["input"], t["target"]), inputs: ["input", "target"]);
        NnGolden.Run("nll_loss_weight_none", t => F.nll_loss(t["input"], t["target"], t["weight"], reduction: Reduction.None), inputs: ["input", "target", "weight"]);
    }

    [Fact]
    public void CrossEntropyReportsAnOutOfRangeClass()
    {
        using var scope = NewDisposeScope();
        Assert.Throws<TorchException>(() => F.cross_entropy(zeros(2, 3), tensor(new long[] { 0, 7 })));
        Assert.Equal(0, F.cross_entropy(zeros(2, 3), tensor(new long[] { 0, 2 })).ndim);
    }

    [Fact]
    public void MetricLossesMatchPyTorch()
    {
        NnGolden.Run("triplet", t => F.triplet_margin_loss(t["a"], t["p"], t["n"]), inputs: ["a", "p", "n"]);
        NnGolden.Run("triplet_p1_swap_none", t => F.triplet_margin_loss(t["a"], t["p"], t["n"], 2.0, 1, 1e-3, swap: true, reduction: Reduction.None), inputs: ["a", "p", "n"]);
        NnGolden.Run("margin_ranking", t => F.margin_ranking_loss(t["x1"], t["x2"], t["y"], 0.3), inputs: ["x1", "x2", "y"]);
        NnGolden.Run("margin_ranking_sum", t => F.margin_ranking_loss(t["x1"], t["x2"], t["y"], reduction: Reduction.Sum), inputs: ["x1", "x2", "y"]);
    }

    [Fact]
    public void TripletLossIsZeroBeyondTheMargin()
    {
        using var scope = NewDisposeScope();
        var a = tensor(new float[] { 0, 0 }, [1, 2]);
        var p = tensor(new float[] { 1, 0 }, [1, 2]);
        var n = tensor(new float[] { 5, 0 }, [1, 2]);
        Assert.Equal(0.0, F.triplet_margin_loss(a, p, n, margin: 1.0).item<double>());
        // d(a,p) = 1, d(a,n) = 5 (plus eps inside the norm): loss = 1 - 5 + 6 = 2.
        Assert.Equal(2.0, F.triplet_margin_loss(a, p, n, margin: 6.0).item<double>(), 4);
    }
}
