using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>
/// 2-D convolution: (N, in_channels, H, W) → (N, out_channels, H_out, W_out) with
/// H_out = ⌊(H + 2·padding − dilation·(k − 1) − 1) / stride⌋ + 1. Weight (out, in / groups, kH, kW) and
/// bias start as in PyTorch (kaiming_uniform_(a = √5); bias U(−1/√fan_in, 1/√fan_in)).
/// </summary>
public sealed class Conv2d : nn.Module<Tensor, Tensor>
{
    private nn.Parameter _weight;
    private nn.Parameter? _bias;
    private readonly Padding? _symbolicPadding;

    /// <summary>Creates the layer; stride, padding, dilation are (h, w) pairs.</summary>
    public Conv2d(long in_channels, long out_channels, (long, long) kernel_size, (long, long) stride, (long, long) padding,
        (long, long) dilation, PaddingModes padding_mode = PaddingModes.Zeros, long groups = 1, bool bias = true,
        Device? device = null, ScalarType? dtype = null, Padding? symbolic_padding = null)
        : base(nameof(Conv2d))
    {
        if (groups <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(groups), groups, "groups must be a positive integer");
        }
        if (in_channels % groups != 0)
        {
            throw new ArgumentException("in_channels must be divisible by groups", nameof(in_channels));
        }
        if (out_channels % groups != 0)
        {
            throw new ArgumentException("out_channels must be divisible by groups", nameof(out_channels));
        }
        if (symbolic_padding == Padding.Same && stride != (1, 1))
        {
            throw new ArgumentException("padding='same' is not supported for strided convolutions", nameof(symbolic_padding));
        }
        this.in_channels = in_channels;
        this.out_channels = out_channels;
        this.kernel_size = kernel_size;
        this.stride = stride;
        this.padding = padding;
        this.dilation = dilation;
        this.groups = groups;
        this.padding_mode = padding_mode;
        _symbolicPadding = symbolic_padding;
        _weight = Layers.NewParameter([out_channels, in_channels / groups, kernel_size.Item1, kernel_size.Item2], dtype, device);
        _bias = bias ? Layers.NewParameter([out_channels], dtype, device) : null;
        reset_parameters();
        RegisterComponents();
    }

    /// <summary>Input channels.</summary>
    public long in_channels { get; }

    /// <summary>Output channels (filters).</summary>
    public long out_channels { get; }

    /// <summary>Kernel height and width.</summary>
    public (long, long) kernel_size { get; }

    /// <summary>Stride (h, w).</summary>
    public (long, long) stride { get; }

    /// <summary>Padding (h, w) on each side.</summary>
    public (long, long) padding { get; }

    /// <summary>Dilation (h, w).</summary>
    public (long, long) dilation { get; }

    /// <summary>Number of channel groups (in and out channels are split into that many independent convolutions).</summary>
    public long groups { get; }

    /// <summary>How the border is padded (zeros, reflect, replicate, circular).</summary>
    public PaddingModes padding_mode { get; }

    /// <summary>The filters (out_channels, in_channels / groups, kH, kW).</summary>
    public nn.Parameter weight
    {
        get => _weight;
        set
        {
            _weight = value;
            register_parameter(nameof(weight), value);
        }
    }

    /// <summary>The bias (out_channels), or null.</summary>
    public nn.Parameter? bias
    {
        get => _bias;
        set
        {
            _bias = value;
            register_parameter(nameof(bias), value);
        }
    }

    /// <summary>Re-draws weight and bias with PyTorch's default initialisation.</summary>
    public void reset_parameters() => Layers.ResetWeightAndBias(_weight, _bias);

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        long[] s = [stride.Item1, stride.Item2];
        long[] d = [dilation.Item1, dilation.Item2];
        if (_symbolicPadding is { } symbolic)
        {
            return nn.functional.conv2d(input, _weight, _bias, s, symbolic, d, groups);
        }
        if (padding_mode is PaddingModes.Zeros or PaddingModes.Constant)
        {
            return nn.functional.conv2d(input, _weight, _bias, s, [padding.Item1, padding.Item2], d, groups);
        }
        // Non-zero padding modes pad explicitly (left, right, top, bottom) and convolve without padding, as PyTorch does.
        using var padded = nn.functional.pad(input, [padding.Item2, padding.Item2, padding.Item1, padding.Item1], padding_mode);
        return nn.functional.conv2d(padded, _weight, _bias, s, [0L, 0L], d, groups);
    }
}
