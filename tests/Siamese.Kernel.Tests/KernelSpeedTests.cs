using System.Globalization;
using Siamese.Kernel.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Siamese.Kernel.Tests;

/// <summary>
/// Start-up and per-cell cost measured with Jupyter's client. The aims are a first result within 3 s of starting
/// the kernel and under 20 ms per trivial cell; the assertions only catch regressions by an order of magnitude
/// (test machines are shared and noisy), the measured values are written to the test output.
/// </summary>
public class KernelSpeedTests(ITestOutputHelper output)
{
    private const double FirstResultLimitSeconds = 15;
    private const double TrivialCellLimitSeconds = 0.2;
    private const int MeasuredCells = 40;

    [Fact]
    public void FirstResultAndTrivialCellsAreFast()
    {
        var began = DateTime.UtcNow;
        using var driver = KernelDriver.Start();
        var first = driver.Execute("1 + 1");
        var firstResult = (DateTime.UtcNow - began).TotalSeconds;
        Assert.Equal("2", first.Result());

        var measured = driver.Send(new { op = "measure", cells = MeasuredCells, code = "1" });
        var median = measured["median_s"]!.GetValue<double>();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kernel ready after {driver.ReadySeconds:0.00} s; first result after {firstResult:0.00} s (client start included); " +
            $"trivial cell: median {median * 1000:0.0} ms, mean {measured["mean_s"]!.GetValue<double>() * 1000:0.0} ms over {MeasuredCells} cells"));
        Assert.InRange(firstResult, 0, FirstResultLimitSeconds);
        Assert.InRange(median, 0, TrivialCellLimitSeconds);
    }
}
