using Siamese.Lib.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// Training batches with optional augmentation: the images of a batch as (batch, 1, H, W) float32 in [0, 1],
/// each image transformed by its own random draw of an <see cref="ImageAugmenter"/>: on the host for CPU training,
/// on the device (<see cref="TensorAugmentation"/>) otherwise. Without an augmenter this is exactly <see cref="PairBatch.Create"/> / <see cref="ImageBatcher.ToTensor(ImageDataset, IReadOnlyList{int}, Device?, bool)"/>.
/// </summary>
public static class PairBatches
{
    /// <summary>A pair batch, each image augmented independently when <paramref name="augmenter"/> is given.</summary>
    /// <param name="dataset">The images.</param>
    /// <param name="pairs">The pairs.</param>
    /// <param name="convention">Which label means "similar".</param>
    /// <param name="device">Where the tensors go.</param>
    /// <param name="augmenter">Random transforms, or null.</param>
    public static PairBatch Create(ImageDataset dataset, IReadOnlyList<ImagePair> pairs, PairLabelConvention convention, Device device,
                                   ImageAugmenter? augmenter)
    {
        if (augmenter is null)
        {
            return PairBatch.Create(dataset, pairs, convention, device);
        }
        var left = Images(dataset, pairs.Select(p => p.Left).ToArray(), device, augmenter);
        var right = Images(dataset, pairs.Select(p => p.Right).ToArray(), device, augmenter);
        return PairBatch.FromTensors(left, right, pairs.Select(p => p.Similar).ToArray(), convention);
    }

    /// <summary>Images (batch, 1, H, W) of <paramref name="indices"/>, augmented when <paramref name="augmenter"/> is given.</summary>
    /// <param name="dataset">The images.</param>
    /// <param name="indices">Image indices.</param>
    /// <param name="device">Where the tensor goes.</param>
    /// <param name="augmenter">Random transforms, or null.</param>
    public static Tensor Images(ImageDataset dataset, IReadOnlyList<int> indices, Device device, ImageAugmenter? augmenter)
    {
        if (augmenter is null)
        {
            return ImageBatcher.ToTensor(dataset, indices, device);
        }
        if (device.type != DeviceType.CPU)
        {
            // On a GPU the warp runs there (same parameters, same result as the host path).
            using var raw = ImageBatcher.ToTensor(dataset, indices, device);
            return augmenter.Augment(raw);
        }
        var values = ImageBatcher.ToFloats(dataset, indices);
        augmenter.ApplyBatch(values, dataset.Width, dataset.Height);
        return tensor(values, [indices.Count, 1, dataset.Height, dataset.Width], device: device);
    }
}
