using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Models;

public class SequenceEncoderTests
{
    private static SequenceInput Batch(Tensor values, params int[] lengths)
    {
        var time = (int)values.shape[1];
        var mask = lengths.SelectMany(l => Enumerable.Range(0, time).Select(t => t < l)).ToArray();
        return new SequenceInput(values, tensor(mask, [lengths.Length, time]));
    }

    [Theory]
    [InlineData(false, SequencePooling.LastHidden, 8)]
    [InlineData(true, SequencePooling.LastHidden, 16)]
    [InlineData(false, SequencePooling.MaskedMean, 8)]
    [InlineData(true, SequencePooling.MaskedMean, 16)]
    public void LstmShapes(bool bidirectional, SequencePooling pooling, long width)
    {
        manual_seed(0);
        using var encoder = new LstmEncoder(5, 8, bidirectional: bidirectional, pooling: pooling);
        using var x = randn(new long[] { 3, 6, 5 });
        using var y = encoder.call(Batch(x, 6, 2, 4));
        Assert.Equal([3L, width], y.shape);
        Assert.Equal(width, encoder.OutputSize);
    }

    [Theory]
    [InlineData(SequencePooling.LastHidden)]
    [InlineData(SequencePooling.MaskedMean)]
    public void LstmIgnoresPadding(SequencePooling pooling)
    {
        manual_seed(0);
        using var encoder = new LstmEncoder(5, 8, bidirectional: true, pooling: pooling);
        using var x = randn(new long[] { 1, 6, 5 });
        using var changed = x.clone();
        using (no_grad())
        {
            changed.narrow(1, 4, 2).fill_(100);
        }
        using var a = encoder.call(Batch(x, 4));
        using var b = encoder.call(Batch(changed, 4));
        Assert.True(a.allclose(b, 1e-5, 1e-6));
    }

    [Fact]
    public void InputDropoutActsOnlyWhileTraining()
    {
        manual_seed(4);
        using var vectors = randn(6, 8);
        using var encoder = LstmEncoder.MaLstm(vectors, hiddenSize: 3, inputDropout: 0.5);
        using var plain = LstmEncoder.MaLstm(vectors, hiddenSize: 3);
        plain.load_state_dict(encoder.state_dict());
        var input = Batch(tensor(new long[] { 2, 3, 4, 5 }, [1, 4]), 4);
        encoder.eval();
        plain.eval();
        Assert.True(encoder.call(input).allclose(plain.call(input)));
        encoder.train();
        Assert.False(encoder.call(input).allclose(plain.call(input)));
    }

    [Fact]
    public void MaLstmUsesPretrainedVectorsFrozenOrFineTuned()
    {
        using var vectors = randn(new long[] { 10, 4 });
        using var frozen = LstmEncoder.MaLstm(vectors);
        using var tuned = LstmEncoder.MaLstm(vectors, fineTune: true);
        Assert.Equal(LstmEncoder.MaLstmHiddenSize, frozen.OutputSize);
        var embedding = frozen.named_parameters().Single(p => p.name.StartsWith("embedding", StringComparison.Ordinal)).parameter;
        Assert.False(embedding.requires_grad);
        Assert.True(vectors.allclose(embedding));
        Assert.True(tuned.named_parameters().Single(p => p.name.StartsWith("embedding", StringComparison.Ordinal)).parameter.requires_grad);
        using var tokens = tensor(new long[] { 1, 2, 3, 0, 4, 5, 0, 0 }, [2, 4]);
        using var y = frozen.call(Batch(tokens, 3, 2));
        Assert.Equal([2L, 50], y.shape);
    }

    [Fact]
    public void TransformerShapesAndArticleWidth()
    {
        manual_seed(0);
        using var encoder = new TransformerEncoder(7, layers: 1);
        Assert.Equal(256, encoder.ModelSize);
        using var x = randn(new long[] { 2, 5, 7 });
        using var y = encoder.call(Batch(x, 5, 3));
        Assert.Equal([2L, 256], y.shape);
    }

    [Fact]
    public void TransformerIgnoresPadding()
    {
        manual_seed(0);
        using var encoder = new TransformerEncoder(7, heads: 2, headSize: 8, layers: 2);
        encoder.eval();
        using var x = randn(new long[] { 1, 5, 7 });
        using var changed = x.clone();
        using (no_grad())
        {
            changed.narrow(1, 3, 2).fill_(50);
        }
        using var a = encoder.call(Batch(x, 3));
        using var b = encoder.call(Batch(changed, 3));
        Assert.True(a.allclose(b, 1e-4, 1e-5));
    }

    [Fact]
    public void PositionalEncodingMatchesTheFormula()
    {
        using var pe = TransformerEncoder.PositionalEncoding(3, 4);
        var v = pe.data<float>().ToArray();
        // t = 2: [sin 2, cos 2, sin(2/100), cos(2/100)].
        Assert.Equal(Math.Sin(2), v[8], 6);
        Assert.Equal(Math.Cos(2), v[9], 6);
        Assert.Equal(Math.Sin(0.02), v[10], 6);
        Assert.Equal(Math.Cos(0.02), v[11], 6);
    }

    [Fact]
    public void SiameseOverSequences()
    {
        using var net = new SiameseNetwork<SequenceInput>(new LstmEncoder(3, 4), new ExpNegativeL1Head());
        using var a = zeros(2, 5, 3);
        using var b = ones(2, 5, 3);
        using var s = net.call(Batch(a, 5, 2), Batch(b, 4, 4));
        Assert.Equal([2L], s.shape);
        Assert.True(s.le(1).all().item<bool>());
    }

    [Fact]
    public void MaskShapeMismatchIsAClearError()
    {
        using var encoder = new LstmEncoder(3, 4);
        using var x = zeros(2, 5, 3);
        using var mask = ones(new long[] { 2, 4 }, ScalarType.Bool);
        var e = Assert.Throws<ArgumentException>(() => encoder.call(new SequenceInput(x, mask)));
        Assert.Contains("mask [batch, time]", e.Message);
    }
}
