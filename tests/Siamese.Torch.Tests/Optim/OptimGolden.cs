using System.Text.Json;

namespace Siamese.Torch.Tests.Optim;

/// <summary>
/// Reads Golden/optim.json, written by tests/reference/golden_optim.py with PyTorch 1.13 (the libtorch the
/// engine binds). Found by walking up from the test assembly to the repository's test folder.
/// </summary>
internal static class OptimGolden
{
    private const string RelativePath = "tests/Siamese.Torch.Tests/Golden/optim.json";
    private static readonly Lazy<JsonDocument> Document = new(Load);

    /// <summary>The relative tolerance of golden comparisons (the suite's 1e-5).</summary>
    internal const double RelativeTolerance = 1e-5;

    internal static JsonElement Root => Document.Value.RootElement;

    private static JsonDocument Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(path))
            {
                return JsonDocument.Parse(File.ReadAllText(path));
            }
        }
        throw new FileNotFoundException($"{RelativePath} not found above {AppContext.BaseDirectory}; run tests/reference/golden_optim.py.");
    }

    internal static float[] Floats(JsonElement array) => Flatten(array).Select(v => (float)v).ToArray();

    internal static double[] Doubles(JsonElement array) => Flatten(array).ToArray();

    private static IEnumerable<double> Flatten(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                foreach (var v in Flatten(item))
                {
                    yield return v;
                }
            }
        }
        else
        {
            yield return e.GetDouble();
        }
    }

    internal static JsonElement Named(string section, string name) =>
        Root.GetProperty(section).EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);

    internal static TheoryData<string> Names(string section)
    {
        var data = new TheoryData<string>();
        foreach (var e in Root.GetProperty(section).EnumerateArray())
        {
            data.Add(e.GetProperty("name").GetString()!);
        }
        return data;
    }

    /// <summary>
    /// Asserts |actual - expected| &lt;= 1e-5 * |expected| element-wise. Values whose magnitude is below 1e-3 (where
    /// float32 rounding of a difference of O(1) numbers dominates) get the absolute bound 1e-8.
    /// </summary>
    internal static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var tolerance = Math.Max(RelativeTolerance * Math.Abs(expected[i]), 1e-8);
            Assert.True(Math.Abs(actual[i] - expected[i]) <= tolerance,
                $"{what}[{i}]: expected {expected[i]:R}, got {actual[i]:R} (|diff| {Math.Abs(actual[i] - expected[i]):E2} > {tolerance:E2})");
        }
    }
}
