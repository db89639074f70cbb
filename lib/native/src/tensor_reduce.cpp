// Reductions (sum, mean, max, norm, std, ...), scans (cumsum) and sorting (topk, sort).
// Dimension lists cross as (pointer, length) with length < 0 meaning PyTorch's dim=None.
#include "handle_list.h"

STS_API int sts_sum(TensorHandle a, const int64_t* dims, int64_t ndims, int32_t keepdim, int32_t dtype, TensorHandle* out) {
  STS_TRY
    auto x = sts::borrow(a);
    *out = sts::to_handle(ndims < 0 ? at::sum(x, sts::optional_dtype(dtype))
                                    : at::sum(x, sts::optional_dims(dims, ndims), keepdim != 0, sts::optional_dtype(dtype)));
  STS_CATCH
}
STS_API int sts_mean(TensorHandle a, const int64_t* dims, int64_t ndims, int32_t keepdim, int32_t dtype, TensorHandle* out) {
  STS_TRY
    auto x = sts::borrow(a);
    *out = sts::to_handle(ndims < 0 ? at::mean(x, sts::optional_dtype(dtype))
                                    : at::mean(x, sts::optional_dims(dims, ndims), keepdim != 0, sts::optional_dtype(dtype)));
  STS_CATCH
}
// has_dim = 0: product of every element.
STS_API int sts_prod(TensorHandle a, int32_t has_dim, int64_t dim, int32_t keepdim, int32_t dtype, TensorHandle* out) {
  STS_TRY
    auto x = sts::borrow(a);
    *out = sts::to_handle(has_dim ? at::prod(x, dim, keepdim != 0, sts::optional_dtype(dtype))
                                  : at::prod(x, sts::optional_dtype(dtype)));
  STS_CATCH
}
STS_API int sts_max_all(TensorHandle a, TensorHandle* out) { STS_TRY *out = sts::to_handle(at::max(sts::borrow(a))); STS_CATCH }
STS_API int sts_min_all(TensorHandle a, TensorHandle* out) { STS_TRY *out = sts::to_handle(at::min(sts::borrow(a))); STS_CATCH }
STS_API int sts_max_dim(TensorHandle a, int64_t dim, int32_t keepdim, TensorHandle* values, TensorHandle* indices) {
  STS_TRY
    auto r = at::max(sts::borrow(a), dim, keepdim != 0);
    *values = sts::to_handle(std::get<0>(r));
    *indices = sts::to_handle(std::get<1>(r));
  STS_CATCH
}
STS_API int sts_min_dim(TensorHandle a, int64_t dim, int32_t keepdim, TensorHandle* values, TensorHandle* indices) {
  STS_TRY
    auto r = at::min(sts::borrow(a), dim, keepdim != 0);
    *values = sts::to_handle(std::get<0>(r));
    *indices = sts::to_handle(std::get<1>(r));
  STS_CATCH
}
STS_API int sts_amax(TensorHandle a, const int64_t* dims, int64_t ndims, int32_t keepdim, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::amax(sts::borrow(a), sts::int_list(dims, ndims), keepdim != 0)); STS_CATCH
}
STS_API int sts_amin(TensorHandle a, const int64_t* dims, int64_t ndims, int32_t keepdim, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::amin(sts::borrow(a), sts::int_list(dims, ndims), keepdim != 0)); STS_CATCH
}
STS_API int sts_argmax(TensorHandle a, int32_t has_dim, int64_t dim, int32_t keepdim, TensorHandle* out) {
  STS_TRY
    *out = sts::to_handle(at::argmax(sts::borrow(a), has_dim ? c10::optional<int64_t>(dim) : c10::nullopt, keepdim != 0));
  STS_CATCH
}
STS_API int sts_argmin(TensorHandle a, int32_t has_dim, int64_t dim, int32_t keepdim, TensorHandle* out) {
  STS_TRY
    *out = sts::to_handle(at::argmin(sts::borrow(a), has_dim ? c10::optional<int64_t>(dim) : c10::nullopt, keepdim != 0));
  STS_CATCH
}
STS_API int sts_norm(TensorHandle a, double p, const int64_t* dims, int64_t ndims, int32_t keepdim, TensorHandle* out) {
  STS_TRY
    auto x = sts::borrow(a);
    *out = sts::to_handle(ndims < 0 ? at::norm(x, at::Scalar(p))
                                    : at::norm(x, c10::optional<at::Scalar>(at::Scalar(p)), sts::int_list(dims, ndims), keepdim != 0));
  STS_CATCH
}
// correction: 1 = unbiased (Bessel), 0 = biased, as PyTorch's `correction`.
STS_API int sts_std(TensorHandle a, const int64_t* dims, int64_t ndims, int64_t correction, int32_t keepdim, TensorHandle* out) {
  STS_TRY
    *out = sts::to_handle(at::std(sts::borrow(a), sts::optional_dims(dims, ndims), c10::optional<int64_t>(correction), keepdim != 0));
  STS_CATCH
}
STS_API int sts_var(TensorHandle a, const int64_t* dims, int64_t ndims, int64_t correction, int32_t keepdim, TensorHandle* out) {
  STS_TRY
    *out = sts::to_handle(at::var(sts::borrow(a), sts::optional_dims(dims, ndims), c10::optional<int64_t>(correction), keepdim != 0));
  STS_CATCH
}
STS_API int sts_cumsum(TensorHandle a, int64_t dim, int32_t dtype, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::cumsum(sts::borrow(a), dim, sts::optional_dtype(dtype))); STS_CATCH
}
STS_API int sts_cumprod(TensorHandle a, int64_t dim, int32_t dtype, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::cumprod(sts::borrow(a), dim, sts::optional_dtype(dtype))); STS_CATCH
}
STS_API int sts_all(TensorHandle a, int32_t has_dim, int64_t dim, int32_t keepdim, TensorHandle* out) {
  STS_TRY
    auto x = sts::borrow(a);
    *out = sts::to_handle(has_dim ? at::all(x, dim, keepdim != 0) : at::all(x));
  STS_CATCH
}
STS_API int sts_any(TensorHandle a, int32_t has_dim, int64_t dim, int32_t keepdim, TensorHandle* out) {
  STS_TRY
    auto x = sts::borrow(a);
    *out = sts::to_handle(has_dim ? at::any(x, dim, keepdim != 0) : at::any(x));
  STS_CATCH
}
STS_API int sts_count_nonzero(TensorHandle a, const int64_t* dims, int64_t ndims, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::count_nonzero(sts::borrow(a), sts::int_list(dims, ndims))); STS_CATCH
}
STS_API int sts_logsumexp(TensorHandle a, const int64_t* dims, int64_t ndims, int32_t keepdim, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::logsumexp(sts::borrow(a), sts::int_list(dims, ndims), keepdim != 0)); STS_CATCH
}
STS_API int sts_topk(TensorHandle a, int64_t k, int64_t dim, int32_t largest, int32_t sorted, TensorHandle* values,
                     TensorHandle* indices) {
  STS_TRY
    auto r = at::topk(sts::borrow(a), k, dim, largest != 0, sorted != 0);
    *values = sts::to_handle(std::get<0>(r));
    *indices = sts::to_handle(std::get<1>(r));
  STS_CATCH
}
STS_API int sts_sort(TensorHandle a, int64_t dim, int32_t descending, int32_t stable, TensorHandle* values,
                     TensorHandle* indices) {
  STS_TRY
    auto r = at::sort(sts::borrow(a), c10::optional<bool>(stable != 0), dim, descending != 0);
    *values = sts::to_handle(std::get<0>(r));
    *indices = sts::to_handle(std::get<1>(r));
  STS_CATCH
}
STS_API int sts_argsort(TensorHandle a, int64_t dim, int32_t descending, int32_t stable, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::argsort(sts::borrow(a), stable != 0, dim, descending != 0)); STS_CATCH
}
