using static Siamese.Torch.torch;
using F = Siamese.Torch.torch.nn.functional;

namespace Siamese.Torch.Tests;

public class NnFunctionalTests
{
    public static TheoryData<string> Activations() => ["relu", "sigmoid", "tanh", "gelu", "gelu_tanh", "leaky_relu", "elu", "softmax", "log_softmax"];

    private static Tensor Activation(string name, Tensor x) => name switch
    {
        "relu" => F.relu(x),
        "sigmoid" => F.sigmoid(x),
        "tanh" => F.tanh(x),
        "gelu" => F.gelu(x),
        "gelu_tanh" => F.gelu(x, "tanh"),
        "leaky_relu" => F.leaky_relu(x, 0.2),
        "elu" => F.elu(x, 0.7),
        "softmax" => F.softmax(x, 1),
        "log_softmax" => F.log_softmax(x, 0),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Activations))]
    public void ActivationMatchesPyTorch(string name) => NnGolden.Run(name, t => Activation(name, t["x"]), inputs: "x");

    [Fact]
    public void DropoutWithTheSameSeedDropsWhatPyTorchDrops() =>
        NnGolden.Run("dropout_train", t =>
        {
            manual_seed(7);
            return F.dropout(t["x"], 0.3, training: true);
        }, inputs: "x");

    [Fact]
    public void DropoutIsTheIdentityOutsideTraining()
    {
        using var scope = NewDisposeScope();
        var x = rand(4, 5);
        Assert.Equal(x.data<float>(), F.dropout(x, 0.9, training: false).data<float>());
        Assert.Throws<TorchException>(() => F.dropout(x, 1.5));
    }

    [Fact]
    public void LinearMatchesPyTorch()
    {
        NnGolden.Run("linear", t => F.linear(t["x"], t["weight"], t["bias"]), inputs: ["x", "weight", "bias"]);
        NnGolden.Run("linear_nobias", t => F.linear(t["x"], t["weight"]), inputs: ["x", "weight"]);
    }

    // Convolutions: same libtorch kernels on the same inputs; agreement is exact in practice, the default
    // 1e-5 relative tolerance leaves room for a different accumulation order (e.g. another BLAS thread count).
    [Fact]
    public void Conv2dMatchesPyTorch()
    {
        NnGolden.Run("conv2d_s2_p1", t => F.conv2d(t["x"], t["weight"], t["bias"], stride: [2], padding: [1]), inputs: ["x", "weight", "bias"]);
        NnGolden.Run("conv2d_dil2", t => F.conv2d(t["x"], t["weight"], t["bias"], stride: [1, 2], padding: [2, 1], dilation: [2]), inputs: ["x", "weight", "bias"]);
        NnGolden.Run("conv2d_groups2", t => F.conv2d(t["x"], t["weight"], groups: 2), inputs: ["x", "weight"]);
        NnGolden.Run("conv2d_same", t => F.conv2d(t["x"], t["weight"], t["bias"], null, Padding.Same), inputs: ["x", "weight", "bias"]);
    }

    [Fact]
    public void PoolingMatchesPyTorch()
    {
        NnGolden.Run("max_pool2d", t => F.max_pool2d(t["x"], 3, stride: 2, padding: 1), inputs: "x");
        NnGolden.Run("max_pool2d_ceil", t => F.max_pool2d(t["x"], 2, ceil_mode: true), inputs: "x");
        NnGolden.Run("avg_pool2d", t => F.avg_pool2d(t["x"], 2), inputs: "x");
        NnGolden.Run("avg_pool2d_nopad", t => F.avg_pool2d(t["x"], 3, stride: 2, padding: 1, count_include_pad: false), inputs: "x");
        NnGolden.Run("adaptive_avg_pool2d", t => F.adaptive_avg_pool2d(t["x"], [3, 2]), inputs: "x");
    }

    [Fact]
    public void MaxPoolIndicesPointAtTheMaxima()
    {
        using var scope = NewDisposeScope();
        var x = tensor(new float[] { 1, 5, 2, 0, 3, 4, 9, 8, 7, 6, 1, 2, 0, 0, 3, 1 }, [1, 1, 4, 4]);
        var (output, indices) = F.max_pool2d_with_indices(x, [2]);
        Assert.Equal(new float[] { 5, 9, 7, 3 }, output.data<float>());
        Assert.Equal(new long[] { 1, 6, 8, 14 }, indices.data<long>());
    }

    [Fact]
    public void NormalisationMatchesPyTorch()
    {
        NnGolden.Run("batch_norm_train", t => F.batch_norm(t["x"], null, null, t["weight"], t["bias"], training: true, eps: 1e-3), inputs: ["x", "weight", "bias"]);
        using (var rm = NnGolden.Get("batch_norm_eval", "running_mean"))
        using (var rv = NnGolden.Get("batch_norm_eval", "running_var"))
        {
            NnGolden.Run("batch_norm_eval", t => F.batch_norm(t["x"], rm, rv, t["weight"], t["bias"], training: false), inputs: ["x", "weight", "bias"]);
        }
        NnGolden.Run("layer_norm", t => F.layer_norm(t["x"], [4], t["weight"], t["bias"]), inputs: ["x", "weight", "bias"]);
        NnGolden.Run("layer_norm_2d", t => F.layer_norm(t["x"], [2, 4], eps: 1e-3), inputs: "x");
    }

    [Fact]
    public void BatchNormNeedsMoreThanOneValuePerChannelInTraining()
    {
        using var scope = NewDisposeScope();
        var ex = Assert.Throws<TorchException>(() => F.batch_norm(ones(1, 3), null, null, training: true));
        Assert.Contains("Expected more than 1 value per channel when training", ex.Message);
    }

    [Fact]
    public void DistancesMatchPyTorch()
    {
        NnGolden.Run("pairwise_distance", t => F.pairwise_distance(t["x1"], t["x2"]), inputs: ["x1", "x2"]);
        NnGolden.Run("pairwise_distance_p1_keepdim", t => F.pairwise_distance(t["x1"], t["x2"], 1.0, 1e-4, keepdim: true), inputs: ["x1", "x2"]);
        NnGolden.Run("cosine_similarity", t => F.cosine_similarity(t["x1"], t["x2"]), inputs: ["x1", "x2"]);
        NnGolden.Run("cosine_similarity_dim0", t => F.cosine_similarity(t["x1"], t["x2"], 0, 1e-6), inputs: ["x1", "x2"]);
        NnGolden.Run("normalize", t => F.normalize(t["x"]), inputs: "x");
        NnGolden.Run("normalize_p1_dim0", t => F.normalize(t["x"], 1.0, 0), inputs: "x");
    }

    [Theory]
    [InlineData(new float[] { 0, 0 }, new float[] { 3, 4 }, 2.0, 5.0)]
    [InlineData(new float[] { 1, 1 }, new float[] { 4, -3 }, 1.0, 7.0)]
    public void PairwiseDistanceClosedForm(float[] a, float[] b, double p, double expected)
    {
        using var scope = NewDisposeScope();
        var d = F.pairwise_distance(tensor(a, [1, 2]), tensor(b, [1, 2]), p, eps: 0);
        Assert.Equal(expected, d.item<double>(), 5);
    }

    [Fact]
    public void FlattenMergesTheTrailingDimensions()
    {
        using var scope = NewDisposeScope();
        Assert.Equal(new long[] { 2, 60 }, F.flatten(zeros(2, 3, 4, 5), 1).shape);
        Assert.Equal(new long[] { 2, 12, 5 }, F.flatten(zeros(2, 3, 4, 5), 1, 2).shape);
        Assert.Equal(new long[] { 2, 3, 2, 2 }, F.unflatten(zeros(2, 12), 1, [3, 2, -1]).shape);
    }
}
