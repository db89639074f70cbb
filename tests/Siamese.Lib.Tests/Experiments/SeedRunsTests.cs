using Siamese.Lib.Experiments;

namespace Siamese.Lib.Tests.Experiments;

public sealed class SeedRunsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("seed-runs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string name, string metrics) =>
        File.WriteAllText(Path.Combine(folder, name), $"{{\"notebook\": \"x\", \"metrics\": {{{metrics}}}}}");

    [Fact]
    public void LoadsEverySeedInOrderWithTimeAndSteps()
    {
        Write("omniglot-seed2.json", "\"oneshot_20way_accuracy\": 0.94, \"training_seconds\": 500, \"steps\": 6000");
        Write("omniglot-seed0.json", "\"oneshot_20way_accuracy\": 0.90, \"training_seconds\": 600, \"steps\": 6000");
        Write("malstm-seed0.json", "\"pearson\": 0.8, \"training_seconds\": 50, \"steps\": 100");
        var runs = SeedRuns.Load("omniglot", "oneshot_20way_accuracy", folder);
        Assert.Equal([0L, 2L], runs.Select(r => r.Seed));
        Assert.Equal([0.90, 0.94], runs.Select(r => r.Value));
        Assert.Equal(10.0, runs[0].StepsPerSecond, 9);
        var (mean, sd) = SeedRuns.Summary(runs);
        Assert.Equal(0.92, mean, 9);
        Assert.Equal(Math.Sqrt(0.0008), sd, 9);
    }

    [Fact]
    public void NoFilesSaysWhichCommandWritesThem()
    {
        var e = Assert.Throws<FileNotFoundException>(() => SeedRuns.Load("malstm", "pearson", folder));
        Assert.Contains("siamese malstm --seed N", e.Message);
    }

    [Fact]
    public void AMissingMetricNamesTheFileAndTheKey()
    {
        Write("malstm-seed1.json", "\"training_seconds\": 50, \"steps\": 100");
        var e = Assert.Throws<InvalidDataException>(() => SeedRuns.Load("malstm", "pearson", folder));
        Assert.Contains("malstm-seed1.json", e.Message);
        Assert.Contains("pearson", e.Message);
    }
}
