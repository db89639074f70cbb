// Elementwise math, comparisons, logical ops, clamp/pow/lerp, where/masked_fill, matrix products
// and the in-place forms optimizers and initialisers use (sub_, addcmul_, uniform_, ...).
#include "shim.h"

// Out-of-place unary op: sts_<name>(a, out).
#define STS_UNARY(name, expr)                                           \
  STS_API int sts_##name(TensorHandle a, TensorHandle* out) {           \
    STS_TRY auto x = sts::borrow(a); *out = sts::to_handle(expr); STS_CATCH \
  }
// In-place unary op: sts_<name>(a).
#define STS_UNARY_(name, expr) \
  STS_API int sts_##name(TensorHandle a) { STS_TRY auto x = sts::borrow(a); expr; STS_CATCH }
// Binary op with a tensor and with a scalar right-hand side.
#define STS_BINARY(name, call)                                                        \
  STS_API int sts_##name(TensorHandle a, TensorHandle b, TensorHandle* out) {         \
    STS_TRY *out = sts::to_handle(call(sts::borrow(a), sts::borrow(b))); STS_CATCH    \
  }                                                                                   \
  STS_API int sts_##name##_scalar(TensorHandle a, sts_scalar b, TensorHandle* out) {  \
    STS_TRY *out = sts::to_handle(call(sts::borrow(a), sts::scalar(b))); STS_CATCH    \
  }
// Binary op, tensor right-hand side only.
#define STS_BINARY_T(name, call)                                                      \
  STS_API int sts_##name(TensorHandle a, TensorHandle b, TensorHandle* out) {         \
    STS_TRY *out = sts::to_handle(call(sts::borrow(a), sts::borrow(b))); STS_CATCH    \
  }

STS_UNARY(abs, at::abs(x))
STS_UNARY(sqrt, at::sqrt(x))
STS_UNARY(rsqrt, at::rsqrt(x))
STS_UNARY(exp, at::exp(x))
STS_UNARY(exp2, at::exp2(x))
STS_UNARY(log, at::log(x))
STS_UNARY(log2, at::log2(x))
STS_UNARY(log10, at::log10(x))
STS_UNARY(log1p, at::log1p(x))
STS_UNARY(expm1, at::expm1(x))
STS_UNARY(sin, at::sin(x))
STS_UNARY(cos, at::cos(x))
STS_UNARY(tan, at::tan(x))
STS_UNARY(asin, at::asin(x))
STS_UNARY(acos, at::acos(x))
STS_UNARY(atan, at::atan(x))
STS_UNARY(sinh, at::sinh(x))
STS_UNARY(cosh, at::cosh(x))
STS_UNARY(sigmoid, at::sigmoid(x))
STS_UNARY(tanh, at::tanh(x))
STS_UNARY(erf, at::erf(x))
STS_UNARY(sign, at::sign(x))
STS_UNARY(floor, at::floor(x))
STS_UNARY(ceil, at::ceil(x))
STS_UNARY(round, at::round(x))
STS_UNARY(trunc, at::trunc(x))
STS_UNARY(frac, at::frac(x))
STS_UNARY(reciprocal, at::reciprocal(x))
STS_UNARY(square, at::square(x))
STS_UNARY(isnan, at::isnan(x))
STS_UNARY(isinf, at::isinf(x))
STS_UNARY(isfinite, at::isfinite(x))
STS_UNARY(logical_not, at::logical_not(x))
STS_UNARY(bitwise_not, at::bitwise_not(x))

STS_UNARY_(abs_, x.abs_())
STS_UNARY_(neg_, x.neg_())
STS_UNARY_(sqrt_, x.sqrt_())
STS_UNARY_(rsqrt_, x.rsqrt_())
STS_UNARY_(exp_, x.exp_())
STS_UNARY_(log_, x.log_())
STS_UNARY_(sigmoid_, x.sigmoid_())
STS_UNARY_(tanh_, x.tanh_())
STS_UNARY_(relu_, x.relu_())
STS_UNARY_(floor_, x.floor_())
STS_UNARY_(ceil_, x.ceil_())
STS_UNARY_(round_, x.round_())
STS_UNARY_(reciprocal_, x.reciprocal_())
STS_UNARY_(square_, x.square_())
STS_UNARY_(sign_, x.sign_())

STS_BINARY(remainder, at::remainder)
STS_BINARY(fmod, at::fmod)
STS_BINARY(pow, at::pow)
STS_BINARY(eq, at::eq)
STS_BINARY(ne, at::ne)
STS_BINARY(lt, at::lt)
STS_BINARY(le, at::le)
STS_BINARY(gt, at::gt)
STS_BINARY(ge, at::ge)
STS_BINARY(floor_divide, at::floor_divide)
STS_BINARY(bitwise_and, at::bitwise_and)
STS_BINARY(bitwise_or, at::bitwise_or)
STS_BINARY(bitwise_xor, at::bitwise_xor)
STS_BINARY_T(maximum, at::maximum)
STS_BINARY_T(minimum, at::minimum)
STS_BINARY_T(atan2, at::atan2)
STS_BINARY_T(logical_and, at::logical_and)
STS_BINARY_T(logical_or, at::logical_or)
STS_BINARY_T(logical_xor, at::logical_xor)
STS_BINARY_T(mm, at::mm)
STS_BINARY_T(bmm, at::bmm)
STS_BINARY_T(outer, at::outer)
STS_BINARY_T(dot, at::dot)

// scalar ** tensor
STS_API int sts_rpow_scalar(TensorHandle a, sts_scalar b, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::pow(sts::scalar(b), sts::borrow(a))); STS_CATCH
}
// scalar % tensor
STS_API int sts_rremainder_scalar(TensorHandle a, sts_scalar b, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::remainder(sts::scalar(b), sts::borrow(a))); STS_CATCH
}

STS_API int sts_equal(TensorHandle a, TensorHandle b, int32_t* out) {
  STS_TRY *out = at::equal(sts::borrow(a), sts::borrow(b)) ? 1 : 0; STS_CATCH
}
STS_API int sts_allclose(TensorHandle a, TensorHandle b, double rtol, double atol, int32_t equal_nan, int32_t* out) {
  STS_TRY *out = at::allclose(sts::borrow(a), sts::borrow(b), rtol, atol, equal_nan != 0) ? 1 : 0; STS_CATCH
}
STS_API int sts_isclose(TensorHandle a, TensorHandle b, double rtol, double atol, int32_t equal_nan, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::isclose(sts::borrow(a), sts::borrow(b), rtol, atol, equal_nan != 0)); STS_CATCH
}

// ---- clamp: null pointers / handles mean "no bound" -------------------------------------------

namespace {
c10::optional<at::Scalar> optional_scalar(const sts_scalar* s) {
  if (s == nullptr) return c10::nullopt;
  return sts::scalar(*s);
}
}  // namespace

STS_API int sts_clamp(TensorHandle a, const sts_scalar* min, const sts_scalar* max, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::clamp(sts::borrow(a), optional_scalar(min), optional_scalar(max))); STS_CATCH
}
STS_API int sts_clamp_(TensorHandle a, const sts_scalar* min, const sts_scalar* max) {
  STS_TRY sts::borrow(a).clamp_(optional_scalar(min), optional_scalar(max)); STS_CATCH
}
STS_API int sts_clamp_tensor(TensorHandle a, TensorHandle min, TensorHandle max, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::clamp(sts::borrow(a), sts::borrow_optional(min), sts::borrow_optional(max))); STS_CATCH
}
STS_API int sts_clamp_tensor_(TensorHandle a, TensorHandle min, TensorHandle max) {
  STS_TRY sts::borrow(a).clamp_(sts::borrow_optional(min), sts::borrow_optional(max)); STS_CATCH
}

// ---- lerp, addcmul/addcdiv, nan_to_num ---------------------------------------------------------

STS_API int sts_lerp(TensorHandle a, TensorHandle end, sts_scalar weight, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::lerp(sts::borrow(a), sts::borrow(end), sts::scalar(weight))); STS_CATCH
}
STS_API int sts_lerp_tensor(TensorHandle a, TensorHandle end, TensorHandle weight, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::lerp(sts::borrow(a), sts::borrow(end), sts::borrow(weight))); STS_CATCH
}
STS_API int sts_lerp_(TensorHandle a, TensorHandle end, sts_scalar weight) {
  STS_TRY sts::borrow(a).lerp_(sts::borrow(end), sts::scalar(weight)); STS_CATCH
}
STS_API int sts_lerp_tensor_(TensorHandle a, TensorHandle end, TensorHandle weight) {
  STS_TRY sts::borrow(a).lerp_(sts::borrow(end), sts::borrow(weight)); STS_CATCH
}
STS_API int sts_addcmul(TensorHandle a, TensorHandle t1, TensorHandle t2, sts_scalar value, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::addcmul(sts::borrow(a), sts::borrow(t1), sts::borrow(t2), sts::scalar(value))); STS_CATCH
}
STS_API int sts_addcmul_(TensorHandle a, TensorHandle t1, TensorHandle t2, sts_scalar value) {
  STS_TRY sts::borrow(a).addcmul_(sts::borrow(t1), sts::borrow(t2), sts::scalar(value)); STS_CATCH
}
STS_API int sts_addcdiv(TensorHandle a, TensorHandle t1, TensorHandle t2, sts_scalar value, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::addcdiv(sts::borrow(a), sts::borrow(t1), sts::borrow(t2), sts::scalar(value))); STS_CATCH
}
STS_API int sts_addcdiv_(TensorHandle a, TensorHandle t1, TensorHandle t2, sts_scalar value) {
  STS_TRY sts::borrow(a).addcdiv_(sts::borrow(t1), sts::borrow(t2), sts::scalar(value)); STS_CATCH
}
// Each replacement is used only when its has_* flag is set (PyTorch's None otherwise).
STS_API int sts_nan_to_num(TensorHandle a, int32_t has_nan, double nan, int32_t has_posinf, double posinf,
                           int32_t has_neginf, double neginf, TensorHandle* out) {
  STS_TRY
    *out = sts::to_handle(at::nan_to_num(sts::borrow(a), has_nan ? c10::optional<double>(nan) : c10::nullopt,
                                         has_posinf ? c10::optional<double>(posinf) : c10::nullopt,
                                         has_neginf ? c10::optional<double>(neginf) : c10::nullopt));
  STS_CATCH
}

// ---- in-place arithmetic not in arithmetic.cpp ---------------------------------------------------

STS_API int sts_sub_(TensorHandle a, TensorHandle b, sts_scalar alpha) {
  STS_TRY sts::borrow(a).sub_(sts::borrow(b), sts::scalar(alpha)); STS_CATCH
}
STS_API int sts_sub_scalar_(TensorHandle a, sts_scalar b, sts_scalar alpha) {
  STS_TRY sts::borrow(a).sub_(sts::scalar(b), sts::scalar(alpha)); STS_CATCH
}
STS_API int sts_div_scalar_(TensorHandle a, sts_scalar b) { STS_TRY sts::borrow(a).div_(sts::scalar(b)); STS_CATCH }
STS_API int sts_pow_(TensorHandle a, TensorHandle b) { STS_TRY sts::borrow(a).pow_(sts::borrow(b)); STS_CATCH }
STS_API int sts_pow_scalar_(TensorHandle a, sts_scalar b) { STS_TRY sts::borrow(a).pow_(sts::scalar(b)); STS_CATCH }
STS_API int sts_remainder_scalar_(TensorHandle a, sts_scalar b) { STS_TRY sts::borrow(a).remainder_(sts::scalar(b)); STS_CATCH }
STS_API int sts_copy_(TensorHandle a, TensorHandle src, int32_t non_blocking) {
  STS_TRY sts::borrow(a).copy_(sts::borrow(src), non_blocking != 0); STS_CATCH
}
STS_API int sts_fill_(TensorHandle a, sts_scalar value) { STS_TRY sts::borrow(a).fill_(sts::scalar(value)); STS_CATCH }
STS_API int sts_fill_tensor_(TensorHandle a, TensorHandle value) { STS_TRY sts::borrow(a).fill_(sts::borrow(value)); STS_CATCH }

// ---- random in-place fills (libtorch's default generator: torch.manual_seed reproduces PyTorch) --

STS_API int sts_uniform_(TensorHandle a, double from, double to) { STS_TRY sts::borrow(a).uniform_(from, to); STS_CATCH }
STS_API int sts_normal_(TensorHandle a, double mean, double std) { STS_TRY sts::borrow(a).normal_(mean, std); STS_CATCH }
STS_API int sts_bernoulli_(TensorHandle a, double p) { STS_TRY sts::borrow(a).bernoulli_(p); STS_CATCH }
STS_API int sts_bernoulli(TensorHandle probabilities, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::bernoulli(sts::borrow(probabilities))); STS_CATCH
}
STS_API int sts_multinomial(TensorHandle probabilities, int64_t samples, int32_t replacement, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::multinomial(sts::borrow(probabilities), samples, replacement != 0)); STS_CATCH
}

// ---- where / masked_fill -----------------------------------------------------------------------

STS_API int sts_where(TensorHandle cond, TensorHandle a, TensorHandle b, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::where(sts::borrow(cond), sts::borrow(a), sts::borrow(b))); STS_CATCH
}
STS_API int sts_where_scalar_self(TensorHandle cond, sts_scalar a, TensorHandle b, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::where(sts::borrow(cond), sts::scalar(a), sts::borrow(b))); STS_CATCH
}
STS_API int sts_where_scalar_other(TensorHandle cond, TensorHandle a, sts_scalar b, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::where(sts::borrow(cond), sts::borrow(a), sts::scalar(b))); STS_CATCH
}
STS_API int sts_where_scalars(TensorHandle cond, sts_scalar a, sts_scalar b, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::where(sts::borrow(cond), sts::scalar(a), sts::scalar(b))); STS_CATCH
}
STS_API int sts_masked_fill(TensorHandle a, TensorHandle mask, sts_scalar value, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::masked_fill(sts::borrow(a), sts::borrow(mask), sts::scalar(value))); STS_CATCH
}
STS_API int sts_masked_fill_tensor(TensorHandle a, TensorHandle mask, TensorHandle value, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::masked_fill(sts::borrow(a), sts::borrow(mask), sts::borrow(value))); STS_CATCH
}
STS_API int sts_masked_fill_(TensorHandle a, TensorHandle mask, sts_scalar value) {
  STS_TRY sts::borrow(a).masked_fill_(sts::borrow(mask), sts::scalar(value)); STS_CATCH
}
STS_API int sts_masked_fill_tensor_(TensorHandle a, TensorHandle mask, TensorHandle value) {
  STS_TRY sts::borrow(a).masked_fill_(sts::borrow(mask), sts::borrow(value)); STS_CATCH
}
