using Siamese.Lib.Data;
using Siamese.Lib.Evaluation;
using Siamese.Lib.Losses;
using Siamese.Lib.Models;
using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Experiments;

/// <summary>
/// The Koch et al. (2015) one-shot experiment as a recipe that the notebook (05) and the CLI (<c>omniglot</c>)
/// share step by step: load the background alphabets (shrunk to <see cref="OmniglotConfig.InputSize"/>), hold out
/// a few alphabets for validation, train a Siamese Koch-style network with the weighted-L1 logit head and BCE on
/// verification pairs (with Koch's affine distortions), select the model on 20-way within-alphabet trials of the
/// held-out alphabets, and test once on Lake's 20 fixed runs (400 20-way one-shot trials).
/// </summary>
public static class OmniglotOneShot
{
    /// <summary>The validation metric: 20-way one-shot accuracy on the held-out background alphabets.</summary>
    public const string ValidationMetric = "val_oneshot";

    /// <summary>Candidates per one-shot trial, as in Lake's runs and Koch's evaluation.</summary>
    public const int Ways = 20;

    private const double KochMomentum = 0.9;
    private const double KochEpochDecay = 0.99;

    /// <summary>The 30 background alphabets, resized to the configured input size.</summary>
    public static ImageDataset LoadBackground(OmniglotConfig config, DataLocator? locator = null) =>
        Shrink(OmniglotLoader.Load(background: true, locator), config.InputSize);

    /// <summary>Lake's 20 runs, resized to the configured input size.</summary>
    public static IReadOnlyList<OneShotRun> LoadLakeRuns(OmniglotConfig config, DataLocator? locator = null)
    {
        var runs = LakeRunsLoader.Load(locator);
        return config.InputSize == runs[0].Width ? runs : ImageResampler.Resize(runs, config.InputSize);
    }

    /// <summary>All 400 trials of Lake's runs, run01's first.</summary>
    public static IReadOnlyList<OneShotTrial> Trials(IReadOnlyList<OneShotRun> runs) => runs.SelectMany(r => r.Trials).ToArray();

    /// <summary>Whole alphabets split into training and validation (no test side: Lake's runs are the test).</summary>
    public static ClassSplit SplitAlphabets(ImageDataset background, OmniglotConfig config, ulong seed)
    {
        var alphabets = background.GroupNames?.Count ?? throw new ArgumentException($"{background.Name} has no alphabets", nameof(background));
        return ClassSplit.ByGroup(background, 1.0 - (double)config.ValidationAlphabets / alphabets, (double)config.ValidationAlphabets / alphabets, seed);
    }

    /// <summary>Koch-style <paramref name="ways"/>-way trials on the validation alphabets (fixed under the seed, so epochs are comparable).</summary>
    public static IReadOnlyList<OneShotTrial> ValidationTrials(ImageDataset background, ClassSplit split, OmniglotConfig config, ulong seed, int ways = Ways) =>
        OneShotEvaluator.KochTrials(new ClassSubset(background, split.Validation), config.ValidationTrials, ways, seed);

    /// <summary>The Siamese network: a Koch-style encoder (sigmoid embedding) and Koch's weighted-L1 logit head.</summary>
    public static SiameseNetwork<Tensor> BuildModel(OmniglotConfig config)
    {
        var encoder = new KochCnn(config.InputSize, hiddenSizes: [config.EmbeddingSize], widthScale: config.WidthScale,
            stages: config.PaperConvolutions ? KochCnn.PaperStages : KochCnn.CompactStages, batchNorm: config.BatchNorm);
        return new SiameseNetwork<Tensor>(encoder, new WeightedL1LogitHead(encoder.EmbeddingSize));
    }

    /// <summary>
    /// Koch's affine distortions for the configured size: the ±2-pixel translation is meant for 105 × 105 and is
    /// scaled with the image; areas moved in are filled with paper (0 when inverted, 1 otherwise). Null when off.
    /// </summary>
    public static ImageAugmenter? Augmenter(OmniglotConfig config, ulong seed)
    {
        if (!config.Augment)
        {
            return null;
        }
        var koch = new KochAffineOptions();
        var options = new AugmentationOptions
        {
            KochAffine = koch with { MaxTranslation = koch.MaxTranslation * config.InputSize / OmniglotLoader.ImageSize },
            Fill = config.Invert ? 0f : 1f,
        };
        return new ImageAugmenter(options, seed);
    }

    /// <summary>Trainer settings: epochs of <see cref="OmniglotConfig.StepsPerEpoch"/> steps, the optimizer and schedule, early stopping on <see cref="ValidationMetric"/>.</summary>
    public static TrainerOptions TrainerOptions(OmniglotConfig config, SiameseNetwork<Tensor> model, Device? device, long seed)
    {
        var epochs = Math.Max(1, (config.Steps + config.StepsPerEpoch - 1) / config.StepsPerEpoch);
        var options = new TrainerOptions
        {
            Epochs = epochs,
            BatchSize = config.Pairing == OmniglotPairing.RandomPairs ? config.PairsPerBatch
                : config.AlphabetsPerBatch * config.CharactersPerAlphabet * config.DrawersPerCharacter,
            Device = device,
            Seed = seed,
            EarlyStopping = new EarlyStoppingOptions(ValidationMetric, MetricGoal.Maximize, config.Patience ?? int.MaxValue),
        };
        return config.Optimizer switch
        {
            OmniglotOptimizer.KochSgd => options with
            {
                // One group per layer, as in the paper (each layer its own rate, momentum and L2 weight).
                ParameterGroups = LayerGroups(model, config),
                OptimizerFactory = groups => Optimizers.SGD(groups, config.LearningRate, KochMomentum, config.WeightDecay),
                SchedulerFactory = o => optim.lr_scheduler.ExponentialLR(o, KochEpochDecay),
            },
            _ => options with
            {
                OptimizerFactory = groups => Optimizers.Adam(groups, config.LearningRate, config.WeightDecay),
                SchedulerFactory = o => optim.lr_scheduler.CosineAnnealingLR(o, epochs),
            },
        };
    }

    /// <summary>Koch's per-layer parameter groups (one per convolution and linear layer of the model).</summary>
    public static IReadOnlyList<ParameterGroupSettings> LayerGroups(SiameseNetwork<Tensor> model, OmniglotConfig config) =>
        model.named_parameters().Select(p => p.name[..p.name.LastIndexOf('.')]).Distinct()
            .Select(layer => ParameterGroupSettings.ForPrefix(layer + ".", config.LearningRate, KochMomentum, config.WeightDecay)).ToArray();

    /// <summary>
    /// Trains <paramref name="model"/> with <paramref name="trainer"/> on the training alphabets of
    /// <paramref name="split"/>, validating on <paramref name="validation"/> trials after every epoch, until the
    /// planned steps, early stopping or <see cref="OmniglotConfig.TimeLimit"/>; the best validated weights are kept.
    /// </summary>
    public static TrainingHistory Train(Trainer trainer, SiameseNetwork<Tensor> model, ImageDataset background, ClassSplit split,
        IReadOnlyList<OneShotTrial> validation, OmniglotConfig config, long seed, CancellationToken cancellationToken = default)
    {
        var train = new ClassSubset(background, split.Train);
        var augmenter = Augmenter(config, (ulong)seed + 11);
        var device = trainer.Device;
        var bce = new LogitBceLoss(PairLabelConvention.SimilarIsOne, validateLabels: false);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (config.TimeLimit is { } limit)
        {
            budget.CancelAfter(limit);
        }
        var stepsDone = 0;
        IReadOnlyDictionary<string, double> Validate(EpochContext _) => new Dictionary<string, double>
        {
            [ValidationMetric] = Evaluate(model, validation, background.Height, config, device).Accuracy,
        };
        if (config.Pairing == OmniglotPairing.RandomPairs)
        {
            var sampler = new PairSampler(train, (ulong)seed + 12);
            IEnumerable<PairBatch> Batches(EpochContext ctx)
            {
                for (var s = 0; s < config.StepsPerEpoch && stepsDone < config.Steps; s++, stepsDone++)
                {
                    yield return AugmentedBatcher.Pairs(background, sampler.Sample(ctx.BatchSize), PairLabelConvention.SimilarIsOne, augmenter, ctx.Device, config.Invert);
                }
            }
            return trainer.Fit(Batches, b => bce.call(model.call(b.Left, b.Right), b.Labels), validationMetrics: Validate,
                cancellationToken: budget.Token);
        }
        var grouped = new GroupedBatchSampler(train, config.AlphabetsPerBatch, config.CharactersPerAlphabet, config.DrawersPerCharacter, (ulong)seed + 13);
        IEnumerable<(Tensor Images, Tensor Classes)> Groups(EpochContext ctx)
        {
            for (var s = 0; s < config.StepsPerEpoch && stepsDone < config.Steps; s++, stepsDone++)
            {
                var (images, classes) = grouped.NextBatch();
                yield return (AugmentedBatcher.ToTensor(background, images, augmenter, ctx.Device, config.Invert),
                    tensor(classes.Select(c => (long)c).ToArray(), [classes.Length], device: ctx.Device));
            }
        }
        Func<PairHead, Tensor, Tensor, Tensor> loss = config.Loss == OmniglotLoss.OneShotSoftmax ? InBatchOneShotLoss.Compute : InBatchPairBceLoss.Compute;
        return trainer.Fit(Groups, b => loss(model.Head, model.Embed(b.Images), b.Classes),
            validationMetrics: Validate, cancellationToken: budget.Token);
    }

    /// <summary>Scores one-shot trials with the model (eval mode, restored to training mode afterwards if it was).</summary>
    public static OneShotScores Evaluate(SiameseNetwork<Tensor> model, IReadOnlyList<OneShotTrial> trials, int size, OmniglotConfig config, Device? device = null)
    {
        var training = model.training;
        model.eval();
        try
        {
            return OneShotEvaluator.Score(trials, size, size, OneShotEvaluator.SiameseScorer(model), model.Direction, device, config.Invert);
        }
        finally
        {
            if (training)
            {
                model.train();
            }
        }
    }

    /// <summary>The 1-nearest-neighbour baseline on raw pixels (Euclidean distance) on the same trials.</summary>
    public static OneShotScores PixelNearestNeighbour(IReadOnlyList<OneShotTrial> trials, int size, bool invert = true) =>
        OneShotEvaluator.Score(trials, size, size, OneShotEvaluator.PixelDistance, ScoreDirection.LowerMeansSame, CPU, invert);

    private static ImageDataset Shrink(ImageDataset dataset, int size) =>
        size == dataset.Width ? dataset : ImageResampler.Resize(dataset, size);
}
