using Siamese.Torch.Native;
using static Siamese.Torch.Native.NativeMethods;

namespace Siamese.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>Checks the status of an in-place native call and returns this tensor (for chaining).</summary>
        private Tensor InPlace(int status)
        {
            Check(status);
            return this;
        }

        // ---- unary elementwise (same shape as this) ---------------------------------------

        /// <summary>|x|.</summary>
        public Tensor abs() => Wrap(sts_abs(Handle, out var r), r);
        /// <summary>√x.</summary>
        public Tensor sqrt() => Wrap(sts_sqrt(Handle, out var r), r);
        /// <summary>1/√x.</summary>
        public Tensor rsqrt() => Wrap(sts_rsqrt(Handle, out var r), r);
        /// <summary>eˣ.</summary>
        public Tensor exp() => Wrap(sts_exp(Handle, out var r), r);
        /// <summary>2ˣ.</summary>
        public Tensor exp2() => Wrap(sts_exp2(Handle, out var r), r);
        /// <summary>Natural logarithm.</summary>
        public Tensor log() => Wrap(sts_log(Handle, out var r), r);
        /// <summary>Base-2 logarithm.</summary>
        public Tensor log2() => Wrap(sts_log2(Handle, out var r), r);
        /// <summary>Base-10 logarithm.</summary>
        public Tensor log10() => Wrap(sts_log10(Handle, out var r), r);
        /// <summary>log(1 + x), accurate for small x.</summary>
        public Tensor log1p() => Wrap(sts_log1p(Handle, out var r), r);
        /// <summary>eˣ − 1, accurate for small x.</summary>
        public Tensor expm1() => Wrap(sts_expm1(Handle, out var r), r);
        /// <summary>Sine.</summary>
        public Tensor sin() => Wrap(sts_sin(Handle, out var r), r);
        /// <summary>Cosine.</summary>
        public Tensor cos() => Wrap(sts_cos(Handle, out var r), r);
        /// <summary>Tangent.</summary>
        public Tensor tan() => Wrap(sts_tan(Handle, out var r), r);
        /// <summary>Arcsine.</summary>
        public Tensor asin() => Wrap(sts_asin(Handle, out var r), r);
        /// <summary>Arccosine.</summary>
        public Tensor acos() => Wrap(sts_acos(Handle, out var r), r);
        /// <summary>Arctangent.</summary>
        public Tensor atan() => Wrap(sts_atan(Handle, out var r), r);
        /// <summary>Hyperbolic sine.</summary>
        public Tensor sinh() => Wrap(sts_sinh(Handle, out var r), r);
        /// <summary>Hyperbolic cosine.</summary>
        public Tensor cosh() => Wrap(sts_cosh(Handle, out var r), r);
        /// <summary>1 / (1 + e⁻ˣ).</summary>
        public Tensor sigmoid() => Wrap(sts_sigmoid(Handle, out var r), r);
        /// <summary>Hyperbolic tangent.</summary>
        public Tensor tanh() => Wrap(sts_tanh(Handle, out var r), r);
        /// <summary>Gauss error function.</summary>
        public Tensor erf() => Wrap(sts_erf(Handle, out var r), r);
        /// <summary>−1, 0 or 1 by the sign of each element.</summary>
        public Tensor sign() => Wrap(sts_sign(Handle, out var r), r);
        /// <summary>Rounds down.</summary>
        public Tensor floor() => Wrap(sts_floor(Handle, out var r), r);
        /// <summary>Rounds up.</summary>
        public Tensor ceil() => Wrap(sts_ceil(Handle, out var r), r);
        /// <summary>Rounds half to even, as PyTorch.</summary>
        public Tensor round() => Wrap(sts_round(Handle, out var r), r);
        /// <summary>Rounds toward zero.</summary>
        public Tensor trunc() => Wrap(sts_trunc(Handle, out var r), r);
        /// <summary>x − trunc(x).</summary>
        public Tensor frac() => Wrap(sts_frac(Handle, out var r), r);
        /// <summary>1/x.</summary>
        public Tensor reciprocal() => Wrap(sts_reciprocal(Handle, out var r), r);
        /// <summary>x².</summary>
        public Tensor square() => Wrap(sts_square(Handle, out var r), r);
        /// <summary>Bool tensor: true where NaN.</summary>
        public Tensor isnan() => Wrap(sts_isnan(Handle, out var r), r);
        /// <summary>Bool tensor: true where ±∞.</summary>
        public Tensor isinf() => Wrap(sts_isinf(Handle, out var r), r);
        /// <summary>Bool tensor: true where neither NaN nor ±∞.</summary>
        public Tensor isfinite() => Wrap(sts_isfinite(Handle, out var r), r);
        /// <summary>Bool tensor: true where the element is zero/false.</summary>
        public Tensor logical_not() => Wrap(sts_logical_not(Handle, out var r), r);
        /// <summary>Bitwise NOT (logical NOT for bool tensors).</summary>
        public Tensor bitwise_not() => Wrap(sts_bitwise_not(Handle, out var r), r);

        /// <summary>
        /// Replaces NaN by <paramref name="nan"/> (default 0) and ±∞ by <paramref name="posinf"/> /
        /// <paramref name="neginf"/> (default: the dtype's largest / lowest finite value).
        /// </summary>
        public Tensor nan_to_num(double? nan = null, double? posinf = null, double? neginf = null) =>
            Wrap(sts_nan_to_num(Handle, nan is null ? 0 : 1, nan ?? 0, posinf is null ? 0 : 1, posinf ?? 0,
                neginf is null ? 0 : 1, neginf ?? 0, out var r), r);

        // ---- unary in place -------------------------------------------------------------------

        /// <summary>In place |x|.</summary>
        public Tensor abs_() => InPlace(sts_abs_(Handle));
        /// <summary>In place −x.</summary>
        public Tensor neg_() => InPlace(sts_neg_(Handle));
        /// <summary>In place √x.</summary>
        public Tensor sqrt_() => InPlace(sts_sqrt_(Handle));
        /// <summary>In place 1/√x.</summary>
        public Tensor rsqrt_() => InPlace(sts_rsqrt_(Handle));
        /// <summary>In place eˣ.</summary>
        public Tensor exp_() => InPlace(sts_exp_(Handle));
        /// <summary>In place natural logarithm.</summary>
        public Tensor log_() => InPlace(sts_log_(Handle));
        /// <summary>In place sigmoid.</summary>
        public Tensor sigmoid_() => InPlace(sts_sigmoid_(Handle));
        /// <summary>In place tanh.</summary>
        public Tensor tanh_() => InPlace(sts_tanh_(Handle));
        /// <summary>In place max(x, 0).</summary>
        public Tensor relu_() => InPlace(sts_relu_(Handle));
        /// <summary>In place floor.</summary>
        public Tensor floor_() => InPlace(sts_floor_(Handle));
        /// <summary>In place ceil.</summary>
        public Tensor ceil_() => InPlace(sts_ceil_(Handle));
        /// <summary>In place round (half to even).</summary>
        public Tensor round_() => InPlace(sts_round_(Handle));
        /// <summary>In place 1/x.</summary>
        public Tensor reciprocal_() => InPlace(sts_reciprocal_(Handle));
        /// <summary>In place x².</summary>
        public Tensor square_() => InPlace(sts_square_(Handle));
        /// <summary>In place sign.</summary>
        public Tensor sign_() => InPlace(sts_sign_(Handle));

        // ---- binary elementwise (broadcasting) --------------------------------------------------

        /// <summary>Python-style remainder (sign of the divisor).</summary>
        public Tensor remainder(Tensor other) => Wrap(sts_remainder(Handle, other.Handle, out var r), r);
        /// <summary>Python-style remainder by a scalar.</summary>
        public Tensor remainder(Scalar other) => Wrap(sts_remainder_scalar(Handle, other.ToNative(), out var r), r);
        /// <summary>In place remainder by a scalar.</summary>
        public Tensor remainder_(Scalar other) => InPlace(sts_remainder_scalar_(Handle, other.ToNative()));
        /// <summary>C-style remainder (sign of the dividend).</summary>
        public Tensor fmod(Tensor other) => Wrap(sts_fmod(Handle, other.Handle, out var r), r);
        /// <summary>C-style remainder by a scalar.</summary>
        public Tensor fmod(Scalar other) => Wrap(sts_fmod_scalar(Handle, other.ToNative(), out var r), r);
        /// <summary>Floor of the quotient.</summary>
        public Tensor floor_divide(Tensor other) => Wrap(sts_floor_divide(Handle, other.Handle, out var r), r);
        /// <summary>Floor of the quotient by a scalar.</summary>
        public Tensor floor_divide(Scalar other) => Wrap(sts_floor_divide_scalar(Handle, other.ToNative(), out var r), r);
        /// <summary>xʸ elementwise.</summary>
        public Tensor pow(Tensor exponent) => Wrap(sts_pow(Handle, exponent.Handle, out var r), r);
        /// <summary>xᵉ for a scalar exponent.</summary>
        public Tensor pow(Scalar exponent) => Wrap(sts_pow_scalar(Handle, exponent.ToNative(), out var r), r);
        /// <summary>In place xʸ.</summary>
        public Tensor pow_(Tensor exponent) => InPlace(sts_pow_(Handle, exponent.Handle));
        /// <summary>In place xᵉ.</summary>
        public Tensor pow_(Scalar exponent) => InPlace(sts_pow_scalar_(Handle, exponent.ToNative()));
        /// <summary>Elementwise maximum of two tensors.</summary>
        public Tensor maximum(Tensor other) => Wrap(sts_maximum(Handle, other.Handle, out var r), r);
        /// <summary>Elementwise minimum of two tensors.</summary>
        public Tensor minimum(Tensor other) => Wrap(sts_minimum(Handle, other.Handle, out var r), r);
        /// <summary>Quadrant-aware arctangent of this / other.</summary>
        public Tensor atan2(Tensor other) => Wrap(sts_atan2(Handle, other.Handle, out var r), r);

        // ---- comparisons (bool results) ----------------------------------------------------------

        /// <summary>Bool tensor: this == other elementwise.</summary>
        public Tensor eq(Tensor other) => Wrap(sts_eq(Handle, other.Handle, out var r), r);
        /// <summary>Bool tensor: this == value.</summary>
        public Tensor eq(Scalar other) => Wrap(sts_eq_scalar(Handle, other.ToNative(), out var r), r);
        /// <summary>Bool tensor: this != other.</summary>
        public Tensor ne(Tensor other) => Wrap(sts_ne(Handle, other.Handle, out var r), r);
        /// <summary>Bool tensor: this != value.</summary>
        public Tensor ne(Scalar other) => Wrap(sts_ne_scalar(Handle, other.ToNative(), out var r), r);
        /// <summary>Bool tensor: this &lt; other.</summary>
        public Tensor lt(Tensor other) => Wrap(sts_lt(Handle, other.Handle, out var r), r);
        /// <summary>Bool tensor: this &lt; value.</summary>
        public Tensor lt(Scalar other) => Wrap(sts_lt_scalar(Handle, other.ToNative(), out var r), r);
        /// <summary>Bool tensor: this &lt;= other.</summary>
        public Tensor le(Tensor other) => Wrap(sts_le(Handle, other.Handle, out var r), r);
        /// <summary>Bool tensor: this &lt;= value.</summary>
        public Tensor le(Scalar other) => Wrap(sts_le_scalar(Handle, other.ToNative(), out var r), r);
        /// <summary>Bool tensor: this &gt; other.</summary>
        public Tensor gt(Tensor other) => Wrap(sts_gt(Handle, other.Handle, out var r), r);
        /// <summary>Bool tensor: this &gt; value.</summary>
        public Tensor gt(Scalar other) => Wrap(sts_gt_scalar(Handle, other.ToNative(), out var r), r);
        /// <summary>Bool tensor: this &gt;= other.</summary>
        public Tensor ge(Tensor other) => Wrap(sts_ge(Handle, other.Handle, out var r), r);
        /// <summary>Bool tensor: this &gt;= value.</summary>
        public Tensor ge(Scalar other) => Wrap(sts_ge_scalar(Handle, other.ToNative(), out var r), r);

        /// <summary>True when both tensors have the same shape and elements.</summary>
        public bool equal(Tensor other)
        {
            Check(sts_equal(Handle, other.Handle, out var v));
            return v != 0;
        }

        /// <summary>True when |this − other| ≤ atol + rtol·|other| everywhere.</summary>
        public bool allclose(Tensor other, double rtol = 1e-05, double atol = 1e-08, bool equal_nan = false)
        {
            Check(sts_allclose(Handle, other.Handle, rtol, atol, equal_nan ? 1 : 0, out var v));
            return v != 0;
        }

        /// <summary>Bool tensor: |this − other| ≤ atol + rtol·|other| elementwise.</summary>
        public Tensor isclose(Tensor other, double rtol = 1e-05, double atol = 1e-08, bool equal_nan = false) =>
            Wrap(sts_isclose(Handle, other.Handle, rtol, atol, equal_nan ? 1 : 0, out var r), r);

        // ---- logical / bitwise -------------------------------------------------------------------

        /// <summary>Elementwise logical AND (nonzero = true).</summary>
        public Tensor logical_and(Tensor other) => Wrap(sts_logical_and(Handle, other.Handle, out var r), r);
        /// <summary>Elementwise logical OR.</summary>
        public Tensor logical_or(Tensor other) => Wrap(sts_logical_or(Handle, other.Handle, out var r), r);
        /// <summary>Elementwise logical XOR.</summary>
        public Tensor logical_xor(Tensor other) => Wrap(sts_logical_xor(Handle, other.Handle, out var r), r);
        /// <summary>Bitwise AND (logical for bool tensors).</summary>
        public Tensor bitwise_and(Tensor other) => Wrap(sts_bitwise_and(Handle, other.Handle, out var r), r);
        /// <summary>Bitwise AND with a scalar.</summary>
        public Tensor bitwise_and(Scalar other) => Wrap(sts_bitwise_and_scalar(Handle, other.ToNative(), out var r), r);
        /// <summary>Bitwise OR (logical for bool tensors).</summary>
        public Tensor bitwise_or(Tensor other) => Wrap(sts_bitwise_or(Handle, other.Handle, out var r), r);
        /// <summary>Bitwise OR with a scalar.</summary>
        public Tensor bitwise_or(Scalar other) => Wrap(sts_bitwise_or_scalar(Handle, other.ToNative(), out var r), r);
        /// <summary>Bitwise XOR (logical for bool tensors).</summary>
        public Tensor bitwise_xor(Tensor other) => Wrap(sts_bitwise_xor(Handle, other.Handle, out var r), r);
        /// <summary>Bitwise XOR with a scalar.</summary>
        public Tensor bitwise_xor(Scalar other) => Wrap(sts_bitwise_xor_scalar(Handle, other.ToNative(), out var r), r);

        // ---- clamp -----------------------------------------------------------------------------

        /// <summary>Clamps into [min, max]; a null bound is not applied.</summary>
        public unsafe Tensor clamp(Scalar? min = null, Scalar? max = null)
        {
            var lo = (min ?? 0).ToNative();
            var hi = (max ?? 0).ToNative();
            return Wrap(sts_clamp(Handle, min is null ? null : &lo, max is null ? null : &hi, out var r), r);
        }

        /// <summary>Clamps elementwise into [min, max] given as (broadcastable) tensors; null = unbounded.</summary>
        public Tensor clamp(Tensor? min = null, Tensor? max = null) =>
            Wrap(sts_clamp_tensor(Handle, min?.Handle ?? IntPtr.Zero, max?.Handle ?? IntPtr.Zero, out var r), r);

        /// <summary>In place <see cref="clamp(Scalar?, Scalar?)"/>.</summary>
        public unsafe Tensor clamp_(Scalar? min = null, Scalar? max = null)
        {
            var lo = (min ?? 0).ToNative();
            var hi = (max ?? 0).ToNative();
            return InPlace(sts_clamp_(Handle, min is null ? null : &lo, max is null ? null : &hi));
        }

        /// <summary>In place <see cref="clamp(Tensor?, Tensor?)"/>.</summary>
        public Tensor clamp_(Tensor? min = null, Tensor? max = null) =>
            InPlace(sts_clamp_tensor_(Handle, min?.Handle ?? IntPtr.Zero, max?.Handle ?? IntPtr.Zero));

        /// <summary>Alias of <see cref="clamp(Scalar?, Scalar?)"/>.</summary>
        public Tensor clip(Scalar? min = null, Scalar? max = null) => clamp(min, max);
        /// <summary>max(x, min).</summary>
        public Tensor clamp_min(Scalar min) => clamp(min, null);
        /// <summary>max(x, min) with a tensor bound.</summary>
        public Tensor clamp_min(Tensor min) => clamp(min, null);
        /// <summary>min(x, max).</summary>
        public Tensor clamp_max(Scalar max) => clamp(null, max);
        /// <summary>min(x, max) with a tensor bound.</summary>
        public Tensor clamp_max(Tensor max) => clamp(null, max);
        /// <summary>In place max(x, min).</summary>
        public Tensor clamp_min_(Scalar min) => clamp_(min, null);
        /// <summary>In place min(x, max).</summary>
        public Tensor clamp_max_(Scalar max) => clamp_(null, max);

        // ---- interpolation and fused updates -------------------------------------------------------

        /// <summary>this + weight·(end − this).</summary>
        public Tensor lerp(Tensor end, Scalar weight) => Wrap(sts_lerp(Handle, end.Handle, weight.ToNative(), out var r), r);
        /// <summary>this + weight·(end − this) with an elementwise weight.</summary>
        public Tensor lerp(Tensor end, Tensor weight) => Wrap(sts_lerp_tensor(Handle, end.Handle, weight.Handle, out var r), r);
        /// <summary>In place lerp (Adam's moving averages).</summary>
        public Tensor lerp_(Tensor end, Scalar weight) => InPlace(sts_lerp_(Handle, end.Handle, weight.ToNative()));
        /// <summary>In place lerp with an elementwise weight.</summary>
        public Tensor lerp_(Tensor end, Tensor weight) => InPlace(sts_lerp_tensor_(Handle, end.Handle, weight.Handle));
        /// <summary>this + value·tensor1·tensor2.</summary>
        public Tensor addcmul(Tensor tensor1, Tensor tensor2, Scalar? value = null) =>
            Wrap(sts_addcmul(Handle, tensor1.Handle, tensor2.Handle, (value ?? 1).ToNative(), out var r), r);
        /// <summary>In place this += value·tensor1·tensor2.</summary>
        public Tensor addcmul_(Tensor tensor1, Tensor tensor2, Scalar? value = null) =>
            InPlace(sts_addcmul_(Handle, tensor1.Handle, tensor2.Handle, (value ?? 1).ToNative()));
        /// <summary>this + value·tensor1/tensor2.</summary>
        public Tensor addcdiv(Tensor tensor1, Tensor tensor2, Scalar? value = null) =>
            Wrap(sts_addcdiv(Handle, tensor1.Handle, tensor2.Handle, (value ?? 1).ToNative(), out var r), r);
        /// <summary>In place this += value·tensor1/tensor2.</summary>
        public Tensor addcdiv_(Tensor tensor1, Tensor tensor2, Scalar? value = null) =>
            InPlace(sts_addcdiv_(Handle, tensor1.Handle, tensor2.Handle, (value ?? 1).ToNative()));

        // ---- in-place arithmetic and fills ----------------------------------------------------------

        /// <summary>In place this −= alpha·other.</summary>
        public Tensor sub_(Tensor other, Scalar? alpha = null) => InPlace(sts_sub_(Handle, other.Handle, (alpha ?? 1).ToNative()));
        /// <summary>In place this −= alpha·value.</summary>
        public Tensor sub_(Scalar other, Scalar? alpha = null) => InPlace(sts_sub_scalar_(Handle, other.ToNative(), (alpha ?? 1).ToNative()));
        /// <summary>In place division by a scalar.</summary>
        public Tensor div_(Scalar other) => InPlace(sts_div_scalar_(Handle, other.ToNative()));
        /// <summary>Copies <paramref name="src"/> (broadcast, converted) into this tensor's storage.</summary>
        public Tensor copy_(Tensor src, bool non_blocking = false) => InPlace(sts_copy_(Handle, src.Handle, non_blocking ? 1 : 0));
        /// <summary>Sets every element to <paramref name="value"/>.</summary>
        public Tensor fill_(Scalar value) => InPlace(sts_fill_(Handle, value.ToNative()));
        /// <summary>Sets every element to the value of a one-element tensor.</summary>
        public Tensor fill_(Tensor value) => InPlace(sts_fill_tensor_(Handle, value.Handle));

        // ---- random fills (reproducible with torch.manual_seed, as in PyTorch) -------------------------

        /// <summary>Fills with samples of U(from, to).</summary>
        public Tensor uniform_(double from = 0, double to = 1) => InPlace(sts_uniform_(Handle, from, to));
        /// <summary>Fills with samples of N(mean, std²).</summary>
        public Tensor normal_(double mean = 0, double std = 1) => InPlace(sts_normal_(Handle, mean, std));
        /// <summary>Fills with 1 (probability <paramref name="p"/>) or 0.</summary>
        public Tensor bernoulli_(double p = 0.5) => InPlace(sts_bernoulli_(Handle, p));
        /// <summary>0/1 samples with this tensor's elements as probabilities.</summary>
        public Tensor bernoulli() => Wrap(sts_bernoulli(Handle, out var r), r);
        /// <summary>Indices sampled from the (unnormalised) probabilities in each row.</summary>
        public Tensor multinomial(long num_samples, bool replacement = false) =>
            Wrap(sts_multinomial(Handle, num_samples, replacement ? 1 : 0, out var r), r);

        // ---- selection by condition ------------------------------------------------------------------

        /// <summary>Elements of this where <paramref name="condition"/>, else of <paramref name="other"/> (TorchSharp's form).</summary>
        public Tensor where(Tensor condition, Tensor other) => torch.where(condition, this, other);
        /// <summary>Copy with <paramref name="value"/> where <paramref name="mask"/> is true.</summary>
        public Tensor masked_fill(Tensor mask, Scalar value) => Wrap(sts_masked_fill(Handle, mask.Handle, value.ToNative(), out var r), r);
        /// <summary>Copy with a one-element tensor's value where <paramref name="mask"/> is true.</summary>
        public Tensor masked_fill(Tensor mask, Tensor value) => Wrap(sts_masked_fill_tensor(Handle, mask.Handle, value.Handle, out var r), r);
        /// <summary>In place <see cref="masked_fill(Tensor, Scalar)"/>.</summary>
        public Tensor masked_fill_(Tensor mask, Scalar value) => InPlace(sts_masked_fill_(Handle, mask.Handle, value.ToNative()));
        /// <summary>In place <see cref="masked_fill(Tensor, Tensor)"/>.</summary>
        public Tensor masked_fill_(Tensor mask, Tensor value) => InPlace(sts_masked_fill_tensor_(Handle, mask.Handle, value.Handle));

        // ---- matrix products --------------------------------------------------------------------------

        /// <summary>[n, m] × [m, p] → [n, p] (no broadcasting).</summary>
        public Tensor mm(Tensor other) => Wrap(sts_mm(Handle, other.Handle, out var r), r);
        /// <summary>[b, n, m] × [b, m, p] → [b, n, p].</summary>
        public Tensor bmm(Tensor other) => Wrap(sts_bmm(Handle, other.Handle, out var r), r);
        /// <summary>Outer product of two vectors: [n] × [m] → [n, m].</summary>
        public Tensor outer(Tensor other) => Wrap(sts_outer(Handle, other.Handle, out var r), r);
        /// <summary>Inner product of two vectors (0-dim result).</summary>
        public Tensor dot(Tensor other) => Wrap(sts_dot(Handle, other.Handle, out var r), r);

        // ---- operators -----------------------------------------------------------------------------

        /// <summary>Python-style remainder.</summary>
        public static Tensor operator %(Tensor a, Tensor b) => a.remainder(b);
        /// <summary>Python-style remainder by a scalar.</summary>
        public static Tensor operator %(Tensor a, Scalar b) => a.remainder(b);
        /// <summary>Scalar modulo tensor.</summary>
        public static Tensor operator %(Scalar a, Tensor b) => Wrap(sts_rremainder_scalar(b.Handle, a.ToNative(), out var r), r);
        /// <summary>Bool tensor a &lt; b.</summary>
        public static Tensor operator <(Tensor a, Tensor b) => a.lt(b);
        /// <summary>Bool tensor a &gt; b.</summary>
        public static Tensor operator >(Tensor a, Tensor b) => a.gt(b);
        /// <summary>Bool tensor a &lt;= b.</summary>
        public static Tensor operator <=(Tensor a, Tensor b) => a.le(b);
        /// <summary>Bool tensor a &gt;= b.</summary>
        public static Tensor operator >=(Tensor a, Tensor b) => a.ge(b);
        /// <summary>Bool tensor a &lt; b.</summary>
        public static Tensor operator <(Tensor a, Scalar b) => a.lt(b);
        /// <summary>Bool tensor a &gt; b.</summary>
        public static Tensor operator >(Tensor a, Scalar b) => a.gt(b);
        /// <summary>Bool tensor a &lt;= b.</summary>
        public static Tensor operator <=(Tensor a, Scalar b) => a.le(b);
        /// <summary>Bool tensor a &gt;= b.</summary>
        public static Tensor operator >=(Tensor a, Scalar b) => a.ge(b);
        /// <summary>Bool tensor a &lt; b.</summary>
        public static Tensor operator <(Scalar a, Tensor b) => b.gt(a);
        /// <summary>Bool tensor a &gt; b.</summary>
        public static Tensor operator >(Scalar a, Tensor b) => b.lt(a);
        /// <summary>Bool tensor a &lt;= b.</summary>
        public static Tensor operator <=(Scalar a, Tensor b) => b.ge(a);
        /// <summary>Bool tensor a &gt;= b.</summary>
        public static Tensor operator >=(Scalar a, Tensor b) => b.le(a);
        /// <summary>Bitwise (for bool tensors: logical) AND.</summary>
        public static Tensor operator &(Tensor a, Tensor b) => a.bitwise_and(b);
        /// <summary>Bitwise (for bool tensors: logical) OR.</summary>
        public static Tensor operator |(Tensor a, Tensor b) => a.bitwise_or(b);
        /// <summary>Bitwise (for bool tensors: logical) XOR.</summary>
        public static Tensor operator ^(Tensor a, Tensor b) => a.bitwise_xor(b);
        /// <summary>Bitwise AND with a scalar.</summary>
        public static Tensor operator &(Tensor a, Scalar b) => a.bitwise_and(b);
        /// <summary>Bitwise OR with a scalar.</summary>
        public static Tensor operator |(Tensor a, Scalar b) => a.bitwise_or(b);
        /// <summary>Bitwise XOR with a scalar.</summary>
        public static Tensor operator ^(Tensor a, Scalar b) => a.bitwise_xor(b);
        /// <summary>Bitwise (for bool tensors: logical) NOT.</summary>
        public static Tensor operator ~(Tensor a) => a.bitwise_not();
    }
}
