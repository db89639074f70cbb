// torch.nn.functional: layers' computations (linear, convolution, pooling, normalisation, dropout,
// activations, padding, resampling, spatial transformers, distances). Each entry point calls the
// same ATen op that PyTorch's Python wrapper calls, with the same argument checks, so values and
// gradients equal PyTorch's.
#include "shim.h"

namespace {

c10::optional<at::IntArrayRef> optional_int_list(const int64_t* values, int64_t length) {
  if (values == nullptr || length < 0) return c10::nullopt;
  return sts::int_list(values, length);
}

c10::optional<at::ArrayRef<double>> optional_double_list(const double* values, int64_t length) {
  if (values == nullptr || length < 0) return c10::nullopt;
  return at::ArrayRef<double>(values, static_cast<size_t>(length));
}

}  // namespace

// ---- linear and convolution ----------------------------------------------------------------

STS_API int sts_nn_linear(TensorHandle input, TensorHandle weight, TensorHandle bias, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::linear(sts::borrow(input), sts::borrow(weight), sts::borrow_optional(bias))); STS_CATCH
}

STS_API int sts_nn_bilinear(TensorHandle input1, TensorHandle input2, TensorHandle weight, TensorHandle bias, TensorHandle* out) {
  STS_TRY
    *out = sts::to_handle(at::bilinear(sts::borrow(input1), sts::borrow(input2), sts::borrow(weight), sts::borrow_optional(bias)));
  STS_CATCH
}

// padding_mode: null = numeric `padding`; otherwise "same" or "valid" (PyTorch's string padding).
STS_API int sts_nn_conv1d(TensorHandle input, TensorHandle weight, TensorHandle bias, int64_t stride, int64_t padding,
                          const char* padding_mode, int64_t dilation, int64_t groups, TensorHandle* out) {
  STS_TRY
    auto x = sts::borrow(input);
    auto w = sts::borrow(weight);
    auto b = sts::borrow_optional(bias);
    *out = sts::to_handle(padding_mode != nullptr
                              ? at::conv1d(x, w, b, {stride}, c10::string_view(padding_mode), {dilation}, groups)
                              : at::conv1d(x, w, b, {stride}, {padding}, {dilation}, groups));
  STS_CATCH
}

STS_API int sts_nn_conv2d(TensorHandle input, TensorHandle weight, TensorHandle bias, const int64_t* stride,
                          const int64_t* padding, const char* padding_mode, const int64_t* dilation, int64_t groups,
                          TensorHandle* out) {
  STS_TRY
    auto x = sts::borrow(input);
    auto w = sts::borrow(weight);
    auto b = sts::borrow_optional(bias);
    *out = sts::to_handle(padding_mode != nullptr
                              ? at::conv2d(x, w, b, sts::int_list(stride, 2), c10::string_view(padding_mode),
                                           sts::int_list(dilation, 2), groups)
                              : at::conv2d(x, w, b, sts::int_list(stride, 2), sts::int_list(padding, 2),
                                           sts::int_list(dilation, 2), groups));
  STS_CATCH
}

// ---- pooling -----------------------------------------------------------------------------------

// stride_len 0 means "stride = kernel_size" (PyTorch passes an empty list for stride=None).
STS_API int sts_nn_max_pool2d(TensorHandle input, const int64_t* kernel, const int64_t* stride, int64_t stride_len,
                              const int64_t* padding, const int64_t* dilation, int32_t ceil_mode, TensorHandle* out) {
  STS_TRY
    *out = sts::to_handle(at::max_pool2d(sts::borrow(input), sts::int_list(kernel, 2), sts::int_list(stride, stride_len),
                                         sts::int_list(padding, 2), sts::int_list(dilation, 2), ceil_mode != 0));
  STS_CATCH
}

STS_API int sts_nn_max_pool2d_with_indices(TensorHandle input, const int64_t* kernel, const int64_t* stride,
                                           int64_t stride_len, const int64_t* padding, const int64_t* dilation,
                                           int32_t ceil_mode, TensorHandle* out, TensorHandle* indices) {
  STS_TRY
    auto result = at::max_pool2d_with_indices(sts::borrow(input), sts::int_list(kernel, 2),
                                              sts::int_list(stride, stride_len), sts::int_list(padding, 2),
                                              sts::int_list(dilation, 2), ceil_mode != 0);
    *out = sts::to_handle(std::get<0>(result));
    *indices = sts::to_handle(std::get<1>(result));
  STS_CATCH
}

STS_API int sts_nn_max_pool1d(TensorHandle input, int64_t kernel, int64_t stride, int64_t padding, int64_t dilation,
                              int32_t ceil_mode, TensorHandle* out) {
  STS_TRY
    *out = sts::to_handle(at::max_pool1d(sts::borrow(input), {kernel}, {stride}, {padding}, {dilation}, ceil_mode != 0));
  STS_CATCH
}

// divisor_override <= 0 means none.
STS_API int sts_nn_avg_pool2d(TensorHandle input, const int64_t* kernel, const int64_t* stride, int64_t stride_len,
                              const int64_t* padding, int32_t ceil_mode, int32_t count_include_pad,
                              int64_t divisor_override, TensorHandle* out) {
  STS_TRY
    c10::optional<int64_t> divisor = divisor_override > 0 ? c10::optional<int64_t>(divisor_override) : c10::nullopt;
    *out = sts::to_handle(at::avg_pool2d(sts::borrow(input), sts::int_list(kernel, 2), sts::int_list(stride, stride_len),
                                         sts::int_list(padding, 2), ceil_mode != 0, count_include_pad != 0, divisor));
  STS_CATCH
}

STS_API int sts_nn_avg_pool1d(TensorHandle input, int64_t kernel, int64_t stride, int64_t padding, int32_t ceil_mode,
                              int32_t count_include_pad, TensorHandle* out) {
  STS_TRY
    *out = sts::to_handle(at::avg_pool1d(sts::borrow(input), {kernel}, {stride}, {padding}, ceil_mode != 0, count_include_pad != 0));
  STS_CATCH
}

STS_API int sts_nn_adaptive_avg_pool2d(TensorHandle input, const int64_t* output_size, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::adaptive_avg_pool2d(sts::borrow(input), sts::int_list(output_size, 2))); STS_CATCH
}

STS_API int sts_nn_adaptive_max_pool2d(TensorHandle input, const int64_t* output_size, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(std::get<0>(at::adaptive_max_pool2d(sts::borrow(input), sts::int_list(output_size, 2)))); STS_CATCH
}

STS_API int sts_nn_adaptive_avg_pool1d(TensorHandle input, int64_t output_size, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::adaptive_avg_pool1d(sts::borrow(input), {output_size})); STS_CATCH
}

// ---- normalisation -----------------------------------------------------------------------------

// As F.batch_norm: in training a channel needs more than one value, then at::batch_norm updates the
// running statistics in place (when given) with `momentum`.
STS_API int sts_nn_batch_norm(TensorHandle input, TensorHandle running_mean, TensorHandle running_var,
                              TensorHandle weight, TensorHandle bias, int32_t training, double momentum, double eps,
                              TensorHandle* out) {
  STS_TRY
    auto x = sts::borrow(input);
    if (training != 0) {
      TORCH_CHECK(x.dim() >= 2, "batch_norm expects an input of at least 2 dimensions (N, C, ...), got ", x.sizes());
      int64_t per_channel = x.size(0);
      for (int64_t i = 2; i < x.dim(); ++i) per_channel *= x.size(i);
      TORCH_CHECK(per_channel != 1, "Expected more than 1 value per channel when training, got input size ", x.sizes());
    }
    *out = sts::to_handle(at::batch_norm(x, sts::borrow_optional(weight), sts::borrow_optional(bias),
                                         sts::borrow_optional(running_mean), sts::borrow_optional(running_var),
                                         training != 0, momentum, eps, at::globalContext().userEnabledCuDNN()));
  STS_CATCH
}

STS_API int sts_nn_layer_norm(TensorHandle input, const int64_t* normalized_shape, int64_t ndim, TensorHandle weight,
                              TensorHandle bias, double eps, TensorHandle* out) {
  STS_TRY
    *out = sts::to_handle(at::layer_norm(sts::borrow(input), sts::int_list(normalized_shape, ndim),
                                         sts::borrow_optional(weight), sts::borrow_optional(bias), eps,
                                         at::globalContext().userEnabledCuDNN()));
  STS_CATCH
}

STS_API int sts_nn_group_norm(TensorHandle input, int64_t num_groups, TensorHandle weight, TensorHandle bias, double eps,
                              TensorHandle* out) {
  STS_TRY
    *out = sts::to_handle(at::group_norm(sts::borrow(input), num_groups, sts::borrow_optional(weight),
                                         sts::borrow_optional(bias), eps, at::globalContext().userEnabledCuDNN()));
  STS_CATCH
}

// ---- dropout -----------------------------------------------------------------------------------

STS_API int sts_nn_dropout(TensorHandle input, double p, int32_t training, int32_t inplace, TensorHandle* out) {
  STS_TRY
    TORCH_CHECK(p >= 0.0 && p <= 1.0, "dropout probability has to be between 0 and 1, but got ", p);
    auto x = sts::borrow(input);
    *out = sts::to_handle(inplace != 0 ? at::dropout_(x, p, training != 0) : at::dropout(x, p, training != 0));
  STS_CATCH
}

STS_API int sts_nn_dropout2d(TensorHandle input, double p, int32_t training, TensorHandle* out) {
  STS_TRY
    TORCH_CHECK(p >= 0.0 && p <= 1.0, "dropout probability has to be between 0 and 1, but got ", p);
    *out = sts::to_handle(at::feature_dropout(sts::borrow(input), p, training != 0));
  STS_CATCH
}

// ---- activations ---------------------------------------------------------------------------------

STS_API int sts_nn_relu(TensorHandle input, TensorHandle* out) { STS_TRY *out = sts::to_handle(at::relu(sts::borrow(input))); STS_CATCH }
STS_API int sts_nn_relu6(TensorHandle input, TensorHandle* out) { STS_TRY *out = sts::to_handle(at::hardtanh(sts::borrow(input), 0, 6)); STS_CATCH }
STS_API int sts_nn_sigmoid(TensorHandle input, TensorHandle* out) { STS_TRY *out = sts::to_handle(at::sigmoid(sts::borrow(input))); STS_CATCH }
STS_API int sts_nn_tanh(TensorHandle input, TensorHandle* out) { STS_TRY *out = sts::to_handle(at::tanh(sts::borrow(input))); STS_CATCH }
STS_API int sts_nn_silu(TensorHandle input, TensorHandle* out) { STS_TRY *out = sts::to_handle(at::silu(sts::borrow(input))); STS_CATCH }
STS_API int sts_nn_gelu(TensorHandle input, const char* approximate, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::gelu(sts::borrow(input), c10::string_view(approximate))); STS_CATCH
}
STS_API int sts_nn_leaky_relu(TensorHandle input, double negative_slope, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::leaky_relu(sts::borrow(input), negative_slope)); STS_CATCH
}
STS_API int sts_nn_elu(TensorHandle input, double alpha, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::elu(sts::borrow(input), alpha)); STS_CATCH
}
STS_API int sts_nn_softplus(TensorHandle input, double beta, double threshold, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::softplus(sts::borrow(input), beta, threshold)); STS_CATCH
}
// dtype < 0: keep the input's dtype.
STS_API int sts_nn_softmax(TensorHandle input, int64_t dim, int32_t dtype, TensorHandle* out) {
  STS_TRY
    c10::optional<at::ScalarType> type = dtype < 0 ? c10::nullopt : c10::optional<at::ScalarType>(static_cast<at::ScalarType>(dtype));
    *out = sts::to_handle(at::softmax(sts::borrow(input), dim, type));
  STS_CATCH
}
STS_API int sts_nn_log_softmax(TensorHandle input, int64_t dim, int32_t dtype, TensorHandle* out) {
  STS_TRY
    c10::optional<at::ScalarType> type = dtype < 0 ? c10::nullopt : c10::optional<at::ScalarType>(static_cast<at::ScalarType>(dtype));
    *out = sts::to_handle(at::log_softmax(sts::borrow(input), dim, type));
  STS_CATCH
}

// ---- shape helpers used by layers --------------------------------------------------------------

STS_API int sts_nn_flatten(TensorHandle input, int64_t start_dim, int64_t end_dim, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::flatten(sts::borrow(input), start_dim, end_dim)); STS_CATCH
}

STS_API int sts_nn_unflatten(TensorHandle input, int64_t dim, const int64_t* sizes, int64_t n, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(sts::borrow(input).unflatten(dim, sts::int_list(sizes, n))); STS_CATCH
}

// ---- padding and resampling ------------------------------------------------------------------

// mode: "constant", "reflect", "replicate" or "circular" (at::pad dispatches as F.pad does).
STS_API int sts_nn_pad(TensorHandle input, const int64_t* pad, int64_t n, const char* mode, double value, TensorHandle* out) {
  STS_TRY
    std::string m(mode);
    c10::optional<double> v = m == "constant" ? c10::optional<double>(value) : c10::nullopt;
    *out = sts::to_handle(at::pad(sts::borrow(input), sts::int_list(pad, n), m, v));
  STS_CATCH
}

// F.interpolate: exactly one of size (size_len >= 0) and scale factors (scales_len >= 0) is given.
// mode: 0 nearest, 1 linear, 2 bilinear, 3 bicubic, 4 trilinear, 5 area, 6 nearest-exact.
// align_corners: only meaningful for the linear modes (the caller passes false for the others).
STS_API int sts_nn_interpolate(TensorHandle input, const int64_t* size, int64_t size_len, const double* scales,
                               int64_t scales_len, int32_t mode, int32_t align_corners, int32_t recompute_scale_factor,
                               int32_t antialias, TensorHandle* out) {
  STS_TRY
    auto x = sts::borrow(input);
    const int64_t dim = x.dim() - 2;
    TORCH_CHECK(dim >= 1 && dim <= 3, "Input Error: Only 3D, 4D and 5D input Tensors supported (got ", x.dim(), "D)");
    auto output_size = optional_int_list(size, size_len);
    auto scale_factors = optional_double_list(scales, scales_len);
    TORCH_CHECK(output_size.has_value() != scale_factors.has_value(), "only one of size or scale_factor should be defined");
    if (output_size.has_value()) {
      TORCH_CHECK(size_len == dim, "Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                  x.sizes().slice(2), " and output size of ", *output_size, ".");
    } else {
      TORCH_CHECK(scales_len == dim, "Input and scale_factor must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                  x.sizes().slice(2), " and scale_factor of shape ", *scale_factors, ".");
    }
    std::vector<int64_t> recomputed;
    if (scale_factors.has_value() && (recompute_scale_factor != 0 || mode == 5)) {
      for (int64_t i = 0; i < dim; ++i) {
        recomputed.push_back(static_cast<int64_t>(std::floor(static_cast<double>(x.size(i + 2)) * (*scale_factors)[i])));
      }
      output_size = at::IntArrayRef(recomputed);
      scale_factors = c10::nullopt;
    }
    TORCH_CHECK(antialias == 0 || ((mode == 2 || mode == 3) && dim == 2), "Anti-alias option is only supported for bilinear and bicubic modes");
    const bool corners = align_corners != 0;
    at::Tensor result;
    switch (mode) {
      case 0:
        result = dim == 1 ? at::upsample_nearest1d(x, output_size, scale_factors)
               : dim == 2 ? at::upsample_nearest2d(x, output_size, scale_factors)
                          : at::upsample_nearest3d(x, output_size, scale_factors);
        break;
      case 6:
        result = dim == 1 ? at::_upsample_nearest_exact1d(x, output_size, scale_factors)
               : dim == 2 ? at::_upsample_nearest_exact2d(x, output_size, scale_factors)
                          : at::_upsample_nearest_exact3d(x, output_size, scale_factors);
        break;
      case 5:
        result = dim == 1 ? at::adaptive_avg_pool1d(x, *output_size)
               : dim == 2 ? at::adaptive_avg_pool2d(x, *output_size)
                          : at::adaptive_avg_pool3d(x, *output_size);
        break;
      case 1:
        TORCH_CHECK(dim == 1, "Got ", x.dim(), "D input, but linear mode needs 3D input");
        result = at::upsample_linear1d(x, output_size, corners, scale_factors);
        break;
      case 2:
        TORCH_CHECK(dim == 2, "Got ", x.dim(), "D input, but bilinear mode needs 4D input");
        result = antialias != 0 ? at::_upsample_bilinear2d_aa(x, output_size, corners, scale_factors)
                                : at::upsample_bilinear2d(x, output_size, corners, scale_factors);
        break;
      case 3:
        TORCH_CHECK(dim == 2, "Got ", x.dim(), "D input, but bicubic mode needs 4D input");
        result = antialias != 0 ? at::_upsample_bicubic2d_aa(x, output_size, corners, scale_factors)
                                : at::upsample_bicubic2d(x, output_size, corners, scale_factors);
        break;
      case 4:
        TORCH_CHECK(dim == 3, "Got ", x.dim(), "D input, but trilinear mode needs 5D input");
        result = at::upsample_trilinear3d(x, output_size, corners, scale_factors);
        break;
      default:
        TORCH_CHECK(false, "unknown interpolation mode ", mode);
    }
    *out = sts::to_handle(result);
  STS_CATCH
}

// ---- spatial transformer ------------------------------------------------------------------------

// theta (N, 2, 3) with size (N, C, H, W), or (N, 3, 4) with (N, C, D, H, W) → grid (N, H, W, 2) / (N, D, H, W, 3).
STS_API int sts_nn_affine_grid(TensorHandle theta, const int64_t* size, int64_t n, int32_t align_corners, TensorHandle* out) {
  STS_TRY
    auto t = sts::borrow(theta);
    auto s = sts::int_list(size, n);
    TORCH_CHECK(at::isFloatingType(t.scalar_type()), "Expected theta to have floating point type, but got ", t.scalar_type());
    if (n == 4) {
      TORCH_CHECK(t.dim() == 3 && t.size(-2) == 2 && t.size(-1) == 3,
                  "Expected a batch of 2D affine matrices of shape Nx2x3 for size ", s, ". Got ", t.sizes(), ".");
    } else if (n == 5) {
      TORCH_CHECK(t.dim() == 3 && t.size(-2) == 3 && t.size(-1) == 4,
                  "Expected a batch of 3D affine matrices of shape Nx3x4 for size ", s, ". Got ", t.sizes(), ".");
    } else {
      TORCH_CHECK(false, "affine_grid only supports 4D and 5D sizes, for 2D and 3D affine transforms, respectively. Got size ", s, ".");
    }
    TORCH_CHECK(*std::min_element(s.begin(), s.end()) > 0, "Expected non-zero, positive output size. Got ", s);
    *out = sts::to_handle(at::affine_grid_generator(t, s, align_corners != 0));
  STS_CATCH
}

// mode: 0 bilinear, 1 nearest, 2 bicubic; padding_mode: 0 zeros, 1 border, 2 reflection (ATen's enums).
STS_API int sts_nn_grid_sample(TensorHandle input, TensorHandle grid, int32_t mode, int32_t padding_mode,
                               int32_t align_corners, TensorHandle* out) {
  STS_TRY
    *out = sts::to_handle(at::grid_sampler(sts::borrow(input), sts::borrow(grid), mode, padding_mode, align_corners != 0));
  STS_CATCH
}

// ---- distances ----------------------------------------------------------------------------------

STS_API int sts_nn_pairwise_distance(TensorHandle x1, TensorHandle x2, double p, double eps, int32_t keepdim, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::pairwise_distance(sts::borrow(x1), sts::borrow(x2), p, eps, keepdim != 0)); STS_CATCH
}

STS_API int sts_nn_cosine_similarity(TensorHandle x1, TensorHandle x2, int64_t dim, double eps, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::cosine_similarity(sts::borrow(x1), sts::borrow(x2), dim, eps)); STS_CATCH
}

// As F.normalize: x / max(‖x‖_p over dim, eps).
STS_API int sts_nn_normalize(TensorHandle input, double p, int64_t dim, double eps, TensorHandle* out) {
  STS_TRY
    auto x = sts::borrow(input);
    auto denom = x.norm(p, dim, true).clamp_min(eps).expand_as(x);
    *out = sts::to_handle(x / denom);
  STS_CATCH
}

STS_API int sts_nn_cdist(TensorHandle x1, TensorHandle x2, double p, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::cdist(sts::borrow(x1), sts::borrow(x2), p)); STS_CATCH
}

// ---- module state helpers ----------------------------------------------------------------------

// Copies `src` into `dst` without recording autograd history (load_state_dict, running statistics).
STS_API int sts_nn_copy_no_grad(TensorHandle dst, TensorHandle src) {
  STS_TRY
    at::NoGradGuard guard;
    sts::borrow(dst).copy_(sts::borrow(src));
  STS_CATCH
}
