using static TorchSharp.torch;

namespace Siamese.Lib.Tests.Golden;

/// <summary>
/// Compares the library's float32 results with PyTorch's float64 references. The reference is (to ~1e-16) the exact
/// value for the stored float32 inputs, so the whole difference is the library's own float32 rounding, which depends
/// on the CPU (SIMD width, FMA), the thread count and libtorch's kernels through the ORDER of accumulation only.
/// A value v passes when |v − expected| ≤ <see cref="RelativeTolerance"/>·|expected| + <see cref="AbsolutePerSqrtTerm"/>·√terms·scale:
/// <list type="bullet">
/// <item>the relative part covers element-wise chains (exp, log, sqrt, division, normalisation): each step rounds
/// by at most one unit in the last place, u = 2⁻²⁴ ≈ 6e-8, and no chain here is longer than ~20 steps
/// (≤ 1.2e-6), so 1e-5 leaves a factor of 8;</item>
/// <item>the absolute part covers accumulation: summing n float32 terms of magnitude ≤ scale in any order errs by
/// about √n·u·scale (random-walk rounding; the n·u·scale worst case needs every rounding to go the same way), and
/// 1e-6 ≈ 16u per √n is a 16-sigma margin on that. "terms" (the longest chain of accumulated terms, summed over
/// layers) and "scale" (the largest magnitude summed or cancelled on the way) are written by the Python script
/// per case; scale matters because a result can be far smaller than the terms that cancel into it.</item>
/// </list>
/// A genuine mistake (a wrong factor, a transposed weight, a padding step that leaks) moves values by 1e-3 or more,
/// two orders above these bounds even for the largest case (√858 · 1e-6 ≈ 3e-5 relative to the scale).
/// </summary>
internal static class GoldenAssert
{
    /// <summary>Relative part of the float32 tolerance (see the class summary).</summary>
    public const double RelativeTolerance = 1e-5;

    /// <summary>Absolute part per √(accumulated terms), in units of the case's scale (see the class summary).</summary>
    public const double AbsolutePerSqrtTerm = 1e-6;

    /// <summary>
    /// Tolerance for float64 computations (the evaluation metrics): u = 1.1e-16 per operation, at most a few dozen
    /// operations on O(1) values, so 1e-12 is generous yet far below any off-by-one in counting or ranking.
    /// </summary>
    public const double DoubleTolerance = 1e-12;

    /// <summary>Asserts a float32 tensor matches its float64 reference element by element.</summary>
    public static void Close(double[] expected, Tensor actual, double terms, double scale, string what)
    {
        var values = GoldenData.Values(actual);
        Assert.Equal(expected.Length, values.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Close(expected[i], values[i], terms, scale, $"{what}[{i}]");
        }
    }

    /// <summary>Asserts one float32 value matches its float64 reference.</summary>
    public static void Close(double expected, double actual, double terms, double scale, string what)
    {
        var tolerance = RelativeTolerance * Math.Abs(expected) + AbsolutePerSqrtTerm * Math.Sqrt(terms) * scale;
        var error = Math.Abs(actual - expected);
        Assert.True(error <= tolerance,
            $"{what}: got {actual:R}, PyTorch (float64) says {expected:R}; error {error:E2} > tolerance {tolerance:E2} (terms {terms}, scale {scale:G4}).");
    }

    /// <summary>Asserts a float64 value matches its reference to <see cref="DoubleTolerance"/> (absolute, on O(1) values).</summary>
    public static void Close(double expected, double actual, string what)
    {
        Assert.True(Math.Abs(actual - expected) <= DoubleTolerance * Math.Max(1, Math.Abs(expected)),
            $"{what}: got {actual:R}, numpy says {expected:R}.");
    }
}
