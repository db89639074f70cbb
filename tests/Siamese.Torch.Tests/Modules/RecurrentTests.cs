using Siamese.Torch.Modules;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Modules;

/// <summary>Shapes, parameter layout, variable lengths, dropout and errors of LSTM and GRU.</summary>
public class RecurrentTests
{
    [Theory]
    [InlineData(1, false, false)]
    [InlineData(2, false, true)]
    [InlineData(3, true, false)]
    [InlineData(2, true, true)]
    public void ShapesFollowPyTorch(long layers, bool bidirectional, bool batchFirst)
    {
        const long seq = 6, batch = 4, inputSize = 3, hidden = 5;
        var directions = bidirectional ? 2 : 1;
        using var lstm = nn.LSTM(inputSize, hidden, layers, batchFirst: batchFirst, bidirectional: bidirectional);
        using var gru = nn.GRU(inputSize, hidden, layers, batchFirst: batchFirst, bidirectional: bidirectional);
        using var scope = NewDisposeScope();
        var x = batchFirst ? randn(batch, seq, inputSize) : randn(seq, batch, inputSize);
        long[] outputShape = batchFirst ? [batch, seq, directions * hidden] : [seq, batch, directions * hidden];
        long[] stateShape = [layers * directions, batch, hidden];

        var (output, (h, c)) = lstm.call(x);
        Assert.Equal(outputShape, output.shape);
        Assert.Equal(stateShape, h.shape);
        Assert.Equal(stateShape, c.shape);
        var (gruOutput, gruH) = gru.call(x);
        Assert.Equal(outputShape, gruOutput.shape);
        Assert.Equal(stateShape, gruH.shape);

        var (packedOutput, (packedH, packedC)) = lstm.forward(x, null, Enumerable.Repeat(seq, (int)batch).ToArray());
        Assert.Equal(outputShape, packedOutput.shape);
        Assert.Equal(stateShape, packedH.shape);
        Assert.Equal(stateShape, packedC.shape);
    }

    [Fact]
    public void UnbatchedInputDropsTheBatchDimension()
    {
        using var lstm = nn.LSTM(3, 4, 2, bidirectional: true);
        using var gru = nn.GRU(3, 4);
        using var scope = NewDisposeScope();
        var x = randn(7, 3);
        var (output, (h, c)) = lstm.call(x);
        Assert.Equal(new long[] { 7, 8 }, output.shape);
        Assert.Equal(new long[] { 4, 4 }, h.shape);
        Assert.Equal(new long[] { 4, 4 }, c.shape);
        var (gruOutput, gruH) = gru.forward(x, zeros(1, 4));
        Assert.Equal(new long[] { 7, 4 }, gruOutput.shape);
        Assert.Equal(new long[] { 1, 4 }, gruH.shape);
    }

    [Fact]
    public void ParametersAreNamedAndShapedAsPyTorch()
    {
        using var lstm = nn.LSTM(3, 5, 2, bidirectional: true);
        var parameters = lstm.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);
        Assert.Equal(new[]
        {
            "weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0",
            "weight_ih_l0_reverse", "weight_hh_l0_reverse", "bias_ih_l0_reverse", "bias_hh_l0_reverse",
            "weight_ih_l1", "weight_hh_l1", "bias_ih_l1", "bias_hh_l1",
            "weight_ih_l1_reverse", "weight_hh_l1_reverse", "bias_ih_l1_reverse", "bias_hh_l1_reverse",
        }, parameters.Keys.ToArray());
        Assert.Equal(new long[] { 20, 3 }, parameters["weight_ih_l0"]);
        Assert.Equal(new long[] { 20, 10 }, parameters["weight_ih_l1_reverse"]);
        Assert.Equal(new long[] { 20, 5 }, parameters["weight_hh_l1"]);
        Assert.Equal(new long[] { 20 }, parameters["bias_hh_l0_reverse"]);

        using var gru = nn.GRU(3, 5, bias: false);
        Assert.Equal(new[] { "weight_ih_l0", "weight_hh_l0" }, gru.named_parameters().Select(p => p.name).ToArray());
        Assert.Equal(new long[] { 15, 3 }, gru.flat_weights[0].shape);
    }

    [Fact]
    public void InitialWeightsAreWithinOneOverSqrtHidden()
    {
        using var lstm = nn.LSTM(3, 16);
        var bound = 1 / Math.Sqrt(16);
        foreach (var p in lstm.parameters())
        {
            var values = p.data<float>();
            Assert.All(values, v => Assert.InRange(v, -bound, bound));
            Assert.True(values.Max() - values.Min() > bound, "weights should spread over the interval");
        }
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void LengthsGiveEachSequenceItsOwnRun(bool batchFirst, bool bidirectional)
    {
        // Each sequence of a padded batch must give what it gives alone, cut to its length: zero output past the
        // end and the state of its last real step (including the reverse direction, which starts at that step).
        const long seq = 5, inputSize = 2, hidden = 3;
        long[] lengths = [3, 5, 1];
        var directions = bidirectional ? 2 : 1;
        using var lstm = nn.LSTM(inputSize, hidden, 2, batchFirst: batchFirst, bidirectional: bidirectional);
        using var scope = NewDisposeScope();
        var random = new Random(3);
        var values = Enumerable.Range(0, (int)(lengths.Length * seq * inputSize)).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        float Value(long b, long t, long f) => values[(b * seq + t) * inputSize + f];
        Tensor Build(long batch, long steps, Func<long, long, long, float> at) =>
            batchFirst
                ? tensor(Enumerable.Range(0, (int)(batch * steps * inputSize)).Select(i => at(i / (steps * inputSize), i / inputSize % steps, i % inputSize)).ToArray(), [batch, steps, inputSize])
                : tensor(Enumerable.Range(0, (int)(batch * steps * inputSize)).Select(i => at(i / inputSize % batch, i / (batch * inputSize), i % inputSize)).ToArray(), [steps, batch, inputSize]);
        var input = Build(lengths.Length, seq, Value);
        var (output, (h, c)) = lstm.forward(input, null, lengths);
        var outputs = output.data<float>();
        var hs = h.data<float>();
        var width = directions * hidden;
        long OutputIndex(long b, long t, long f) => (batchFirst ? b * seq + t : t * lengths.Length + b) * width + f;

        for (var b = 0; b < lengths.Length; b++)
        {
            var sequence = b;
            var alone = Build(1, lengths[b], (_, t, f) => Value(sequence, t, f));
            var (aloneOutput, (aloneH, _)) = lstm.forward(alone, null);
            var expected = aloneOutput.data<float>();
            for (var t = 0; t < seq; t++)
            {
                for (var f = 0; f < width; f++)
                {
                    var got = outputs[OutputIndex(b, t, f)];
                    if (t < lengths[b])
                    {
                        Assert.Equal(expected[t * width + f], got, 5);
                    }
                    else
                    {
                        Assert.Equal(0f, got);
                    }
                }
            }
            var expectedH = aloneH.data<float>();
            for (var layer = 0; layer < 2 * directions; layer++)
            {
                for (var f = 0; f < hidden; f++)
                {
                    Assert.Equal(expectedH[layer * hidden + f], hs[(layer * lengths.Length + b) * hidden + f], 5);
                }
            }
        }
    }

    [Fact]
    public void PackedSequenceRoundTripsAndRunsThroughGru()
    {
        using var gru = nn.GRU(2, 3, batchFirst: true);
        using var scope = NewDisposeScope();
        var x = randn(3, 4, 2);
        using var packed = nn.utils.rnn.pack_padded_sequence(x, new long[] { 2, 4, 3 }, batch_first: true, enforce_sorted: false);
        Assert.Equal(new long[] { 9, 2 }, packed.data.shape);
        Assert.Equal(new long[] { 3, 3, 2, 1 }, packed.batch_sizes.data<long>());
        Assert.Equal(new long[] { 1, 2, 0 }, packed.sorted_indices!.data<long>());

        var (padded, lengths) = nn.utils.rnn.pad_packed_sequence(packed, batch_first: true);
        Assert.Equal(new long[] { 2, 4, 3 }, lengths.data<long>());
        var original = x.data<float>();
        var roundTrip = padded.data<float>();
        // (batch 3, 4 steps, 2 features): sequence 0 keeps 2 steps, 1 all 4, 2 keeps 3; the rest is zero.
        Assert.Equal(original[..4], roundTrip[..4]);
        Assert.Equal(new float[4], roundTrip[4..8]);
        Assert.Equal(original[8..22], roundTrip[8..22]);
        Assert.Equal(new float[2], roundTrip[22..]);

        var (packedOutput, h) = gru.forward(packed);
        using (packedOutput)
        {
            Assert.Equal(new long[] { 9, 3 }, packedOutput.data.shape);
            var (viaLengths, hViaLengths) = gru.forward(x, null, new long[] { 2, 4, 3 });
            Assert.Equal(hViaLengths.data<float>(), h.data<float>());
            var (unpacked, _) = nn.utils.rnn.pad_packed_sequence(packedOutput, batch_first: true);
            Assert.Equal(viaLengths.data<float>(), unpacked.data<float>());
        }
    }

    [Fact]
    public void DropoutActsBetweenLayersOnlyInTraining()
    {
        using var lstm = nn.LSTM(4, 8, 2, dropout: 0.5);
        using var scope = NewDisposeScope();
        var x = randn(5, 2, 4);
        lstm.eval();
        var first = lstm.call(x).output.data<float>();
        Assert.Equal(first, lstm.call(x).output.data<float>());
        lstm.train();
        manual_seed(1);
        var trained = lstm.call(x).output.data<float>();
        Assert.NotEqual(first, trained);
        manual_seed(1);
        Assert.Equal(trained, lstm.call(x).output.data<float>());
    }

    [Fact]
    public void SameSeedGivesSameWeights()
    {
        manual_seed(7);
        using var a = nn.GRU(3, 4, 2);
        manual_seed(7);
        using var b = nn.GRU(3, 4, 2);
        foreach (var (pa, pb) in a.parameters().Zip(b.parameters()))
        {
            Assert.Equal(pa.data<float>(), pb.data<float>());
        }
    }

    [Fact]
    public void WrongInputSizeIsATorchException()
    {
        using var lstm = nn.LSTM(3, 5);
        using var gru = nn.GRU(3, 5);
        using var scope = NewDisposeScope();
        var x = randn(4, 2, 4);
        var ex = Assert.Throws<TorchException>(() => lstm.call(x));
        Assert.Equal("input.size(-1) must be equal to input_size. Expected 3, got 4", ex.Message);
        ex = Assert.Throws<TorchException>(() => gru.call(x));
        Assert.Equal("input.size(-1) must be equal to input_size. Expected 3, got 4", ex.Message);
        ex = Assert.Throws<TorchException>(() => lstm.call(randn(2, 4, 2, 3)));
        Assert.Equal("LSTM: Expected input to be 2-D or 3-D but received 4-D tensor", ex.Message);
    }

    [Fact]
    public void WrongStateShapeIsATorchException()
    {
        using var lstm = nn.LSTM(3, 5);
        using var gru = nn.GRU(3, 5);
        using var scope = NewDisposeScope();
        var x = randn(4, 2, 3);
        var ex = Assert.Throws<TorchException>(() => lstm.forward(x, (zeros(1, 3, 5), zeros(1, 2, 5))));
        Assert.Equal("Expected hidden[0] size (1, 2, 5), got [1, 3, 5]", ex.Message);
        ex = Assert.Throws<TorchException>(() => lstm.forward(x, (zeros(1, 2, 5), zeros(2, 2, 5))));
        Assert.Equal("Expected hidden[1] size (1, 2, 5), got [2, 2, 5]", ex.Message);
        ex = Assert.Throws<TorchException>(() => gru.forward(x, zeros(1, 2, 4)));
        Assert.Equal("Expected hidden size (1, 2, 5), got [1, 2, 4]", ex.Message);
        ex = Assert.Throws<TorchException>(() => gru.forward(x, zeros(2, 5)));
        Assert.Equal("For batched 3-D input, hx should also be 3-D but got 2-D tensor", ex.Message);
    }

    [Fact]
    public void BadLengthsAreTorchExceptions()
    {
        using var lstm = nn.LSTM(3, 5);
        using var scope = NewDisposeScope();
        var x = randn(4, 2, 3);
        Assert.Throws<TorchException>(() => lstm.forward(x, null, new long[] { 0, 4 }));
        Assert.Throws<TorchException>(() => lstm.forward(randn(4, 3), null, new long[] { 4 }));
    }

    [Fact]
    public void ForwardInsideAScopeLeavesNoTensorsBehind()
    {
        using var lstm = nn.LSTM(3, 4, 2, bidirectional: true);
        var before = Tensor.TotalCount;
        for (var i = 0; i < 5; i++)
        {
            using var scope = NewDisposeScope();
            var x = randn([5, 3, 3], requires_grad: true);
            var (output, (h, c)) = lstm.forward(x, null, new long[] { 5, 2, 4 });
            output.backward(ones(output.shape));
        }
        foreach (var p in lstm.parameters())
        {
            p.grad = null;
        }
        Assert.Equal(before, Tensor.TotalCount);
    }
}
