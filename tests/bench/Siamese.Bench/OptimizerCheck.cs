using System.Globalization;
using Siamese.Lib.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Bench;

/// <summary>
/// The optimizer step alone (<c>--optimizer-check</c>): TorchSharp's <c>optim.Adam</c> against
/// <see cref="LeanAdam"/> on the Koch net's parameters (38.9 M, most in the 9216×4096 layer) with fixed random
/// gradients, alternating the two per round, so that what the lean step buys is measured without the forward and
/// backward passes' noise. Prints one JSON line per optimizer: median wall and CPU ms per step.
/// </summary>
internal static class OptimizerCheck
{
    private const int Rounds = 3;
    private const int StepsPerRound = 5;
    private const double LearningRate = 1e-4;

    public static void Run()
    {
        var model = ReferenceModels.KochEmbedding();
        var parameters = model.parameters().ToList();
        using (no_grad())
        {
            foreach (var p in parameters)
            {
                p.grad = randn_like(p).mul_(1e-3).DetachFromDisposeScope();
            }
        }
        var torchSharpAdam = optim.Adam(parameters, lr: LearningRate);
        using var leanAdam = new LeanAdam(parameters, lr: LearningRate);
        var results = new Dictionary<string, (List<double> Wall, List<double> Cpu)>
        {
            ["torchsharp_adam"] = ([], []),
            ["lean_adam"] = ([], []),
        };
        for (var round = 0; round < Rounds; round++)
        {
            Measure(results["torchsharp_adam"], () => torchSharpAdam.step());
            Measure(results["lean_adam"], leanAdam.Step);
        }
        foreach (var (name, (wall, cpu)) in results)
        {
            Console.WriteLine($"{{\"check\": \"optimizer_step_koch\", \"optimizer\": \"{name}\", \"threads\": {get_num_threads()}, " +
                $"\"median_ms\": {Num(Median(wall))}, \"cpu_ms\": {Num(Median(cpu))}}}");
        }
    }

    private static void Measure((List<double> Wall, List<double> Cpu) into, Action step)
    {
        step(); // warm-up: allocates the moments' pages and the temporaries' heap
        var (wall, cpu, _) = StepTimer.MedianStepMs(step, warmup: 0, StepsPerRound);
        into.Wall.Add(wall);
        into.Cpu.Add(cpu);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Num(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
