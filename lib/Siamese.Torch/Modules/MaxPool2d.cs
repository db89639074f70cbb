using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>Max pooling: (N, C, H, W) → (N, C, H_out, W_out); stride defaults to the kernel size.</summary>
public sealed class MaxPool2d : nn.Module<Tensor, Tensor>
{
    /// <summary>Creates the layer.</summary>
    public MaxPool2d((long, long) kernel_size, (long, long)? stride = null, (long, long)? padding = null, (long, long)? dilation = null, bool ceil_mode = false)
        : base(nameof(MaxPool2d))
    {
        this.kernel_size = kernel_size;
        this.stride = stride ?? kernel_size;
        this.padding = padding ?? (0, 0);
        this.dilation = dilation ?? (1, 1);
        this.ceil_mode = ceil_mode;
    }

    /// <summary>Window height and width.</summary>
    public (long, long) kernel_size { get; }

    /// <summary>Step between windows.</summary>
    public (long, long) stride { get; }

    /// <summary>Implicit −∞ padding on each side.</summary>
    public (long, long) padding { get; }

    /// <summary>Spacing of the window elements.</summary>
    public (long, long) dilation { get; }

    /// <summary>Use ceil instead of floor for the output size.</summary>
    public bool ceil_mode { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) =>
        nn.functional.max_pool2d(input, [kernel_size.Item1, kernel_size.Item2], [stride.Item1, stride.Item2],
            [padding.Item1, padding.Item2], [dilation.Item1, dilation.Item2], ceil_mode);
}
