using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Modules;

public class EmbeddingTests
{
    public static TheoryData<string> GoldenCases => new(SequenceGolden.Names("embedding_"));

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void MatchesPyTorchIncludingPaddingGradient(string name)
    {
        var c = SequenceGolden.Case(name);
        var config = c.GetProperty("config");
        manual_seed(c.GetProperty("seed").GetInt64());
        using var embedding = nn.Embedding(config.GetProperty("num_embeddings").GetInt64(),
            config.GetProperty("embedding_dim").GetInt64(), padding_idx: config.GetProperty("padding_idx").GetInt64());
        SequenceGolden.AssertInitialParameters(c, embedding);

        using var scope = NewDisposeScope();
        var indices = SequenceGolden.Input(c, "indices");
        var output = embedding.call(indices);
        SequenceGolden.AssertOutputsAndGradients(c, new Dictionary<string, Tensor> { ["output"] = output },
            new Dictionary<string, Tensor>(), embedding);

        // The padding row starts at zero and its gradient is exactly zero although it was looked up.
        var row = embedding.padding_idx!.Value;
        var dim = embedding.embedding_dim;
        Assert.All(embedding.weight.data<float>().Skip((int)(row * dim)).Take((int)dim), v => Assert.Equal(0f, v));
        using var grad = embedding.weight.grad!;
        Assert.All(grad.data<float>().Skip((int)(row * dim)).Take((int)dim), v => Assert.Equal(0f, v));
    }

    [Theory]
    [InlineData(new long[] { 5 }, new long[] { 5, 3 })]
    [InlineData(new long[] { 2, 4 }, new long[] { 2, 4, 3 })]
    [InlineData(new long[] { 2, 1, 4 }, new long[] { 2, 1, 4, 3 })]
    public void OutputAppendsEmbeddingDim(long[] indexShape, long[] expected)
    {
        using var embedding = nn.Embedding(7, 3);
        using var scope = NewDisposeScope();
        var count = indexShape.Aggregate(1L, (a, b) => a * b);
        var indices = tensor(Enumerable.Range(0, (int)count).Select(i => (long)(i % 7)).ToArray(), indexShape);
        Assert.Equal(expected, embedding.call(indices).shape);
    }

    [Fact]
    public void FromPretrainedLooksUpGivenRowsAndFreezesByDefault()
    {
        using var scope = NewDisposeScope();
        var table = tensor(new float[] { 0, 0, 1, 2, 3, 4 }, [3, 2]);
        using var frozen = nn.Embedding_from_pretrained(table);
        Assert.False(frozen.weight.requires_grad);
        Assert.Equal(new float[] { 3, 4, 0, 0, 3, 4 }, frozen.call(tensor(new long[] { 2, 0, 2 })).data<float>());

        using var trainable = Siamese.Torch.Modules.Embedding.from_pretrained(table, freeze: false, padding_idx: 0);
        Assert.True(trainable.weight.requires_grad);
        var y = trainable.call(tensor(new long[] { 0, 1, 1 }));
        y.backward(ones(3, 2));
        // Row 1 was looked up twice; the padding row 0 gets nothing.
        Assert.Equal(new float[] { 0, 0, 2, 2, 0, 0 }, trainable.weight.grad!.data<float>());
    }

    [Fact]
    public void MaxNormRenormalisesLookedUpRowsInPlace()
    {
        using var scope = NewDisposeScope();
        var table = tensor(new float[] { 3, 4, 0.3f, 0.4f }, [2, 2]);
        using var embedding = nn.Embedding_from_pretrained(table, max_norm: 1.0);
        var y = embedding.call(tensor(new long[] { 0, 1 }));
        // Row 0 (norm 5) is scaled to norm 1 (up to ATen's 1e-7 guard); row 1 (norm 0.5) is left alone.
        var values = y.data<float>();
        Assert.Equal(0.6f, values[0], 5);
        Assert.Equal(0.8f, values[1], 5);
        Assert.Equal(new[] { 0.3f, 0.4f }, values[2..]);
        Assert.Equal(0.6f, embedding.weight.data<float>()[0], 5);
    }

    [Fact]
    public void IndexOutOfRangeIsATorchException()
    {
        using var embedding = nn.Embedding(4, 2);
        using var scope = NewDisposeScope();
        var ex = Assert.Throws<TorchException>(() => embedding.call(tensor(new long[] { 1, 4 })));
        Assert.Contains("index out of range", ex.Message);
    }

    [Fact]
    public void FloatIndicesAreATorchException()
    {
        using var embedding = nn.Embedding(4, 2);
        using var scope = NewDisposeScope();
        var ex = Assert.Throws<TorchException>(() => embedding.call(tensor(new float[] { 1, 2 })));
        Assert.Contains("Long", ex.Message);
    }

    [Fact]
    public void PaddingIndexOutsideTableIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => nn.Embedding(4, 2, padding_idx: 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => nn.Embedding(4, 2, padding_idx: -5));
        using var last = nn.Embedding(4, 2, padding_idx: -1);
        Assert.Equal(3, last.padding_idx);
    }

    [Fact]
    public void FunctionalEmbeddingMatchesModule()
    {
        using var embedding = nn.Embedding(5, 3, padding_idx: 1);
        using var scope = NewDisposeScope();
        var indices = tensor(new long[] { 4, 1, 0 });
        Assert.Equal(embedding.call(indices).data<float>(),
            nn.functional.embedding(indices, embedding.weight, padding_idx: 1).data<float>());
    }
}
