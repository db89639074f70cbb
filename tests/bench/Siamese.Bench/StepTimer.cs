using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Bench;

/// <summary>The two measurements of bench_torch.py: median step time, and the cost of one small in-place op.</summary>
internal static class StepTimer
{
    /// <summary>
    /// Runs <paramref name="warmup"/> untimed steps, then <paramref name="steps"/> timed ones; returns the median
    /// wall-clock time and the median process CPU time per step (ms; CPU time is NaN where unavailable), and the
    /// mean minor page faults per timed step.
    /// </summary>
    public static (double WallMs, double CpuMs, double FaultsPerStep) MedianStepMs(Action step, int warmup, int steps)
    {
        for (var i = 0; i < warmup; i++)
        {
            step();
        }
        var wall = new double[steps];
        var cpu = new double[steps];
        var faults0 = ProcessClock.MinorFaults();
        for (var i = 0; i < steps; i++)
        {
            var c0 = ProcessClock.Available ? ProcessClock.NowMs() : double.NaN;
            var t0 = Stopwatch.GetTimestamp();
            step();
            wall[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            cpu[i] = ProcessClock.Available ? ProcessClock.NowMs() - c0 : double.NaN;
        }
        return (Median(wall), Median(cpu), (ProcessClock.MinorFaults() - faults0) / (double)steps);
    }

    /// <summary>
    /// Microseconds per <c>a.add_(b)</c> on 4-element tensors: median wall-clock and median process CPU time per
    /// call over 5 runs of <paramref name="calls"/> calls (CPU time is NaN where unavailable). The op is
    /// <paramref name="addInPlace"/>: bench_torch.py's plain <c>a.add_(b)</c>, or a variant (a cached alpha).
    /// </summary>
    public static (double WallUs, double CpuUs) OpOverheadUs(int calls, Action<Tensor, Tensor> addInPlace)
    {
        const int WarmupCalls = 1000;
        const int Runs = 5;
        using var a = zeros(4);
        using var b = ones(4);
        for (var i = 0; i < WarmupCalls; i++)
        {
            addInPlace(a, b);
        }
        var wall = new double[Runs];
        var cpu = new double[Runs];
        for (var r = 0; r < Runs; r++)
        {
            var c0 = ProcessClock.Available ? ProcessClock.NowMs() : double.NaN;
            var t0 = Stopwatch.GetTimestamp();
            for (var i = 0; i < calls; i++)
            {
                addInPlace(a, b);
            }
            wall[r] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds / calls;
            cpu[r] = ProcessClock.Available ? (ProcessClock.NowMs() - c0) * 1e3 / calls : double.NaN;
        }
        return (Median(wall), Median(cpu));
    }

    /// <summary>The median as Python's statistics.median computes it (mean of the two middle values for even counts).</summary>
    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
