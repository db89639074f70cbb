using Siamese.Lib.Experiments;

namespace Siamese.Lib.Tests.Experiments;

public class ProfileTests
{
    [Theory]
    [InlineData(null, RunProfile.Default)]
    [InlineData("", RunProfile.Default)]
    [InlineData("quick", RunProfile.Quick)]
    [InlineData(" Full ", RunProfile.Full)]
    [InlineData("DEFAULT", RunProfile.Default)]
    public void ParsesNames(string? name, RunProfile expected) => Assert.Equal(expected, Profile.Parse(name));

    [Fact]
    public void RejectsUnknownNamesListingTheAcceptedOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => Profile.Parse("fast"));
        Assert.Contains("quick, default or full", e.Message);
    }

    [Theory]
    [InlineData(RunProfile.Quick, 1)]
    [InlineData(RunProfile.Default, 10)]
    [InlineData(RunProfile.Full, 100)]
    public void PicksTheValueOfTheProfile(RunProfile profile, int expected) =>
        Assert.Equal(expected, Profile.Pick(profile, quick: 1, standard: 10, full: 100));

    [Fact]
    public void ResultsFileHasTheDocumentedShape()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var results = new ExperimentResults("04-text-similarity-lstm", RunProfile.Quick)
                .Set("pearson", 0.81)
                .Set("models", new[] { new { name = "cnn", accuracy = 0.9 } });
            var path = results.Save(dir);
            Assert.Equal(Path.Combine(dir, "results", "04-text-similarity-lstm.json"), path);
            var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
            Assert.Equal("04-text-similarity-lstm", (string)json["notebook"]!);
            Assert.Equal("quick", (string)json["profile"]!);
            Assert.True((double)json["seconds"]! >= 0);
            Assert.Equal(0.81, (double)json["metrics"]!["pearson"]!);
            Assert.Equal("cnn", (string)json["metrics"]!["models"]![0]!["name"]!);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
