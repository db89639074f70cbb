namespace Siamese.Notebooks.Tests;

/// <summary>
/// One of the two kernels the suite is tested in: the name environment/run_notebooks.py takes after --kernel, the
/// kernelspec it maps to, and where that run writes (the csharp kernel into OUT itself, the other into OUT/name).
/// </summary>
public sealed record NotebookKernel(string Choice, string SpecName, bool WritesIntoOut)
{
    /// <summary>The suite's own kernel (lib/Siamese.Kernel), run.sh's default.</summary>
    public static readonly NotebookKernel CSharp = new("csharp", "csharp", WritesIntoOut: true);

    /// <summary>.NET Interactive (the project-local Microsoft.dotnet-interactive tool).</summary>
    public static readonly NotebookKernel DotnetInteractive = new("dotnet-interactive", ".net-csharp", WritesIntoOut: false);

    public static IReadOnlyList<NotebookKernel> All { get; } = [CSharp, DotnetInteractive];

    public static NotebookKernel Named(string choice) => All.Single(k => k.Choice == choice);

    /// <summary>The folder this kernel's run writes notebooks/, html/ and results/ into.</summary>
    public string OutDir(string outRoot) => WritesIntoOut ? outRoot : Path.Combine(outRoot, Choice);

    /// <summary>The kernelspec environment/setup.sh writes into the project-local Jupyter folder.</summary>
    public string SpecFile => Path.Combine(Repository.Root, "artifacts", "jupyter", "kernels", SpecName, "kernel.json");

    /// <summary>Fails (never skips) when setup has not installed this kernel, naming the command that does.</summary>
    public void AssertInstalled() => Assert.True(File.Exists(SpecFile),
        $"the {Choice} kernel is not installed ({SpecFile} missing): run environment/setup.sh");
}
