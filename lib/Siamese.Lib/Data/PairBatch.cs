using static TorchSharp.torch;

namespace Siamese.Lib.Data;

/// <summary>
/// A batch of image pairs as tensors: <see cref="Left"/> and <see cref="Right"/> (batch, 1, H, W) float32 in
/// [0, 1] (see <see cref="ImageBatcher"/>) and <see cref="Labels"/> (batch) float32 under a
/// <see cref="PairLabelConvention"/>. Disposing disposes the three tensors.
/// </summary>
public sealed class PairBatch : IDisposable
{
    private PairBatch(Tensor left, Tensor right, Tensor labels)
    {
        Left = left;
        Right = right;
        Labels = labels;
    }

    /// <summary>First images, (batch, 1, H, W).</summary>
    public Tensor Left { get; }

    /// <summary>Second images, (batch, 1, H, W).</summary>
    public Tensor Right { get; }

    /// <summary>Pair labels, (batch), 0/1 under the convention used.</summary>
    public Tensor Labels { get; }

    /// <summary>Wraps tensors already built (e.g. augmented ones); the batch owns and disposes them.</summary>
    public static PairBatch FromTensors(Tensor left, Tensor right, Tensor labels) => new(left, right, labels);

    /// <summary>The tensors of <paramref name="pairs"/> of <paramref name="dataset"/>.</summary>
    public static PairBatch Create(ImageDataset dataset, IReadOnlyList<ImagePair> pairs, PairLabelConvention convention,
        Device? device = null, bool invert = false) =>
        new(ImageBatcher.ToTensor(dataset, pairs.Select(p => p.Left).ToArray(), device, invert),
            ImageBatcher.ToTensor(dataset, pairs.Select(p => p.Right).ToArray(), device, invert),
            tensor(pairs.Select(p => convention.LabelFor(p.Similar)).ToArray(), [pairs.Count], device: device));

    /// <summary>
    /// A batch from image tensors made elsewhere (augmented ones, say): takes ownership of <paramref name="left"/> and
    /// <paramref name="right"/> (batch, 1, H, W) and labels each pair under <paramref name="convention"/>.
    /// </summary>
    public static PairBatch FromTensors(Tensor left, Tensor right, IReadOnlyList<bool> similar, PairLabelConvention convention)
    {
        if (left.shape[0] != similar.Count || right.shape[0] != similar.Count)
        {
            throw new ArgumentException($"{left.shape[0]} left and {right.shape[0]} right images for {similar.Count} labels.", nameof(similar));
        }
        return new(left, right, tensor(similar.Select(s => convention.LabelFor(s)).ToArray(), [similar.Count], device: left.device));
    }

    /// <summary>
    /// The N pairs (query, candidate i) of a one-shot trial: the query repeated N times on the left, the
    /// candidates on the right, label "similar" at the correct candidate.
    /// </summary>
    public static PairBatch FromTrial(ImageDataset dataset, OneShotIndexTrial trial, PairLabelConvention convention,
        Device? device = null, bool invert = false) =>
        Create(dataset, trial.Candidates.Select((c, i) => new ImagePair(trial.Query, c, i == trial.CorrectIndex)).ToArray(),
            convention, device, invert);

    /// <summary>The N pairs of one of Lake's fixed trials (images held by the trial).</summary>
    public static PairBatch FromTrial(OneShotTrial trial, int height, int width, PairLabelConvention convention,
        Device? device = null, bool invert = false) =>
        new(ImageBatcher.ToTensor(Enumerable.Repeat(trial.Query, trial.Candidates.Count).ToArray(), height, width, device, invert),
            ImageBatcher.ToTensor(trial.Candidates, height, width, device, invert),
            tensor(Enumerable.Range(0, trial.Candidates.Count).Select(i => convention.LabelFor(i == trial.CorrectIndex)).ToArray(),
                [trial.Candidates.Count], device: device));

    /// <inheritdoc/>
    public void Dispose()
    {
        Left.Dispose();
        Right.Dispose();
        Labels.Dispose();
    }
}
