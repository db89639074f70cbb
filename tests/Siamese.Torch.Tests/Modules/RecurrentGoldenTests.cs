using System.Text.Json;
using Siamese.Torch.Modules;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Modules;

/// <summary>LSTM and GRU against PyTorch 1.13: seeded initial weights, outputs, and gradients of inputs and weights.</summary>
public class RecurrentGoldenTests
{
    public static TheoryData<string> LstmCases => new(SequenceGolden.Names("lstm_"));

    public static TheoryData<string> GruCases => new(SequenceGolden.Names("gru_"));

    private static T Build<T>(JsonElement c, Func<long, long, long, bool, bool, T> factory) where T : nn.Module
    {
        var config = c.GetProperty("config");
        manual_seed(c.GetProperty("seed").GetInt64());
        return factory(config.GetProperty("input_size").GetInt64(), config.GetProperty("hidden_size").GetInt64(),
            config.GetProperty("num_layers").GetInt64(), config.GetProperty("batch_first").GetBoolean(),
            config.GetProperty("bidirectional").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(LstmCases))]
    public void LstmMatchesPyTorch(string name)
    {
        var c = SequenceGolden.Case(name);
        using var lstm = Build(c, (i, h, l, bf, bi) => nn.LSTM(i, h, l, batchFirst: bf, bidirectional: bi));
        SequenceGolden.AssertInitialParameters(c, lstm);

        using var scope = NewDisposeScope();
        var inputs = new Dictionary<string, Tensor> { ["x"] = SequenceGolden.Input(c, "x", requires_grad: true) };
        (Tensor, Tensor)? state = null;
        if (SequenceGolden.HasInput(c, "h0"))
        {
            inputs["h0"] = SequenceGolden.Input(c, "h0", requires_grad: true);
            inputs["c0"] = SequenceGolden.Input(c, "c0", requires_grad: true);
            state = (inputs["h0"], inputs["c0"]);
        }
        var (output, (h, cell)) = SequenceGolden.HasInput(c, "lengths")
            ? lstm.forward(inputs["x"], state, SequenceGolden.Input(c, "lengths"))
            : lstm.forward(inputs["x"], state);
        var outputs = new Dictionary<string, Tensor> { ["output"] = output, ["h_n"] = h, ["c_n"] = cell };
        SequenceGolden.AssertOutputsAndGradients(c, outputs, inputs, lstm);
    }

    [Theory]
    [MemberData(nameof(GruCases))]
    public void GruMatchesPyTorch(string name)
    {
        var c = SequenceGolden.Case(name);
        using var gru = Build(c, (i, h, l, bf, bi) => nn.GRU(i, h, l, batchFirst: bf, bidirectional: bi));
        SequenceGolden.AssertInitialParameters(c, gru);

        using var scope = NewDisposeScope();
        var inputs = new Dictionary<string, Tensor> { ["x"] = SequenceGolden.Input(c, "x", requires_grad: true) };
        Tensor? state = null;
        if (SequenceGolden.HasInput(c, "h0"))
        {
            state = inputs["h0"] = SequenceGolden.Input(c, "h0", requires_grad: true);
        }
        var (output, h) = SequenceGolden.HasInput(c, "lengths")
            ? gru.forward(inputs["x"], state, SequenceGolden.Input(c, "lengths"))
            : gru.forward(inputs["x"], state);
        var outputs = new Dictionary<string, Tensor> { ["output"] = output, ["h_n"] = h };
        SequenceGolden.AssertOutputsAndGradients(c, outputs, inputs, gru);
    }
}
