using Siamese.Lib.Display;
using Siamese.Lib.Tests.Training;
using Siamese.Lib.Training;
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
    public void WithTheKernelHookShowsOneOutputAndUpdatesItInPlace()
    {
        manual_seed(0);
        using var x = randn(8, 3);
        using var y = randn(8, 1);
        using var model = new TinyMlp(3, 4, 1);
        var trainer = new Trainer(model, new TrainerOptions { Epochs = 3, BatchSize = 8, Device = CPU });
        var kernel = new FakeKernel();
        var console = new StringWriter();
        using (var reporter = new ProgressReporter(trainer, 5, "tiny", kernel.Show, console))
        {
            Assert.True(reporter.InPlace);
            trainer.Fit(_ => Batches(x, y, 5), b => (model.call(b.X) - b.Y).square().mean());
            Assert.Equal(3, reporter.Current.Epoch);
            Assert.Equal(1.0, reporter.Current.Fraction);
            Assert.False(reporter.Current.IsComplete);
        }
        Assert.Single(kernel.Shown);
        // Each epoch's end updates (the 250 ms throttle keeps batch updates of this fast run out), then completion.
        Assert.InRange(kernel.Updates.Count, 4, 4 + 15);
        var last = Assert.IsType<ProgressState>(kernel.Updates[^1]);
        Assert.True(last.IsComplete);
        Assert.Contains("tiny  epoch 3/3", last.ToString());
        Assert.Contains("done in", last.ToString());
        Assert.Contains("<progress", last.ToHtml());
        Assert.Empty(console.ToString());

        var updates = kernel.Updates.Count;
        trainer.Fit(_ => Batches(x, y, 2), b => (model.call(b.X) - b.Y).square().mean());
        Assert.Equal(updates, kernel.Updates.Count);
    }

    [Fact]
    public void WithoutTheHookWritesOneLinePerEpochAtMost()
    {
        using var x = randn(4, 2);
        using var y = randn(4, 1);
        using var model = new TinyMlp(2, 3, 1);
        var trainer = new Trainer(model, new TrainerOptions { Epochs = 3, BatchSize = 4, Device = CPU });
        var console = new StringWriter();
        var reporter = new ProgressReporter(trainer, 20, "console", console: console);
        Assert.False(reporter.InPlace);
        trainer.Fit(_ => Batches(x, y, 20), b => (model.call(b.X) - b.Y).square().mean(),
                    validationMetrics: _ => new Dictionary<string, double> { ["accuracy"] = 0.75 });
        reporter.Dispose();
        reporter.Dispose();
        var lines = console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("console  epoch 1/3  loss ", lines[0]);
        Assert.Contains("accuracy 0.75", lines[2]);
        Assert.EndsWith(" s", lines[2].TrimEnd());
    }

    [Fact]
    public void RejectsAnEpochWithoutSteps()
    {
        using var model = new TinyMlp(2, 3, 1);
        var trainer = new Trainer(model, new TrainerOptions { Epochs = 1, Device = CPU });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProgressReporter(trainer, 0, console: TextWriter.Null));
    }

    [Fact]
    public void StateEstimatesTheTimeLeftFromTheFractionDone()
    {
        var state = new ProgressState("t", 2, 4, 5, 10, 0.5, [], TimeSpan.FromSeconds(15), false);
        Assert.Equal(0.375, state.Fraction);
        Assert.Equal(25, state.Remaining!.Value.TotalSeconds, 6);
        Assert.Equal("t  epoch 2/4  step 5/10  loss 0.5  15 s, ~25 s left", state.ToString());
    }
}
