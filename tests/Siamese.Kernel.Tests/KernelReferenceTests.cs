using Siamese.Kernel.Tests.Infrastructure;

namespace Siamese.Kernel.Tests;

/// <summary>#r and #load resolve against the notebook's folder; #r'd types find their [TypeFormatterSource] formatters.</summary>
public sealed class KernelReferenceTests : IDisposable
{
    private readonly string notebookDirectory = TestPaths.NewTempDirectory("notebook");

    public KernelReferenceTests()
    {
        Directory.CreateDirectory(Path.Combine(notebookDirectory, "libs"));
        File.Copy(TestPaths.PluginDll, Path.Combine(notebookDirectory, "libs", "KernelPlugin.dll"));
        File.WriteAllText(Path.Combine(notebookDirectory, "helpers.csx"), "int Twice(int x) => 2 * x;\n");
    }

    public void Dispose() => Directory.Delete(notebookDirectory, recursive: true);

    [Fact]
    public void CellsImportWhatDotNetInteractiveImportsAndNothingMore()
    {
        using var driver = KernelDriver.Start(notebookDirectory);
        Assert.Equal("3", driver.Execute("new List<int> { 1, 2, 3 }.Select(x => x).Count()").Result());
        // System.Diagnostics is not imported by .NET Interactive: a notebook must not depend on it here either.
        var stopwatch = driver.Execute("Stopwatch.StartNew()");
        Assert.Equal("error", stopwatch.Status);
        Assert.Contains("CS0103", stopwatch.ToString());
    }

    [Fact]
    public void RelativeReferencesAndLoadsResolveInTheNotebookFolder()
    {
        using var driver = KernelDriver.Start(notebookDirectory);
        var load = driver.Execute("#load \"helpers.csx\"\nTwice(21)");
        Assert.Equal("42", load.Result());

        var reference = driver.Execute("#r \"libs/KernelPlugin.dll\"\nnew KernelPlugin.Celsius(21.5)");
        Assert.Equal("ok", reference.Status);
        Assert.Equal("<b>21.5 °C</b>", reference.Result("text/html"));
        Assert.Contains("21.5", reference.Result()); // text/plain is always there beside the registered HTML

        var missing = driver.Execute("#r \"libs/Missing.dll\"");
        Assert.Equal("error", missing.Status);
        Assert.Contains("Missing.dll", missing.Error!["evalue"]!.GetValue<string>());
    }
}
