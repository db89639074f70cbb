using System.Globalization;
using System.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Models;

/// <summary>
/// A Keras-style <c>summary()</c>: each layer with its output shape and parameter count, then the totals.
/// Shapes come from tracing one example input through the layers (no gradients), so they are the real ones,
/// not a second computation that could disagree with the model.
/// </summary>
public sealed class ModelSummary
{
    private ModelSummary(string title, IReadOnlyList<SummaryRow> rows, long total, long trainable)
    {
        Title = title;
        Rows = rows;
        TotalParameters = total;
        TrainableParameters = trainable;
    }

    /// <summary>The model's name.</summary>
    public string Title { get; }

    /// <summary>The layers in order.</summary>
    public IReadOnlyList<SummaryRow> Rows { get; }

    /// <summary>All parameter elements (each shared parameter once).</summary>
    public long TotalParameters { get; }

    /// <summary>Parameter elements with <c>requires_grad</c>.</summary>
    public long TrainableParameters { get; }

    /// <summary>
    /// Summarises an image (or other single-tensor) encoder for inputs of <paramref name="inputShape"/> without the batch
    /// dimension, e.g. [1, 105, 105]. Chains of layers (<see cref="ISequentialModel"/>) get one row per layer; other models
    /// one row per child module and the final output shape.
    /// </summary>
    public static ModelSummary Of(nn.Module<Tensor, Tensor> model, params long[] inputShape)
    {
        var rows = new List<SummaryRow>();
        var device = model.parameters().FirstOrDefault()?.device ?? CPU;
        using (no_grad())
        using (NewDisposeScope())
        {
            var wasTraining = model.training;
            model.eval();
            try
            {
                var x = zeros(new long[] { 1 }.Concat(inputShape).ToArray(), device: device);
                if (model is ISequentialModel sequential)
                {
                    foreach (var (name, layer) in sequential.Layers)
                    {
                        x = layer.call(x);
                        rows.Add(new SummaryRow(name, layer.GetName(), Batched(x.shape), Count(layer)));
                    }
                }
                else
                {
                    var output = model.call(x);
                    rows.AddRange(model.named_children().Select(c => new SummaryRow(c.name, c.module.GetName(), null, Count(c.module))));
                    rows.Add(new SummaryRow("(output)", model.GetName(), Batched(output.shape), 0));
                }
            }
            finally
            {
                model.train(wasTraining);
            }
        }
        return Create(model, rows);
    }

    /// <summary>Summarises a Siamese network on image pairs: the shared encoder's layers, then the head (output [batch]).</summary>
    public static ModelSummary Of(SiameseNetwork<Tensor> network, params long[] inputShape)
    {
        var encoder = Of(network.Encoder, inputShape);
        var rows = encoder.Rows.Select(r => r with { Name = "encoder." + r.Name }).ToList();
        rows.Add(new SummaryRow("head", network.Head.GetName(), [-1], Count(network.Head)));
        return Create(network, rows);
    }

    /// <summary>The table, Keras-style.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var layerWidth = Math.Max(20, Rows.Select(r => r.Name.Length + r.Type.Length + 3).DefaultIfEmpty(0).Max());
        const int ShapeWidth = 26;
        var sb = new StringBuilder();
        var rule = new string('=', layerWidth + ShapeWidth + 14);
        sb.AppendLine($"Model: \"{Title}\"");
        sb.AppendLine(rule);
        sb.AppendLine($"{"Layer (type)".PadRight(layerWidth)}{"Output Shape".PadRight(ShapeWidth)}{"Param #",14}");
        sb.AppendLine(rule);
        foreach (var r in Rows)
        {
            var shape = r.OutputShape is null ? "" : "(" + string.Join(", ", r.OutputShape.Select(d => d < 0 ? "None" : d.ToString(c))) + ")";
            sb.AppendLine($"{$"{r.Name} ({r.Type})".PadRight(layerWidth)}{shape.PadRight(ShapeWidth)}{r.Parameters.ToString("N0", c),14}");
        }
        sb.AppendLine(rule);
        sb.AppendLine($"Total params: {TotalParameters.ToString("N0", c)}");
        sb.AppendLine($"Trainable params: {TrainableParameters.ToString("N0", c)}");
        sb.AppendLine($"Non-trainable params: {(TotalParameters - TrainableParameters).ToString("N0", c)}");
        return sb.ToString();
    }

    private static ModelSummary Create(nn.Module model, List<SummaryRow> rows)
    {
        var parameters = model.parameters().ToList();
        return new ModelSummary(model.GetName(), rows, parameters.Sum(p => p.numel()), parameters.Where(p => p.requires_grad).Sum(p => p.numel()));
    }

    private static long Count(nn.Module module) => module.parameters().Sum(p => p.numel());

    private static long[] Batched(long[] shape) => new long[] { -1 }.Concat(shape.Skip(1)).ToArray();
}
