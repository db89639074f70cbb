using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// A stack of <see cref="num_layers"/> deep copies of one <see cref="TransformerEncoderLayer"/> (all start with
/// the template's weights, as PyTorch's <c>_get_clones</c> gives), optionally followed by a final norm, as
/// <c>nn.TransformerEncoder</c>. Parameter names: <c>layers.0.self_attn.in_proj_weight</c>, ...,
/// <c>norm.weight</c>. The masks are passed to every layer.
/// </summary>
public sealed class TransformerEncoder : nn.Module<Tensor, Tensor?, Tensor?, Tensor>
{
    private readonly TransformerEncoderLayer[] _layers;
    private readonly nn.Module<Tensor, Tensor>? _norm;

    /// <summary>Creates the stack; see <see cref="nn.TransformerEncoder"/>.</summary>
    internal TransformerEncoder(TransformerEncoderLayer encoder_layer, long num_layers, nn.Module<Tensor, Tensor>? norm)
        : base(nameof(TransformerEncoder))
    {
        if (num_layers < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(num_layers), num_layers, "num_layers must be positive");
        }
        _layers = Enumerable.Range(0, (int)num_layers).Select(_ => encoder_layer.clone()).ToArray();
        register_module("layers", new LayerList(_layers));
        _norm = norm;
        if (norm is not null)
        {
            register_module("norm", norm);
        }
    }

    /// <summary>Number of stacked layers.</summary>
    public long num_layers => _layers.Length;

    /// <summary>The layers (independent copies).</summary>
    public IReadOnlyList<TransformerEncoderLayer> layers => _layers;

    /// <summary>Encodes without masks.</summary>
    public Tensor forward(Tensor src) => forward(src, null, null);

    /// <summary>Encodes without masks (TorchSharp's entry point).</summary>
    public Tensor call(Tensor src) => forward(src, null, null);

    /// <summary>Runs every layer with the same masks, then the final norm if any.</summary>
    public override Tensor forward(Tensor src, Tensor? mask, Tensor? src_key_padding_mask)
    {
        var output = src;
        foreach (var layer in _layers)
        {
            var next = layer.forward(output, mask, src_key_padding_mask);
            if (!ReferenceEquals(output, src))
            {
                output.Dispose();
            }
            output = next;
        }
        if (_norm is null)
        {
            return output;
        }
        var normalised = _norm.forward(output);
        if (!ReferenceEquals(output, src))
        {
            output.Dispose();
        }
        return normalised;
    }

    /// <summary>Holds the layers under the names "0", "1", ... (PyTorch's ModuleList keys).</summary>
    private sealed class LayerList : nn.Module
    {
        internal LayerList(IEnumerable<TransformerEncoderLayer> layers) : base("ModuleList")
        {
            var i = 0;
            foreach (var layer in layers)
            {
                register_module((i++).ToString(System.Globalization.CultureInfo.InvariantCulture), layer);
            }
        }
    }
}
