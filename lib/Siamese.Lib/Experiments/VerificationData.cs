using Siamese.Lib.Data;
using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// A verification task ("are these two images of the same class?") split by class: the network trains on pairs
/// of <see cref="Train"/> classes and is judged on classes it never saw, <see cref="Validation"/> (to choose a
/// threshold, stop early, compare settings) and <see cref="Test"/> (reported once). The evaluation pairs are drawn
/// once, balanced (half similar), so every model is measured on the same pairs.
/// </summary>
public sealed class VerificationData
{
    /// <summary>Creates a task from images and a class split.</summary>
    /// <param name="images">All images.</param>
    /// <param name="split">Which classes train, validate and test.</param>
    /// <param name="evaluationPairs">Pairs drawn for each of validation and test.</param>
    /// <param name="seed">Seed of the evaluation pairs.</param>
    public VerificationData(ImageDataset images, ClassSplit split, int evaluationPairs, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentOutOfRangeException.ThrowIfLessThan(evaluationPairs, 2);
        Images = images;
        Split = split;
        Train = new ClassSubset(images, split.Train);
        Validation = new ClassSubset(images, split.Validation);
        Test = new ClassSubset(images, split.Test);
        ValidationPairs = new PairSampler(Validation, seed).Sample(evaluationPairs);
        TestPairs = new PairSampler(Test, seed + 1).Sample(evaluationPairs);
    }

    /// <summary>All images (all classes).</summary>
    public ImageDataset Images { get; }

    /// <summary>The class split.</summary>
    public ClassSplit Split { get; }

    /// <summary>Training classes.</summary>
    public ClassSubset Train { get; }

    /// <summary>Validation classes (unseen in training).</summary>
    public ClassSubset Validation { get; }

    /// <summary>Test classes (unseen in training and validation).</summary>
    public ClassSubset Test { get; }

    /// <summary>Fixed balanced pairs of validation classes.</summary>
    public IReadOnlyList<ImagePair> ValidationPairs { get; }

    /// <summary>Fixed balanced pairs of test classes.</summary>
    public IReadOnlyList<ImagePair> TestPairs { get; }

    /// <summary>Image side (the images are square for the CNN encoders).</summary>
    public int Side => Images.Width;

    /// <summary>
    /// The AT&amp;T (ORL) faces, 40 people × 10 images, centre-cropped to a square and area-resized to
    /// <paramref name="side"/> pixels, split by person: <paramref name="validationPeople"/> and
    /// <paramref name="testPeople"/> people are held out.
    /// </summary>
    /// <param name="side">Image side after resizing (the originals are 92×112).</param>
    /// <param name="validationPeople">People held out for validation.</param>
    /// <param name="testPeople">People held out for test.</param>
    /// <param name="evaluationPairs">Pairs for each of validation and test.</param>
    /// <param name="seed">Seed of the split and the evaluation pairs.</param>
    /// <param name="locator">Where the data lie; null for the default resolution.</param>
    public static VerificationData AttFaces(int side, int validationPeople, int testPeople, int evaluationPairs, ulong seed,
                                            DataLocator? locator = null)
    {
        var faces = ImageResampler.SquareCrop(AttFacesLoader.Load(locator), side);
        var people = faces.ClassCount;
        var split = ClassSplit.Create(people, (double)(people - validationPeople - testPeople) / people, (double)validationPeople / people, seed);
        return new VerificationData(faces, split, evaluationPairs, seed + 1);
    }

    /// <summary>
    /// A data factory for <see cref="Trainer.Fit{TBatch}"/>: <paramref name="batchesPerEpoch"/> batches of fresh
    /// balanced training pairs per epoch (batch size from the trainer), labelled under <paramref name="convention"/>,
    /// each image independently augmented when <paramref name="augmentation"/> is given.
    /// </summary>
    /// <param name="batchesPerEpoch">Batches per epoch.</param>
    /// <param name="convention">Which label means "similar".</param>
    /// <param name="seed">Seed of the pair draws and augmentation.</param>
    /// <param name="augmentation">Random transforms of training images, or null.</param>
    public Func<EpochContext, IEnumerable<PairBatch>> TrainPairs(int batchesPerEpoch, PairLabelConvention convention, ulong seed,
                                                                 AugmentationOptions? augmentation = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchesPerEpoch, 1);
        var sampler = new PairSampler(Train, seed);
        var augmenter = augmentation is null ? null : new ImageAugmenter(augmentation, seed + 1);
        return context => Enumerable.Range(0, batchesPerEpoch).Select(_ =>
            PairBatches.Create(Images, sampler.Sample(context.BatchSize), convention, context.Device, augmenter));
    }

    /// <summary>The fixed validation pairs as batches (for a validation loss).</summary>
    /// <param name="convention">Which label means "similar".</param>
    /// <param name="batchSize">Pairs per batch.</param>
    public Func<EpochContext, IEnumerable<PairBatch>> ValidationBatches(PairLabelConvention convention, int batchSize = PairScoring.DefaultBatchSize) =>
        context => ValidationPairs.Chunk(batchSize).Select(chunk => PairBatch.Create(Images, chunk, convention, context.Device));

    /// <summary>
    /// A data factory of class-balanced P × K batches (images, class labels) of training classes for in-batch
    /// triplet mining; <paramref name="augmentation"/> as for pairs.
    /// </summary>
    /// <param name="batchesPerEpoch">Batches per epoch.</param>
    /// <param name="classesPerBatch">P.</param>
    /// <param name="imagesPerClass">K.</param>
    /// <param name="seed">Seed of the draws.</param>
    /// <param name="augmentation">Random transforms, or null.</param>
    public Func<EpochContext, IEnumerable<(Tensor Images, Tensor Labels)>> TrainClassBatches(int batchesPerEpoch, int classesPerBatch,
        int imagesPerClass, ulong seed, AugmentationOptions? augmentation = null) =>
        ClassBatches(Train, batchesPerEpoch, classesPerBatch, imagesPerClass, seed, augmentation);

    /// <summary>P × K batches of validation classes (a triplet validation loss); never augmented.</summary>
    /// <param name="batches">Batches per validation.</param>
    /// <param name="classesPerBatch">P (at most the number of validation classes).</param>
    /// <param name="imagesPerClass">K.</param>
    /// <param name="seed">Seed of the draws; the same batches every epoch.</param>
    public Func<EpochContext, IEnumerable<(Tensor Images, Tensor Labels)>> ValidationClassBatches(int batches, int classesPerBatch,
        int imagesPerClass, ulong seed)
    {
        // A fresh sampler per call with a fixed seed: every epoch is validated on the same batches.
        return context => ClassBatches(Validation, batches, Math.Min(classesPerBatch, Split.Validation.Count), imagesPerClass, seed, null)(context);
    }

    private Func<EpochContext, IEnumerable<(Tensor Images, Tensor Labels)>> ClassBatches(ClassSubset subset, int batchesPerEpoch,
        int classesPerBatch, int imagesPerClass, ulong seed, AugmentationOptions? augmentation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchesPerEpoch, 1);
        var sampler = new PkBatchSampler(subset, classesPerBatch, imagesPerClass, seed);
        var augmenter = augmentation is null ? null : new ImageAugmenter(augmentation, seed + 1);
        return context => Enumerable.Range(0, batchesPerEpoch).Select(_ =>
        {
            var indices = sampler.NextBatch();
            return (PairBatches.Images(Images, indices, context.Device, augmenter), ImageBatcher.Labels(Images, indices, context.Device));
        });
    }
}
