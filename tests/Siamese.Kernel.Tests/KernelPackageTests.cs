using System.Diagnostics;
using Siamese.Kernel.Tests.Infrastructure;

namespace Siamese.Kernel.Tests;

/// <summary>
/// <c>#r "nuget: ..."</c> end to end, on a kernel of its own (packages stay referenced for the session): a package
/// from the local cache, several in one cell, a re-run served from the restore cache, unknown packages and
/// versions, bad syntax, and one assembly referenced from both a package and a folder.
/// </summary>
public sealed class KernelPackageTests : IDisposable
{
    /// <summary>In the local cache once the suite's library has been restored (setup.sh / dotnet build).</summary>
    private const string DataAnalysis = "#r \"nuget: Microsoft.Data.Analysis, 0.24.0\"";

    private readonly string notebookDirectory = TestPaths.NewTempDirectory("packages");
    private readonly KernelDriver driver;

    public KernelPackageTests() => driver = KernelDriver.Start(notebookDirectory);

    public void Dispose()
    {
        driver.Dispose();
        Directory.Delete(notebookDirectory, recursive: true);
    }

    [Fact]
    public void ACachedPackageRestoresAndItsTypesWorkAndAReRunIsServedFromTheCache()
    {
        var first = driver.Execute(DataAnalysis + "\n#r \"nuget: Newtonsoft.Json, 13.0.3\"\n" +
            "using Microsoft.Data.Analysis;\n" +
            "var frame = new DataFrame(new PrimitiveDataFrameColumn<int>(\"n\", new[] { 1, 2, 3 }));\n" +
            "Newtonsoft.Json.JsonConvert.SerializeObject(frame.Rows.Count)", timeout: 600);
        Assert.True(first.Status == "ok", first.ToString());
        Assert.Equal("3", first.Result());

        var clock = Stopwatch.StartNew();
        var again = driver.Execute(DataAnalysis + "\nframe.Columns.Count");
        Assert.True(again.Status == "ok", again.ToString());
        Assert.Equal("1", again.Result());
        Console.WriteLine($"re-run of a restored package cell: {clock.Elapsed.TotalSeconds:F2} s");
    }

    [Fact]
    public void AnUnknownPackageNamesItselfAndTheSourcesTried()
    {
        var run = driver.Execute("#r \"nuget: Siamese.Kernel.Tests.NoSuchPackage, 1.0.0\"", timeout: 300);
        Assert.Equal("error", run.Status);
        Assert.Equal("PackageNotFound", run.Error!["ename"]!.GetValue<string>());
        var text = Text(run);
        Assert.Contains("NoSuchPackage", text);
        Assert.Contains("source", text);
        Assert.Contains("Check the package name and version", text);
        Assert.Equal("2", driver.Execute("1 + 1").Result());
    }

    [Fact]
    public void AnUnknownVersionSaysSo()
    {
        var run = driver.Execute("#r \"nuget: Newtonsoft.Json, 999.0.0\"", timeout: 300);
        Assert.Equal("PackageNotFound", run.Error!["ename"]!.GetValue<string>());
        Assert.Contains("999.0.0", Text(run));
    }

    [Theory]
    [InlineData("#r \"nuget:\"")]
    [InlineData("#r \"nuget: ,1.0\"")]
    public void BadSyntaxIsACompileErrorWithTheRightForm(string code)
    {
        var run = driver.Execute(code);
        Assert.Equal("error", run.Status);
        Assert.Equal("PackageReferenceSyntaxError", run.Error!["ename"]!.GetValue<string>());
        Assert.Contains("#r \"nuget: Name, Version\"", Text(run));
    }

    [Fact]
    public void AnAssemblyFromAPackageAndFromAFolderLoadsOnce()
    {
        var cached = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
            ".nuget", "packages", "newtonsoft.json", "13.0.3", "lib", "net6.0", "Newtonsoft.Json.dll");
        Directory.CreateDirectory(Path.Combine(notebookDirectory, "libs"));
        File.Copy(cached, Path.Combine(notebookDirectory, "libs", "Newtonsoft.Json.dll"));
        var run = driver.Execute("#r \"nuget: Newtonsoft.Json, 13.0.3\"\n#r \"libs/Newtonsoft.Json.dll\"\n" +
            "var token = Newtonsoft.Json.Linq.JToken.Parse(\"[1, 2]\");\n" +
            "AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name == \"Newtonsoft.Json\")", timeout: 300);
        Assert.True(run.Status == "ok", run.ToString());
        Assert.Equal("1", run.Result());
        var later = driver.Execute("token is Newtonsoft.Json.Linq.JArray array ? array.Count : -1");
        Assert.Equal("2", later.Result());
    }

    [Fact]
    public void PackagesAndALibraryFolderThatCarriesThemShareOneFSharpCore()
    {
        // The notebooks' setup cell: Plotly.NET from NuGet, then the suite's library, whose folder holds its own
        // copies of Plotly.NET and FSharp.Core. Two FSharp.Core copies made the first chart throw MissingMethodException.
        var run = driver.Execute("#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\n" +
            $"#r \"{TestPaths.LibraryDll}\"\n" +
            "var chart = Siamese.Lib.Display.Charts.Lines(\"t\", \"x\", \"y\", (\"a\", new double[] { 1, 2 }, new double[] { 3, 4 }));\n" +
            "AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name == \"FSharp.Core\")", timeout: 600);
        Assert.True(run.Status == "ok", run.ToString());
        Assert.Equal("1", run.Result());
    }

    private static string Text(KernelMessages run) =>
        run.Error!["evalue"]!.GetValue<string>() + "\n" +
        string.Join("\n", run.Error["traceback"]!.AsArray().Select(t => t!.GetValue<string>()));
}
