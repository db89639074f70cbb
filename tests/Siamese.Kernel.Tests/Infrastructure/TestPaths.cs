namespace Siamese.Kernel.Tests.Infrastructure;

/// <summary>Where the builds under test are: artifacts/bin/&lt;project&gt;/&lt;configuration&gt;/ (UseArtifactsOutput).</summary>
internal static class TestPaths
{
    /// <summary>Debian's Python, which sees Debian's jupyter_client (not the python3 first on PATH).</summary>
    public const string Python = "/usr/bin/python3";

    public static string TestDirectory => AppContext.BaseDirectory;

    /// <summary>"debug" or "release": the kernel under test is the build of the same configuration.</summary>
    public static string Configuration => new DirectoryInfo(TestDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;

    public static string ArtifactsBin => Path.GetFullPath(Path.Combine(TestDirectory, "..", ".."));

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(ArtifactsBin, "..", ".."));

    public static string KernelDll => Path.Combine(ArtifactsBin, "Siamese.Kernel", Configuration, "Siamese.Kernel.dll");

    public static string LibraryDll => Path.Combine(ArtifactsBin, "Siamese.Lib", Configuration, "Siamese.Lib.dll");

    public static string PluginDll => Path.Combine(ArtifactsBin, "KernelPlugin", Configuration, "KernelPlugin.dll");

    public static string Driver => Path.Combine(TestDirectory, "driver", "kernel_driver.py");

    public static string Notebook(string name) => Path.Combine(TestDirectory, "Notebooks", name);

    public static string NewTempDirectory(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"siamese-kernel-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
