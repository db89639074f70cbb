using static Siamese.Torch.Native.NativeMethods;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// Multi-head scaled dot-product attention, as <c>nn.MultiheadAttention</c>:
/// query <c>(L, N, E)</c>, key <c>(S, N, kdim)</c>, value <c>(S, N, vdim)</c> (batch first with
/// <see cref="batch_first"/>; unbatched <c>(L, E)</c> also works) → output <c>(L, N, E)</c> and, when asked,
/// the attention weights <c>(N, L, S)</c> averaged over heads (or <c>(N, num_heads, L, S)</c>).
/// Parameters as PyTorch: <c>in_proj_weight</c> <c>(3E, E)</c> (or <c>q/k/v_proj_weight</c> when kdim/vdim
/// differ from E), <c>in_proj_bias</c> <c>(3E)</c>, <c>out_proj.weight</c>, <c>out_proj.bias</c>; initialised as
/// PyTorch 1.13 does (out_proj as a Linear, then xavier_uniform_ on the input projections, zero biases).
/// The computation is PyTorch's <c>F.multi_head_attention_forward</c>, op for op.
/// </summary>
public sealed class MultiheadAttention : nn.Module<Tensor, Tensor, Tensor, (Tensor attn_output, Tensor? attn_weights)>
{
    private readonly nn.Parameter? _inProjWeight;
    private readonly nn.Parameter? _qProjWeight;
    private readonly nn.Parameter? _kProjWeight;
    private readonly nn.Parameter? _vProjWeight;
    private readonly nn.Parameter? _inProjBias;
    private readonly NonDynamicallyQuantizableLinear _outProj;

    /// <summary>Creates the layer; see <see cref="nn.MultiheadAttention"/>.</summary>
    internal MultiheadAttention(long embed_dim, long num_heads, double dropout, bool bias, long? kdim, long? vdim,
        bool batch_first, Device? device, ScalarType? dtype)
        : base(nameof(MultiheadAttention))
    {
        if (num_heads <= 0 || embed_dim <= 0 || embed_dim / num_heads * num_heads != embed_dim)
        {
            throw new ArgumentException($"embed_dim must be divisible by num_heads (got {embed_dim} and {num_heads})", nameof(num_heads));
        }
        if (double.IsNaN(dropout) || dropout < 0 || dropout > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(dropout), dropout, "dropout probability has to be between 0 and 1");
        }
        this.embed_dim = embed_dim;
        this.num_heads = num_heads;
        this.dropout = dropout;
        this.batch_first = batch_first;
        this.kdim = kdim ?? embed_dim;
        this.vdim = vdim ?? embed_dim;
        head_dim = embed_dim / num_heads;
        var sameDim = this.kdim == embed_dim && this.vdim == embed_dim;

        // Registration order is PyTorch's: projection weights, in_proj_bias, out_proj.
        if (sameDim)
        {
            _inProjWeight = Make([3 * embed_dim, embed_dim]);
            register_parameter("in_proj_weight", _inProjWeight);
            register_parameter("q_proj_weight", null);
            register_parameter("k_proj_weight", null);
            register_parameter("v_proj_weight", null);
        }
        else
        {
            _qProjWeight = Make([embed_dim, embed_dim]);
            _kProjWeight = Make([embed_dim, this.kdim]);
            _vProjWeight = Make([embed_dim, this.vdim]);
            register_parameter("q_proj_weight", _qProjWeight);
            register_parameter("k_proj_weight", _kProjWeight);
            register_parameter("v_proj_weight", _vProjWeight);
            register_parameter("in_proj_weight", null);
        }
        _inProjBias = bias ? Make([3 * embed_dim]) : null;
        register_parameter("in_proj_bias", _inProjBias);
        _outProj = new NonDynamicallyQuantizableLinear(embed_dim, embed_dim, bias, device, dtype);
        register_module("out_proj", _outProj);
        reset_parameters();

        nn.Parameter Make(long[] shape)
        {
            using var data = empty(shape, dtype, device);
            return new nn.Parameter(data);
        }
    }

    /// <summary>Model width E (query features and output features).</summary>
    public long embed_dim { get; }

    /// <summary>Key features.</summary>
    public long kdim { get; }

    /// <summary>Value features.</summary>
    public long vdim { get; }

    /// <summary>Number of heads; each attends over E / num_heads features.</summary>
    public long num_heads { get; }

    /// <summary>Features per head.</summary>
    public long head_dim { get; }

    /// <summary>Dropout probability on the attention weights (training mode only).</summary>
    public double dropout { get; }

    /// <summary>Inputs and output are <c>(N, L, E)</c>.</summary>
    public bool batch_first { get; }

    /// <summary>Packed q, k, v projection weights <c>(3E, E)</c>, or null when kdim/vdim differ from E.</summary>
    public nn.Parameter? in_proj_weight => _inProjWeight;

    /// <summary>Packed q, k, v projection biases <c>(3E)</c>, or null without bias.</summary>
    public nn.Parameter? in_proj_bias => _inProjBias;

    /// <summary>Query projection <c>(E, E)</c> when kdim/vdim differ from E, else null.</summary>
    public nn.Parameter? q_proj_weight => _qProjWeight;

    /// <summary>Key projection <c>(E, kdim)</c> when kdim/vdim differ from E, else null.</summary>
    public nn.Parameter? k_proj_weight => _kProjWeight;

    /// <summary>Value projection <c>(E, vdim)</c> when kdim/vdim differ from E, else null.</summary>
    public nn.Parameter? v_proj_weight => _vProjWeight;

    /// <summary>The output projection (a Linear E → E).</summary>
    public NonDynamicallyQuantizableLinear out_proj => _outProj;

    private void reset_parameters()
    {
        if (_inProjWeight is not null)
        {
            SequenceInit.XavierUniform(_inProjWeight);
        }
        else
        {
            SequenceInit.XavierUniform(_qProjWeight!);
            SequenceInit.XavierUniform(_kProjWeight!);
            SequenceInit.XavierUniform(_vProjWeight!);
        }
        if (_inProjBias is not null)
        {
            SequenceInit.Constant(_inProjBias, 0.0);
            SequenceInit.Constant(_outProj.bias!, 0.0);
        }
    }

    /// <summary>Attention without masks; returns the output and the head-averaged weights.</summary>
    public override (Tensor attn_output, Tensor? attn_weights) forward(Tensor query, Tensor key, Tensor value) =>
        forward(query, key, value, null);

    /// <summary>
    /// Attention of <paramref name="query"/> over <paramref name="key"/>/<paramref name="value"/>.
    /// <paramref name="key_padding_mask"/> <c>(N, S)</c>: true (or -inf when float) marks keys to ignore (padding).
    /// <paramref name="attn_mask"/> <c>(L, S)</c> or <c>(N·num_heads, L, S)</c>: true marks forbidden pairs, a
    /// float mask is added to the scores. Passing the same tensor object as query, key and value takes
    /// PyTorch's packed self-attention projection. attn_weights is null unless <paramref name="need_weights"/>.
    /// </summary>
    public (Tensor attn_output, Tensor? attn_weights) forward(Tensor query, Tensor key, Tensor value, Tensor? key_padding_mask,
        bool need_weights = true, Tensor? attn_mask = null, bool average_attn_weights = true)
    {
        Check(sts_seq_multi_head_attention(query.Handle, key.Handle, value.Handle, embed_dim, num_heads,
            _inProjWeight?.Handle ?? IntPtr.Zero, _inProjBias?.Handle ?? IntPtr.Zero, _qProjWeight?.Handle ?? IntPtr.Zero,
            _kProjWeight?.Handle ?? IntPtr.Zero, _vProjWeight?.Handle ?? IntPtr.Zero, _outProj.weight.Handle,
            _outProj.bias?.Handle ?? IntPtr.Zero, key_padding_mask?.Handle ?? IntPtr.Zero, attn_mask?.Handle ?? IntPtr.Zero,
            dropout, training ? 1 : 0, need_weights ? 1 : 0, average_attn_weights ? 1 : 0, batch_first ? 1 : 0,
            out var output, out var weights));
        return (new Tensor(output), weights == IntPtr.Zero ? null : new Tensor(weights));
    }
}
