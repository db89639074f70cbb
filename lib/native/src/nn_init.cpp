// torch.nn.init: in-place fills run without recording autograd history (PyTorch wraps them in
// torch.no_grad()), so they can initialise parameters that require grad. The random fills draw from
// libtorch's default generator, so torch.manual_seed(s) gives PyTorch's values.
#include "shim.h"

STS_API int sts_nn_init_uniform_(TensorHandle t, double low, double high) {
  STS_TRY at::NoGradGuard guard; sts::borrow(t).uniform_(low, high); STS_CATCH
}

STS_API int sts_nn_init_normal_(TensorHandle t, double mean, double std) {
  STS_TRY at::NoGradGuard guard; sts::borrow(t).normal_(mean, std); STS_CATCH
}

// As nn.init.trunc_normal_: inverse-CDF sampling of a normal truncated to [a, b].
STS_API int sts_nn_init_trunc_normal_(TensorHandle t, double mean, double std, double a, double b) {
  STS_TRY
    at::NoGradGuard guard;
    auto x = sts::borrow(t);
    auto norm_cdf = [](double v) { return (1.0 + std::erf(v / std::sqrt(2.0))) / 2.0; };
    const double l = norm_cdf((a - mean) / std);
    const double u = norm_cdf((b - mean) / std);
    x.uniform_(2 * l - 1, 2 * u - 1);
    x.erfinv_();
    x.mul_(std * std::sqrt(2.0));
    x.add_(mean);
    x.clamp_(a, b);
  STS_CATCH
}

STS_API int sts_nn_init_fill_(TensorHandle t, sts_scalar value) {
  STS_TRY at::NoGradGuard guard; sts::borrow(t).fill_(sts::scalar(value)); STS_CATCH
}

STS_API int sts_nn_init_eye_(TensorHandle t) {
  STS_TRY
    at::NoGradGuard guard;
    auto x = sts::borrow(t);
    TORCH_CHECK(x.dim() == 2, "Only tensors with 2 dimensions are supported");
    at::eye_out(x, x.size(0), x.size(1));
  STS_CATCH
}

// As nn.init.orthogonal_: QR of a normal matrix, signs fixed by R's diagonal, scaled by gain.
STS_API int sts_nn_init_orthogonal_(TensorHandle t, double gain) {
  STS_TRY
    at::NoGradGuard guard;
    auto x = sts::borrow(t);
    TORCH_CHECK(x.dim() >= 2, "Only tensors with 2 or more dimensions are supported");
    if (x.numel() == 0) return 0;
    const int64_t rows = x.size(0);
    const int64_t cols = x.numel() / rows;
    auto flattened = at::empty({rows, cols}, x.options()).normal_(0, 1);
    if (rows < cols) flattened.t_();
    auto qr = at::linalg_qr(flattened);
    auto q = std::get<0>(qr);
    auto d = at::diag(std::get<1>(qr), 0);
    q.mul_(d.sign());
    if (rows < cols) q.t_();
    x.view_as(q).copy_(q);
    x.mul_(gain);
  STS_CATCH
}
