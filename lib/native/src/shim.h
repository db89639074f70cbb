// Conventions shared by every shim source file.
//
// * A tensor handle is a c10::TensorImpl* that owns one reference (see to_handle / release).
// * Every exported function returns 0 on success and -1 on failure; on failure the message
//   (libtorch's own, without the C++ backtrace) is kept per thread and read by sts_last_error.
// * Every exported function catches every exception: a bad shape in a notebook cell must
//   become a .NET TorchException, never a crashed process.
#pragma once
#include "pch.h"

#define STS_API extern "C" __attribute__((visibility("default")))

typedef c10::TensorImpl* TensorHandle;

namespace sts {

void set_error(const char* message);

// Borrow a handle as an at::Tensor (adds a reference for the lifetime of the returned value).
inline at::Tensor borrow(TensorHandle h) {
  if (h == nullptr) {
    throw std::invalid_argument("tensor handle is null (the tensor was disposed or never created)");
  }
  return at::Tensor(c10::intrusive_ptr<c10::TensorImpl, c10::UndefinedTensorImpl>::unsafe_reclaim_from_nonowning(h));
}

// Optional tensor argument: null handle means "None".
inline c10::optional<at::Tensor> borrow_optional(TensorHandle h) {
  if (h == nullptr) return c10::nullopt;
  return borrow(h);
}

// Hand a tensor to the caller: the caller owns one reference and frees it with sts_tensor_free.
inline TensorHandle to_handle(at::Tensor t) {
  if (!t.defined()) return nullptr;
  return t.unsafeReleaseTensorImpl();
}

inline at::IntArrayRef int_list(const int64_t* values, int64_t length) {
  return at::IntArrayRef(values, static_cast<size_t>(length));
}

inline std::vector<at::Tensor> tensor_list(const TensorHandle* handles, int64_t length) {
  std::vector<at::Tensor> result;
  result.reserve(static_cast<size_t>(length));
  for (int64_t i = 0; i < length; ++i) result.push_back(borrow(handles[i]));
  return result;
}

inline at::Device make_device(int32_t type, int32_t index) {
  return at::Device(static_cast<c10::DeviceType>(type), static_cast<c10::DeviceIndex>(index));
}

// Options of a factory call: a negative dtype or device type means "PyTorch's default".
inline at::TensorOptions factory_options(int32_t dtype, int32_t device_type, int32_t device_index) {
  auto o = at::TensorOptions();
  if (dtype >= 0) o = o.dtype(static_cast<at::ScalarType>(dtype));
  if (device_type >= 0) o = o.device(make_device(device_type, device_index));
  return o;
}

// Hands a freshly created tensor to the caller, as a leaf that requires grad when asked.
inline TensorHandle finish_factory(at::Tensor t, int32_t requires_grad) {
  if (requires_grad) t.set_requires_grad(true);
  return to_handle(t);
}

}  // namespace sts

#define STS_TRY try {
#define STS_CATCH                                                        \
  }                                                                      \
  catch (const c10::Error& e) {                                          \
    sts::set_error(e.what_without_backtrace());                          \
    return -1;                                                           \
  }                                                                      \
  catch (const std::exception& e) {                                      \
    sts::set_error(e.what());                                            \
    return -1;                                                           \
  }                                                                      \
  catch (...) {                                                          \
    sts::set_error("unknown C++ exception in libtorch");                 \
    return -1;                                                           \
  }                                                                      \
  return 0;

// A scalar argument crossing the ABI: integral values stay integral so that int tensors
// keep their dtype under type promotion (int64 tensor + 2 stays int64, + 2.5 becomes float).
struct sts_scalar {
  double d;
  int64_t i;
  int32_t kind;  // 0 = floating (d), 1 = integral (i), 2 = bool (i != 0)
};

namespace sts {
inline at::Scalar scalar(sts_scalar s) {
  switch (s.kind) {
    case 1: return at::Scalar(s.i);
    case 2: return at::Scalar(s.i != 0);
    default: return at::Scalar(s.d);
  }
}
}  // namespace sts
