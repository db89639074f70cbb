using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Models;

public class SequenceCnnEncoderTests
{
    private static SequenceInput Batch(Tensor values, params int[] lengths)
    {
        var time = (int)values.shape[1];
        var mask = lengths.SelectMany(l => Enumerable.Range(0, time).Select(t => t < l)).ToArray();
        return new SequenceInput(values, tensor(mask, [lengths.Length, time]));
    }

    [Fact]
    public void ShapesAndParameterCount()
    {
        manual_seed(0);
        using var encoder = new SequenceCnnEncoder(inputSize: 5, filters: 8, outputSize: 4, kernelSize: 3);
        using var x = randn(new long[] { 2, 7, 5 });
        using var y = encoder.call(Batch(x, 7, 3));
        Assert.Equal([2L, 4], y.shape);
        // conv: 8 filters × 3 steps × 5 features + 8 biases; projection: 8 × 4 + 4.
        Assert.Equal(8 * 3 * 5 + 8 + 8 * 4 + 4, encoder.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void IsTheMaximumOverRealStepsOfTheFilterResponse()
    {
        // One filter of width 1 with weight 1 and an identity projection: the output is max over real steps of relu(x).
        using var encoder = new SequenceCnnEncoder(inputSize: 1, filters: 1, outputSize: 1, kernelSize: 1);
        using (no_grad())
        {
            foreach (var (_, p) in encoder.named_parameters())
            {
                p.fill_(p.ndim > 1 ? 1 : 0);
            }
        }
        using var x = tensor(new[] { 1f, 3f, 2f, 100f, -1f, -2f, 0.5f, 100f }, [2, 4, 1]);
        using var y = encoder.call(Batch(x, 3, 3));
        Assert.Equal(new[] { 3f, 0.5f }, y.data<float>().ToArray());
    }

    [Fact]
    public void PaddingAmountAndContentDoNotChangeTheOutput()
    {
        manual_seed(0);
        using var encoder = new SequenceCnnEncoder(inputSize: 4, filters: 6, outputSize: 3, kernelSize: 3);
        using var x = randn(new long[] { 1, 4, 4 });
        using var fill = ones(1, 3, 4) * 50;
        using var padded = cat([x, fill], 1);
        using var a = encoder.call(Batch(x, 4));
        using var b = encoder.call(Batch(padded, 4));
        Assert.True(a.allclose(b, 1e-5, 1e-6));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void EvenOrEmptyKernelsAreRejected(int kernel) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SequenceCnnEncoder(3, 4, 2, kernel));

    [Fact]
    public void WrongFeatureWidthIsAClearError()
    {
        using var encoder = new SequenceCnnEncoder(3, 4, 2);
        using var x = zeros(1, 5, 4);
        var e = Assert.Throws<ArgumentException>(() => encoder.call(Batch(x, 5)));
        Assert.Contains("[batch, time, 3]", e.Message);
    }
}
