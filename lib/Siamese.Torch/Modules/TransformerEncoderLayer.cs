using static Siamese.Torch.Native.NativeMethods;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// One Transformer encoder block, as <c>nn.TransformerEncoderLayer</c>: self-attention and a feed-forward
/// network (<c>d_model → dim_feedforward → d_model</c>), each with dropout, a residual connection and layer
/// normalisation (after the residual by default, before each block with <see cref="norm_first"/>).
/// <c>src</c> is <c>(S, N, d_model)</c> (<c>(N, S, d_model)</c> with <see cref="batch_first"/>, or unbatched
/// <c>(S, d_model)</c>); the output has the same shape. Parameters and their initialisation follow PyTorch 1.13:
/// <c>self_attn.in_proj_weight</c>, <c>self_attn.in_proj_bias</c>, <c>self_attn.out_proj.weight/bias</c>,
/// <c>linear1.weight/bias</c>, <c>linear2.weight/bias</c>, <c>norm1.weight/bias</c>, <c>norm2.weight/bias</c>.
/// The whole block runs as one native call computing PyTorch's ops in PyTorch's order (dropout draws included).
/// </summary>
public sealed class TransformerEncoderLayer : nn.Module<Tensor, Tensor?, Tensor?, Tensor>
{
    private readonly MultiheadAttention _selfAttn;
    private readonly NonDynamicallyQuantizableLinear _linear1;
    private readonly NonDynamicallyQuantizableLinear _linear2;
    private readonly TransformerLayerNorm _norm1;
    private readonly TransformerLayerNorm _norm2;
    private readonly Device? _device;
    private readonly ScalarType? _dtype;

    /// <summary>Creates the block; see <see cref="nn.TransformerEncoderLayer"/>.</summary>
    internal TransformerEncoderLayer(long d_model, long nhead, long dim_feedforward, double dropout, string activation,
        double layer_norm_eps, bool batch_first, bool norm_first, Device? device, ScalarType? dtype, bool initialize = true)
        : base(nameof(TransformerEncoderLayer))
    {
        if (activation != "relu" && activation != "gelu")
        {
            throw new ArgumentException($"activation should be relu/gelu, not {activation}", nameof(activation));
        }
        this.d_model = d_model;
        this.nhead = nhead;
        this.dim_feedforward = dim_feedforward;
        this.dropout = dropout;
        this.activation = activation;
        this.layer_norm_eps = layer_norm_eps;
        this.batch_first = batch_first;
        this.norm_first = norm_first;
        _device = device;
        _dtype = dtype;
        // Construction order is PyTorch's, so the generator is drawn in the same order.
        _selfAttn = new MultiheadAttention(d_model, nhead, dropout, true, null, null, batch_first, device, dtype, initialize);
        _linear1 = new NonDynamicallyQuantizableLinear(d_model, dim_feedforward, true, device, dtype, initialize, "Linear");
        _linear2 = new NonDynamicallyQuantizableLinear(dim_feedforward, d_model, true, device, dtype, initialize, "Linear");
        _norm1 = new TransformerLayerNorm(d_model, layer_norm_eps, device, dtype);
        _norm2 = new TransformerLayerNorm(d_model, layer_norm_eps, device, dtype);
        register_module("self_attn", _selfAttn);
        register_module("linear1", _linear1);
        register_module("linear2", _linear2);
        register_module("norm1", _norm1);
        register_module("norm2", _norm2);
    }

    /// <summary>Model width.</summary>
    public long d_model { get; }

    /// <summary>Attention heads.</summary>
    public long nhead { get; }

    /// <summary>Hidden width of the feed-forward network.</summary>
    public long dim_feedforward { get; }

    /// <summary>Dropout probability (attention weights, both residual branches, feed-forward hidden layer).</summary>
    public double dropout { get; }

    /// <summary>Feed-forward activation: "relu" or "gelu".</summary>
    public string activation { get; }

    /// <summary>Epsilon of both layer norms.</summary>
    public double layer_norm_eps { get; }

    /// <summary>Input and output are <c>(N, S, d_model)</c>.</summary>
    public bool batch_first { get; }

    /// <summary>Normalise before each block (pre-norm) instead of after each residual.</summary>
    public bool norm_first { get; }

    /// <summary>The self-attention block.</summary>
    public MultiheadAttention self_attn => _selfAttn;

    /// <summary>Encodes without masks.</summary>
    public Tensor forward(Tensor src) => forward(src, null, null);

    /// <summary>Encodes without masks (TorchSharp's entry point).</summary>
    public Tensor call(Tensor src) => forward(src, null, null);

    /// <summary>
    /// Encodes <paramref name="src"/>. <paramref name="src_mask"/> <c>(S, S)</c> or <c>(N·nhead, S, S)</c>: true or
    /// -inf forbids attending (e.g. a causal mask). <paramref name="src_key_padding_mask"/> <c>(N, S)</c>: true marks
    /// padding positions that no position may attend to.
    /// </summary>
    public override Tensor forward(Tensor src, Tensor? src_mask, Tensor? src_key_padding_mask)
    {
        var attention = _selfAttn;
        Check(sts_seq_transformer_encoder_layer(src.Handle, src_mask?.Handle ?? IntPtr.Zero,
            src_key_padding_mask?.Handle ?? IntPtr.Zero, d_model, nhead, attention.in_proj_weight!.Handle,
            attention.in_proj_bias!.Handle, attention.out_proj.weight.Handle, attention.out_proj.bias!.Handle,
            _linear1.weight.Handle, _linear1.bias!.Handle, _linear2.weight.Handle, _linear2.bias!.Handle,
            _norm1.weight.Handle, _norm1.bias.Handle, _norm2.weight.Handle, _norm2.bias.Handle, layer_norm_eps,
            activation == "gelu" ? 1 : 0, norm_first ? 1 : 0, dropout, training ? 1 : 0, batch_first ? 1 : 0,
            out var result));
        return new Tensor(result);
    }

    /// <summary>
    /// A deep copy (PyTorch's <c>copy.deepcopy</c>): same configuration, parameter values, requires_grad and
    /// training mode, with its own storage; draws nothing from the generator.
    /// </summary>
    public TransformerEncoderLayer clone()
    {
        var copy = new TransformerEncoderLayer(d_model, nhead, dim_feedforward, dropout, activation, layer_norm_eps,
            batch_first, norm_first, _device, _dtype, initialize: false);
        foreach (var ((_, source), (_, target)) in named_parameters().Zip(copy.named_parameters()))
        {
            SequenceInit.CopyFrom(target, source);
            target.requires_grad = source.requires_grad;
        }
        copy.train(training);
        return copy;
    }
}
