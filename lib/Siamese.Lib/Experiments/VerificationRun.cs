using System.Diagnostics;
using Siamese.Lib.Data;
using Siamese.Lib.Display;
using Siamese.Lib.Losses;
using Siamese.Lib.Models;
using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// Trains a small-CNN Siamese encoder on a <see cref="VerificationData"/> task as a <see cref="VerificationRecipe"/>
/// says and measures it: validation loss and validation verification accuracy every epoch, then the threshold
/// chosen on the validation pairs and its accuracy on the test pairs. One function serves notebook 01's
/// first training, every row of notebook 02's ablation and the command-line experiments, so their numbers come
/// from the same code.
/// </summary>
public static class VerificationRun
{
    /// <summary>History key of the per-epoch validation verification accuracy.</summary>
    public const string AccuracyKey = "accuracy";

    /// <summary>Validation batches of P × K images for a triplet validation loss.</summary>
    private const int TripletValidationBatches = 4;

    /// <summary>Learning-rate factor of the plateau schedule (halving, gentler than PyTorch's default 0.1).</summary>
    private const double PlateauFactor = 0.5;

    /// <summary>The encoder a recipe describes, for images of <paramref name="side"/> pixels, initialised from the recipe's seed.</summary>
    /// <param name="recipe">The settings.</param>
    /// <param name="side">Image side.</param>
    public static SmallCnn Encoder(VerificationRecipe recipe, int side)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        manual_seed(recipe.Seed);
        return new SmallCnn(recipe.EmbeddingSize, recipe.Channels, recipe.HiddenSize, side);
    }

    /// <summary>Builds the encoder, trains it and measures it; the encoder is disposed afterwards.</summary>
    /// <param name="recipe">The settings.</param>
    /// <param name="data">The task.</param>
    /// <param name="device">Where to train; null for CUDA when available, else the CPU.</param>
    /// <param name="progress">Show a progress bar (the notebook's, or a console line).</param>
    public static VerificationOutcome Run(VerificationRecipe recipe, VerificationData data, Device? device = null, bool progress = true)
    {
        using var encoder = Encoder(recipe, data.Side);
        return Train(recipe, data, encoder, device, progress);
    }

    /// <summary>Trains <paramref name="encoder"/> (kept by the caller, e.g. for plots) and measures it.</summary>
    /// <param name="recipe">The settings.</param>
    /// <param name="data">The task.</param>
    /// <param name="encoder">The twin network, trained in place.</param>
    /// <param name="device">Where to train; null for CUDA when available, else the CPU.</param>
    /// <param name="progress">Show a progress bar.</param>
    public static VerificationOutcome Train(VerificationRecipe recipe, VerificationData data, nn.Module<Tensor, Tensor> encoder,
                                            Device? device = null, bool progress = true)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(encoder);
        var clock = Stopwatch.StartNew();
        var trainer = new Trainer(encoder, Options(recipe, device));
        using var reporter = progress ? new ProgressReporter(trainer, recipe.BatchesPerEpoch, recipe.Name) : null;
        var seed = (ulong)recipe.Seed;
        IReadOnlyDictionary<string, double> Metrics(EpochContext c) =>
            new Dictionary<string, double> { [AccuracyKey] = PairScoring.ValidationAccuracy(encoder, data, c.Device) };
        TrainingHistory history;
        if (recipe.Objective == TrainingObjective.Contrastive)
        {
            const PairLabelConvention convention = PairLabelConvention.SimilarIsZero;
            var network = new SiameseNetwork<Tensor>(encoder, new EuclideanDistanceHead());
            var loss = new ContrastiveLoss(recipe.ContrastiveMargin, convention, validateLabels: false);
            history = trainer.Fit(
                data.TrainPairs(recipe.BatchesPerEpoch, convention, seed, recipe.Augmentation),
                b => loss.call(network.call(b.Left, b.Right), b.Labels),
                data.ValidationBatches(convention),
                Metrics);
        }
        else
        {
            var mining = recipe.Objective == TrainingObjective.TripletBatchHard ? TripletMining.BatchHard : TripletMining.SemiHard;
            var loss = new BatchTripletLoss(mining, recipe.TripletMargin);
            history = trainer.Fit(
                data.TrainClassBatches(recipe.BatchesPerEpoch, recipe.ClassesPerBatch, recipe.ImagesPerClass, seed, recipe.Augmentation),
                b => loss.call(encoder.call(b.Images), b.Labels),
                data.ValidationClassBatches(TripletValidationBatches, recipe.ClassesPerBatch, recipe.ImagesPerClass, seed + 7),
                Metrics);
        }
        reporter?.Dispose();
        var verification = PairScoring.Evaluate(encoder, data, trainer.Device);
        return new VerificationOutcome(recipe, history, verification, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The trainer settings of a recipe.</summary>
    /// <param name="recipe">The settings.</param>
    /// <param name="device">Where to train; null for the default.</param>
    public static TrainerOptions Options(VerificationRecipe recipe, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var batchSize = recipe.Objective == TrainingObjective.Contrastive ? recipe.PairsPerBatch : recipe.ClassesPerBatch * recipe.ImagesPerClass;
        return new TrainerOptions
        {
            Epochs = recipe.Epochs,
            BatchSize = batchSize,
            Device = device,
            Seed = recipe.Seed,
            OptimizerFactory = groups => Optimizers.Adam(groups, recipe.LearningRate, recipe.WeightDecay),
            SchedulerFactory = recipe.PlateauPatience is { } p
                ? optimizer => optim.lr_scheduler.ReduceLROnPlateau(optimizer, factor: PlateauFactor, patience: p)
                : null,
            EarlyStopping = recipe.EarlyStoppingPatience is { } e ? new EarlyStoppingOptions(Patience: e) : null,
        };
    }
}
