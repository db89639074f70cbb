using System.Runtime.InteropServices;

namespace Siamese.Torch.Native;

internal static partial class NativeMethods
{
    // Unary, out of place (lib/native/src/tensor_math.cpp).
    [LibraryImport(Lib)] internal static partial int sts_abs(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_sqrt(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_rsqrt(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_exp(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_exp2(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_log(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_log2(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_log10(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_log1p(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_expm1(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_sin(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_cos(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_tan(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_asin(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_acos(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_atan(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_sinh(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_cosh(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_sigmoid(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_tanh(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_erf(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_sign(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_floor(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_ceil(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_round(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_trunc(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_frac(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_reciprocal(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_square(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_isnan(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_isinf(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_isfinite(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_logical_not(IntPtr a, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_bitwise_not(IntPtr a, out IntPtr result);

    // Unary, in place.
    [LibraryImport(Lib)] internal static partial int sts_abs_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_neg_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_sqrt_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_rsqrt_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_exp_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_log_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_sigmoid_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_tanh_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_relu_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_floor_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_ceil_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_round_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_reciprocal_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_square_(IntPtr a);
    [LibraryImport(Lib)] internal static partial int sts_sign_(IntPtr a);

    // Binary (tensor and scalar right-hand sides).
    [LibraryImport(Lib)] internal static partial int sts_remainder(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_remainder_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_rremainder_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_fmod(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_fmod_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_pow(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_pow_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_rpow_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_eq(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_eq_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_ne(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_ne_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_lt(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_lt_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_le(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_le_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_gt(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_gt_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_ge(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_ge_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_floor_divide(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_floor_divide_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_bitwise_and(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_bitwise_and_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_bitwise_or(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_bitwise_or_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_bitwise_xor(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_bitwise_xor_scalar(IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_maximum(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_minimum(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_atan2(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_logical_and(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_logical_or(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_logical_xor(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_mm(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_bmm(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_outer(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_dot(IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_equal(IntPtr a, IntPtr b, out int result);
    [LibraryImport(Lib)] internal static partial int sts_allclose(IntPtr a, IntPtr b, double rtol, double atol, int equalNan, out int result);
    [LibraryImport(Lib)] internal static partial int sts_isclose(IntPtr a, IntPtr b, double rtol, double atol, int equalNan, out IntPtr result);

    // Clamp (null pointer / handle = no bound), lerp, addcmul/addcdiv, nan_to_num.
    [LibraryImport(Lib)] internal static unsafe partial int sts_clamp(IntPtr a, NativeScalar* min, NativeScalar* max, out IntPtr result);
    [LibraryImport(Lib)] internal static unsafe partial int sts_clamp_(IntPtr a, NativeScalar* min, NativeScalar* max);
    [LibraryImport(Lib)] internal static partial int sts_clamp_tensor(IntPtr a, IntPtr min, IntPtr max, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_clamp_tensor_(IntPtr a, IntPtr min, IntPtr max);
    [LibraryImport(Lib)] internal static partial int sts_lerp(IntPtr a, IntPtr end, NativeScalar weight, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_lerp_tensor(IntPtr a, IntPtr end, IntPtr weight, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_lerp_(IntPtr a, IntPtr end, NativeScalar weight);
    [LibraryImport(Lib)] internal static partial int sts_lerp_tensor_(IntPtr a, IntPtr end, IntPtr weight);
    [LibraryImport(Lib)] internal static partial int sts_addcmul(IntPtr a, IntPtr t1, IntPtr t2, NativeScalar value, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_addcmul_(IntPtr a, IntPtr t1, IntPtr t2, NativeScalar value);
    [LibraryImport(Lib)] internal static partial int sts_addcdiv(IntPtr a, IntPtr t1, IntPtr t2, NativeScalar value, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_addcdiv_(IntPtr a, IntPtr t1, IntPtr t2, NativeScalar value);
    [LibraryImport(Lib)] internal static partial int sts_nan_to_num(IntPtr a, int hasNan, double nan, int hasPosinf, double posinf, int hasNeginf, double neginf, out IntPtr result);

    // In-place arithmetic and fills.
    [LibraryImport(Lib)] internal static partial int sts_sub_(IntPtr a, IntPtr b, NativeScalar alpha);
    [LibraryImport(Lib)] internal static partial int sts_sub_scalar_(IntPtr a, NativeScalar b, NativeScalar alpha);
    [LibraryImport(Lib)] internal static partial int sts_div_scalar_(IntPtr a, NativeScalar b);
    [LibraryImport(Lib)] internal static partial int sts_pow_(IntPtr a, IntPtr b);
    [LibraryImport(Lib)] internal static partial int sts_pow_scalar_(IntPtr a, NativeScalar b);
    [LibraryImport(Lib)] internal static partial int sts_remainder_scalar_(IntPtr a, NativeScalar b);
    [LibraryImport(Lib)] internal static partial int sts_copy_(IntPtr a, IntPtr src, int nonBlocking);
    [LibraryImport(Lib)] internal static partial int sts_fill_(IntPtr a, NativeScalar value);
    [LibraryImport(Lib)] internal static partial int sts_fill_tensor_(IntPtr a, IntPtr value);

    // Random fills and sampling.
    [LibraryImport(Lib)] internal static partial int sts_uniform_(IntPtr a, double from, double to);
    [LibraryImport(Lib)] internal static partial int sts_normal_(IntPtr a, double mean, double std);
    [LibraryImport(Lib)] internal static partial int sts_bernoulli_(IntPtr a, double p);
    [LibraryImport(Lib)] internal static partial int sts_bernoulli(IntPtr probabilities, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_multinomial(IntPtr probabilities, long samples, int replacement, out IntPtr result);

    // where / masked_fill.
    [LibraryImport(Lib)] internal static partial int sts_where(IntPtr cond, IntPtr a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_where_scalar_self(IntPtr cond, NativeScalar a, IntPtr b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_where_scalar_other(IntPtr cond, IntPtr a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_where_scalars(IntPtr cond, NativeScalar a, NativeScalar b, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_masked_fill(IntPtr a, IntPtr mask, NativeScalar value, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_masked_fill_tensor(IntPtr a, IntPtr mask, IntPtr value, out IntPtr result);
    [LibraryImport(Lib)] internal static partial int sts_masked_fill_(IntPtr a, IntPtr mask, NativeScalar value);
    [LibraryImport(Lib)] internal static partial int sts_masked_fill_tensor_(IntPtr a, IntPtr mask, IntPtr value);
}
