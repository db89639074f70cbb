using System.Text.Json;
using Siamese.Lib.Data;

namespace Siamese.Lib.Tests.Data;

public class DataLocatorTests
{
    private static void MakeDataset(string root, string dataset)
    {
        foreach (var f in DatasetCatalog.RequiredFiles[dataset])
        {
            var p = Path.Combine(root, f);
            Directory.CreateDirectory(Path.GetDirectoryName(p)!);
            File.WriteAllBytes(p, [0]);
        }
    }

    /// <summary>repo/ with Siamese.Lib.sln, repo/data and shared/data side by side.</summary>
    private static (TempDirectory Dir, string Repo, string Shared) Layout()
    {
        var dir = new TempDirectory();
        var repo = Path.Combine(dir.Path, "repo");
        Directory.CreateDirectory(Path.Combine(repo, "sub", "deeper"));
        File.WriteAllText(Path.Combine(repo, DataLocator.SolutionFileName), "");
        var shared = Path.Combine(dir.Path, "shared", "data");
        Directory.CreateDirectory(shared);
        return (dir, repo, shared);
    }

    [Fact]
    public void FindsTheRepositoryRootByWalkingUp()
    {
        var (dir, repo, _) = Layout();
        using (dir)
        {
            Assert.Equal(repo, DataLocator.FindRepositoryRoot(Path.Combine(repo, "sub", "deeper")));
            Assert.Null(DataLocator.FindRepositoryRoot(Path.Combine(dir.Path, "shared")));
        }
    }

    [Fact]
    public void ResolutionOrderIsEnvironmentThenDataThenShared()
    {
        var (dir, repo, shared) = Layout();
        using (dir)
        {
            var env = Path.Combine(dir.Path, "env");
            MakeDataset(shared, DatasetCatalog.Mnist);
            Assert.Equal(Path.Combine(shared, "mnist"), new DataLocator(repo, null).Resolve(DatasetCatalog.Mnist));
            MakeDataset(Path.Combine(repo, "data"), DatasetCatalog.Mnist);
            Assert.Equal(Path.Combine(repo, "data", "mnist"), new DataLocator(repo, null).Resolve(DatasetCatalog.Mnist));
            MakeDataset(env, DatasetCatalog.Mnist);
            Assert.Equal(Path.Combine(env, "mnist"), new DataLocator(repo, env).Resolve(DatasetCatalog.Mnist));
            Assert.Equal(new[] { "$SIAMESE_DATA_DIR", "<repo>/data", "<repo>/../shared/data" }, new DataLocator(repo, env).Roots.Select(r => r.Label));
        }
    }

    [Fact]
    public void AnIncompleteCopyDoesNotShadowACompleteOne()
    {
        var (dir, repo, shared) = Layout();
        using (dir)
        {
            MakeDataset(shared, DatasetCatalog.Sick);
            var partial = Path.Combine(repo, "data", "sick", "SICK.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(partial)!);
            File.WriteAllText(partial, "");
            Assert.Equal(Path.Combine(shared, "sick"), new DataLocator(repo, null).Resolve(DatasetCatalog.Sick));
        }
    }

    [Fact]
    public void MissingDatasetNamesDatasetPathsAndFetchCommand()
    {
        var (dir, repo, shared) = Layout();
        using (dir)
        {
            var env = Path.Combine(dir.Path, "env");
            var e = Assert.Throws<DatasetNotFoundException>(() => new DataLocator(repo, env).Resolve(DatasetCatalog.FashionMnist));
            Assert.Contains("Dataset 'fashion_mnist'", e.Message);
            Assert.Contains(Path.Combine(env, "fashion_mnist"), e.Message);
            Assert.Contains(Path.Combine(repo, "data", "fashion_mnist"), e.Message);
            Assert.Contains(Path.Combine(shared, "fashion_mnist"), e.Message);
            Assert.Contains("environment/fetch-data.sh fashion_mnist", e.Message);
            Assert.Equal(3, e.PathsTried.Count);

            var noEnv = Assert.Throws<DatasetNotFoundException>(() => new DataLocator(repo, null).ResolveFile(DatasetCatalog.Omniglot, "all_runs.zip"));
            Assert.Contains("$SIAMESE_DATA_DIR (not set)", noEnv.Message);
            Assert.Contains("(file all_runs.zip)", noEnv.Message);
        }
    }

    [Fact]
    public void UnknownDatasetIsAnArgumentError() =>
        Assert.Throws<ArgumentException>(() => new DataLocator(null, null).Resolve("imagenet"));

    [Fact]
    public void CatalogMatchesDatasetsJson()
    {
        var repo = DataLocator.FindRepositoryRoot(AppContext.BaseDirectory);
        Assert.NotNull(repo);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(repo!, "data", "datasets.json")));
        var datasets = doc.RootElement.GetProperty("datasets");
        Assert.Equal(DatasetCatalog.RequiredFiles.Keys.Order(), datasets.EnumerateObject().Select(p => p.Name).Order());
        foreach (var ds in datasets.EnumerateObject())
        {
            var required = ds.Value.GetProperty("files").EnumerateArray()
                .Where(f => !f.TryGetProperty("required", out var r) || r.GetBoolean())
                .Select(f => f.GetProperty("path").GetString()!);
            Assert.Equal(DatasetCatalog.RequiredFiles[ds.Name].Order(), required.Order());
        }
    }
}
