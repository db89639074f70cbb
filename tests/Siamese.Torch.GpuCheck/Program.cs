using System.Diagnostics;
using System.Reflection;
using Siamese.Torch;
using Siamese.Torch.Tests.Cuda;
using Xunit.Sdk;
using static Siamese.Torch.torch;

namespace Siamese.Torch.GpuCheck;

/// <summary>
/// Runs the CUDA tests compiled into this assembly (linked from tests/Siamese.Torch.Tests/Cuda) without the
/// .NET SDK or a test host: every [Fact] (including [CudaFact]) and every [Theory] row given by [InlineData],
/// in a fresh instance of its class, printing PASS, FAIL (with the assertion message) or SKIP (with the reason).
/// Exit code: 0 when everything ran and passed; 1 when a test failed; 2 when CUDA is not available (the CUDA
/// tests were skipped, which on the GPU machine means the shim was built against a CPU libtorch or no GPU is
/// visible), unless --allow-no-cuda is given. Optional arguments: substrings of test names to run.
/// </summary>
public static class Program
{
    private const int Failed = 1;
    private const int NoCuda = 2;

    public static int Main(string[] args)
    {
        var allowNoCuda = args.Contains("--allow-no-cuda");
        var filters = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        Console.WriteLine($"libtorch {__version__}; CUDA built: {backends.cuda.is_built()}, available: {cuda.is_available()}, " +
                          $"devices: {cuda.device_count()}, cuDNN: {backends.cudnn.is_available()}");
        if (!cuda.is_available())
        {
            Console.WriteLine($"CUDA not available: {CudaAvailability.Reason()}");
        }
        var counts = new Dictionary<string, int> { ["PASS"] = 0, ["FAIL"] = 0, ["SKIP"] = 0 };
        foreach (var (name, run, skip) in Discover(typeof(Program).Assembly))
        {
            if (filters.Length > 0 && !filters.Any(f => name.Contains(f, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            if (skip is not null)
            {
                Report("SKIP", name, skip, counts);
                continue;
            }
            var clock = Stopwatch.StartNew();
            var error = Run(run);
            var time = $"{clock.Elapsed.TotalMilliseconds:F0} ms";
            Report(error is null ? "PASS" : "FAIL", name, error is null ? time : $"{time}\n      {Describe(error)}", counts);
        }
        Console.WriteLine($"{counts["PASS"]} passed, {counts["FAIL"]} failed, {counts["SKIP"]} skipped");
        if (counts["FAIL"] > 0)
        {
            return Failed;
        }
        return cuda.is_available() || allowNoCuda ? 0 : NoCuda;
    }

    private static void Report(string verdict, string name, string detail, Dictionary<string, int> counts)
    {
        counts[verdict]++;
        Console.WriteLine($"{verdict} {name} ({detail})");
    }

    /// <summary>The test cases of <paramref name="assembly"/>: name, how to run it, and the skip reason if any.</summary>
    private static IEnumerable<(string name, Func<object?> run, string? skip)> Discover(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                var fact = method.GetCustomAttribute<FactAttribute>(inherit: true);
                if (fact is null)
                {
                    continue;
                }
                var name = $"{type.Name}.{method.Name}";
                if (fact is not TheoryAttribute)
                {
                    yield return (name, () => Invoke(type, method, []), fact.Skip);
                    continue;
                }
                var rows = method.GetCustomAttributes<DataAttribute>().ToList();
                if (rows.Count == 0 || rows.Any(r => r is not InlineDataAttribute))
                {
                    yield return (name, () => throw new NotSupportedException("only [InlineData] theories are supported"), null);
                    continue;
                }
                foreach (var row in rows.SelectMany(r => r.GetData(method)))
                {
                    var arguments = row;
                    yield return ($"{name}({string.Join(", ", arguments.Select(a => a?.ToString() ?? "null"))})",
                        () => Invoke(type, method, arguments), fact.Skip);
                }
            }
        }
    }

    private static object? Invoke(Type type, MethodInfo method, object?[] arguments)
    {
        var instance = method.IsStatic ? null : Activator.CreateInstance(type);
        try
        {
            var result = method.Invoke(instance, arguments);
            if (result is Task task)
            {
                task.GetAwaiter().GetResult();
            }
            return result;
        }
        finally
        {
            (instance as IDisposable)?.Dispose();
        }
    }

    private static Exception? Run(Func<object?> test)
    {
        try
        {
            using var scope = NewDisposeScope();
            test();
            return null;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return e.InnerException;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private static string Describe(Exception error) =>
        $"{error.GetType().Name}: {error.Message.ReplaceLineEndings("\n      ")}";
}
