using Siamese.Display.Progress;

namespace Siamese.Display.Tests.Progress;

public class ProgressSnapshotTests
{
    [Theory]
    // epoch, batch, elapsed s, fraction, rate (it/s), remaining s
    [InlineData(1, 0, 0.0, 0.0, double.NaN, double.NaN)]
    [InlineData(1, 5, 1.0, 0.125, 5.0, 7.0)]
    [InlineData(2, 10, 6.0, 0.5, 20.0 / 6, 6.0)]
    [InlineData(4, 10, 8.0, 1.0, 5.0, 0.0)]
    public void RateAndEtaFollowFromStepsAndTime(int epoch, int batch, double seconds, double fraction, double rate, double remaining)
    {
        var snapshot = new ProgressSnapshot("", epoch, 4, batch, 10, TimeSpan.FromSeconds(seconds), null, false);
        Assert.Equal(fraction, snapshot.Fraction, 12);
        Assert.Equal(double.IsNaN(rate) ? null : rate, snapshot.Rate);
        if (double.IsNaN(remaining))
        {
            Assert.Null(snapshot.Remaining);
        }
        else
        {
            Assert.Equal(remaining, snapshot.Remaining!.Value.TotalSeconds, 9);
        }
    }

    [Fact]
    public void PlainLineShowsEverything()
    {
        var snapshot = new ProgressSnapshot("train", 2, 4, 5, 10, TimeSpan.FromSeconds(3), 0.43219, false);
        Assert.Equal("train  epoch 2/4  batch 5/10  [#########---------------] 37.5%  5 it/s  ETA 5.0 s  loss 0.4322",
                     snapshot.ToPlainText());
    }

    [Fact]
    public void HtmlHasAProgressElement()
    {
        var html = new ProgressSnapshot("t<x>", 1, 2, 1, 2, TimeSpan.FromSeconds(1), null, true).ToHtml();
        Assert.Contains("<progress value=\"25\" max=\"100\"", html);
        Assert.Contains("t&lt;x&gt;", html);
        Assert.Contains("done in 1.0 s", html);
    }
}
