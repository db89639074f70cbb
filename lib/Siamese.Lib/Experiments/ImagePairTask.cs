using Siamese.Lib.Data;
using Siamese.Lib.Losses;
using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// The image verification task of the model comparison ("are these two digits the same digit?"): balanced pairs
/// drawn from the training images, trained with the contrastive loss (Hadsell et al. 2006, label 0 = same) on the
/// network's distance. Held out by image: the held-out images are split in halves, validation pairs come from the
/// first half (threshold, learning curve) and test pairs from the second.
/// </summary>
public static class ImagePairTask
{
    /// <summary>The contrastive margin: embeddings fresh from initialisation lie at distances of order 1.</summary>
    public const double DefaultMargin = 1.0;

    /// <summary>Builds the task.</summary>
    /// <param name="name">Name for tables (e.g. "MNIST pairs").</param>
    /// <param name="train">Training images (pairs are drawn afresh every epoch from <see cref="EpochContext.Random"/>).</param>
    /// <param name="heldOut">Images never trained on, split in halves for validation and test pairs.</param>
    /// <param name="evaluationPairs">Pairs in each of the validation and test sets (half similar).</param>
    /// <param name="seed">Seed of the validation and test pairs.</param>
    /// <param name="margin">Contrastive margin.</param>
    public static PairTask<Tensor> Create(string name, ImageDataset train, ImageDataset heldOut, int evaluationPairs, ulong seed, double margin = DefaultMargin)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(heldOut);
        ArgumentOutOfRangeException.ThrowIfLessThan(evaluationPairs, 2);
        var half = heldOut.Count / 2;
        var validation = Slice(heldOut, 0, half, $"{heldOut.Name}, validation half");
        var test = Slice(heldOut, half, heldOut.Count - half, $"{heldOut.Name}, test half");
        var trainClasses = new ClassSubset(train);
        // Labels are known to be 0/1 here (the sampler makes them), so the loss skips its per-call check.
        var loss = new ContrastiveLoss(margin, PairLabelConvention.SimilarIsZero, validateLabels: false);
        return new PairTask<Tensor>(
            name,
            context => Batches(train, trainClasses, context),
            (distance, label) => loss.call(distance, label),
            Evaluation($"{name}: validation", validation, evaluationPairs, seed),
            Evaluation($"{name}: test", test, evaluationPairs, seed + 1));
    }

    /// <summary>Images [start, start + count) of <paramref name="source"/> as a dataset of their own (pixels copied).</summary>
    public static ImageDataset Slice(ImageDataset source, int start, int count, string name)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (start < 0 || count < 1 || start + count > source.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Images [{start}, {start + count}) are outside the {source.Count} images of {source.Name}.");
        }
        var size = source.Width * source.Height;
        return new ImageDataset(name, source.Width, source.Height, source.Pixels.AsSpan(start * size, count * size).ToArray(),
            source.Labels.AsSpan(start, count).ToArray(), source.ClassNames);
    }

    /// <summary>A fixed, balanced set of <paramref name="count"/> pairs of <paramref name="images"/>.</summary>
    public static EvaluationPairs<Tensor> Evaluation(string name, ImageDataset images, int count, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(images);
        var pairs = new PairSampler(new ClassSubset(images), seed).Sample(count);
        return new EvaluationPairs<Tensor>(
            name,
            (start, n, device) =>
            {
                var chunk = pairs.AsSpan(start, n).ToArray();
                return (ImageBatcher.ToTensor(images, chunk.Select(p => p.Left).ToArray(), device),
                        ImageBatcher.ToTensor(images, chunk.Select(p => p.Right).ToArray(), device));
            },
            pairs.Select(p => p.Similar).ToArray());
    }

    private static IEnumerable<PairTrainingBatch<Tensor>> Batches(ImageDataset train, ClassSubset classes, EpochContext context)
    {
        var sampler = new PairSampler(classes, unchecked((ulong)context.Random.NextInt64()));
        while (true)
        {
            var batch = PairBatch.Create(train, sampler.Sample(context.BatchSize), PairLabelConvention.SimilarIsZero, context.Device);
            yield return new PairTrainingBatch<Tensor>(batch.Left, batch.Right, batch.Labels);
        }
    }
}
