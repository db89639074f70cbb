using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Data;

/// <summary>
/// Smaller copies of a dataset's images by area averaging (each output pixel is the mean of the input pixels it
/// covers), which does not alias the way sampling every n-th pixel does: <see cref="Resize(ImageDataset, int, int, bool)"/>
/// runs libtorch's <c>interpolate(mode: "area")</c> after an optional centre crop; the byte-level overloads weigh
/// fractional edge pixels by their covered fraction (PIL's BOX filter) without the engine, and keep thin Omniglot
/// strokes as grey values when 105 × 105 becomes 35 × 35. Training on a CPU is far cheaper at reduced resolution: a
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

    // ---- byte-level area resampling (PIL's BOX filter), used for Omniglot and Lake's runs ----

    /// <summary>
    /// Resizes one <paramref name="width"/> × <paramref name="height"/> image (row-major bytes) to
    /// <paramref name="newWidth"/> × <paramref name="newHeight"/>; values are rounded to the nearest byte.
    /// </summary>
    public static byte[] Resize(ReadOnlySpan<byte> image, int width, int height, int newWidth, int newHeight)
    {
        if (image.Length != width * height)
        {
            throw new ArgumentException($"{image.Length} pixels do not make a {width}x{height} image", nameof(image));
        }
        if (newWidth < 1 || newHeight < 1 || newWidth > width || newHeight > height)
        {
            throw new ArgumentOutOfRangeException(nameof(newWidth), $"area resampling shrinks: {width}x{height} cannot become {newWidth}x{newHeight}");
        }
        var columns = Weights(width, newWidth);
        var rows = Weights(height, newHeight);
        // Separable: average along rows first (height × newWidth), then along columns.
        var horizontal = new double[height * newWidth];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < newWidth; x++)
            {
                double sum = 0;
                foreach (var (index, weight) in columns[x])
                {
                    sum += image[y * width + index] * weight;
                }
                horizontal[y * newWidth + x] = sum;
            }
        }
        var result = new byte[newWidth * newHeight];
        for (var y = 0; y < newHeight; y++)
        {
            for (var x = 0; x < newWidth; x++)
            {
                double sum = 0;
                foreach (var (index, weight) in rows[y])
                {
                    sum += horizontal[index * newWidth + x] * weight;
                }
                result[y * newWidth + x] = (byte)Math.Clamp(Math.Round(sum), 0, byte.MaxValue);
            }
        }
        return result;
    }

    /// <summary>A copy of <paramref name="dataset"/> with every image resized to <paramref name="size"/> × <paramref name="size"/> (labels, classes, groups and instances kept).</summary>
    public static ImageDataset Resize(ImageDataset dataset, int size)
    {
        var pixels = new byte[checked(dataset.Count * size * size)];
        Parallel.For(0, dataset.Count, i =>
            Resize(dataset.Image(i), dataset.Width, dataset.Height, size, size).CopyTo(pixels.AsSpan(i * size * size, size * size)));
        return new ImageDataset($"{dataset.Name} {size}x{size}", size, size, pixels, dataset.Labels, dataset.ClassNames,
            dataset.ClassGroups, dataset.GroupNames, dataset.Instances);
    }

    /// <summary>Lake's runs with every image resized to <paramref name="size"/> × <paramref name="size"/>.</summary>
    public static IReadOnlyList<OneShotRun> Resize(IReadOnlyList<OneShotRun> runs, int size) =>
        runs.Select(run =>
        {
            byte[] Shrink(byte[] image) => Resize(image, run.Width, run.Height, size, size);
            var training = run.Training.Select(Shrink).ToArray();
            var trials = run.Trials.Select(t => new OneShotTrial(Shrink(t.Query), training, t.CorrectIndex, t.Name)).ToArray();
            return new OneShotRun(run.Name, size, size, training, trials);
        }).ToArray();

    // For each output index, the input indices it covers and their weights (summing to 1).
    private static (int Index, double Weight)[][] Weights(int inputSize, int outputSize)
    {
        var scale = (double)inputSize / outputSize;
        var result = new (int, double)[outputSize][];
        for (var o = 0; o < outputSize; o++)
        {
            var start = o * scale;
            var end = start + scale;
            var list = new List<(int, double)>();
            for (var i = (int)Math.Floor(start); i < Math.Min(inputSize, (int)Math.Ceiling(end)); i++)
            {
                var covered = Math.Min(end, i + 1) - Math.Max(start, i);
                if (covered > 1e-12)
                {
                    list.Add((i, covered / scale));
                }
            }
            result[o] = [.. list];
        }
        return result;
    }
}
