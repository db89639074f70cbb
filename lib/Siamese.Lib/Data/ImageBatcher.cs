using static TorchSharp.torch;

namespace Siamese.Lib.Data;

/// <summary>
/// Turns images into float32 batches of shape (batch, 1, H, W) with values in [0, 1].
/// Normalization choice: a plain <c>pixel / 255</c>, no mean/std standardization, as torchvision's
/// <c>ToTensor()</c> does and as Koch et al. feed Omniglot; it keeps the images' meaning (0 = black) visible
/// in plots and lets augmentation pad with an exact background value. <c>invert</c> maps <c>1 - pixel/255</c>,
/// which makes ink 1 and paper 0 on Omniglot (sparse inputs) while MNIST is already ink = 1.
/// Only the requested batch is converted, so a dataset stays a single byte copy in memory.
/// </summary>
public static class ImageBatcher
{
    private const float Scale = 1f / byte.MaxValue;

    /// <summary>Float values of <paramref name="indices"/>' images, (batch × H × W) row-major, in [0, 1].</summary>
    public static float[] ToFloats(ImageDataset dataset, IReadOnlyList<int> indices, bool invert = false)
    {
        var size = dataset.Width * dataset.Height;
        var result = new float[checked(indices.Count * size)];
        for (var b = 0; b < indices.Count; b++)
        {
            Convert(dataset.Image(indices[b]), result.AsSpan(b * size, size), invert);
        }
        return result;
    }

    /// <summary>
    /// A (batch, 1, H, W) float32 tensor of <paramref name="indices"/>' images on <paramref name="device"/> (CPU
    /// when null). The bytes cross to libtorch as uint8 and are scaled there: a quarter of the copying of a
    /// float transfer, and on a GPU the conversion runs on the device.
    /// </summary>
    public static Tensor ToTensor(ImageDataset dataset, IReadOnlyList<int> indices, Device? device = null, bool invert = false)
    {
        var size = dataset.Width * dataset.Height;
        var bytes = new byte[checked(indices.Count * size)];
        for (var b = 0; b < indices.Count; b++)
        {
            dataset.Image(indices[b]).CopyTo(bytes.AsSpan(b * size, size));
        }
        using var scope = NewDisposeScope();
        using var raw = tensor(bytes, [indices.Count, 1, dataset.Height, dataset.Width], device: device);
        var result = invert ? raw.to(ScalarType.Float32).mul_(-Scale).add_(1f) : raw.to(ScalarType.Float32).mul_(Scale);
        return result.MoveToOuterDisposeScope();
    }

    /// <summary>A (batch, 1, H, W) float32 tensor of separate H × W images (e.g. a <see cref="OneShotTrial"/>'s candidates).</summary>
    public static Tensor ToTensor(IReadOnlyList<byte[]> images, int height, int width, Device? device = null, bool invert = false)
    {
        var size = height * width;
        var values = new float[checked(images.Count * size)];
        for (var b = 0; b < images.Count; b++)
        {
            if (images[b].Length != size)
            {
                throw new ArgumentException($"image {b} has {images[b].Length} pixels, expected {height}x{width} = {size}", nameof(images));
            }
            Convert(images[b], values.AsSpan(b * size, size), invert);
        }
        return tensor(values, [images.Count, 1, height, width], device: device);
    }

    /// <summary>An int64 tensor (batch) of the images' class labels.</summary>
    public static Tensor Labels(ImageDataset dataset, IReadOnlyList<int> indices, Device? device = null) =>
        tensor(indices.Select(i => (long)dataset.Labels[i]).ToArray(), [indices.Count], device: device);

    private static void Convert(ReadOnlySpan<byte> pixels, Span<float> destination, bool invert)
    {
        if (invert)
        {
            for (var i = 0; i < pixels.Length; i++)
            {
                destination[i] = 1f - pixels[i] * Scale;
            }
        }
        else
        {
            for (var i = 0; i < pixels.Length; i++)
            {
                destination[i] = pixels[i] * Scale;
            }
        }
    }
}
