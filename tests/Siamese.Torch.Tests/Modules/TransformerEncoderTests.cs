using System.Text.Json;
using Siamese.Torch.Modules;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Modules;

public class TransformerEncoderTests
{
    public static TheoryData<string> GoldenCases => new(SequenceGolden.Names("encoder_"));

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void MatchesPyTorch(string name)
    {
        var c = SequenceGolden.Case(name);
        var config = c.GetProperty("config");
        manual_seed(c.GetProperty("seed").GetInt64());
        var dModel = config.GetProperty("d_model").GetInt64();
        var layer = nn.TransformerEncoderLayer(dModel, config.GetProperty("nhead").GetInt64(),
            config.GetProperty("dim_feedforward").GetInt64(), dropout: 0.0, activation: config.GetProperty("activation").GetString()!,
            batch_first: config.GetProperty("batch_first").GetBoolean(), norm_first: config.GetProperty("norm_first").GetBoolean());
        nn.Module<Tensor, Tensor?, Tensor?, Tensor> module = layer;
        if (config.GetProperty("num_layers").ValueKind != JsonValueKind.Null)
        {
            var norm = config.GetProperty("final_norm").GetBoolean() ? new TransformerLayerNorm(dModel, 1e-5, null, null) : null;
            module = nn.TransformerEncoder(layer, config.GetProperty("num_layers").GetInt64(), norm);
            layer.Dispose();
        }
        using var disposeModule = module;
        SequenceGolden.AssertInitialParameters(c, module);

        using var scope = NewDisposeScope();
        var inputs = new Dictionary<string, Tensor> { ["src"] = SequenceGolden.Input(c, "src", requires_grad: true) };
        var mask = SequenceGolden.HasInput(c, "mask") ? SequenceGolden.Input(c, "mask") : null;
        var kpm = SequenceGolden.HasInput(c, "src_key_padding_mask") ? SequenceGolden.Input(c, "src_key_padding_mask") : null;
        var output = module.forward(inputs["src"], mask, kpm);
        SequenceGolden.AssertOutputsAndGradients(c, new Dictionary<string, Tensor> { ["output"] = output }, inputs, module);
    }

    [Theory]
    [InlineData(false, new long[] { 7, 3, 8 })]
    [InlineData(true, new long[] { 3, 7, 8 })]
    public void OutputKeepsTheInputShape(bool batchFirst, long[] shape)
    {
        using var layer = nn.TransformerEncoderLayer(8, 2, 16, batch_first: batchFirst);
        using var encoder = nn.TransformerEncoder(layer, 3);
        using var scope = NewDisposeScope();
        var x = randn(shape);
        Assert.Equal(shape, layer.call(x).shape);
        Assert.Equal(shape, encoder.call(x).shape);
        Assert.Equal(new long[] { 7, 8 }, layer.call(randn(7, 8)).shape);
    }

    [Fact]
    public void EncoderLayersAreIndependentCopiesOfTheTemplate()
    {
        using var layer = nn.TransformerEncoderLayer(4, 2, 6, dropout: 0.0);
        using var encoder = nn.TransformerEncoder(layer, 2);
        var names = encoder.named_parameters().Select(p => p.name).ToArray();
        Assert.Equal(24, names.Length);
        Assert.Equal("layers.0.self_attn.in_proj_weight", names[0]);
        Assert.Equal("layers.1.norm2.bias", names[^1]);
        Assert.Contains("layers.0.linear1.weight", names);

        var template = layer.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var copy = encoder.layers[1].named_parameters().ToDictionary(p => p.name, p => p.parameter);
        Assert.Equal(template["linear1.weight"].data<float>(), copy["linear1.weight"].data<float>());
        copy["linear1.weight"].requires_grad = false;
        using (no_grad())
        {
            copy["linear1.weight"].zero_();
        }
        Assert.NotEqual(template["linear1.weight"].data<float>(), copy["linear1.weight"].data<float>());
        Assert.True(template["linear1.weight"].requires_grad);
    }

    [Fact]
    public void DropoutOnlyInTraining()
    {
        using var layer = nn.TransformerEncoderLayer(8, 2, 16, dropout: 0.5);
        using var scope = NewDisposeScope();
        var x = randn(5, 2, 8);
        layer.eval();
        var evaluated = layer.call(x).data<float>();
        Assert.Equal(evaluated, layer.call(x).data<float>());
        layer.train();
        Assert.NotEqual(evaluated, layer.call(x).data<float>());
    }

    [Fact]
    public void WrongWidthIsATorchException()
    {
        using var layer = nn.TransformerEncoderLayer(8, 2, 16);
        using var scope = NewDisposeScope();
        var ex = Assert.Throws<TorchException>(() => layer.call(randn(5, 2, 6)));
        Assert.Equal("was expecting embedding dimension of 8, but got 6", ex.Message);
    }

    [Fact]
    public void UnknownActivationIsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => nn.TransformerEncoderLayer(8, 2, activation: "tanh"));
        Assert.StartsWith("activation should be relu/gelu, not tanh", ex.Message);
    }
}
