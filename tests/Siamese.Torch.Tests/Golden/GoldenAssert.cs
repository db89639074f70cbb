using static Siamese.Torch.torch;

namespace Siamese.Torch.Tests.Golden;

/// <summary>
/// Compares tensors with golden arrays. Tolerance: |actual − expected| ≤ 1e-6 + 1e-5·|expected|. The relative
/// 1e-5 is the project's golden tolerance; the absolute 1e-6 floor only matters for values near zero, where a
/// relative bound is meaningless (e.g. sin(π) computed in float32). dtype and shape must match exactly.
/// </summary>
public static class GoldenAssert
{
    /// <summary>Relative tolerance of golden comparisons.</summary>
    public const double RelativeTolerance = 1e-5;

    /// <summary>Absolute floor for values near zero.</summary>
    public const double AbsoluteTolerance = 1e-6;

    /// <summary>Asserts that <paramref name="actual"/> matches <paramref name="expected"/> in dtype, shape and values.</summary>
    public static void Close(GoldenArray expected, Tensor actual, string what)
    {
        Assert.True(expected.ScalarType == actual.dtype, $"{what}: dtype {actual.dtype}, expected {expected.ScalarType}");
        Assert.True(expected.Shape.SequenceEqual(actual.shape),
            $"{what}: shape [{string.Join(", ", actual.shape)}], expected [{string.Join(", ", expected.Shape)}]");
        using var asDouble = actual.detach().to(ScalarType.Float64);
        var values = asDouble.data<double>();
        for (var i = 0; i < values.Length; ++i)
        {
            var e = expected.Data[i];
            var a = values[i];
            var ok = double.IsNaN(e) ? double.IsNaN(a)
                : double.IsInfinity(e) ? a == e
                : Math.Abs(a - e) <= AbsoluteTolerance + RelativeTolerance * Math.Abs(e);
            Assert.True(ok, $"{what}[{i}]: {a:R}, expected {e:R}");
        }
    }
}
