using Siamese.Display.Charts;
using Siamese.Display.Imaging;
using Siamese.Lib.Data;
using static TorchSharp.torch;

namespace Siamese.Lib.Display;

/// <summary>
/// Image pairs side by side with a caption under each (its label, the predicted distance, right or wrong), as
/// one figure; from a dataset and sampled pairs, or from the tensors of a <see cref="PairBatch"/>.
/// </summary>
public static class PairGrid
{
    /// <summary>Pairs of dataset images with captions.</summary>
    /// <param name="dataset">The images.</param>
    /// <param name="pairs">Pairs of image indices into <paramref name="dataset"/>.</param>
    /// <param name="captions">One caption per pair; null for "same"/"different".</param>
    /// <param name="columns">Pairs per row.</param>
    /// <param name="title">Figure title.</param>
    public static Figure Of(ImageDataset dataset, IReadOnlyList<Data.ImagePair> pairs, IReadOnlyList<string>? captions = null,
                            int columns = Chart.DefaultPairColumns, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(pairs);
        CheckCaptions(pairs.Count, captions);
        var images = pairs.Select((p, i) => new Siamese.Display.Charts.ImagePair(
            Image(dataset, p.Left), Image(dataset, p.Right), captions?[i] ?? (p.Similar ? "same" : "different"))).ToList();
        return Chart.ImagePairs(images, columns, title);
    }

    /// <summary>
    /// The first <paramref name="count"/> pairs of image tensors (batch, 1, H, W) or (batch, H, W) with captions;
    /// values are shown over [0, 1] (the range <see cref="ImageBatcher"/> produces), clamped.
    /// </summary>
    /// <param name="left">First images.</param>
    /// <param name="right">Second images, same shape.</param>
    /// <param name="captions">One caption per shown pair.</param>
    /// <param name="count">Pairs to show; null for as many as there are captions.</param>
    /// <param name="columns">Pairs per row.</param>
    /// <param name="title">Figure title.</param>
    public static Figure Of(Tensor left, Tensor right, IReadOnlyList<string> captions, int? count = null,
                            int columns = Chart.DefaultPairColumns, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(captions);
        if (!left.shape.SequenceEqual(right.shape))
        {
            throw new ArgumentException($"left [{string.Join(", ", left.shape)}] and right [{string.Join(", ", right.shape)}] images differ in shape.");
        }
        var n = count ?? captions.Count;
        if (n > left.shape[0])
        {
            throw new ArgumentOutOfRangeException(nameof(count), n, $"the batch holds only {left.shape[0]} pairs");
        }
        CheckCaptions(n, captions.Take(n).ToList());
        var (height, width) = ((int)left.shape[^2], (int)left.shape[^1]);
        var lefts = Images(left, n, width, height);
        var rights = Images(right, n, width, height);
        var images = Enumerable.Range(0, n).Select(i => new Siamese.Display.Charts.ImagePair(lefts[i], rights[i], captions[i])).ToList();
        return Chart.ImagePairs(images, columns, title);
    }

    /// <summary>The first pairs of a <see cref="PairBatch"/> with captions.</summary>
    /// <param name="batch">The pairs.</param>
    /// <param name="captions">One caption per shown pair.</param>
    /// <param name="count">Pairs to show; null for as many as there are captions.</param>
    /// <param name="columns">Pairs per row.</param>
    /// <param name="title">Figure title.</param>
    public static Figure Of(PairBatch batch, IReadOnlyList<string> captions, int? count = null,
                            int columns = Chart.DefaultPairColumns, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Of(batch.Left, batch.Right, captions, count, columns, title);
    }

    /// <summary>One dataset image as a raster image.</summary>
    /// <param name="dataset">The images.</param>
    /// <param name="index">The image's index.</param>
    public static RasterImage Image(ImageDataset dataset, int index)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new RasterImage(dataset.Image(index), dataset.Width, dataset.Height);
    }

    /// <summary>
    /// Images of a batch tensor (batch, 1, H, W) or (batch, H, W) with values in [0, 1] as raster images.
    /// </summary>
    /// <param name="images">The batch.</param>
    /// <param name="count">Images to convert from the start; null for all.</param>
    public static IReadOnlyList<RasterImage> Images(Tensor images, int? count = null)
    {
        ArgumentNullException.ThrowIfNull(images);
        return Images(images, count ?? (int)images.shape[0], (int)images.shape[^1], (int)images.shape[^2]);
    }

    private static List<RasterImage> Images(Tensor batch, int count, int width, int height)
    {
        if (batch.ndim is not (3 or 4) || batch.ndim == 4 && batch.shape[1] != 1)
        {
            throw new ArgumentException($"expected gray images (batch, 1, H, W) or (batch, H, W), got [{string.Join(", ", batch.shape)}]");
        }
        using var scope = NewDisposeScope();
        var values = batch.detach().narrow(0, 0, count).to(ScalarType.Float32, CPU).contiguous().data<float>().ToArray();
        var size = width * height;
        return Enumerable.Range(0, count)
            .Select(i => RasterImage.FromValues(values.AsSpan(i * size, size), width, height, min: 0f, max: 1f))
            .ToList();
    }

    private static void CheckCaptions(int pairs, IReadOnlyList<string>? captions)
    {
        if (captions is not null && captions.Count < pairs)
        {
            throw new ArgumentException($"{pairs} pairs but {captions.Count} captions: give one caption per pair.", nameof(captions));
        }
    }
}
