using Siamese.Lib.Data;
using static TorchSharp.torch;

namespace Siamese.Lib.Display;

/// <summary>
/// Image pairs side by side with a caption under each (its label, the predicted distance, right or wrong), as an
/// <see cref="ImageGrid"/>; from a dataset and sampled pairs, from the tensors of a <see cref="PairBatch"/>, or
/// strips of several images (a one-shot query beside candidates).
/// </summary>
public static class PairGrid
{
    /// <summary>Pairs per row unless told otherwise.</summary>
    public const int DefaultColumns = 4;

    /// <summary>Pairs of dataset images with captions.</summary>
    /// <param name="dataset">The images.</param>
    /// <param name="pairs">Pairs of image indices into <paramref name="dataset"/>.</param>
    /// <param name="captions">One caption per pair; null for "same"/"different".</param>
    /// <param name="columns">Pairs per row.</param>
    /// <param name="title">Title.</param>
    /// <param name="scale">CSS pixels per image pixel; null for automatic (<see cref="ImageGrid"/>).</param>
    public static ImageGrid Of(ImageDataset dataset, IReadOnlyList<ImagePair> pairs, IReadOnlyList<string>? captions = null,
                               int columns = DefaultColumns, string? title = null, double? scale = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(pairs);
        CheckCaptions(pairs.Count, captions);
        var cells = pairs.Select((p, i) => new ImageGridCell(
            [ToImage(dataset, p.Left), ToImage(dataset, p.Right)], captions?[i] ?? (p.Similar ? "same" : "different"))).ToList();
        return new ImageGrid(cells, columns, title, scale);
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
    /// <param name="title">Title.</param>
    /// <param name="scale">CSS pixels per image pixel; null for automatic.</param>
    public static ImageGrid Of(Tensor left, Tensor right, IReadOnlyList<string> captions, int? count = null,
                               int columns = DefaultColumns, string? title = null, double? scale = null)
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
        CheckCaptions(n, captions);
        var lefts = Images(left, n);
        var rights = Images(right, n);
        var cells = Enumerable.Range(0, n).Select(i => new ImageGridCell([lefts[i], rights[i]], captions[i])).ToList();
        return new ImageGrid(cells, columns, title, scale);
    }

    /// <summary>The first pairs of a <see cref="PairBatch"/> with captions.</summary>
    /// <param name="batch">The pairs.</param>
    /// <param name="captions">One caption per shown pair.</param>
    /// <param name="count">Pairs to show; null for as many as there are captions.</param>
    /// <param name="columns">Pairs per row.</param>
    /// <param name="title">Title.</param>
    /// <param name="scale">CSS pixels per image pixel; null for automatic.</param>
    public static ImageGrid Of(PairBatch batch, IReadOnlyList<string> captions, int? count = null,
                               int columns = DefaultColumns, string? title = null, double? scale = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Of(batch.Left, batch.Right, captions, count, columns, title, scale);
    }

    /// <summary>One dataset image on its own.</summary>
    /// <param name="dataset">The images.</param>
    /// <param name="index">The image's index.</param>
    /// <param name="scale">CSS pixels per image pixel; null for automatic.</param>
    public static ImageGrid Image(ImageDataset dataset, int index, double? scale = null)
    {
        var image = ToImage(dataset, index);
        return new ImageGrid([new ImageGridCell([image], $"{image.Width}×{image.Height}")], 1, scale: scale);
    }

    /// <summary>
    /// Strips of equally sized gray images side by side, one captioned cell each (e.g. a one-shot query beside the
    /// candidate the network picked, and beside the correct one).
    /// </summary>
    /// <param name="strips">The images of each strip (row-major bytes, <paramref name="width"/> × <paramref name="height"/>) and its caption.</param>
    /// <param name="width">Pixels per image row.</param>
    /// <param name="height">Image rows.</param>
    /// <param name="columns">Strips per row.</param>
    /// <param name="title">Title.</param>
    /// <param name="scale">CSS pixels per image pixel; null for automatic.</param>
    public static ImageGrid Strips(IEnumerable<(IReadOnlyList<byte[]> Images, string Caption)> strips, int width, int height,
                                   int columns = 2, string? title = null, double? scale = null)
    {
        ArgumentNullException.ThrowIfNull(strips);
        var cells = strips.Select(s => new ImageGridCell(s.Images.Select(p => new GrayImage(width, height, p)).ToList(), s.Caption)).ToList();
        foreach (var image in cells.SelectMany(c => c.Images).Where(i => i.Pixels.Length != width * height))
        {
            throw new ArgumentException($"an image of {image.Pixels.Length} bytes is not {width}x{height}.", nameof(strips));
        }
        return new ImageGrid(cells, columns, title, scale);
    }

    /// <summary>
    /// Images of a batch tensor (batch, 1, H, W) or (batch, H, W) with values in [0, 1] as gray images (clamped).
    /// </summary>
    /// <param name="images">The batch.</param>
    /// <param name="count">Images to convert from the start; null for all.</param>
    public static IReadOnlyList<GrayImage> Images(Tensor images, int? count = null)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.ndim is not (3 or 4) || images.ndim == 4 && images.shape[1] != 1)
        {
            throw new ArgumentException($"expected gray images (batch, 1, H, W) or (batch, H, W), got [{string.Join(", ", images.shape)}]");
        }
        var n = count ?? (int)images.shape[0];
        var (height, width) = ((int)images.shape[^2], (int)images.shape[^1]);
        using var scope = NewDisposeScope();
        var bytes = images.detach().narrow(0, 0, n).to(ScalarType.Float32, CPU).clamp(0, 1).mul(byte.MaxValue).round()
            .to(ScalarType.Byte).contiguous().data<byte>().ToArray();
        var size = width * height;
        return Enumerable.Range(0, n).Select(i => new GrayImage(width, height, bytes[(i * size)..((i + 1) * size)])).ToList();
    }

    private static GrayImage ToImage(ImageDataset dataset, int index)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new GrayImage(dataset.Width, dataset.Height, dataset.Image(index).ToArray());
    }

    private static void CheckCaptions(int pairs, IReadOnlyList<string>? captions)
    {
        if (captions is not null && captions.Count < pairs)
        {
            throw new ArgumentException($"{pairs} pairs but {captions.Count} captions: give one caption per pair.", nameof(captions));
        }
    }
}
