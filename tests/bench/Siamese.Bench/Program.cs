// C# side of the speed comparison, on TorchSharp 0.107: the flags and the JSON lines of tests/bench/bench_torch.py,
// with "side": "csharp". One JSON line per model: {"model", "side", "median_ms", "steps", "cpu_ms",
// "faults_per_step"} (cpu_ms: median process CPU time per step, all threads; faults_per_step: minor page faults per
// timed step); op_overhead reports "us_per_call" and "cpu_us_per_call", and the same for add_ with a cached alpha.
// Extra flags: --plain (TorchSharp's optim.Adam instead of LeanAdam), --optimizer-check, --linear-check.
using System.Globalization;
using Siamese.Bench;
using Siamese.Lib.Runtime;
using TorchSharp;
using static TorchSharp.torch;

const int OpOverheadCalls = 10_000;

var quick = false;
var optimizerCheck = false;
var linearCheck = false;
var threads = 2;
int? stepsOverride = null;
var models = string.Join(",", ReferenceModels.All.Select(m => m.Name)) + ",op_overhead";
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--quick":
            quick = true;
            break;
        case "--threads" when i + 1 < args.Length:
            threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--steps" when i + 1 < args.Length:
            stepsOverride = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--plain":
            StepOptimizer.Plain = true;
            break;
        case "--linear-check":
            linearCheck = true;
            break;
        case "--optimizer-check":
            optimizerCheck = true;
            break;
        case "--models" when i + 1 < args.Length:
            models = args[++i];
            break;
        default:
            Console.Error.WriteLine("usage: Siamese.Bench [--quick] [--threads N] [--steps N] [--plain] [--optimizer-check] [--linear-check] [--models koch_b32,small_cnn_b128,malstm_b64,transformer_b64,op_overhead]");
            return 2;
    }
}

// TorchSharp's natives (and glibc's malloc settings) before the first tensor.
TorchRuntime.Initialize();
set_num_threads(threads);
manual_seed(0);
if (linearCheck)
{
    LinearCheck.Run();
    return 0;
}
if (optimizerCheck)
{
    OptimizerCheck.Run();
    return 0;
}
foreach (var name in models.Split(','))
{
    if (name == "op_overhead")
    {
        // bench_torch.py's a.add_(b): TorchSharp turns the implicit alpha 1 into a new native Scalar per call.
        var (wallUs, cpuUs) = StepTimer.OpOverheadUs(OpOverheadCalls, static (a, b) => a.add_(b));
        // The same op with the alpha allocated once (what our training code does: Siamese.Lib.Runtime.Scalars).
        var (cachedUs, cachedCpuUs) = StepTimer.OpOverheadUs(OpOverheadCalls, static (a, b) => a.add_(b, Scalars.One));
        Emit(name, $"\"us_per_call\": {Num(wallUs)}" + (double.IsNaN(cpuUs) ? "" : $", \"cpu_us_per_call\": {Num(cpuUs)}")
            + $", \"us_per_call_cached_alpha\": {Num(cachedUs)}, \"cpu_us_per_call_cached_alpha\": {Num(cachedCpuUs)}");
        continue;
    }
    var model = ReferenceModels.All.FirstOrDefault(m => m.Name == name);
    if (model.Make is null)
    {
        Console.Error.WriteLine($"unknown model '{name}'");
        return 2;
    }
    // The step counts of bench_torch.py: the Koch net takes seconds per step, so fewer of them.
    var steps = stepsOverride ?? (quick ? 3 : (name == "koch_b32" ? 5 : 20));
    var (wall, cpu, faults) = StepTimer.MedianStepMs(model.Make(model.Batch), warmup: quick ? 2 : 3, steps);
    var cpuField = double.IsNaN(cpu) ? "" : $", \"cpu_ms\": {Num(cpu)}";
    Emit(name, $"\"median_ms\": {Num(wall)}, \"steps\": {steps}{cpuField}, \"faults_per_step\": {Num(faults)}");
}
return 0;

static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);

static void Emit(string model, string fields) =>
    Console.WriteLine($"{{\"model\": \"{model}\", \"side\": \"csharp\", {fields}}}");
