using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

// Static forms (torch.abs(t), torch.where(c, a, b), ...) of the methods in Tensor.Math.cs.
public static partial class torch
{
    /// <summary>|x|.</summary>
    public static Tensor abs(Tensor input) => input.abs();
    /// <summary>−x.</summary>
    public static Tensor neg(Tensor input) => input.neg();
    /// <summary>√x.</summary>
    public static Tensor sqrt(Tensor input) => input.sqrt();
    /// <summary>1/√x.</summary>
    public static Tensor rsqrt(Tensor input) => input.rsqrt();
    /// <summary>eˣ.</summary>
    public static Tensor exp(Tensor input) => input.exp();
    /// <summary>2ˣ.</summary>
    public static Tensor exp2(Tensor input) => input.exp2();
    /// <summary>Natural logarithm.</summary>
    public static Tensor log(Tensor input) => input.log();
    /// <summary>Base-2 logarithm.</summary>
    public static Tensor log2(Tensor input) => input.log2();
    /// <summary>Base-10 logarithm.</summary>
    public static Tensor log10(Tensor input) => input.log10();
    /// <summary>log(1 + x).</summary>
    public static Tensor log1p(Tensor input) => input.log1p();
    /// <summary>eˣ − 1.</summary>
    public static Tensor expm1(Tensor input) => input.expm1();
    /// <summary>Sine.</summary>
    public static Tensor sin(Tensor input) => input.sin();
    /// <summary>Cosine.</summary>
    public static Tensor cos(Tensor input) => input.cos();
    /// <summary>Tangent.</summary>
    public static Tensor tan(Tensor input) => input.tan();
    /// <summary>Arcsine.</summary>
    public static Tensor asin(Tensor input) => input.asin();
    /// <summary>Arccosine.</summary>
    public static Tensor acos(Tensor input) => input.acos();
    /// <summary>Arctangent.</summary>
    public static Tensor atan(Tensor input) => input.atan();
    /// <summary>Quadrant-aware arctangent of input / other.</summary>
    public static Tensor atan2(Tensor input, Tensor other) => input.atan2(other);
    /// <summary>Hyperbolic sine.</summary>
    public static Tensor sinh(Tensor input) => input.sinh();
    /// <summary>Hyperbolic cosine.</summary>
    public static Tensor cosh(Tensor input) => input.cosh();
    /// <summary>1 / (1 + e⁻ˣ).</summary>
    public static Tensor sigmoid(Tensor input) => input.sigmoid();
    /// <summary>Hyperbolic tangent.</summary>
    public static Tensor tanh(Tensor input) => input.tanh();
    /// <summary>max(x, 0).</summary>
    public static Tensor relu(Tensor input) => input.relu();
    /// <summary>Gauss error function.</summary>
    public static Tensor erf(Tensor input) => input.erf();
    /// <summary>Sign (−1, 0, 1).</summary>
    public static Tensor sign(Tensor input) => input.sign();
    /// <summary>Rounds down.</summary>
    public static Tensor floor(Tensor input) => input.floor();
    /// <summary>Rounds up.</summary>
    public static Tensor ceil(Tensor input) => input.ceil();
    /// <summary>Rounds half to even.</summary>
    public static Tensor round(Tensor input) => input.round();
    /// <summary>Rounds toward zero.</summary>
    public static Tensor trunc(Tensor input) => input.trunc();
    /// <summary>x − trunc(x).</summary>
    public static Tensor frac(Tensor input) => input.frac();
    /// <summary>1/x.</summary>
    public static Tensor reciprocal(Tensor input) => input.reciprocal();
    /// <summary>x².</summary>
    public static Tensor square(Tensor input) => input.square();
    /// <summary>True where NaN.</summary>
    public static Tensor isnan(Tensor input) => input.isnan();
    /// <summary>True where ±∞.</summary>
    public static Tensor isinf(Tensor input) => input.isinf();
    /// <summary>True where finite.</summary>
    public static Tensor isfinite(Tensor input) => input.isfinite();
    /// <summary>Replaces NaN and ±∞ (see <see cref="Tensor.nan_to_num"/>).</summary>
    public static Tensor nan_to_num(Tensor input, double? nan = null, double? posinf = null, double? neginf = null) =>
        input.nan_to_num(nan, posinf, neginf);

    /// <summary>input + alpha·other.</summary>
    public static Tensor add(Tensor input, Tensor other, Scalar? alpha = null) => input.add(other, alpha);
    /// <summary>input − alpha·other.</summary>
    public static Tensor sub(Tensor input, Tensor other, Scalar? alpha = null) => input.sub(other, alpha);
    /// <summary>Elementwise product.</summary>
    public static Tensor mul(Tensor input, Tensor other) => input.mul(other);
    /// <summary>Elementwise true division.</summary>
    public static Tensor div(Tensor input, Tensor other) => input.div(other);
    /// <summary>Python-style remainder.</summary>
    public static Tensor remainder(Tensor input, Tensor other) => input.remainder(other);
    /// <summary>Python-style remainder by a scalar.</summary>
    public static Tensor remainder(Tensor input, Scalar other) => input.remainder(other);
    /// <summary>C-style remainder.</summary>
    public static Tensor fmod(Tensor input, Tensor other) => input.fmod(other);
    /// <summary>C-style remainder by a scalar.</summary>
    public static Tensor fmod(Tensor input, Scalar other) => input.fmod(other);
    /// <summary>Floor of the quotient.</summary>
    public static Tensor floor_divide(Tensor input, Tensor other) => input.floor_divide(other);
    /// <summary>xʸ elementwise.</summary>
    public static Tensor pow(Tensor input, Tensor exponent) => input.pow(exponent);
    /// <summary>xᵉ for a scalar exponent.</summary>
    public static Tensor pow(Tensor input, Scalar exponent) => input.pow(exponent);
    /// <summary>bˣ for a scalar base.</summary>
    public static Tensor pow(Scalar self, Tensor exponent) => Tensor.Wrap(sts_rpow_scalar(exponent.Handle, self.ToNative(), out var r), r);
    /// <summary>Elementwise maximum.</summary>
    public static Tensor maximum(Tensor input, Tensor other) => input.maximum(other);
    /// <summary>Elementwise minimum.</summary>
    public static Tensor minimum(Tensor input, Tensor other) => input.minimum(other);
    /// <summary>Clamps into [min, max]; null bounds are not applied.</summary>
    public static Tensor clamp(Tensor input, Scalar? min = null, Scalar? max = null) => input.clamp(min, max);
    /// <summary>Clamps elementwise into tensor bounds.</summary>
    public static Tensor clamp(Tensor input, Tensor? min, Tensor? max) => input.clamp(min, max);
    /// <summary>Alias of clamp.</summary>
    public static Tensor clip(Tensor input, Scalar? min = null, Scalar? max = null) => input.clamp(min, max);
    /// <summary>max(x, min).</summary>
    public static Tensor clamp_min(Tensor input, Scalar min) => input.clamp_min(min);
    /// <summary>min(x, max).</summary>
    public static Tensor clamp_max(Tensor input, Scalar max) => input.clamp_max(max);
    /// <summary>input + weight·(end − input).</summary>
    public static Tensor lerp(Tensor input, Tensor end, Scalar weight) => input.lerp(end, weight);
    /// <summary>input + weight·(end − input), elementwise weight.</summary>
    public static Tensor lerp(Tensor input, Tensor end, Tensor weight) => input.lerp(end, weight);
    /// <summary>input + value·tensor1·tensor2.</summary>
    public static Tensor addcmul(Tensor input, Tensor tensor1, Tensor tensor2, Scalar? value = null) => input.addcmul(tensor1, tensor2, value);
    /// <summary>input + value·tensor1/tensor2.</summary>
    public static Tensor addcdiv(Tensor input, Tensor tensor1, Tensor tensor2, Scalar? value = null) => input.addcdiv(tensor1, tensor2, value);

    /// <summary>Bool tensor input == other.</summary>
    public static Tensor eq(Tensor input, Tensor other) => input.eq(other);
    /// <summary>Bool tensor input == value.</summary>
    public static Tensor eq(Tensor input, Scalar other) => input.eq(other);
    /// <summary>Bool tensor input != other.</summary>
    public static Tensor ne(Tensor input, Tensor other) => input.ne(other);
    /// <summary>Bool tensor input != value.</summary>
    public static Tensor ne(Tensor input, Scalar other) => input.ne(other);
    /// <summary>Bool tensor input &lt; other.</summary>
    public static Tensor lt(Tensor input, Tensor other) => input.lt(other);
    /// <summary>Bool tensor input &lt; value.</summary>
    public static Tensor lt(Tensor input, Scalar other) => input.lt(other);
    /// <summary>Bool tensor input &lt;= other.</summary>
    public static Tensor le(Tensor input, Tensor other) => input.le(other);
    /// <summary>Bool tensor input &lt;= value.</summary>
    public static Tensor le(Tensor input, Scalar other) => input.le(other);
    /// <summary>Bool tensor input &gt; other.</summary>
    public static Tensor gt(Tensor input, Tensor other) => input.gt(other);
    /// <summary>Bool tensor input &gt; value.</summary>
    public static Tensor gt(Tensor input, Scalar other) => input.gt(other);
    /// <summary>Bool tensor input &gt;= other.</summary>
    public static Tensor ge(Tensor input, Tensor other) => input.ge(other);
    /// <summary>Bool tensor input &gt;= value.</summary>
    public static Tensor ge(Tensor input, Scalar other) => input.ge(other);
    /// <summary>True when shapes and elements are equal.</summary>
    public static bool equal(Tensor input, Tensor other) => input.equal(other);
    /// <summary>True when close everywhere (see <see cref="Tensor.allclose"/>).</summary>
    public static bool allclose(Tensor input, Tensor other, double rtol = 1e-05, double atol = 1e-08, bool equal_nan = false) =>
        input.allclose(other, rtol, atol, equal_nan);
    /// <summary>Bool tensor: close elementwise.</summary>
    public static Tensor isclose(Tensor input, Tensor other, double rtol = 1e-05, double atol = 1e-08, bool equal_nan = false) =>
        input.isclose(other, rtol, atol, equal_nan);
    /// <summary>Elementwise logical AND.</summary>
    public static Tensor logical_and(Tensor input, Tensor other) => input.logical_and(other);
    /// <summary>Elementwise logical OR.</summary>
    public static Tensor logical_or(Tensor input, Tensor other) => input.logical_or(other);
    /// <summary>Elementwise logical XOR.</summary>
    public static Tensor logical_xor(Tensor input, Tensor other) => input.logical_xor(other);
    /// <summary>Elementwise logical NOT.</summary>
    public static Tensor logical_not(Tensor input) => input.logical_not();

    /// <summary>Elements of <paramref name="x"/> where <paramref name="condition"/> is true, else of <paramref name="y"/> (broadcasting).</summary>
    public static Tensor where(Tensor condition, Tensor x, Tensor y) =>
        Tensor.Wrap(sts_where(condition.Handle, x.Handle, y.Handle, out var r), r);
    /// <summary>where with a scalar for the true branch.</summary>
    public static Tensor where(Tensor condition, Scalar x, Tensor y) =>
        Tensor.Wrap(sts_where_scalar_self(condition.Handle, x.ToNative(), y.Handle, out var r), r);
    /// <summary>where with a scalar for the false branch.</summary>
    public static Tensor where(Tensor condition, Tensor x, Scalar y) =>
        Tensor.Wrap(sts_where_scalar_other(condition.Handle, x.Handle, y.ToNative(), out var r), r);
    /// <summary>where with scalars for both branches.</summary>
    public static Tensor where(Tensor condition, Scalar x, Scalar y) =>
        Tensor.Wrap(sts_where_scalars(condition.Handle, x.ToNative(), y.ToNative(), out var r), r);
    /// <summary>Copy of input with value where mask is true.</summary>
    public static Tensor masked_fill(Tensor input, Tensor mask, Scalar value) => input.masked_fill(mask, value);

    /// <summary>Matrix product with broadcasting.</summary>
    public static Tensor matmul(Tensor input, Tensor other) => input.matmul(other);
    /// <summary>[n, m] × [m, p] → [n, p].</summary>
    public static Tensor mm(Tensor input, Tensor mat2) => input.mm(mat2);
    /// <summary>[b, n, m] × [b, m, p] → [b, n, p].</summary>
    public static Tensor bmm(Tensor input, Tensor mat2) => input.bmm(mat2);
    /// <summary>Outer product of vectors.</summary>
    public static Tensor outer(Tensor input, Tensor vec2) => input.outer(vec2);
    /// <summary>Inner product of vectors.</summary>
    public static Tensor dot(Tensor input, Tensor other) => input.dot(other);
    /// <summary>0/1 samples with the elements of input as probabilities.</summary>
    public static Tensor bernoulli(Tensor input) => input.bernoulli();
    /// <summary>Indices sampled from each row's probabilities.</summary>
    public static Tensor multinomial(Tensor input, long num_samples, bool replacement = false) => input.multinomial(num_samples, replacement);
}
