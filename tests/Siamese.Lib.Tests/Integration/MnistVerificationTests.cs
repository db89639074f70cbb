using System.Diagnostics;
using Siamese.Lib.Data;
using Siamese.Lib.Evaluation;
using Siamese.Lib.Losses;
using Siamese.Lib.Models;
using Siamese.Lib.Training;
using TorchSharp;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Integration;

/// <summary>
/// The library's headline check on real data: a small CNN trained with the contrastive loss on MNIST pairs
/// verifies unseen pairs. Held out by image: training pairs come from the 60,000 training images; validation pairs
/// (where the threshold is chosen) from the first half of the 10,000 test images, test pairs from the second half.
/// The budget is reduced to run in about a minute on two CPU cores.
/// </summary>
public class MnistVerificationTests(ITestOutputHelper output)
{
    private const int Epochs = 8;
    private const int BatchesPerEpoch = 60;
    private const int BatchSize = 64;
    private const int EvaluationPairs = 2000;

    private static ImageDataset Slice(ImageDataset source, int start, int count, string name)
    {
        var size = source.Width * source.Height;
        return new ImageDataset(name, source.Width, source.Height, source.Pixels.AsSpan(start * size, count * size).ToArray(),
            source.Labels.AsSpan(start, count).ToArray(), source.ClassNames);
    }

    private static (double[] Distances, bool[] Same) Score(SiameseNetwork<Tensor> model, ImageDataset data, ImagePair[] pairs, Device device)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        using var batch = PairBatch.Create(data, pairs, PairLabelConvention.SimilarIsZero, device);
        var d = model.call(batch.Left, batch.Right).cpu().data<float>().ToArray().Select(v => (double)v).ToArray();
        return (d, pairs.Select(p => p.Similar).ToArray());
    }

    [Fact]
    public void SmallCnnWithContrastiveLossVerifiesMnistPairs()
    {
        var clock = Stopwatch.StartNew();
        var train = MnistLoader.Load(train: true);
        var held = MnistLoader.Load(train: false);
        var validation = Slice(held, 0, held.Count / 2, "mnist-validation");
        var test = Slice(held, held.Count / 2, held.Count - held.Count / 2, "mnist-test");
        var device = CPU;

        manual_seed(0);
        using var model = new SiameseNetwork<Tensor>(new SmallCnn(embeddingSize: 16, channels: (16, 32), hiddenSize: 64), new EuclideanDistanceHead());
        var loss = new ContrastiveLoss(margin: 1.0, PairLabelConvention.SimilarIsZero, validateLabels: false);
        var trainer = new Trainer(model, new TrainerOptions
        {
            Epochs = Epochs,
            BatchSize = BatchSize,
            Device = device,
            OptimizerFactory = g => Optimizers.Adam(g),
        });
        var sampler = new PairSampler(new ClassSubset(train), seed: 1);
        var history = trainer.Fit(
            ctx => Enumerable.Range(0, BatchesPerEpoch).Select(_ => PairBatch.Create(train, sampler.Sample(ctx.BatchSize), PairLabelConvention.SimilarIsZero, ctx.Device)),
            b => loss.call(model.call(b.Left, b.Right), b.Labels));
        var trainSeconds = clock.Elapsed.TotalSeconds;

        model.eval();
        var (vd, vs) = Score(model, validation, new PairSampler(new ClassSubset(validation), seed: 2).Sample(EvaluationPairs), device);
        var (td, ts) = Score(model, test, new PairSampler(new ClassSubset(test), seed: 3).Sample(EvaluationPairs), device);
        var result = Verification.Evaluate(vd, vs, td, ts, ScoreDirection.LowerMeansSame);
        var auc = RocCurve.Compute(td, ts, ScoreDirection.LowerMeansSame).Auc;

        output.WriteLine($"losses: {string.Join(", ", history.Epochs.Select(e => e.TrainLoss.ToString("F4")))}");
        output.WriteLine($"threshold {result.Threshold:F3}; validation accuracy {result.ValidationAccuracy:P2}; test accuracy {result.TestAccuracy:P2}; test AUC {auc:F4}");
        output.WriteLine($"training {trainSeconds:F1} s, total {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(result.TestAccuracy >= 0.95, $"test verification accuracy {result.TestAccuracy:P2} is below 95%");
    }
}
