using System.Text.Json;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Modules;

/// <summary>
/// Reads Golden/sequence.json (written by tests/reference/golden_sequence.py with PyTorch 1.13) and compares
/// tensors with it. Tolerance: |actual − expected| ≤ 1e-5·|expected| + 1e-6; the absolute term only matters for
/// values near zero, where a relative bound alone would demand more than float32 rounding gives.
/// </summary>
internal static class SequenceGolden
{
    internal const double RelativeTolerance = 1e-5;
    internal const double AbsoluteTolerance = 1e-6;

    private static readonly Lazy<Dictionary<string, JsonElement>> Cases = new(Load);

    internal static JsonElement Case(string name) => Cases.Value[name];

    internal static IEnumerable<string> Names(string prefix) => Cases.Value.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal));

    private static Dictionary<string, JsonElement> Load()
    {
        var path = Locate();
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cases").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone());
    }

    private static string Locate()
    {
        const string relative = "tests/Siamese.Torch.Tests/Golden/sequence.json";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}; run tests/reference/golden_sequence.py");
    }

    internal static long[] Shape(JsonElement t) => t.GetProperty("shape").EnumerateArray().Select(v => v.GetInt64()).ToArray();

    internal static float[] Floats(JsonElement t) => t.GetProperty("data").EnumerateArray().Select(Float).ToArray();

    // Non-finite values (a -inf attention mask) are written as strings, since JSON has no infinities.
    private static float Float(JsonElement v) => v.ValueKind == JsonValueKind.String
        ? float.Parse(v.GetString()!.Replace("inf", "Infinity"), System.Globalization.CultureInfo.InvariantCulture)
        : (float)v.GetDouble();

    /// <summary>A tensor with the recorded dtype, shape and values.</summary>
    internal static Tensor ToTensor(JsonElement t, bool requires_grad = false)
    {
        var shape = Shape(t);
        var data = t.GetProperty("data");
        return t.GetProperty("dtype").GetString() switch
        {
            "bool" => tensor(data.EnumerateArray().Select(v => v.GetBoolean()).ToArray(), shape),
            "int64" => tensor(data.EnumerateArray().Select(v => v.GetInt64()).ToArray(), shape),
            _ => tensor(Floats(t), shape, requires_grad: requires_grad),
        };
    }

    internal static Tensor Input(JsonElement c, string name, bool requires_grad = false) =>
        ToTensor(c.GetProperty("inputs").GetProperty(name), requires_grad);

    internal static bool HasInput(JsonElement c, string name) => c.GetProperty("inputs").TryGetProperty(name, out _);

    internal static void AssertClose(JsonElement expected, Tensor? actual, string what)
    {
        Assert.True(actual is not null, $"{what}: no tensor (expected shape [{string.Join(", ", Shape(expected))}])");
        Assert.Equal(Shape(expected), actual!.shape);
        var want = Floats(expected);
        var got = actual.data<float>();
        for (var i = 0; i < want.Length; i++)
        {
            var bound = RelativeTolerance * Math.Abs(want[i]) + AbsoluteTolerance;
            Assert.True(Math.Abs(got[i] - want[i]) <= bound,
                $"{what}[{i}]: expected {want[i]:R}, got {got[i]:R} (|diff| {Math.Abs(got[i] - want[i]):E2} > {bound:E2})");
        }
    }

    /// <summary>The parameters right after seeding and construction equal PyTorch's.</summary>
    internal static void AssertInitialParameters(JsonElement c, nn.Module module)
    {
        var init = c.GetProperty("init");
        var actual = module.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        Assert.Equal(init.EnumerateObject().Select(p => p.Name).ToArray(), actual.Keys.ToArray());
        foreach (var p in init.EnumerateObject())
        {
            AssertClose(p.Value, actual[p.Name], "init " + p.Name);
        }
    }

    /// <summary>Backward of Σ_k (outputs[k]·weights[k]).sum(), one backward call per output.</summary>
    internal static void Backward(JsonElement c, IReadOnlyDictionary<string, Tensor> outputs)
    {
        var weights = c.GetProperty("weights").EnumerateObject().ToArray();
        for (var i = 0; i < weights.Length; i++)
        {
            using var w = ToTensor(weights[i].Value);
            outputs[weights[i].Name].backward(w, retain_graph: i < weights.Length - 1);
        }
    }

    /// <summary>Compares the recorded outputs and the gradients of the inputs and of every parameter.</summary>
    internal static void AssertOutputsAndGradients(JsonElement c, IReadOnlyDictionary<string, Tensor> outputs,
        IReadOnlyDictionary<string, Tensor> inputs, nn.Module module)
    {
        foreach (var o in c.GetProperty("outputs").EnumerateObject())
        {
            AssertClose(o.Value, outputs[o.Name], "output " + o.Name);
        }
        Backward(c, outputs);
        var parameters = module.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var checkedParameters = 0;
        foreach (var g in c.GetProperty("grads").EnumerateObject())
        {
            if (g.Name.StartsWith("param:", StringComparison.Ordinal))
            {
                var name = g.Name["param:".Length..];
                using var grad = parameters[name].grad;
                AssertClose(g.Value, grad, "grad " + name);
                checkedParameters++;
            }
            else
            {
                using var grad = inputs[g.Name].grad;
                AssertClose(g.Value, grad, "grad " + g.Name);
            }
        }
        Assert.Equal(parameters.Count(p => p.Value.requires_grad), checkedParameters);
    }
}
