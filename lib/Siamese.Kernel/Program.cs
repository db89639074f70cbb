using Siamese.Kernel.Protocol;
using Siamese.Kernel.Server;

namespace Siamese.Kernel;

/// <summary>Entry point: <c>Siamese.Kernel [--verbose] &lt;connection-file&gt;</c>, as written in the kernelspec.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var verbose = args.Contains("--verbose") || Environment.GetEnvironmentVariable("SIAMESE_KERNEL_VERBOSE") == "1";
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var log = new KernelLog(Console.Error, verbose);
        if (files.Length != 1 || !File.Exists(files[0]))
        {
            log.Warn("usage: Siamese.Kernel [--verbose] <connection-file>  (Jupyter starts it through the 'csharp' kernelspec)");
            return 2;
        }
        try
        {
            var connection = ConnectionInfo.Load(files[0]);
            using var server = new KernelServer(connection, NotebookDirectory(), log);
            server.Run();
            return 0;
        }
        catch (Exception e)
        {
            log.Warn($"kernel failed: {e}");
            return 1;
        }
    }

    /// <summary>
    /// The notebook's folder: where Jupyter starts the kernel (its working directory) unless the server names the
    /// notebook in JPY_SESSION_NAME.
    /// </summary>
    private static string NotebookDirectory()
    {
        var notebook = Environment.GetEnvironmentVariable("JPY_SESSION_NAME");
        if (!string.IsNullOrEmpty(notebook) && Path.IsPathRooted(notebook) && File.Exists(notebook))
        {
            return Path.GetDirectoryName(notebook)!;
        }
        return Environment.CurrentDirectory;
    }
}
