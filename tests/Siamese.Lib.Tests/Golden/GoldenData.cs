using System.Text.Json;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Golden;

/// <summary>
/// Reads the golden files written by tests/reference/golden_library.py (Golden/*.json, copied next to the test
/// assembly). A file holds named sections, each a list of cases with a unique "name"; tensors are
/// {"shape", "data"[, "dtype"]} with row-major data. Inputs and weights are float32 values stored exactly, so
/// casting the stored double back to float restores the very value PyTorch used; expected values are float64.
/// </summary>
internal static class GoldenData
{
    private static readonly Dictionary<string, JsonElement> Files = new();
    private static readonly Lock Gate = new();

    /// <summary>The root object of Golden/<paramref name="file"/>, parsed once per test run.</summary>
    public static JsonElement File(string file)
    {
        lock (Gate)
        {
            if (!Files.TryGetValue(file, out var root))
            {
                var path = Path.Combine(AppContext.BaseDirectory, "Golden", file);
                root = JsonDocument.Parse(System.IO.File.ReadAllText(path)).RootElement.Clone();
                Files[file] = root;
            }
            return root;
        }
    }

    /// <summary>The case names of one section, as xunit theory data (the test then looks its case up by name).</summary>
    public static TheoryData<string> Names(string file, string section)
    {
        var data = new TheoryData<string>();
        foreach (var c in File(file).GetProperty(section).EnumerateArray())
        {
            data.Add(c.GetProperty("name").GetString()!);
        }
        return data;
    }

    /// <summary>The case called <paramref name="name"/> in <paramref name="section"/>.</summary>
    public static JsonElement Case(string file, string section, string name) =>
        File(file).GetProperty(section).EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    /// <summary>A stored tensor: float32 unless its "dtype" says int64 or bool.</summary>
    public static Tensor ToTensor(JsonElement t, bool requiresGrad = false)
    {
        var shape = Shape(t);
        var data = t.GetProperty("data");
        var dtype = t.TryGetProperty("dtype", out var d) ? d.GetString() : "float32";
        return dtype switch
        {
            "int64" => tensor(data.EnumerateArray().Select(v => v.GetInt64()).ToArray(), shape),
            "bool" => tensor(data.EnumerateArray().Select(v => v.GetInt64() != 0).ToArray(), shape),
            _ => tensor(data.EnumerateArray().Select(v => (float)v.GetDouble()).ToArray(), shape, requires_grad: requiresGrad),
        };
    }

    /// <summary>The shape of a stored tensor.</summary>
    public static long[] Shape(JsonElement t) => t.GetProperty("shape").EnumerateArray().Select(v => v.GetInt64()).ToArray();

    /// <summary>The values of a stored tensor, or of a plain array of numbers.</summary>
    public static double[] Values(JsonElement t) =>
        (t.ValueKind == JsonValueKind.Array ? t : t.GetProperty("data")).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    /// <summary>A plain array of booleans.</summary>
    public static bool[] Bools(JsonElement t) => t.EnumerateArray().Select(v => v.GetBoolean()).ToArray();

    /// <summary>A float32 tensor's values, widened to double.</summary>
    public static double[] Values(Tensor t)
    {
        using var flat = t.detach().to(ScalarType.Float64).contiguous().flatten();
        return flat.data<double>().ToArray();
    }

    /// <summary>
    /// Copies the stored parameters (and buffers) into <paramref name="module"/> by name. The stored names must be
    /// exactly the module's parameter names: a renamed or missing layer fails here rather than as a wrong value.
    /// </summary>
    public static void Load(nn.Module module, JsonElement parameters, JsonElement? buffers = null)
    {
        var expected = parameters.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        var actual = module.named_parameters().Select(p => p.name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, actual);
        using var noGrad = no_grad();
        foreach (var (name, parameter) in module.named_parameters())
        {
            using var value = ToTensor(parameters.GetProperty(name));
            Assert.Equal(value.shape, parameter.shape);
            parameter.copy_(value);
        }
        if (buffers is { } stored)
        {
            var moduleBuffers = module.named_buffers().ToDictionary(b => b.name, b => b.buffer);
            foreach (var b in stored.EnumerateObject())
            {
                Assert.True(moduleBuffers.ContainsKey(b.Name), $"The module has no buffer {b.Name}; it has {string.Join(", ", moduleBuffers.Keys)}.");
                using var value = ToTensor(b.Value);
                moduleBuffers[b.Name].copy_(value);
            }
        }
    }
}
