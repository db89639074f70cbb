using Siamese.Lib.Data;
using Siamese.Lib.Evaluation;
using Siamese.Lib.Experiments;
using Siamese.Lib.Losses;
using Siamese.Lib.Models;
using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Cli.Experiments;

/// <summary>
/// A short real demo: a small Siamese CNN trained with the contrastive loss (Hadsell et al. 2006) on MNIST
/// pairs, printing the loss and the pair (verification) accuracy after every epoch. Held out by image: the
/// threshold is chosen on pairs from the first half of the 10,000 test images and applied to pairs from the
/// second half.
/// </summary>
public sealed class MnistDemoExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "mnist-demo";

    /// <inheritdoc />
    public string Description => "small Siamese CNN, contrastive loss, MNIST pairs: loss and pair accuracy per epoch";

    /// <inheritdoc />
    public ExperimentResults Run(ExperimentContext context)
    {
        var results = new ExperimentResults(Name, context.Profile);
        // Budgets: quick is a smoke run; default reaches ~98% in about a minute on two cores.
        var epochs = Profile.Pick(context.Profile, quick: 2, standard: 8, full: 20);
        var batchesPerEpoch = Profile.Pick(context.Profile, quick: 20, standard: 60, full: 400);
        var evaluationPairs = Profile.Pick(context.Profile, quick: 500, standard: 2000, full: 5000);
        const int batchSize = 64;

        var train = MnistLoader.Load(train: true);
        var held = MnistLoader.Load(train: false);
        var (validation, test) = (Slice(held, 0, held.Count / 2, "validation"), Slice(held, held.Count / 2, held.Count - held.Count / 2, "test"));
        context.Log($"MNIST: {train.Count} training images, {validation.Count} validation, {test.Count} test (28x28)");

        manual_seed(context.Seed);
        var encoder = new SmallCnn(embeddingSize: 16, channels: (16, 32), hiddenSize: 64);
        using var model = new SiameseNetwork<Tensor>(encoder, new EuclideanDistanceHead());
        var loss = new ContrastiveLoss(margin: 1.0, PairLabelConvention.SimilarIsZero, validateLabels: false);
        var trainer = new Trainer(model, new TrainerOptions
        {
            Epochs = epochs,
            BatchSize = batchSize,
            Device = context.Device,
            Seed = context.Seed,
            OptimizerFactory = g => Optimizers.Adam(g),
        });
        var sampler = new PairSampler(new ClassSubset(train), seed: (ulong)(context.Seed + 1));
        var validationPairs = new PairSampler(new ClassSubset(validation), seed: (ulong)(context.Seed + 2)).Sample(evaluationPairs);
        var testPairs = new PairSampler(new ClassSubset(test), seed: (ulong)(context.Seed + 3)).Sample(evaluationPairs);
        VerificationResult? last = null;
        trainer.EpochEnd += (_, e) =>
        {
            last = Evaluate(model, encoder, validation, validationPairs, test, testPairs, context.Device);
            context.Log($"epoch {e.Record.Epoch,2}/{epochs}  loss {e.Record.TrainLoss:F4}  pair accuracy {last.TestAccuracy:P2} (threshold {last.Threshold:F3})  {e.Record.Seconds:F1} s");
        };
        var history = trainer.Fit(
            ctx => Enumerable.Range(0, batchesPerEpoch).Select(_ => PairBatch.Create(train, sampler.Sample(ctx.BatchSize), PairLabelConvention.SimilarIsZero, ctx.Device)),
            b => loss.call(model.call(b.Left, b.Right), b.Labels));

        return results
            .Set("verification_accuracy", last!.TestAccuracy)
            .Set("validation_accuracy", last.ValidationAccuracy)
            .Set("threshold", last.Threshold)
            .Set("train_loss", history.Epochs.Select(r => r.TrainLoss).ToArray());
    }

    private static VerificationResult Evaluate(SiameseNetwork<Tensor> model, SmallCnn encoder, ImageDataset validation,
        ImagePair[] validationPairs, ImageDataset test, ImagePair[] testPairs, Device device)
    {
        model.eval();
        try
        {
            return Verification.Evaluate(
                PairScoring.Distances(encoder, validation, validationPairs, device), PairScoring.Same(validationPairs),
                PairScoring.Distances(encoder, test, testPairs, device), PairScoring.Same(testPairs),
                ScoreDirection.LowerMeansSame);
        }
        finally
        {
            model.train();
        }
    }

    private static ImageDataset Slice(ImageDataset source, int start, int count, string name)
    {
        var size = source.Width * source.Height;
        return new ImageDataset(name, source.Width, source.Height, source.Pixels.AsSpan(start * size, count * size).ToArray(),
            source.Labels.AsSpan(start, count).ToArray(), source.ClassNames);
    }
}
