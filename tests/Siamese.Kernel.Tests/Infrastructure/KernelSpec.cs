using System.Diagnostics;

namespace Siamese.Kernel.Tests.Infrastructure;

/// <summary>
/// A kernelspec named "csharp" for the kernel build under test, made by lib/Siamese.Kernel/install-kernelspec.sh
/// into a private prefix; processes started with <see cref="Apply"/> find it first (JUPYTER_PATH).
/// </summary>
internal static class KernelSpec
{
    private static readonly Lazy<string> JupyterPath = new(Install);

    public static void Apply(ProcessStartInfo start)
    {
        start.Environment["JUPYTER_PATH"] = JupyterPath.Value;
        start.Environment["PYTHONUNBUFFERED"] = "1";
    }

    private static string Install()
    {
        Assert.True(File.Exists(TestPaths.KernelDll), $"kernel build missing: {TestPaths.KernelDll}");
        var prefix = TestPaths.NewTempDirectory("spec");
        var script = Path.Combine(TestPaths.RepositoryRoot, "lib", "Siamese.Kernel", "install-kernelspec.sh");
        var result = ProcessRunner.Run("bash", [script, "--prefix", prefix, "--dll", TestPaths.KernelDll], TimeSpan.FromSeconds(60));
        Assert.True(result.ExitCode == 0, $"install-kernelspec.sh failed:\n{result.Output}");
        var jupyterPath = Path.Combine(prefix, "share", "jupyter");
        Assert.True(File.Exists(Path.Combine(jupyterPath, "kernels", "csharp", "kernel.json")), result.Output);
        return jupyterPath;
    }
}
