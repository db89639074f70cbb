using Microsoft.DotNet.Interactive.Formatting;
using Siamese.Lib.Display;

namespace Siamese.Lib.Tests.Display;

public class LiveChartTests
{
    [Fact]
    public void InTheKernelTheFirstPointShowsTheChartAndLaterOnesRedrawNoMoreOftenThanTheInterval()
    {
        var kernel = new FakeKernel();
        var time = new ManualTime();
        var live = new LiveChart("loss per step", "step", "loss", kernel.Show, time);
        live.Add(1, 0.9);
        live.Add(2, 0.8);
        Assert.Single(kernel.Shown);
        Assert.Empty(kernel.Updates);
        time.Advance(LiveChart.MinInterval);
        live.Add(3, 0.7);
        Assert.Single(kernel.Updates);
        Assert.True(live.ShownLive);
        Assert.Equal(3, live.Count);
    }

    [Fact]
    public void AtTheEndOfItsCellItRedrawsOnceMoreAndShowsOnlyANoteWhereItWasLive()
    {
        DisplayFormatters.Register();
        var kernel = new FakeKernel();
        var live = new LiveChart("loss per step", "step", "loss", kernel.Show, new ManualTime());
        live.Add(1, 0.9);
        live.Add(2, 0.8);
        var html = live.ToDisplayString(DisplayFormatters.Html);
        Assert.Contains("all 2 points", html);
        Assert.DoesNotContain("Plotly", html);
        Assert.Single(kernel.Updates);
    }

    [Fact]
    public void WithoutTheKernelNothingIsShownUntilTheCellEndsWithTheChart()
    {
        DisplayFormatters.Register();
        var live = new LiveChart("loss per step", "step", "loss", show: null);
        live.Add(1, 0.9);
        Assert.False(live.ShownLive);
        Assert.Contains("Plotly.newPlot", live.ToDisplayString(DisplayFormatters.Html));
    }
}
