using System.Globalization;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Bench;

/// <summary>
/// The Koch net's linear layer alone (<c>--linear-check</c>): forward and backward of a 9216→4096 <c>Linear</c> on
/// 32 rows, the one large matrix product of the reference models, so that BLAS settings (MKL's CPU dispatch,
/// <see cref="Siamese.Lib.Runtime.MklCpuDispatch"/>) can be compared without the convolutions' noise. Prints one
/// JSON line: median wall and CPU ms per forward+backward.
/// </summary>
internal static class LinearCheck
{
    private const int Batch = 32;
    private const int Inputs = 9216;
    private const int Outputs = 4096;
    private const int Steps = 15;

    public static void Run()
    {
        var linear = nn.Linear(Inputs, Outputs);
        var x = rand(Batch, Inputs);
        void Step()
        {
            using var scope = NewDisposeScope();
            linear.call(x).sum().backward();
        }
        var (wall, cpu, _) = StepTimer.MedianStepMs(Step, warmup: 3, Steps);
        Console.WriteLine($"{{\"check\": \"linear_9216x4096_b32\", \"threads\": {get_num_threads()}, " +
            $"\"median_ms\": {wall.ToString("F2", CultureInfo.InvariantCulture)}, \"cpu_ms\": {cpu.ToString("F2", CultureInfo.InvariantCulture)}}}");
    }
}
