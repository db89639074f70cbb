using Siamese.Torch;
using static Siamese.Torch.torch;

namespace Siamese.Lib.Data;

/// <summary>
/// Smaller copies of a dataset's images: an optional centre crop to a square, then area averaging (each output
/// pixel is the mean of the input pixels it covers, libtorch's <c>interpolate(mode: "area")</c>), which does not
/// alias the way sampling every n-th pixel does. Training on a CPU is far cheaper at reduced resolution: a
/// 46×46 face costs a quarter of the convolution work of a 92×92 one.
/// </summary>
public static class ImageResampler
{
    /// <summary>Images converted per engine call, bounding the float buffer to a few tens of MB.</summary>
    private const int Chunk = 512;

    /// <summary>
    /// A new dataset with every image resized to <paramref name="width"/> × <paramref name="height"/>, after cutting
    /// the centred largest square when <paramref name="cropToSquare"/> is set (AT&amp;T faces are 92×112: the crop keeps
    /// the face and drops forehead and chin). Labels, classes, groups and instances are kept.
    /// </summary>
    /// <param name="source">The images.</param>
    /// <param name="width">Output width in pixels.</param>
    /// <param name="height">Output height in pixels.</param>
    /// <param name="cropToSquare">Cut the centred square of side min(width, height) of the source first.</param>
    public static ImageDataset Resize(ImageDataset source, int width, int height, bool cropToSquare = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        var side = Math.Min(source.Width, source.Height);
        var (cropWidth, cropHeight) = cropToSquare ? (side, side) : (source.Width, source.Height);
        var (left, top) = ((source.Width - cropWidth) / 2, (source.Height - cropHeight) / 2);
        var pixels = new byte[checked(source.Count * width * height)];
        for (var start = 0; start < source.Count; start += Chunk)
        {
            var count = Math.Min(Chunk, source.Count - start);
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var images = ImageBatcher.ToTensor(source, Enumerable.Range(start, count).ToArray())
                .narrow(2, top, cropHeight).narrow(3, left, cropWidth);
            var resized = nn.functional.interpolate(images, size: [height, width], mode: InterpolationMode.Area);
            var bytes = (resized * (double)byte.MaxValue).round().clamp(0, byte.MaxValue).to(ScalarType.Byte).contiguous().data<byte>();
            bytes.CopyTo(pixels.AsSpan(start * width * height));
        }
        return new ImageDataset($"{source.Name} {width}x{height}", width, height, pixels, source.Labels, source.ClassNames,
                                source.ClassGroups, source.GroupNames, source.Instances);
    }

    /// <summary>A square version of every image: the centred square, area-averaged to <paramref name="side"/> × <paramref name="side"/>.</summary>
    /// <param name="source">The images.</param>
    /// <param name="side">Output side in pixels.</param>
    public static ImageDataset SquareCrop(ImageDataset source, int side) => Resize(source, side, side, cropToSquare: true);
}
