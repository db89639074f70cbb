// Returning a variable number of tensors (chunk, split, unbind, autograd.grad) across the C ABI.
#pragma once
#include "shim.h"

namespace sts {

// Hands `tensors` to the caller as a new[]-allocated array of owned handles (undefined tensors
// become null handles); the caller frees the array itself with sts_handle_array_free.
inline void to_handle_array(std::vector<at::Tensor> tensors, TensorHandle** out, int64_t* count) {
  auto* handles = new TensorHandle[tensors.size() == 0 ? 1 : tensors.size()];
  for (size_t i = 0; i < tensors.size(); ++i) handles[i] = to_handle(std::move(tensors[i]));
  *out = handles;
  *count = static_cast<int64_t>(tensors.size());
}

// An optional dimension list: length < 0 means "all dimensions" (PyTorch's dim=None).
inline at::OptionalIntArrayRef optional_dims(const int64_t* dims, int64_t length) {
  if (length < 0) return c10::nullopt;
  return at::IntArrayRef(dims, static_cast<size_t>(length));
}

// An optional dtype: a negative code means "keep / infer".
inline c10::optional<at::ScalarType> optional_dtype(int32_t dtype) {
  if (dtype < 0) return c10::nullopt;
  return static_cast<at::ScalarType>(dtype);
}

}  // namespace sts
