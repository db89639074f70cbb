using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Siamese.Notebooks.Tests;

/// <summary>The notebook conventions of DEVELOPERS.md and DESIGN.md, checked on the committed JSON.</summary>
public class ConventionsTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Repository.Expected)
        {
            data.Add(name);
        }
        return data;
    }

    [Fact]
    public void EveryNotebookIsOneOfTheFiveAndNamedNNKebabCase()
    {
        var names = Repository.NotebookFiles().Select(Path.GetFileNameWithoutExtension).ToArray();
        Assert.All(names, n => Assert.Matches(new Regex("^[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$"), n!));
        Assert.Equal(Repository.Expected.Select(e => e.Name).Order(), names.Order());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void HasNoCommittedOutputsAndUsesTheDotNetInteractiveFormat(string name)
    {
        var nb = Repository.Load(name);
        Assert.Equal(".net-csharp", (string?)nb["metadata"]?["kernelspec"]?["name"]);
        Assert.Equal("C#", (string?)nb["metadata"]?["kernelspec"]?["language"]);
        Assert.Equal("csharp", (string?)nb["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]);
        foreach (var cell in nb["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code"))
        {
            Assert.Equal("csharp", (string?)cell!["metadata"]?["polyglot_notebook"]?["kernelName"]);
            Assert.Empty(cell!["outputs"]!.AsArray());
            Assert.Null(cell["execution_count"]?.GetValue<int?>());
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void StartsWithTitleOverviewAndTheIdenticalSetupCell(string name)
    {
        var cells = Repository.Load(name)["cells"]!.AsArray();
        Assert.Equal("markdown", (string?)cells[0]!["cell_type"]);
        var intro = Repository.Source(cells[0]!);
        Assert.StartsWith("# ", intro);
        Assert.Contains("you will learn", intro, StringComparison.OrdinalIgnoreCase);
        var setup = Repository.Source(cells[1]!);
        var reference = Repository.Source(Repository.Load(Repository.Expected[0].Name)["cells"]![1]!);
        Assert.Equal("code", (string?)cells[1]!["cell_type"]);
        Assert.Equal(reference, setup);
        Assert.Contains("#r \"../artifacts/bin/Siamese.Lib/release/Siamese.Lib.dll\"", setup);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void KeepsCodeCellsShort(string name)
    {
        var sizes = Repository.Load(name)["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .Select(c => Repository.Source(c!).TrimEnd().Split('\n').Length)
            .Order()
            .ToArray();
        Assert.NotEmpty(sizes);
        var median = sizes.Length % 2 == 1 ? sizes[sizes.Length / 2] : (sizes[sizes.Length / 2 - 1] + sizes[sizes.Length / 2]) / 2.0;
        Assert.True(median <= 5, $"{name}: median code cell has {median} lines (budget 5)");
        Assert.True(sizes[^1] <= 40, $"{name}: longest code cell has {sizes[^1]} lines (budget 40)");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void KeepsCodeLinesWithinOneHundredCharacters(string name)
    {
        // Longer lines are cut off in the exported HTML.
        var tooLong = Repository.Load(name)["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .SelectMany(c => Repository.Source(c!).Split('\n'))
            .Where(line => line.TrimEnd().Length > 100)
            .ToArray();
        Assert.True(tooLong.Length == 0, $"{name}: code lines over 100 characters:\n{string.Join('\n', tooLong)}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EndsWithSummaryAndExercises(string name)
    {
        var headings = Repository.Load(name)["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "markdown")
            .SelectMany(c => Repository.Source(c!).Split('\n'))
            .Where(l => l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => l[3..].Trim())
            .ToArray();
        Assert.Contains("Summary", headings);
        Assert.Contains("Exercises", headings);
        Assert.True(Array.IndexOf(headings, "Summary") < Array.IndexOf(headings, "Exercises"), "Summary comes before Exercises");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SavesItsResultsUnderItsOwnName(string name)
    {
        var code = string.Join("\n", Repository.Load(name)["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code").Select(c => Repository.Source(c!)));
        Assert.Contains($"new ExperimentResults(\"{name}\")", code);
        Assert.Contains(".Save(", code);
    }
}
