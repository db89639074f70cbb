using System.Text.Json;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests;

/// <summary>
/// Reads Golden/nn.json (written by tests/reference/golden_nn.py with PyTorch 1.13) and checks results
/// against it. Tolerance: |actual - expected| ≤ 1e-5·|expected| + 1e-7; the absolute term only matters
/// for values within rounding of zero (a gradient that is 0 in PyTorch may be ±1e-9 here when a sum runs
/// in another order).
/// </summary>
internal static class NnGolden
{
    internal const double Relative = 1e-5;
    internal const double Absolute = 1e-7;

    private static readonly Lazy<JsonElement> Root = new(Load);

    private static JsonElement Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "Siamese.Torch.Tests", "Golden", "nn.json");
            if (File.Exists(path))
            {
                return JsonDocument.Parse(File.ReadAllBytes(path)).RootElement.Clone();
            }
        }
        throw new FileNotFoundException("Golden/nn.json not found above " + AppContext.BaseDirectory + "; run /usr/bin/python3 tests/reference/golden_nn.py");
    }

    internal static JsonElement Case(string name) =>
        Root.Value.GetProperty("cases").TryGetProperty(name, out var c) ? c : throw new KeyNotFoundException($"golden case '{name}' missing; regenerate nn.json");

    internal static bool Has(string name, string key) => Case(name).TryGetProperty(key, out _);

    /// <summary>The tensor stored under <paramref name="key"/> of case <paramref name="name"/> (shared inputs resolved).</summary>
    internal static Tensor Get(string name, string key)
    {
        var e = Case(name).GetProperty(key);
        if (e.ValueKind == JsonValueKind.String)
        {
            e = Root.Value.GetProperty("tensors").GetProperty(e.GetString()!);
        }
        var shape = e.GetProperty("s").EnumerateArray().Select(v => v.GetInt64()).ToArray();
        var data = e.GetProperty("d");
        if (e.TryGetProperty("t", out var t) && t.GetString() == "i64")
        {
            return tensor(data.EnumerateArray().Select(v => v.GetInt64()).ToArray(), shape);
        }
        return tensor(data.EnumerateArray().Select(v => v.GetSingle()).ToArray(), shape);
    }

    internal static void AssertClose(Tensor expected, Tensor actual, string what, double relative = Relative, double absolute = Absolute)
    {
        Assert.Equal(expected.shape, actual.shape);
        var e = expected.to(ScalarType.Float64).data<double>();
        var a = actual.detach().to(ScalarType.Float64).data<double>();
        for (var i = 0; i < e.Length; i++)
        {
            var tolerance = absolute + relative * Math.Abs(e[i]);
            if (!(Math.Abs(a[i] - e[i]) <= tolerance))
            {
                Assert.Fail($"{what}: element {i} is {a[i]:R}, PyTorch gives {e[i]:R} (tolerance {tolerance:G3})");
            }
        }
    }

    /// <summary>Compares <paramref name="actual"/> with the case's tensor <paramref name="key"/>.</summary>
    internal static void Check(string name, string key, Tensor actual, double relative = Relative, double absolute = Absolute)
    {
        using var expected = Get(name, key);
        AssertClose(expected, actual, $"{name}.{key}", relative, absolute);
    }

    /// <summary>
    /// Runs <paramref name="forward"/> on the case's inputs (float inputs with a stored gradient require
    /// grad), checks "out", backpropagates the stored upstream gradient "w" and checks every "grad_&lt;input&gt;".
    /// Returns nothing; everything is created inside a dispose scope.
    /// </summary>
    internal static void Run(string name, Func<IReadOnlyDictionary<string, Tensor>, Tensor> forward, double relative = Relative, double absolute = Absolute, params string[] inputs)
    {
        using var scope = NewDisposeScope();
        var values = new Dictionary<string, Tensor>();
        foreach (var key in inputs)
        {
            var t = Get(name, key);
            if (Has(name, "grad_" + key))
            {
                t.requires_grad = true;
            }
            values[key] = t;
        }
        var output = forward(values);
        Check(name, "out", output, relative, absolute);
        if (Has(name, "w"))
        {
            output.backward(Get(name, "w"));
            foreach (var key in inputs.Where(k => Has(name, "grad_" + k)))
            {
                Check(name, "grad_" + key, values[key].grad ?? throw new InvalidOperationException($"no gradient reached {key}"), relative, absolute);
            }
        }
    }
}
