using System.Text.Json;
using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Golden;

/// <summary>
/// A golden JSON file written by a script in tests/reference (PyTorch 1.13 on fixed inputs), copied next to
/// the test assembly. Layout: <c>{"cases": {"name": {"array": {"shape": [..], "dtype": "float32", "data": [..]}}}}</c>;
/// NaN and ±∞ are written as the strings "nan", "inf", "-inf". Usage:
/// <c>var c = GoldenFile.Load("tensor_ops.json")["abs"]; var x = c["x"].ToTensor();</c>
/// </summary>
public sealed class GoldenFile
{
    private GoldenFile(IReadOnlyDictionary<string, GoldenCase> cases) => Cases = cases;

    /// <summary>The cases by name, in file order.</summary>
    public IReadOnlyDictionary<string, GoldenCase> Cases { get; }

    /// <summary>The case called <paramref name="name"/>.</summary>
    public GoldenCase this[string name] =>
        Cases.TryGetValue(name, out var c) ? c : throw new KeyNotFoundException($"golden case '{name}' is not in the file");

    /// <summary>Reads <c>Golden/&lt;fileName&gt;</c> from the test output directory.</summary>
    public static GoldenFile Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", fileName);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new Dictionary<string, GoldenCase>();
        foreach (var c in document.RootElement.GetProperty("cases").EnumerateObject())
        {
            var arrays = new Dictionary<string, GoldenArray>();
            foreach (var a in c.Value.EnumerateObject())
            {
                arrays[a.Name] = new GoldenArray(
                    a.Value.GetProperty("shape").EnumerateArray().Select(e => e.GetInt64()).ToArray(),
                    a.Value.TryGetProperty("dtype", out var dtype) ? dtype.GetString()! : "float32",
                    a.Value.GetProperty("data").EnumerateArray().Select(ReadNumber).ToArray());
            }
            cases[c.Name] = new GoldenCase(c.Name, arrays);
        }
        return new GoldenFile(cases);
    }

    private static double ReadNumber(JsonElement e) => e.ValueKind == JsonValueKind.String
        ? e.GetString() switch
        {
            "nan" => double.NaN,
            "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            var s => throw new FormatException($"unexpected number '{s}' in golden file"),
        }
        : e.GetDouble();
}

/// <summary>One golden case: named arrays (inputs, outputs, weights, gradients).</summary>
public sealed class GoldenCase(string name, IReadOnlyDictionary<string, GoldenArray> arrays)
{
    /// <summary>The case name.</summary>
    public string Name { get; } = name;

    /// <summary>Every array of the case by name.</summary>
    public IReadOnlyDictionary<string, GoldenArray> Arrays { get; } = arrays;

    /// <summary>The array called <paramref name="key"/>.</summary>
    public GoldenArray this[string key] =>
        Arrays.TryGetValue(key, out var a) ? a : throw new KeyNotFoundException($"golden case '{Name}' has no array '{key}'");

    /// <summary>Whether the case has an array called <paramref name="key"/>.</summary>
    public bool Has(string key) => Arrays.ContainsKey(key);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A dense row-major array with its shape and PyTorch dtype name.</summary>
public sealed record GoldenArray(long[] Shape, string Dtype, double[] Data)
{
    /// <summary>The libtorch dtype of <see cref="Dtype"/>.</summary>
    public ScalarType ScalarType => Dtype switch
    {
        "float32" => ScalarType.Float32,
        "float64" => ScalarType.Float64,
        "int64" => ScalarType.Int64,
        "int32" => ScalarType.Int32,
        "uint8" => ScalarType.Byte,
        "bool" => ScalarType.Bool,
        "bfloat16" => ScalarType.BFloat16,
        "float16" => ScalarType.Float16,
        _ => throw new NotSupportedException($"golden dtype {Dtype}"),
    };

    /// <summary>The values as float32.</summary>
    public float[] ToFloats() => Data.Select(v => (float)v).ToArray();

    /// <summary>A tensor with the array's shape, dtype and values.</summary>
    public Tensor ToTensor(bool requires_grad = false)
    {
        using var host = tensor(Data, Shape);
        var result = host.to(ScalarType);
        if (requires_grad)
        {
            result.requires_grad = true;
        }
        return result;
    }
}
