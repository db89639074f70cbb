using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>Average pooling: (N, C, H, W) → (N, C, H_out, W_out); stride defaults to the kernel size.</summary>
public sealed class AvgPool2d : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public AvgPool2d((long, long) kernel_size, (long, long)? stride = null, (long, long)? padding = null, bool ceil_mode = false,
        bool count_include_pad = true, long? divisor_override = null)
        : base(nameof(AvgPool2d))
    {
        this.kernel_size = kernel_size;
        this.stride = stride ?? kernel_size;
        this.padding = padding ?? (0, 0);
        this.ceil_mode = ceil_mode;
        this.count_include_pad = count_include_pad;
        this.divisor_override = divisor_override;
    }

    /// <summary>Window height and width.</summary>
    public (long, long) kernel_size { get; }

    /// <summary>Step between windows.</summary>
    public (long, long) stride { get; }

    /// <summary>Implicit zero padding on each side.</summary>
    public (long, long) padding { get; }

    /// <summary>Use ceil instead of floor for the output size.</summary>
    public bool ceil_mode { get; }

    /// <summary>Whether padding zeros count in the mean.</summary>
    public bool count_include_pad { get; }

    /// <summary>Replaces the number of window elements as divisor when set.</summary>
    public long? divisor_override { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) =>
        nn.functional.avg_pool2d(input, [kernel_size.Item1, kernel_size.Item2], [stride.Item1, stride.Item2],
            [padding.Item1, padding.Item2], ceil_mode, count_include_pad, divisor_override);
}
