using static Siamese.Torch.torch;

namespace Siamese.Torch.Modules;

/// <summary>Batch normalisation of (N, C, H, W) inputs.</summary>
public sealed class BatchNorm2d : BatchNorm
{
    /// <summary>Creates the layer for <paramref name="num_features"/> channels.</summary>
    public BatchNorm2d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true, bool track_running_stats = true,
        Device? device = null, ScalarType? dtype = null)
        : base(nameof(BatchNorm2d), num_features, eps, momentum, affine, track_running_stats, device, dtype)
    {
    }

    /// <inheritdoc/>
    protected override void CheckInputDim(Tensor input)
    {
        var n = input.ndim;
        if (n != 4)
        {
            throw new ArgumentException($"expected 4D input (got {n}D input)", nameof(input));
        }
    }
}
