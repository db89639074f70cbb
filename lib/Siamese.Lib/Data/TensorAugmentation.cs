using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Data;

/// <summary>
/// The tensor path of <see cref="ImageAugmenter"/>: the same drawn <see cref="AugmentationParameters"/> applied to
/// a whole batch on its device (a GPU, typically) with <c>affine_grid</c> + <c>grid_sample</c> (bilinear, pixel
/// centres as in <see cref="AffineMatrix.ToAffineGridTheta"/>), then per-image brightness and contrast. It gives
/// the CPU path's result to float precision: a batch augmented here or image by image on the host is the same
/// batch, so a training run does not change when it moves to a GPU.
/// </summary>
public static class TensorAugmentation
{
    /// <summary>
    /// Warps and jitters <paramref name="images"/> (batch, channels, H, W), float in [0, 1], image i with
    /// <paramref name="parameters"/>[i]; pixels from outside the image take <paramref name="fill"/>. Returns a new tensor
    /// on the images' device.
    /// </summary>
    /// <param name="images">The batch.</param>
    /// <param name="parameters">One draw per image.</param>
    /// <param name="fill">Value of pixels moved in from outside.</param>
    public static Tensor Apply(Tensor images, IReadOnlyList<AugmentationParameters> parameters, float fill)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(parameters);
        if (images.ndim != 4 || images.shape[0] != parameters.Count)
        {
            throw new ArgumentException(
                $"expected images (batch, channels, H, W) with one parameter set per image; got [{string.Join(", ", images.shape)}] and {parameters.Count} sets.");
        }
        var (batch, height, width) = (parameters.Count, (int)images.shape[2], (int)images.shape[3]);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var device = images.device;
        var theta = tensor(parameters.SelectMany(p => p.Geometry.ToAffineGridTheta(width, height)).ToArray(), [batch, 2, 3], device: device);
        var grid = nn.functional.affine_grid(theta, images.shape, align_corners: false);
        // Zero padding of (image − fill), shifted back, is bilinear sampling with "fill" outside, as the CPU warp does.
        var warped = nn.functional.grid_sample(images - fill, grid, GridSampleMode.Bilinear, GridSamplePaddingMode.Zeros, align_corners: false) + fill;
        var brightness = tensor(parameters.Select(p => (float)p.Brightness).ToArray(), [batch, 1, 1, 1], device: device);
        var contrast = tensor(parameters.Select(p => (float)p.Contrast).ToArray(), [batch, 1, 1, 1], device: device);
        var mean = warped.mean([1, 2, 3], keepdim: true);
        return (((warped - mean) * contrast + mean) * brightness).clamp(0, 1).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Draws one parameter set per image from <paramref name="augmenter"/> (in the order its CPU
    /// <see cref="ImageAugmenter.ApplyBatch"/> would) and applies them on the images' device.
    /// </summary>
    /// <param name="augmenter">The random transforms.</param>
    /// <param name="images">The batch (batch, channels, H, W) in [0, 1].</param>
    public static Tensor Augment(this ImageAugmenter augmenter, Tensor images)
    {
        ArgumentNullException.ThrowIfNull(augmenter);
        ArgumentNullException.ThrowIfNull(images);
        var (height, width) = ((int)images.shape[^2], (int)images.shape[^1]);
        var parameters = Enumerable.Range(0, (int)images.shape[0]).Select(_ => augmenter.Sample(width, height)).ToList();
        return Apply(images, parameters, augmenter.Options.Fill);
    }
}
