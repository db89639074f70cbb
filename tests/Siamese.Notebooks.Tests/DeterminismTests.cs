using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Siamese.Notebooks.Tests;

/// <summary>
/// The README's promise "the same command gives the same numbers", on one machine and thread count: a notebook run
/// twice in the quick profile writes identical results, apart from the times it measured. What varies across
/// machines (CPU kind, thread count, libtorch's kernels) is said in the README.
/// </summary>
public class DeterminismTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("02-training-and-optimization")]
    [InlineData("05-one-shot-omniglot")]
    public async Task TheSameQuickNotebookTwiceWritesTheSameResults(string name)
    {
        var first = await NotebookRun.ExecuteAsync(name, NotebookKernel.CSharp);
        var second = await NotebookRun.ExecuteAsync(name, NotebookKernel.CSharp);
        output.WriteLine(first.Log);
        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, $"{name} failed:\n{first.Log}\n{second.Log}");
        var a = WithoutTimes(JsonNode.Parse(File.ReadAllText(first.ResultsFile))!["metrics"]);
        var b = WithoutTimes(JsonNode.Parse(File.ReadAllText(second.ResultsFile))!["metrics"]);
        Assert.False(string.IsNullOrEmpty(a));
        Assert.Equal(a, b);
    }

    /// <summary>The metrics as JSON text with every key that holds a duration ("...seconds...") removed.</summary>
    private static string WithoutTimes(JsonNode? node)
    {
        void Strip(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var key in o.Select(p => p.Key).Where(k => k.Contains("seconds")).ToList())
                    {
                        o.Remove(key);
                    }
                    foreach (var child in o.Select(p => p.Value))
                    {
                        Strip(child);
                    }
                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Strip(child);
                    }
                    break;
            }
        }
        var copy = node?.DeepClone();
        Strip(copy);
        return copy?.ToJsonString() ?? "";
    }
}
