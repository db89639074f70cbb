using Siamese.Display.Progress;
using Siamese.Lib.Display;
using Siamese.Lib.Tests.Training;
using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Display;

public class ProgressReporterTests
{
    private static IEnumerable<(Tensor X, Tensor Y)> Batches(Tensor x, Tensor y, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (x, y);
        }
    }

    [Fact]
    public void FollowsEpochsAndBatchesThenDetaches()
    {
        manual_seed(0);
        using var x = randn(8, 3);
        using var y = randn(8, 1);
        using var model = new TinyMlp(3, 4, 1);
        var trainer = new Trainer(model, new TrainerOptions { Epochs = 3, BatchSize = 8, Device = CPU });
        var publisher = new RecordingPublisher();
        var seen = new List<ProgressSnapshot>();
        using (var reporter = new ProgressReporter(trainer, batchesPerEpoch: 5, title: "tiny", publisher: publisher))
        {
            trainer.EpochEnd += (_, _) => seen.Add(reporter.Current);
            trainer.Fit(_ => Batches(x, y, 5), b => (model.call(b.X) - b.Y).square().mean());
            Assert.Equal(3, reporter.Current.Epoch);
            Assert.Equal(5, reporter.Current.Batch);
            Assert.Equal(1.0, reporter.Current.Fraction);
            Assert.NotNull(reporter.Current.Loss);
            Assert.False(reporter.Current.IsComplete);
        }
        Assert.True(seen.Count == 3 && seen[0].Epoch == 1 && seen[0].Batch == 5 && seen[2].Epoch == 3);
        // One output, updated in place; the last update is the completed state.
        Assert.Single(publisher.Published);
        var last = publisher.Updates[^1].Bundle.GetText("text/plain")!;
        Assert.Contains("tiny", last);
        Assert.Contains("epoch 3/3", last);
        Assert.Contains("done in", last);

        // Detached: another run moves nothing.
        var updates = publisher.Updates.Count;
        trainer.Fit(_ => Batches(x, y, 2), b => (model.call(b.X) - b.Y).square().mean());
        Assert.Equal(updates, publisher.Updates.Count);
    }

    [Fact]
    public void WritesToTheConsoleWithoutANotebook()
    {
        using var x = randn(4, 2);
        using var y = randn(4, 1);
        using var model = new TinyMlp(2, 3, 1);
        var trainer = new Trainer(model, new TrainerOptions { Epochs = 1, BatchSize = 4, Device = CPU });
        var console = new StringWriter();
        var reporter = new ProgressReporter(trainer, 2, "console", console: console);
        trainer.Fit(_ => Batches(x, y, 2), b => (model.call(b.X) - b.Y).square().mean());
        reporter.Dispose();
        reporter.Dispose();
        var text = console.ToString();
        Assert.Contains("console  epoch 1/1  batch 2/2", text);
        Assert.Contains("done in", text);
    }

    [Fact]
    public void RejectsAnEpochWithoutBatches()
    {
        using var model = new TinyMlp(2, 3, 1);
        var trainer = new Trainer(model, new TrainerOptions { Epochs = 1, Device = CPU });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProgressReporter(trainer, 0, publisher: new RecordingPublisher()));
    }
}
