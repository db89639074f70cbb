using System.Text.Json;
using Siamese.Lib.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Golden;

/// <summary>
/// Every encoder of Siamese.Lib.Models against the same architecture built in PyTorch (encoders.json): the PyTorch
/// module uses the C# module's parameter names, its seeded float32 weights are copied into ours by name (the name
/// sets must be equal), and both run in eval mode (no dropout; BatchNorm on its running statistics). Sequence
/// batches are right-padded with a large constant in the padding, which must not reach the output.
/// Tolerances: <see cref="GoldenAssert"/> (terms = the fan-ins along the deepest path, times the time steps for
/// sequence models, whose recurrent state or attention accumulates over every step).
/// </summary>
public class EncodersGoldenTests
{
    private const string File = "encoders.json";

    public static TheoryData<string> Encoders => GoldenData.Names(File, "encoders");

    [Theory]
    [MemberData(nameof(Encoders))]
    public void EncoderMatchesPyTorch(string name)
    {
        var c = GoldenData.Case(File, "encoders", name);
        using var scope = NewDisposeScope();
        var parameters = c.GetProperty("parameters");
        var input = GoldenData.ToTensor(c.GetProperty("input"));
        nn.Module<Tensor, Tensor>? image = null;
        nn.Module<SequenceInput, Tensor>? sequence = null;
        switch (name)
        {
            case "SmallCnn":
                image = new SmallCnn(embeddingSize: 4, channels: (2, 3), hiddenSize: 5, inputSize: 8);
                break;
            case "KochCnn_compact_batchnorm":
                // CompactStages at 1/32 width: 64, 128, 128, 256 → 2, 4, 4, 8 channels.
                image = new KochCnn(inputSize: 8, hiddenSizes: [6, 5, 3], widthScale: 1.0 / 32, stages: KochCnn.CompactStages, batchNorm: true);
                break;
            case "KochCnn_custom":
                image = new KochCnn(inputSize: 12, inChannels: 2, hiddenSizes: [6], stages: [new(3, 5, Pool: true), new(4, 3, Pool: false)]);
                break;
            case "Lstm_last_hidden":
                sequence = new LstmEncoder(3, 4);
                break;
            case "Lstm_bidirectional_2layers_masked_mean":
                sequence = new LstmEncoder(3, 4, numLayers: 2, bidirectional: true, pooling: SequencePooling.MaskedMean);
                break;
            case "Lstm_bidirectional_last_hidden":
                sequence = new LstmEncoder(3, 4, bidirectional: true);
                break;
            case "MaLstm_tokens":
                sequence = LstmEncoder.MaLstm(GoldenData.ToTensor(parameters.GetProperty("embedding.weight")), hiddenSize: 4);
                break;
            case "Transformer_features":
                sequence = new TransformerEncoder(3, heads: 2, headSize: 2, layers: 2, maxLength: 8);
                break;
            case "Transformer_tokens":
                sequence = new TransformerEncoder(7, heads: 2, headSize: 4, layers: 1, maxLength: 8, tokens: true);
                break;
            case "SequenceCnn":
                sequence = new SequenceCnnEncoder(3, 4, 2, kernelSize: 3);
                break;
            case "SequenceCnn_kernel5":
                sequence = new SequenceCnnEncoder(3, 4, 2, kernelSize: 5);
                break;
            case "ImageRows_Lstm":
                image = new ImageRowsEncoder(new LstmEncoder(5, 3));
                break;
            default:
                throw new ArgumentException($"No encoder for case {name}.");
        }
        nn.Module module = (nn.Module?)image ?? sequence!;
        GoldenData.Load(module, parameters, c.GetProperty("buffers"));
        // The stored names are also state_dict() keys, the names a PyTorch checkpoint of the same model would use.
        var stateKeys = module.state_dict().Keys.ToHashSet();
        Assert.All(parameters.EnumerateObject().Concat(c.GetProperty("buffers").EnumerateObject()), p => Assert.Contains(p.Name, stateKeys));
        module.eval();
        Tensor output;
        using (no_grad())
        {
            output = image is not null
                ? image.call(input)
                : sequence!.call(new SequenceInput(input, GoldenData.ToTensor(c.GetProperty("mask"))));
        }
        var expected = c.GetProperty("output");
        Assert.Equal(GoldenData.Shape(expected), output.shape);
        GoldenAssert.Close(GoldenData.Values(expected), output, c.GetProperty("terms").GetDouble(), c.GetProperty("scale").GetDouble(), $"{name} output");
    }
}
