// Arithmetic the operators of torch.Tensor map to, plus the in-place forms optimizers use.
#include "direct_cpu.h"

STS_API int sts_add(TensorHandle a, TensorHandle b, sts_scalar alpha, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::add(sts::borrow(a), sts::borrow(b), sts::scalar(alpha))); STS_CATCH
}
STS_API int sts_add_scalar(TensorHandle a, sts_scalar b, sts_scalar alpha, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::add(sts::borrow(a), sts::scalar(b), sts::scalar(alpha))); STS_CATCH
}
STS_API int sts_add_(TensorHandle a, TensorHandle b, sts_scalar alpha) {
  STS_TRY
    auto self = sts::borrow(a);
    auto other = sts::borrow(b);
    if (sts::direct_cpu_inplace(self, other)) {
      at::cpu::add_(self, other, sts::scalar(alpha));
      sts::bump_version(self);
    } else {
      self.add_(other, sts::scalar(alpha));
    }
  STS_CATCH
}
STS_API int sts_add_scalar_(TensorHandle a, sts_scalar b, sts_scalar alpha) {
  STS_TRY sts::borrow(a).add_(sts::scalar(b), sts::scalar(alpha)); STS_CATCH
}
STS_API int sts_sub(TensorHandle a, TensorHandle b, sts_scalar alpha, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::sub(sts::borrow(a), sts::borrow(b), sts::scalar(alpha))); STS_CATCH
}
STS_API int sts_sub_scalar(TensorHandle a, sts_scalar b, sts_scalar alpha, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::sub(sts::borrow(a), sts::scalar(b), sts::scalar(alpha))); STS_CATCH
}
STS_API int sts_rsub_scalar(TensorHandle a, sts_scalar b, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::rsub(sts::borrow(a), sts::scalar(b))); STS_CATCH
}
STS_API int sts_mul(TensorHandle a, TensorHandle b, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::mul(sts::borrow(a), sts::borrow(b))); STS_CATCH
}
STS_API int sts_mul_scalar(TensorHandle a, sts_scalar b, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::mul(sts::borrow(a), sts::scalar(b))); STS_CATCH
}
STS_API int sts_mul_(TensorHandle a, TensorHandle b) {
  STS_TRY
    auto self = sts::borrow(a);
    auto other = sts::borrow(b);
    if (sts::direct_cpu_inplace(self, other)) {
      at::cpu::mul_(self, other);
      sts::bump_version(self);
    } else {
      self.mul_(other);
    }
  STS_CATCH
}
STS_API int sts_mul_scalar_(TensorHandle a, sts_scalar b) { STS_TRY sts::borrow(a).mul_(sts::scalar(b)); STS_CATCH }
STS_API int sts_div(TensorHandle a, TensorHandle b, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::div(sts::borrow(a), sts::borrow(b))); STS_CATCH
}
STS_API int sts_div_scalar(TensorHandle a, sts_scalar b, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::div(sts::borrow(a), sts::scalar(b))); STS_CATCH
}
STS_API int sts_rdiv_scalar(TensorHandle a, sts_scalar b, TensorHandle* out) {
  // Out of place: an in-place mul_ would bump the version autograd saved for reciprocal's backward.
  STS_TRY *out = sts::to_handle(at::reciprocal(sts::borrow(a)).mul(sts::scalar(b))); STS_CATCH
}
STS_API int sts_div_(TensorHandle a, TensorHandle b) { STS_TRY sts::borrow(a).div_(sts::borrow(b)); STS_CATCH }
STS_API int sts_matmul(TensorHandle a, TensorHandle b, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::matmul(sts::borrow(a), sts::borrow(b))); STS_CATCH
}
STS_API int sts_neg(TensorHandle a, TensorHandle* out) { STS_TRY *out = sts::to_handle(at::neg(sts::borrow(a))); STS_CATCH }
STS_API int sts_relu(TensorHandle a, TensorHandle* out) { STS_TRY *out = sts::to_handle(at::relu(sts::borrow(a))); STS_CATCH }
STS_API int sts_zero_(TensorHandle a) { STS_TRY sts::borrow(a).zero_(); STS_CATCH }
