// Tensor factories (torch.zeros, torch.randn, ...): dtype/device/requires_grad as in PyTorch.
#include "shim.h"

using sts::factory_options;
using sts::finish_factory;

#define STS_SHAPE_FACTORY(name, call)                                                              \
  STS_API int sts_##name(const int64_t* shape, int64_t ndim, int32_t dtype, int32_t device_type,  \
                         int32_t device_index, int32_t requires_grad, TensorHandle* out) {        \
    STS_TRY *out = finish_factory(call(sts::int_list(shape, ndim), factory_options(dtype, device_type, device_index)), requires_grad); \
    STS_CATCH                                                                                      \
  }

STS_SHAPE_FACTORY(zeros, at::zeros)
STS_SHAPE_FACTORY(ones, at::ones)
STS_SHAPE_FACTORY(empty, at::empty)
STS_SHAPE_FACTORY(rand, at::rand)
STS_SHAPE_FACTORY(randn, at::randn)

STS_API int sts_full(const int64_t* shape, int64_t ndim, sts_scalar value, int32_t dtype, int32_t device_type,
                     int32_t device_index, int32_t requires_grad, TensorHandle* out) {
  STS_TRY
    *out = finish_factory(at::full(sts::int_list(shape, ndim), sts::scalar(value), factory_options(dtype, device_type, device_index)),
                  requires_grad);
  STS_CATCH
}
