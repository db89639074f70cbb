// Views and reshaping (view, permute, expand, ...), joining and splitting (cat, chunk, split),
// and gather/scatter-style selection along one dimension.
#include "handle_list.h"

#define STS_SHAPE_LIST_OP(name, expr)                                                          \
  STS_API int sts_##name(TensorHandle a, const int64_t* sizes, int64_t n, TensorHandle* out) { \
    STS_TRY auto x = sts::borrow(a); auto list = sts::int_list(sizes, n);                      \
    *out = sts::to_handle(expr); STS_CATCH                                                     \
  }

STS_SHAPE_LIST_OP(view, x.view(list))
STS_SHAPE_LIST_OP(reshape, x.reshape(list))
STS_SHAPE_LIST_OP(permute, x.permute(list))
STS_SHAPE_LIST_OP(expand, x.expand(list))
STS_SHAPE_LIST_OP(repeat, x.repeat(list))
STS_SHAPE_LIST_OP(flip, at::flip(x, list))
STS_SHAPE_LIST_OP(tile, at::tile(x, list))

STS_API void sts_handle_array_free(TensorHandle* handles) { delete[] handles; }

STS_API int sts_flatten(TensorHandle a, int64_t start, int64_t end, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::flatten(sts::borrow(a), start, end)); STS_CATCH
}
STS_API int sts_unflatten(TensorHandle a, int64_t dim, const int64_t* sizes, int64_t n, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::unflatten(sts::borrow(a), dim, sts::int_list(sizes, n))); STS_CATCH
}
// has_dim = 0: squeeze every size-1 dimension.
STS_API int sts_squeeze(TensorHandle a, int32_t has_dim, int64_t dim, TensorHandle* out) {
  STS_TRY
    auto x = sts::borrow(a);
    *out = sts::to_handle(has_dim ? at::squeeze(x, dim) : at::squeeze(x));
  STS_CATCH
}
STS_API int sts_unsqueeze(TensorHandle a, int64_t dim, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::unsqueeze(sts::borrow(a), dim)); STS_CATCH
}
STS_API int sts_transpose(TensorHandle a, int64_t d0, int64_t d1, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::transpose(sts::borrow(a), d0, d1)); STS_CATCH
}
STS_API int sts_t(TensorHandle a, TensorHandle* out) { STS_TRY *out = sts::to_handle(at::t(sts::borrow(a))); STS_CATCH }
STS_API int sts_mT(TensorHandle a, TensorHandle* out) { STS_TRY *out = sts::to_handle(sts::borrow(a).mT()); STS_CATCH }
STS_API int sts_movedim(TensorHandle a, int64_t source, int64_t destination, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::movedim(sts::borrow(a), source, destination)); STS_CATCH
}
STS_API int sts_contiguous(TensorHandle a, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(sts::borrow(a).contiguous()); STS_CATCH
}
STS_API int sts_clone(TensorHandle a, TensorHandle* out) { STS_TRY *out = sts::to_handle(at::clone(sts::borrow(a))); STS_CATCH }
STS_API int sts_expand_as(TensorHandle a, TensorHandle other, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(sts::borrow(a).expand_as(sts::borrow(other))); STS_CATCH
}
STS_API int sts_view_as(TensorHandle a, TensorHandle other, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(sts::borrow(a).view_as(sts::borrow(other))); STS_CATCH
}
STS_API int sts_cat(const TensorHandle* tensors, int64_t n, int64_t dim, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::cat(sts::tensor_list(tensors, n), dim)); STS_CATCH
}
STS_API int sts_stack(const TensorHandle* tensors, int64_t n, int64_t dim, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::stack(sts::tensor_list(tensors, n), dim)); STS_CATCH
}
STS_API int sts_chunk(TensorHandle a, int64_t chunks, int64_t dim, TensorHandle** out, int64_t* count) {
  STS_TRY sts::to_handle_array(at::chunk(sts::borrow(a), chunks, dim), out, count); STS_CATCH
}
STS_API int sts_split(TensorHandle a, int64_t size, int64_t dim, TensorHandle** out, int64_t* count) {
  STS_TRY sts::to_handle_array(at::split(sts::borrow(a), size, dim), out, count); STS_CATCH
}
STS_API int sts_split_with_sizes(TensorHandle a, const int64_t* sizes, int64_t n, int64_t dim, TensorHandle** out,
                                 int64_t* count) {
  STS_TRY sts::to_handle_array(at::split_with_sizes(sts::borrow(a), sts::int_list(sizes, n), dim), out, count); STS_CATCH
}
STS_API int sts_unbind(TensorHandle a, int64_t dim, TensorHandle** out, int64_t* count) {
  STS_TRY sts::to_handle_array(at::unbind(sts::borrow(a), dim), out, count); STS_CATCH
}
STS_API int sts_narrow(TensorHandle a, int64_t dim, int64_t start, int64_t length, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::narrow(sts::borrow(a), dim, start, length)); STS_CATCH
}
STS_API int sts_select(TensorHandle a, int64_t dim, int64_t index, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::select(sts::borrow(a), dim, index)); STS_CATCH
}
STS_API int sts_slice(TensorHandle a, int64_t dim, int64_t start, int64_t end, int64_t step, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::slice(sts::borrow(a), dim, start, end, step)); STS_CATCH
}
STS_API int sts_index_select(TensorHandle a, int64_t dim, TensorHandle index, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::index_select(sts::borrow(a), dim, sts::borrow(index))); STS_CATCH
}
STS_API int sts_gather(TensorHandle a, int64_t dim, TensorHandle index, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::gather(sts::borrow(a), dim, sts::borrow(index))); STS_CATCH
}
STS_API int sts_scatter(TensorHandle a, int64_t dim, TensorHandle index, TensorHandle src, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::scatter(sts::borrow(a), dim, sts::borrow(index), sts::borrow(src))); STS_CATCH
}
STS_API int sts_scatter_scalar(TensorHandle a, int64_t dim, TensorHandle index, sts_scalar value, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::scatter(sts::borrow(a), dim, sts::borrow(index), sts::scalar(value))); STS_CATCH
}
STS_API int sts_scatter_(TensorHandle a, int64_t dim, TensorHandle index, TensorHandle src) {
  STS_TRY sts::borrow(a).scatter_(dim, sts::borrow(index), sts::borrow(src)); STS_CATCH
}
STS_API int sts_scatter_scalar_(TensorHandle a, int64_t dim, TensorHandle index, sts_scalar value) {
  STS_TRY sts::borrow(a).scatter_(dim, sts::borrow(index), sts::scalar(value)); STS_CATCH
}
STS_API int sts_scatter_add(TensorHandle a, int64_t dim, TensorHandle index, TensorHandle src, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::scatter_add(sts::borrow(a), dim, sts::borrow(index), sts::borrow(src))); STS_CATCH
}
STS_API int sts_roll(TensorHandle a, const int64_t* shifts, int64_t nshifts, const int64_t* dims, int64_t ndims,
                     TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::roll(sts::borrow(a), sts::int_list(shifts, nshifts), sts::int_list(dims, ndims))); STS_CATCH
}
STS_API int sts_tril(TensorHandle a, int64_t diagonal, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::tril(sts::borrow(a), diagonal)); STS_CATCH
}
STS_API int sts_triu(TensorHandle a, int64_t diagonal, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::triu(sts::borrow(a), diagonal)); STS_CATCH
}
STS_API int sts_diag(TensorHandle a, int64_t diagonal, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::diag(sts::borrow(a), diagonal)); STS_CATCH
}
