// Factories beyond the shape-only ones of factories.cpp (arange, linspace, eye, randint, randperm,
// *_like), plus the autograd helpers retain_grad and torch.autograd.grad.
#include "handle_list.h"

using sts::factory_options;
using sts::finish_factory;

// dtype < 0 infers it from the scalars as PyTorch does (all integral -> int64, else float32).
STS_API int sts_arange(sts_scalar start, sts_scalar end, sts_scalar step, int32_t dtype, int32_t device_type,
                       int32_t device_index, int32_t requires_grad, TensorHandle* out) {
  STS_TRY
    *out = finish_factory(at::arange(sts::scalar(start), sts::scalar(end), sts::scalar(step), factory_options(dtype, device_type, device_index)),
                  requires_grad);
  STS_CATCH
}
STS_API int sts_linspace(double start, double end, int64_t steps, int32_t dtype, int32_t device_type,
                         int32_t device_index, int32_t requires_grad, TensorHandle* out) {
  STS_TRY
    *out = finish_factory(at::linspace(start, end, steps, factory_options(dtype, device_type, device_index)), requires_grad);
  STS_CATCH
}
STS_API int sts_logspace(double start, double end, int64_t steps, double base, int32_t dtype, int32_t device_type,
                         int32_t device_index, int32_t requires_grad, TensorHandle* out) {
  STS_TRY
    *out = finish_factory(at::logspace(start, end, steps, base, factory_options(dtype, device_type, device_index)), requires_grad);
  STS_CATCH
}
// columns < 0: square n x n.
STS_API int sts_eye(int64_t n, int64_t columns, int32_t dtype, int32_t device_type, int32_t device_index,
                    int32_t requires_grad, TensorHandle* out) {
  STS_TRY
    auto o = factory_options(dtype, device_type, device_index);
    *out = finish_factory(columns < 0 ? at::eye(n, o) : at::eye(n, columns, o), requires_grad);
  STS_CATCH
}
STS_API int sts_randint(int64_t low, int64_t high, const int64_t* shape, int64_t ndim, int32_t dtype, int32_t device_type,
                        int32_t device_index, int32_t requires_grad, TensorHandle* out) {
  STS_TRY
    auto o = factory_options(dtype < 0 ? static_cast<int32_t>(at::kLong) : dtype, device_type, device_index);
    *out = finish_factory(at::randint(low, high, sts::int_list(shape, ndim), o), requires_grad);
  STS_CATCH
}
STS_API int sts_randperm(int64_t n, int32_t dtype, int32_t device_type, int32_t device_index, int32_t requires_grad,
                         TensorHandle* out) {
  STS_TRY
    auto o = factory_options(dtype < 0 ? static_cast<int32_t>(at::kLong) : dtype, device_type, device_index);
    *out = finish_factory(at::randperm(n, o), requires_grad);
  STS_CATCH
}

// kind: 0 zeros_like, 1 ones_like, 2 empty_like, 3 rand_like, 4 randn_like.
STS_API int sts_like(TensorHandle a, int32_t kind, int32_t dtype, int32_t device_type, int32_t device_index,
                     int32_t requires_grad, TensorHandle* out) {
  STS_TRY
    auto x = sts::borrow(a);
    auto o = factory_options(dtype, device_type, device_index);
    at::Tensor r;
    switch (kind) {
      case 0: r = at::zeros_like(x, o); break;
      case 1: r = at::ones_like(x, o); break;
      case 2: r = at::empty_like(x, o); break;
      case 3: r = at::rand_like(x, o); break;
      case 4: r = at::randn_like(x, o); break;
      default: throw std::invalid_argument("unknown *_like kind " + std::to_string(kind));
    }
    *out = finish_factory(r, requires_grad);
  STS_CATCH
}
STS_API int sts_full_like(TensorHandle a, sts_scalar value, int32_t dtype, int32_t device_type, int32_t device_index,
                          int32_t requires_grad, TensorHandle* out) {
  STS_TRY
    *out = finish_factory(at::full_like(sts::borrow(a), sts::scalar(value), factory_options(dtype, device_type, device_index)), requires_grad);
  STS_CATCH
}
STS_API int sts_randint_like(TensorHandle a, int64_t low, int64_t high, int32_t dtype, int32_t device_type,
                             int32_t device_index, int32_t requires_grad, TensorHandle* out) {
  STS_TRY
    *out = finish_factory(at::randint_like(sts::borrow(a), low, high, factory_options(dtype, device_type, device_index)), requires_grad);
  STS_CATCH
}

// ---- autograd helpers ----------------------------------------------------------------------

STS_API int sts_retain_grad(TensorHandle a) { STS_TRY sts::borrow(a).retain_grad(); STS_CATCH }
STS_API int sts_retains_grad(TensorHandle a, int32_t* out) { STS_TRY *out = sts::borrow(a).retains_grad() ? 1 : 0; STS_CATCH }

// Null entries of grad_outputs mean "ones" for scalar outputs, as in PyTorch. Results for unused inputs
// (allow_unused) come back as null handles.
STS_API int sts_autograd_grad(const TensorHandle* outputs, int64_t noutputs, const TensorHandle* inputs, int64_t ninputs,
                              const TensorHandle* grad_outputs, int64_t ngrad_outputs, int32_t retain_graph,
                              int32_t create_graph, int32_t allow_unused, TensorHandle** out, int64_t* count) {
  STS_TRY
    std::vector<at::Tensor> grads;
    for (int64_t i = 0; i < ngrad_outputs; ++i) {
      grads.push_back(grad_outputs[i] == nullptr ? at::Tensor() : sts::borrow(grad_outputs[i]));
    }
    c10::optional<bool> retain = retain_graph < 0 ? c10::nullopt : c10::optional<bool>(retain_graph != 0);
    auto result = torch::autograd::grad(sts::tensor_list(outputs, noutputs), sts::tensor_list(inputs, ninputs), grads,
                                        retain, create_graph != 0, allow_unused != 0);
    sts::to_handle_array(std::move(result), out, count);
  STS_CATCH
}
