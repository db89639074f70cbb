using Siamese.Cli;
using Siamese.Lib.Experiments;
using Siamese.Lib.Runtime;
using TorchSharp;

// Usage: siamese <experiment> [--profile quick|default|full] [--device cpu|cuda|auto] [--seed N] [--out DIR] [--threads N]
// Before the first tensor: loads the libtorch this build expects (and the patched bridge where libstdc++ is old).
TorchRuntime.Initialize();
return Run(args);

static int Run(string[] args)
{
    if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
    {
        PrintHelp();
        return args.Length == 0 ? 2 : 0;
    }
    var experiment = ExperimentCatalog.Find(args[0]);
    if (experiment is null)
    {
        Console.Error.WriteLine($"Unknown experiment '{args[0]}'.");
        PrintHelp();
        return 2;
    }
    try
    {
        var options = ParseOptions(args.Skip(1).ToArray());
        var profile = options.TryGetValue("profile", out var p) ? Profile.Parse(p) : Profile.Current;
        var device = ParseDevice(options.GetValueOrDefault("device", "auto"));
        var seed = long.Parse(options.GetValueOrDefault("seed", "0"), System.Globalization.CultureInfo.InvariantCulture);
        var output = options.GetValueOrDefault("out") ?? ExperimentResults.DefaultOutputDirectory();
        if (options.TryGetValue("threads", out var threads))
        {
            torch.set_num_threads(int.Parse(threads, System.Globalization.CultureInfo.InvariantCulture));
        }
        var context = new ExperimentContext(profile, device, seed, output, line => Console.WriteLine(line), options);
        Console.WriteLine($"[{experiment.Name}] profile={Profile.Name(profile)} device={device} seed={seed} threads={torch.get_num_threads()}");
        var results = experiment.Run(context);
        var path = results.Save(output);
        Console.WriteLine(results.ToJson());
        Console.WriteLine($"[{experiment.Name}] results written to {path}");
        return 0;
    }
    catch (Exception e) when (e is ArgumentException or FormatException)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        return 2;
    }
    catch (Exception e) when (e is FileNotFoundException or Siamese.Lib.Data.DataFormatException)
    {
        // Missing or corrupt data: the message says where it looked and how to fetch it; no stack trace.
        Console.Error.WriteLine($"error: {e.Message}");
        return 3;
    }
}

static Dictionary<string, string> ParseOptions(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    for (var i = 0; i < args.Length; i++)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
        {
            throw new ArgumentException($"Expected '--name value' pairs, got '{args[i]}'.");
        }
        options[args[i][2..]] = args[++i];
    }
    return options;
}

static torch.Device ParseDevice(string name) => name.ToLowerInvariant() switch
{
    "auto" => torch.cuda.is_available() ? torch.CUDA : torch.CPU,
    "cuda" when !torch.cuda.is_available() => throw new ArgumentException(
        "--device cuda was asked for, but this libtorch has no CUDA or no GPU is visible. Build with -p:TorchBackend=cuda (TorchSharp-cuda-linux; environment/README.md) or use --device cpu."),
    _ => torch.device(name),
};

static void PrintHelp()
{
    Console.WriteLine("usage: siamese <experiment> [--profile quick|default|full] [--device auto|cpu|cuda] [--seed N] [--out DIR] [--threads N]");
    Console.WriteLine("experiments:");
    foreach (var e in ExperimentCatalog.All)
    {
        Console.WriteLine($"  {e.Name,-12} {e.Description}");
    }
}
