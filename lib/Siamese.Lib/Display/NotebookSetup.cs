using Siamese.Lib.Experiments;
using TorchSharp;

namespace Siamese.Lib.Display;

/// <summary>
/// The one call of a notebook's setup cell, the same in both kernels: loads TorchSharp's natives
/// (<see cref="Runtime.TorchRuntime.Initialize"/>), gives libtorch one thread per core, and registers the display
/// formatters (<see cref="DisplayFormatters"/>: offline Plotly charts, DataFrame tables, tensors, images, markdown).
/// Safe to call more than once.
/// </summary>
public static class NotebookSetup
{
    /// <summary>Kernel name when our kernel runs the notebook.</summary>
    public const string SiameseKernel = "Siamese kernel";

    /// <summary>Kernel name when .NET Interactive runs the notebook.</summary>
    public const string DotNetInteractive = ".NET Interactive";

    /// <summary>Kernel name outside a notebook (CLI, tests).</summary>
    public const string NoNotebook = "no notebook";

    private const string InteractiveAssembly = "Microsoft.DotNet.Interactive";

    /// <summary>Sets up the runtime and the formatters; returns what it found (shown, it also loads plotly.js).</summary>
    public static NotebookInfo Initialize()
    {
        Runtime.TorchRuntime.Initialize();
        torch.set_num_threads(Environment.ProcessorCount);
        DisplayFormatters.Register();
        var kernel = DetectKernel(AppContext.GetData(ProgressReporter.KernelDisplayKey),
                                  AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name));
        return new NotebookInfo(Profile.Current, torch.get_num_threads(), torch.cuda.is_available(), kernel);
    }

    /// <summary>
    /// Which kernel runs this process: ours when it published its display function under
    /// <see cref="ProgressReporter.KernelDisplayKey"/>, .NET Interactive when its assembly is loaded, else none.
    /// </summary>
    /// <param name="kernelDisplay">The AppContext data under <see cref="ProgressReporter.KernelDisplayKey"/>.</param>
    /// <param name="loadedAssemblies">Names of the loaded assemblies.</param>
    internal static string DetectKernel(object? kernelDisplay, IEnumerable<string?> loadedAssemblies) =>
        kernelDisplay is not null ? SiameseKernel
        : loadedAssemblies.Any(n => n == InteractiveAssembly) ? DotNetInteractive
        : NoNotebook;
}
