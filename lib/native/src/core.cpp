// Core entry points: errors, tensor lifetime and metadata, creation from host memory,
// reading data back, device/dtype conversion, seeds, threads, grad mode and autograd.
#include "shim.h"

namespace {
thread_local std::string last_error;
}

namespace sts {
void set_error(const char* message) { last_error = message == nullptr ? "" : message; }
}  // namespace sts

STS_API const char* sts_last_error() { return last_error.c_str(); }

STS_API void sts_tensor_free(TensorHandle h) {
  // Never throws: decref only runs the TensorImpl destructor, which is noexcept.
  if (h != nullptr) c10::raw::intrusive_ptr::decref(h);
}

// ---- metadata -------------------------------------------------------------------------------

STS_API int sts_tensor_ndim(TensorHandle h, int64_t* out) {
  STS_TRY *out = sts::borrow(h).dim(); STS_CATCH
}

STS_API int sts_tensor_shape(TensorHandle h, int64_t* out, int64_t capacity) {
  STS_TRY
    auto t = sts::borrow(h);
    TORCH_CHECK(capacity >= t.dim(), "shape buffer too small");
    for (int64_t i = 0; i < t.dim(); ++i) out[i] = t.size(i);
  STS_CATCH
}

STS_API int sts_tensor_numel(TensorHandle h, int64_t* out) {
  STS_TRY *out = sts::borrow(h).numel(); STS_CATCH
}

STS_API int sts_tensor_dtype(TensorHandle h, int32_t* out) {
  STS_TRY *out = static_cast<int32_t>(sts::borrow(h).scalar_type()); STS_CATCH
}

STS_API int sts_tensor_device(TensorHandle h, int32_t* type, int32_t* index) {
  STS_TRY
    auto d = sts::borrow(h).device();
    *type = static_cast<int32_t>(d.type());
    *index = d.index();
  STS_CATCH
}

STS_API int sts_tensor_is_contiguous(TensorHandle h, int32_t* out) {
  STS_TRY *out = sts::borrow(h).is_contiguous() ? 1 : 0; STS_CATCH
}

STS_API int sts_tensor_to_string(TensorHandle h, char* buffer, int64_t capacity, int64_t* needed) {
  STS_TRY
    std::ostringstream s;
    s << sts::borrow(h);
    auto text = s.str();
    *needed = static_cast<int64_t>(text.size()) + 1;
    if (capacity >= *needed) std::memcpy(buffer, text.c_str(), text.size() + 1);
  STS_CATCH
}

// ---- creation from host memory and readback ------------------------------------------------

// Copies `data` (dense, row-major, element type `dtype`) into a new CPU tensor of `shape`.
STS_API int sts_tensor_from_blob(const void* data, const int64_t* shape, int64_t ndim, int32_t dtype,
                                 TensorHandle* out) {
  STS_TRY
    auto options = at::TensorOptions().dtype(static_cast<at::ScalarType>(dtype));
    auto t = at::empty(sts::int_list(shape, ndim), options);
    auto bytes = t.numel() * t.element_size();
    if (bytes > 0) std::memcpy(t.data_ptr(), data, static_cast<size_t>(bytes));
    *out = sts::to_handle(t);
  STS_CATCH
}

// Copies the tensor's elements (converted to contiguous CPU memory) into `buffer`.
STS_API int sts_tensor_copy_to_host(TensorHandle h, void* buffer, int64_t capacity_bytes) {
  STS_TRY
    auto t = sts::borrow(h).detach().to(at::kCPU).contiguous();
    auto bytes = t.numel() * t.element_size();
    TORCH_CHECK(capacity_bytes >= bytes, "host buffer too small: need ", bytes, " bytes, have ", capacity_bytes);
    if (bytes > 0) std::memcpy(buffer, t.data_ptr(), static_cast<size_t>(bytes));
  STS_CATCH
}

STS_API int sts_tensor_item_double(TensorHandle h, double* out) {
  STS_TRY *out = sts::borrow(h).item<double>(); STS_CATCH
}

STS_API int sts_tensor_item_int64(TensorHandle h, int64_t* out) {
  STS_TRY *out = sts::borrow(h).item<int64_t>(); STS_CATCH
}

// ---- conversion ------------------------------------------------------------------------------

STS_API int sts_tensor_to(TensorHandle h, int32_t device_type, int32_t device_index, int32_t dtype,
                          int32_t non_blocking, int32_t copy, TensorHandle* out) {
  STS_TRY
    auto t = sts::borrow(h);
    auto device = device_type < 0 ? t.device() : sts::make_device(device_type, device_index);
    auto type = dtype < 0 ? t.scalar_type() : static_cast<at::ScalarType>(dtype);
    *out = sts::to_handle(t.to(device, type, non_blocking != 0, copy != 0));
  STS_CATCH
}

STS_API int sts_tensor_alias(TensorHandle h, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(sts::borrow(h)); STS_CATCH
}

// ---- global state: seeds, threads, devices -----------------------------------------------

STS_API int sts_manual_seed(int64_t seed) {
  STS_TRY
    at::manual_seed(static_cast<uint64_t>(seed));
  STS_CATCH
}

STS_API int sts_set_num_threads(int32_t n) { STS_TRY at::set_num_threads(n); STS_CATCH }
STS_API int sts_get_num_threads(int32_t* out) { STS_TRY *out = at::get_num_threads(); STS_CATCH }
STS_API int sts_set_num_interop_threads(int32_t n) { STS_TRY at::set_num_interop_threads(n); STS_CATCH }

STS_API int sts_cuda_is_available(int32_t* out) { STS_TRY *out = at::hasCUDA() && at::detail::getCUDAHooks().getNumGPUs() > 0; STS_CATCH }
STS_API int sts_cuda_device_count(int32_t* out) {
  STS_TRY *out = at::hasCUDA() ? static_cast<int32_t>(at::detail::getCUDAHooks().getNumGPUs()) : 0; STS_CATCH
}

// ---- autograd ------------------------------------------------------------------------------

STS_API int sts_grad_mode_enabled(int32_t* out) { STS_TRY *out = c10::GradMode::is_enabled(); STS_CATCH }
STS_API int sts_set_grad_mode(int32_t enabled) { STS_TRY c10::GradMode::set_enabled(enabled != 0); STS_CATCH }

STS_API int sts_tensor_requires_grad(TensorHandle h, int32_t* out) {
  STS_TRY *out = sts::borrow(h).requires_grad(); STS_CATCH
}

STS_API int sts_tensor_set_requires_grad(TensorHandle h, int32_t value) {
  STS_TRY sts::borrow(h).set_requires_grad(value != 0); STS_CATCH
}

STS_API int sts_tensor_grad(TensorHandle h, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(sts::borrow(h).grad()); STS_CATCH
}

STS_API int sts_tensor_set_grad(TensorHandle h, TensorHandle grad) {
  STS_TRY
    auto t = sts::borrow(h);
    if (grad == nullptr) t.mutable_grad().reset(); else t.mutable_grad() = sts::borrow(grad);
  STS_CATCH
}

STS_API int sts_tensor_is_leaf(TensorHandle h, int32_t* out) { STS_TRY *out = sts::borrow(h).is_leaf(); STS_CATCH }

STS_API int sts_tensor_backward(TensorHandle h, TensorHandle gradient, int32_t retain_graph, int32_t create_graph) {
  STS_TRY
    auto t = sts::borrow(h);
    auto g = gradient == nullptr ? at::Tensor() : sts::borrow(gradient);
    c10::optional<bool> retain = retain_graph < 0 ? c10::nullopt : c10::optional<bool>(retain_graph != 0);
    t.backward(g, retain, create_graph != 0);
  STS_CATCH
}

STS_API int sts_tensor_detach(TensorHandle h, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(sts::borrow(h).detach()); STS_CATCH
}

STS_API int sts_tensor_detach_(TensorHandle h) { STS_TRY sts::borrow(h).detach_(); STS_CATCH }

// Replaces the data of a tensor (typically a Parameter) in place, keeping its identity: module.to(device)
// moves parameters this way so that optimizers holding them stay valid.
STS_API int sts_tensor_set_data(TensorHandle h, TensorHandle data) {
  STS_TRY sts::borrow(h).set_data(sts::borrow(data)); STS_CATCH
}
