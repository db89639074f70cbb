// Fused optimizer steps, gradient clipping and zero_grad for torch.optim / nn.utils.
//
// Each step function updates ONE parameter with all of its math in C++ (one P/Invoke per parameter
// per step instead of ~10 per-op calls), following PyTorch 1.13's single-tensor algorithms in
// torch/optim/*.py line by line so that results match PyTorch to the last bit where possible.
//
// Optimizer state tensors (exp_avg, momentum_buffer, ...) arrive as in/out handle slots: a null slot
// is created here on first use (zeros, or a copy of the first update for SGD's momentum buffer, as
// PyTorch does) and handed back to the caller, who owns it from then on. `stepped` reports whether
// the parameter had a gradient: parameters without one are skipped, as PyTorch skips them.
#include "shim.h"

#include <cmath>
#include <limits>

namespace {

// Fills an empty state slot with zeros shaped like the parameter; returns the state tensor.
at::Tensor state_zeros(TensorHandle* slot, const at::Tensor& param) {
  if (*slot == nullptr) {
    *slot = sts::to_handle(at::zeros_like(param, at::MemoryFormat::Preserve));
  }
  return sts::borrow(*slot);
}

// The gradient to descend along: -grad when maximizing (PyTorch negates out of place).
at::Tensor direction(const at::Tensor& grad, int32_t maximize) { return maximize ? grad.neg() : grad; }

}  // namespace

// torch/optim/sgd.py _single_tensor_sgd. state[0] = momentum_buffer (only used when momentum != 0).
STS_API int sts_optim_sgd_step(TensorHandle param, TensorHandle* state, double lr, double momentum,
                               double dampening, double weight_decay, int32_t nesterov, int32_t maximize,
                               int32_t* stepped) {
  STS_TRY
  at::NoGradGuard no_grad;
  auto p = sts::borrow(param);
  const auto& grad = p.grad();
  *stepped = grad.defined() ? 1 : 0;
  if (!grad.defined()) return 0;
  auto d_p = direction(grad, maximize);
  if (weight_decay != 0) d_p = d_p.add(p, weight_decay);
  if (momentum != 0) {
    at::Tensor buf;
    if (state[0] == nullptr) {
      buf = d_p.clone().detach();
      state[0] = sts::to_handle(buf);
      buf = sts::borrow(state[0]);
    } else {
      buf = sts::borrow(state[0]);
      buf.mul_(momentum).add_(d_p, 1 - dampening);
    }
    d_p = nesterov ? d_p.add(buf, momentum) : buf;
  }
  p.add_(d_p, -lr);
  STS_CATCH
}

// torch/optim/adam.py _single_tensor_adam (decoupled = 0) and adamw.py _single_tensor_adamw
// (decoupled = 1), non-capturable branch. state = {exp_avg, exp_avg_sq, max_exp_avg_sq};
// `step` is the step count after this update (PyTorch increments before using it).
STS_API int sts_optim_adam_step(TensorHandle param, TensorHandle* state, int64_t step, double lr, double beta1,
                                double beta2, double eps, double weight_decay, int32_t amsgrad,
                                int32_t maximize, int32_t decoupled, int32_t* stepped) {
  STS_TRY
  at::NoGradGuard no_grad;
  auto p = sts::borrow(param);
  const auto& raw_grad = p.grad();
  *stepped = raw_grad.defined() ? 1 : 0;
  if (!raw_grad.defined()) return 0;
  auto grad = direction(raw_grad, maximize);
  auto exp_avg = state_zeros(&state[0], p);
  auto exp_avg_sq = state_zeros(&state[1], p);
  if (decoupled) {
    p.mul_(1 - lr * weight_decay);
  } else if (weight_decay != 0) {
    grad = grad.add(p, weight_decay);
  }
  exp_avg.mul_(beta1).add_(grad, 1 - beta1);
  exp_avg_sq.mul_(beta2).addcmul_(grad, grad, 1 - beta2);

  const double s = static_cast<double>(step);
  const double bias_correction1 = 1 - std::pow(beta1, s);
  const double bias_correction2 = 1 - std::pow(beta2, s);
  const double step_size = lr / bias_correction1;
  const double bias_correction2_sqrt = std::sqrt(bias_correction2);
  at::Tensor denom;
  if (amsgrad) {
    auto max_exp_avg_sq = state_zeros(&state[2], p);
    at::maximum_out(max_exp_avg_sq, max_exp_avg_sq, exp_avg_sq);
    denom = (max_exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps);
  } else {
    denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps);
  }
  p.addcdiv_(exp_avg, denom, -step_size);
  STS_CATCH
}

// torch/optim/adadelta.py _single_tensor_adadelta. state = {square_avg, acc_delta}.
STS_API int sts_optim_adadelta_step(TensorHandle param, TensorHandle* state, double lr, double rho, double eps,
                                    double weight_decay, int32_t maximize, int32_t* stepped) {
  STS_TRY
  at::NoGradGuard no_grad;
  auto p = sts::borrow(param);
  const auto& raw_grad = p.grad();
  *stepped = raw_grad.defined() ? 1 : 0;
  if (!raw_grad.defined()) return 0;
  auto grad = direction(raw_grad, maximize);
  auto square_avg = state_zeros(&state[0], p);
  auto acc_delta = state_zeros(&state[1], p);
  if (weight_decay != 0) grad = grad.add(p, weight_decay);
  square_avg.mul_(rho).addcmul_(grad, grad, 1 - rho);
  auto std = square_avg.add(eps).sqrt_();
  auto delta = acc_delta.add(eps).sqrt_().div_(std).mul_(grad);
  acc_delta.mul_(rho).addcmul_(delta, delta, 1 - rho);
  p.add_(delta, -lr);
  STS_CATCH
}

// torch/optim/rmsprop.py _single_tensor_rmsprop (non-differentiable branch).
// state = {square_avg, momentum_buffer (momentum > 0), grad_avg (centered)}.
STS_API int sts_optim_rmsprop_step(TensorHandle param, TensorHandle* state, double lr, double alpha, double eps,
                                   double weight_decay, double momentum, int32_t centered, int32_t maximize,
                                   int32_t* stepped) {
  STS_TRY
  at::NoGradGuard no_grad;
  auto p = sts::borrow(param);
  const auto& raw_grad = p.grad();
  *stepped = raw_grad.defined() ? 1 : 0;
  if (!raw_grad.defined()) return 0;
  auto grad = direction(raw_grad, maximize);
  auto square_avg = state_zeros(&state[0], p);
  if (weight_decay != 0) grad = grad.add(p, weight_decay);
  square_avg.mul_(alpha).addcmul_(grad, grad, 1 - alpha);
  at::Tensor avg;
  if (centered) {
    auto grad_avg = state_zeros(&state[2], p);
    grad_avg.mul_(alpha).add_(grad, 1 - alpha);
    avg = square_avg.addcmul(grad_avg, grad_avg, -1).sqrt_();
  } else {
    avg = square_avg.sqrt();
  }
  avg.add_(eps);
  if (momentum > 0) {
    auto buf = state_zeros(&state[1], p);
    buf.mul_(momentum).addcdiv_(grad, avg);
    p.add_(buf, -lr);
  } else {
    p.addcdiv_(grad, avg, -lr);
  }
  STS_CATCH
}

// Optimizer.zero_grad over a whole parameter group: drop the gradients (set_to_none) or zero them
// in place, detaching a gradient that carries history first, as PyTorch does.
STS_API int sts_optim_zero_grad(const TensorHandle* params, int64_t count, int32_t set_to_none) {
  STS_TRY
  for (int64_t i = 0; i < count; ++i) {
    auto p = sts::borrow(params[i]);
    auto& grad = p.mutable_grad();
    if (!grad.defined()) continue;
    if (set_to_none) {
      grad.reset();
    } else {
      if (grad.grad_fn()) {
        grad.detach_();
      } else {
        grad.requires_grad_(false);
      }
      grad.zero_();
    }
  }
  STS_CATCH
}

// A detached copy of a state tensor (state_dict() hands out copies, load_state_dict() takes them in).
STS_API int sts_optim_clone(TensorHandle source, TensorHandle* out) {
  STS_TRY
  at::NoGradGuard no_grad;
  *out = sts::to_handle(sts::borrow(source).detach().clone(at::MemoryFormat::Preserve));
  STS_CATCH
}

// A detached copy of `source` with the dtype and device of `like` (loading state saved elsewhere).
STS_API int sts_optim_clone_like(TensorHandle source, TensorHandle like, TensorHandle* out) {
  STS_TRY
  at::NoGradGuard no_grad;
  auto target = sts::borrow(like);
  auto value = sts::borrow(source).detach().to(target.device(), target.scalar_type(), false, true);
  if (!value.sizes().equals(target.sizes())) {
    throw std::invalid_argument("optimizer state of shape " + c10::str(value.sizes()) +
                                " does not match its parameter of shape " + c10::str(target.sizes()));
  }
  *out = sts::to_handle(value);
  STS_CATCH
}

// torch/nn/utils/clip_grad.py clip_grad_norm_: the norm of all gradients together (as one vector),
// then every gradient scaled by clamp(max_norm / (total_norm + 1e-6), max=1), computed in tensor
// arithmetic of the gradients' dtype exactly as PyTorch does. Parameters without a gradient are skipped.
STS_API int sts_clip_grad_norm_(const TensorHandle* params, int64_t count, double max_norm, double norm_type,
                                int32_t error_if_nonfinite, double* total_norm_out) {
  STS_TRY
  constexpr double kClipEpsilon = 1e-6;
  at::NoGradGuard no_grad;
  std::vector<at::Tensor> grads;
  for (int64_t i = 0; i < count; ++i) {
    const auto& g = sts::borrow(params[i]).grad();
    if (g.defined()) grads.push_back(g.detach());
  }
  if (grads.empty()) {
    *total_norm_out = 0.0;
    return 0;
  }
  const auto device = grads[0].device();
  at::Tensor total_norm;
  if (std::isinf(norm_type) && norm_type > 0) {
    std::vector<at::Tensor> norms;
    for (const auto& g : grads) norms.push_back(g.abs().max().to(device));
    total_norm = norms.size() == 1 ? norms[0] : at::stack(norms).max();
  } else {
    std::vector<at::Tensor> norms;
    for (const auto& g : grads) norms.push_back(at::norm(g, norm_type).to(device));
    total_norm = at::norm(at::stack(norms), norm_type);
  }
  const double total = total_norm.item<double>();
  if (error_if_nonfinite && !std::isfinite(total)) {
    throw std::runtime_error("The total norm of order " + std::to_string(norm_type) +
                             " for gradients from `parameters` is non-finite, so it cannot be clipped. "
                             "To disable this error and scale the gradients by the non-finite norm anyway, "
                             "set `error_if_nonfinite=False`");
  }
  // Python evaluates `max_norm / tensor` as tensor.reciprocal() * max_norm: same rounding here.
  auto clip_coef = total_norm.add(kClipEpsilon).reciprocal().mul(max_norm);
  auto clip_coef_clamped = at::clamp(clip_coef, c10::nullopt, 1.0);
  for (auto& g : grads) g.mul_(clip_coef_clamped.to(g.device()));
  *total_norm_out = total;
  STS_CATCH
}

// torch/nn/utils/clip_grad.py clip_grad_value_: clamp every gradient into [-clip_value, clip_value].
STS_API int sts_clip_grad_value_(const TensorHandle* params, int64_t count, double clip_value) {
  STS_TRY
  at::NoGradGuard no_grad;
  for (int64_t i = 0; i < count; ++i) {
    const auto& g = sts::borrow(params[i]).grad();
    if (g.defined()) g.detach().clamp_(-clip_value, clip_value);
  }
  STS_CATCH
}
