using Siamese.Lib.Experiments;
using Siamese.Lib.Models;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Experiments;

public class ComparisonModelsTests
{
    [Theory]
    [InlineData(EncoderKind.Cnn)]
    [InlineData(EncoderKind.Lstm)]
    [InlineData(EncoderKind.Transformer)]
    public void ImageModelsScoreMnistPairsWithAbout100kParameters(EncoderKind kind)
    {
        using var network = ComparisonModels.ForImages(kind, 28, seed: 0);
        using var a = rand(3, 1, 28, 28);
        using var b = rand(3, 1, 28, 28);
        using var d = network.call(a, b);
        Assert.Equal([3L], d.shape);
        Assert.InRange(ModelComparison.CountParameters(network), 60_000, 130_000);
    }

    [Theory]
    [InlineData(EncoderKind.Cnn)]
    [InlineData(EncoderKind.Lstm)]
    [InlineData(EncoderKind.Transformer)]
    public void SequenceModelsScorePaddedWordVectorPairs(EncoderKind kind)
    {
        using var network = ComparisonModels.ForSequences(kind, 50, maxLength: 12, seed: 0);
        // Eval mode: dropout would otherwise make the two branches differ on the same input.
        network.eval();
        using var x = randn(new long[] { 2, 12, 50 });
        var mask = tensor(Enumerable.Range(0, 24).Select(i => i % 12 < (i < 12 ? 12 : 5)).ToArray(), [2, 12]);
        var input = new SequenceInput(x, mask);
        using var d = network.call(input, input);
        Assert.Equal([2L], d.shape);
        Assert.True(d.abs().max().item<float>() < 1e-2);
        Assert.InRange(ModelComparison.CountParameters(network), 40_000, 130_000);
    }

    [Fact]
    public void TheSameSeedGivesTheSameInitialWeights()
    {
        using var a = ComparisonModels.ForImages(EncoderKind.Transformer, 28, seed: 4);
        using var b = ComparisonModels.ForImages(EncoderKind.Transformer, 28, seed: 4);
        Assert.All(a.parameters().Zip(b.parameters()), p => Assert.True(p.First.Equals(p.Second)));
    }

    [Fact]
    public void NamesAreTheTableNames() =>
        Assert.Equal(["CNN", "LSTM", "Transformer"], Enum.GetValues<EncoderKind>().Select(ComparisonModels.Name));
}
