using Siamese.Display.Progress;

namespace Siamese.Display.Tests.Progress;

public class ProgressDisplayTests
{
    [Fact]
    public void NotebookModeShowsOnceThenUpdatesTheSameOutput()
    {
        var publisher = new RecordingPublisher();
        var time = new ManualTime();
        using (var progress = new ProgressDisplay(2, 3, "fit", publisher, time: time))
        {
            for (var epoch = 1; epoch <= 2; epoch++)
            {
                for (var batch = 1; batch <= 3; batch++)
                {
                    time.Advance(TimeSpan.FromSeconds(1));
                    progress.Report(epoch, batch, loss: 1.0 / (epoch * batch));
                }
            }
        }
        Assert.Equal("display", publisher.Calls[0].Kind);
        Assert.True(publisher.Calls.Skip(1).All(c => c.Kind == "update" && c.Id == publisher.Calls[0].Id));
        var last = publisher.Calls[^1].Bundle.GetText(MimeTypes.PlainText)!;
        Assert.Contains("epoch 2/2", last);
        Assert.Contains("100.0%", last);
        Assert.Contains("done in 6.0 s", last);
        Assert.Contains("loss 0.1667", last);
        Assert.StartsWith("<div class=\"siamese-progress\"", publisher.Calls[^1].Bundle.GetText(MimeTypes.Html));
    }

    [Fact]
    public void UpdatesAreThrottledExceptAtEpochEnds()
    {
        var publisher = new RecordingPublisher();
        var time = new ManualTime();
        var progress = new ProgressDisplay(1, 100, publisher: publisher, time: time);
        for (var batch = 1; batch <= 100; batch++)
        {
            time.Advance(TimeSpan.FromMilliseconds(10));
            progress.Report(1, batch);
        }
        // 1 s of work at one update per 100 ms: about ten updates, plus the initial display and the epoch end.
        Assert.InRange(publisher.Calls.Count, 10, 13);
        Assert.Contains("batch 100/100", publisher.Calls[^1].Bundle.GetText(MimeTypes.PlainText));
        progress.Complete();
        progress.Complete();
        Assert.Single(publisher.Calls, c => c.Bundle.GetText(MimeTypes.PlainText)!.Contains("done in"));
    }

    [Fact]
    public void ConsoleModePrintsPlainLines()
    {
        var writer = new StringWriter();
        var time = new ManualTime();
        var progress = new ProgressDisplay(1, 2, "job", publisher: null, console: writer, time: time);
        time.Advance(TimeSpan.FromSeconds(1));
        progress.Report(1, 1, 0.5);
        time.Advance(TimeSpan.FromSeconds(1));
        progress.Report(1, 2, 0.25);
        progress.Complete();
        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("job  epoch 0/1  batch 0/2  [------------------------] 0.0%", lines[0]);
        Assert.Contains("batch 2/2", lines[1]);
        Assert.Contains("loss 0.25", lines[1]);
        Assert.Contains("done in 2.0 s", lines[^1]);
    }
}
