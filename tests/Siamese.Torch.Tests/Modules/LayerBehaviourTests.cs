using Siamese.Torch.Modules;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Modules;

public class LayerBehaviourTests
{
    public static TheoryData<string, long[], long[]> Shapes() => new()
    {
        { "Linear(7,3)", [5, 7], [5, 3] },
        { "Conv2d(3,8,5,stride2,pad2)", [2, 3, 32, 30], [2, 8, 16, 15] },
        { "Conv2d(3,8,3,same)", [2, 3, 9, 7], [2, 8, 9, 7] },
        { "MaxPool2d(2)", [2, 3, 9, 8], [2, 3, 4, 4] },
        { "MaxPool2d(3,stride1,pad1)", [1, 2, 5, 5], [1, 2, 5, 5] },
        { "AvgPool2d(2)", [2, 3, 8, 6], [2, 3, 4, 3] },
        { "AdaptiveAvgPool2d(1)", [2, 16, 7, 5], [2, 16, 1, 1] },
        { "BatchNorm1d(6)", [4, 6], [4, 6] },
        { "BatchNorm2d(3)", [4, 3, 5, 5], [4, 3, 5, 5] },
        { "LayerNorm(6)", [2, 4, 6], [2, 4, 6] },
        { "Flatten()", [2, 3, 4, 5], [2, 60] },
        { "Flatten(0,1)", [2, 3, 4], [6, 4] },
        { "GELU()", [3, 4], [3, 4] },
        { "LeakyReLU()", [3, 4], [3, 4] },
        { "Softmax(1)", [3, 4], [3, 4] },
    };

    private static nn.Module<Tensor, Tensor> Make(string name) => name switch
    {
        "Linear(7,3)" => nn.Linear(7, 3),
        "Conv2d(3,8,5,stride2,pad2)" => nn.Conv2d(3, 8, 5, stride: 2, padding: 2),
        "Conv2d(3,8,3,same)" => nn.Conv2d(3, 8, 3, Padding.Same),
        "MaxPool2d(2)" => nn.MaxPool2d(2),
        "MaxPool2d(3,stride1,pad1)" => nn.MaxPool2d(3, stride: 1, padding: 1),
        "AvgPool2d(2)" => nn.AvgPool2d(2),
        "AdaptiveAvgPool2d(1)" => nn.AdaptiveAvgPool2d(1),
        "BatchNorm1d(6)" => nn.BatchNorm1d(6),
        "BatchNorm2d(3)" => nn.BatchNorm2d(3),
        "LayerNorm(6)" => nn.LayerNorm(6),
        "Flatten()" => nn.Flatten(),
        "Flatten(0,1)" => nn.Flatten(0, 1),
        "GELU()" => nn.GELU(),
        "LeakyReLU()" => nn.LeakyReLU(),
        "Softmax(1)" => nn.Softmax(1),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void OutputShape(string layer, long[] input, long[] expected)
    {
        using var scope = NewDisposeScope();
        using var module = Make(layer);
        Assert.Equal(expected, module.call(randn(input)).shape);
    }

    /// <summary>Koch et al. (2015): 1×105×105 through the four convolution blocks flattens to 256·6·6 features.</summary>
    [Fact]
    public void KochEmbeddingFlattensTo9216Features()
    {
        using var scope = NewDisposeScope();
        using var koch = nn.Sequential(
            nn.Conv2d(1, 64, 10), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(64, 128, 7), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(128, 128, 4), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(128, 256, 4), nn.ReLU(), nn.Flatten());
        const long channels = 256, side = 6;
        Assert.Equal(new[] { 2, channels * side * side }, koch.call(rand(2, 1, 105, 105)).shape);
        Assert.Equal(9216, channels * side * side);
    }

    [Fact]
    public void WrongInputChannelsGiveLibtorchsMessageAndTheProcessContinues()
    {
        using var scope = NewDisposeScope();
        using var conv = nn.Conv2d(3, 4, 3);
        var ex = Assert.Throws<TorchException>(() => conv.call(zeros(1, 2, 8, 8)));
        Assert.Contains("expected input[1, 2, 8, 8] to have 3 channels, but got 2 channels instead", ex.Message);
        Assert.Equal(new long[] { 1, 4, 6, 6 }, conv.call(zeros(1, 3, 8, 8)).shape);
    }

    [Fact]
    public void WrongInFeaturesGiveLibtorchsMessage()
    {
        using var scope = NewDisposeScope();
        using var linear = nn.Linear(4, 2);
        var ex = Assert.Throws<TorchException>(() => linear.call(zeros(3, 5)));
        Assert.Contains("mat1 and mat2 shapes cannot be multiplied (3x5 and 4x2)", ex.Message);
        Assert.Equal(new long[] { 3, 2 }, linear.call(zeros(3, 4)).shape);
    }

    [Fact]
    public void InvalidConstructorArgumentsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => nn.Conv2d(3, 4, 3, groups: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => nn.Dropout(1.5));
        using var scope = NewDisposeScope();
        using var bn = nn.BatchNorm2d(3);
        Assert.Throws<ArgumentException>(() => bn.call(zeros(3, 4)));
    }

    [Fact]
    public void DropoutActsOnlyInTrainingMode()
    {
        using var scope = NewDisposeScope();
        using var dropout = nn.Dropout(0.5);
        var x = ones(1000);
        var trained = dropout.call(x).data<float>();
        Assert.Contains(0f, trained);
        Assert.All(trained, v => Assert.True(v == 0f || v == 2f));
        dropout.eval();
        Assert.All(dropout.call(x).data<float>(), v => Assert.Equal(1f, v));
    }

    [Fact]
    public void BatchNormTrainingUsesBatchStatisticsAndEvalUsesRunningOnes()
    {
        using var scope = NewDisposeScope();
        using var bn = nn.BatchNorm1d(1, momentum: 0.5);
        var x = tensor(new float[] { 1, 3 }, [2, 1]);
        // Training: batch mean 2, biased variance 1 → (−1, 1) (up to eps).
        var trained = bn.call(x).data<float>();
        Assert.Equal(-1, trained[0], 4);
        Assert.Equal(1, trained[1], 4);
        // running_mean = 0.5·0 + 0.5·2 = 1, running_var = 0.5·1 + 0.5·2 (unbiased) = 1.5, one batch tracked.
        Assert.Equal(1f, bn.running_mean!.data<float>()[0], 6);
        Assert.Equal(1.5f, bn.running_var!.data<float>()[0], 6);
        Assert.Equal(1L, bn.num_batches_tracked!.item<long>());
        bn.eval();
        var evaluated = bn.call(x).data<float>();
        Assert.Equal((1 - 1) / Math.Sqrt(1.5 + 1e-5), evaluated[0], 5);
        Assert.Equal((3 - 1) / Math.Sqrt(1.5 + 1e-5), evaluated[1], 5);
        Assert.Equal(1L, bn.num_batches_tracked!.item<long>());
    }

    [Fact]
    public void TwoInputDistanceLayers()
    {
        using var scope = NewDisposeScope();
        using var distance = nn.PairwiseDistance();
        using var cosine = nn.CosineSimilarity();
        var a = tensor(new float[] { 0, 0, 1, 0 }, [2, 2]);
        var b = tensor(new float[] { 3, 4, 0, 1 }, [2, 2]);
        var d = distance.call(a, b).data<float>();
        Assert.Equal(5f, d[0], 4);
        Assert.Equal(MathF.Sqrt(2), d[1], 4);
        Assert.Equal(0f, cosine.call(a, b).data<float>()[1], 6);
    }

    [Fact]
    public void LayersMoveWithTheModule()
    {
        using var scope = NewDisposeScope();
        using var linear = nn.Linear(3, 2);
        var weight = linear.weight;
        linear.to(ScalarType.Float64);
        Assert.Same(weight, linear.weight);
        Assert.Equal(ScalarType.Float64, linear.weight.dtype);
        Assert.Equal(ScalarType.Float64, linear.call(ones([4, 3], ScalarType.Float64)).dtype);
    }
}
