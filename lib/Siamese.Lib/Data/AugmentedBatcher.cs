using static TorchSharp.torch;

namespace Siamese.Lib.Data;

/// <summary>
/// Image batches with random augmentation: the images become floats in [0, 1] (<see cref="ImageBatcher.ToFloats"/>),
/// each gets its own draw of the augmenter (on the CPU, before the copy to the device), and the result is a
/// (batch, 1, H, W) float32 tensor. Without an augmenter it equals <see cref="ImageBatcher.ToTensor(ImageDataset, IReadOnlyList{int}, Device?, bool)"/>.
/// </summary>
public static class AugmentedBatcher
{
    /// <summary>The (batch, 1, H, W) tensor of <paramref name="indices"/>' images, augmented when <paramref name="augmenter"/> is given.</summary>
    public static Tensor ToTensor(ImageDataset dataset, IReadOnlyList<int> indices, ImageAugmenter? augmenter, Device? device = null, bool invert = false)
    {
        if (augmenter is null)
        {
            return ImageBatcher.ToTensor(dataset, indices, device, invert);
        }
        var values = ImageBatcher.ToFloats(dataset, indices, invert);
        augmenter.ApplyBatch(values, dataset.Width, dataset.Height);
        return tensor(values, [indices.Count, 1, dataset.Height, dataset.Width], device: device);
    }

    /// <summary>A pair batch (labels under <paramref name="convention"/>) whose two sides are augmented independently.</summary>
    public static PairBatch Pairs(ImageDataset dataset, IReadOnlyList<ImagePair> pairs, PairLabelConvention convention, ImageAugmenter? augmenter,
        Device? device = null, bool invert = false) =>
        PairBatch.FromTensors(
            ToTensor(dataset, pairs.Select(p => p.Left).ToArray(), augmenter, device, invert),
            ToTensor(dataset, pairs.Select(p => p.Right).ToArray(), augmenter, device, invert),
            tensor(pairs.Select(p => convention.LabelFor(p.Similar)).ToArray(), [pairs.Count], device: device));
}
