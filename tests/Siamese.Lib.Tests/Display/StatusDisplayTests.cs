using Siamese.Lib.Display;

namespace Siamese.Lib.Tests.Display;

public class StatusDisplayTests
{
    [Fact]
    public void InTheKernelOneOutputIsReplacedAtEachReport()
    {
        var kernel = new FakeKernel();
        var console = new StringWriter();
        var status = new StatusDisplay("Ablation", kernel.Show, console);
        status.Report("baseline, seed 0: test 95.0%");
        status.Report("baseline, seed 1: test 94.0%");
        Assert.Equal(["Ablation: starting"], kernel.Shown);
        Assert.Equal(["Ablation [1] baseline, seed 0: test 95.0%", "Ablation [2] baseline, seed 1: test 94.0%"],
                     kernel.Updates);
        Assert.Empty(console.ToString());
    }

    [Fact]
    public void ElsewhereEachReportIsOneLine()
    {
        var console = new StringWriter();
        var status = new StatusDisplay("Ablation", show: null, console);
        status.Report("a");
        status.Report("b");
        Assert.Equal(["Ablation [1] a", "Ablation [2] b"], console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
