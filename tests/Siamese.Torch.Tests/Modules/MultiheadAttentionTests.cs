using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Modules;

public class MultiheadAttentionTests
{
    public static TheoryData<string> GoldenCases => new(SequenceGolden.Names("mha_"));

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void MatchesPyTorch(string name)
    {
        var c = SequenceGolden.Case(name);
        var config = c.GetProperty("config");
        long? Optional(string key) => config.GetProperty(key).ValueKind == System.Text.Json.JsonValueKind.Null
            ? null : config.GetProperty(key).GetInt64();
        manual_seed(c.GetProperty("seed").GetInt64());
        using var mha = nn.MultiheadAttention(config.GetProperty("embed_dim").GetInt64(), config.GetProperty("num_heads").GetInt64(),
            bias: config.GetProperty("bias").GetBoolean(), kdim: Optional("kdim"), vdim: Optional("vdim"),
            batch_first: config.GetProperty("batch_first").GetBoolean());
        SequenceGolden.AssertInitialParameters(c, mha);

        using var scope = NewDisposeScope();
        var inputs = new Dictionary<string, Tensor> { ["query"] = SequenceGolden.Input(c, "query", requires_grad: true) };
        // Self-attention passes one tensor object three times (PyTorch's packed projection); "kv" passes key as value.
        var kind = config.GetProperty("kind").GetString();
        var query = inputs["query"];
        var key = kind == "self" ? query : inputs["key"] = SequenceGolden.Input(c, "key", requires_grad: true);
        var value = kind == "qkv" ? inputs["value"] = SequenceGolden.Input(c, "value", requires_grad: true) : key;
        var keyPaddingMask = SequenceGolden.HasInput(c, "key_padding_mask") ? SequenceGolden.Input(c, "key_padding_mask") : null;
        var attnMask = SequenceGolden.HasInput(c, "attn_mask") ? SequenceGolden.Input(c, "attn_mask") : null;
        var needWeights = config.GetProperty("need_weights").GetBoolean();

        var (output, weights) = mha.forward(query, key, value, keyPaddingMask, needWeights, attnMask,
            config.GetProperty("average_attn_weights").GetBoolean());
        var outputs = new Dictionary<string, Tensor> { ["output"] = output };
        if (needWeights)
        {
            outputs["weights"] = weights!;
        }
        else
        {
            Assert.Null(weights);
        }
        SequenceGolden.AssertOutputsAndGradients(c, outputs, inputs, mha);
    }

    [Fact]
    public void ParameterNamesAndShapesFollowPyTorch()
    {
        using var mha = nn.MultiheadAttention(8, 2);
        Assert.Equal(new[] { "in_proj_weight", "in_proj_bias", "out_proj.weight", "out_proj.bias" },
            mha.named_parameters().Select(p => p.name).ToArray());
        Assert.Equal(new long[] { 24, 8 }, mha.in_proj_weight!.shape);
        Assert.Equal(new long[] { 8, 8 }, mha.out_proj.weight.shape);
        Assert.Equal(4, mha.head_dim);

        using var separate = nn.MultiheadAttention(6, 3, bias: false, kdim: 4, vdim: 5);
        Assert.Equal(new[] { "q_proj_weight", "k_proj_weight", "v_proj_weight", "out_proj.weight" },
            separate.named_parameters().Select(p => p.name).ToArray());
        Assert.Equal(new long[] { 6, 5 }, separate.v_proj_weight!.shape);
        Assert.Null(separate.in_proj_bias);
    }

    [Theory]
    [InlineData(false, true, true, new long[] { 5, 2, 8 }, new long[] { 2, 5, 3 })]
    [InlineData(true, true, true, new long[] { 2, 5, 8 }, new long[] { 2, 5, 3 })]
    [InlineData(true, true, false, new long[] { 2, 5, 8 }, new long[] { 2, 2, 5, 3 })]
    [InlineData(true, false, true, new long[] { 2, 5, 8 }, null)]
    public void ShapesForBatchedInput(bool batchFirst, bool needWeights, bool average, long[] outputShape, long[]? weightShape)
    {
        using var mha = nn.MultiheadAttention(8, 2, batch_first: batchFirst);
        using var scope = NewDisposeScope();
        // Target length 5, source length 3, batch 2.
        var query = batchFirst ? randn(2, 5, 8) : randn(5, 2, 8);
        var memory = batchFirst ? randn(2, 3, 8) : randn(3, 2, 8);
        var (output, weights) = mha.forward(query, memory, memory, null, needWeights, null, average);
        Assert.Equal(outputShape, output.shape);
        Assert.Equal(weightShape, weights?.shape);
    }

    [Fact]
    public void UnbatchedInputGivesUnbatchedOutput()
    {
        using var mha = nn.MultiheadAttention(4, 2);
        using var scope = NewDisposeScope();
        var x = randn(6, 4);
        var (output, weights) = mha.call(x, x, x);
        Assert.Equal(new long[] { 6, 4 }, output.shape);
        Assert.Equal(new long[] { 6, 6 }, weights!.shape);
    }

    [Fact]
    public void MaskedKeysGetZeroWeightAndWeightsSumToOne()
    {
        using var mha = nn.MultiheadAttention(4, 2, batch_first: true);
        using var scope = NewDisposeScope();
        var x = randn(1, 3, 4);
        var mask = tensor(new[] { false, false, true }, [1, 3]);
        var (_, weights) = mha.forward(x, x, x, mask);
        var w = weights!.data<float>();
        for (var row = 0; row < 3; row++)
        {
            Assert.Equal(0f, w[row * 3 + 2]);
            Assert.Equal(1f, w[row * 3] + w[row * 3 + 1], 5);
        }
    }

    [Fact]
    public void WrongEmbeddingSizeIsATorchException()
    {
        using var mha = nn.MultiheadAttention(8, 2);
        using var scope = NewDisposeScope();
        var x = randn(5, 2, 6);
        var ex = Assert.Throws<TorchException>(() => mha.call(x, x, x));
        Assert.Equal("was expecting embedding dimension of 8, but got 6", ex.Message);
    }

    [Fact]
    public void WrongMaskShapesAreTorchExceptions()
    {
        using var mha = nn.MultiheadAttention(4, 2);
        using var scope = NewDisposeScope();
        var x = randn(3, 2, 4);
        var ex = Assert.Throws<TorchException>(() => mha.forward(x, x, x, null, attn_mask: zeros(3, 4)));
        Assert.Equal("The shape of the 2D attn_mask is torch.Size([3, 4]), but should be (3, 3).", ex.Message);
        var kpm = tensor(new bool[6], [3, 2]);
        ex = Assert.Throws<TorchException>(() => mha.forward(x, x, x, kpm));
        Assert.Equal("expecting key_padding_mask shape of (2, 3), but got torch.Size([3, 2])", ex.Message);
    }

    [Fact]
    public void EmbedDimMustDivideIntoHeads()
    {
        Assert.Throws<ArgumentException>(() => nn.MultiheadAttention(10, 3));
    }
}
