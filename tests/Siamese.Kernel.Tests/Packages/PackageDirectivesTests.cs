using Siamese.Kernel.Packages;

namespace Siamese.Kernel.Tests.Packages;

public class PackageDirectivesTests
{
    [Fact]
    public void SeveralReferencesAreTakenOutKeepingPositions()
    {
        var code = "#r \"nuget: Plotly.NET, 6.0.0\"\n  #r \"nuget:Microsoft.Data.Analysis,0.24.0\" // tables\nvar x = 1;";
        var extracted = PackageDirectives.Extract(code);
        Assert.Equal([new PackageReference("Plotly.NET", "6.0.0"), new PackageReference("Microsoft.Data.Analysis", "0.24.0")], extracted.References);
        Assert.Equal(code.Length, extracted.Code.Length);
        Assert.Equal(code.Split('\n').Length, extracted.Code.Split('\n').Length);
        Assert.EndsWith("\nvar x = 1;", extracted.Code);
        Assert.DoesNotContain("nuget", extracted.Code);
    }

    [Fact]
    public void PathReferencesAreLeftAlone()
    {
        var code = "#r \"../artifacts/bin/Siamese.Lib/release/Siamese.Lib.dll\"";
        var extracted = PackageDirectives.Extract(code);
        Assert.Empty(extracted.References);
        Assert.Equal(code, extracted.Code);
    }

    [Theory]
    [InlineData("#r \"nuget:\"", "name is missing")]
    [InlineData("#r \"nuget: ,1.0\"", "name is missing")]
    [InlineData("#r \"nuget: Plotly.NET, six\"", "not a package version")]
    [InlineData("#r \"nuget: Plotly.NET, 6.0.0, extra\"", "is not 'Name' or 'Name, Version'")]
    [InlineData("#r \"nuget: Bad Name, 1.0\"", "is not 'Name' or 'Name, Version'")]
    public void BadSyntaxIsExplained(string code, string problem)
    {
        var error = Assert.Throws<PackageReferenceException>(() => PackageDirectives.Extract(code)).Error;
        Assert.Equal(PackageReferenceException.SyntaxErrorName, error.Name);
        Assert.Contains(problem, error.Value);
        Assert.Contains(error.Traceback, t => t.Contains("#r \"nuget: Name, Version\""));
    }

    [Fact]
    public void AMissingVersionWithNothingCachedAsksForOne()
    {
        var error = Assert.Throws<PackageReferenceException>(() => PackageDirectives.Extract("#r \"nuget: Siamese.Never.Cached.Package\"")).Error;
        Assert.Contains("has no version", error.Value);
        Assert.Contains(error.Traceback, t => t.Contains("#r \"nuget: Siamese.Never.Cached.Package, <version>\""));
    }
}
