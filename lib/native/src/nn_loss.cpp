// Losses of torch.nn.functional. `reduction` is ATen's enum (0 none, 1 mean, 2 sum). Each entry point
// repeats the argument handling of PyTorch's Python wrapper (broadcasting, weight expansion, checks)
// before calling the same ATen op, so values and gradients equal PyTorch's.
#include "shim.h"

namespace {

void check_reduction(int64_t reduction) {
  TORCH_CHECK(reduction >= 0 && reduction <= 2, "reduction must be 0 (none), 1 (mean) or 2 (sum), got ", reduction);
}

}  // namespace

// F.mse_loss / F.l1_loss broadcast input and target (PyTorch warns when the sizes differ).
STS_API int sts_nn_mse_loss(TensorHandle input, TensorHandle target, int64_t reduction, TensorHandle* out) {
  STS_TRY
    check_reduction(reduction);
    auto expanded = at::broadcast_tensors({sts::borrow(input), sts::borrow(target)});
    *out = sts::to_handle(at::mse_loss(expanded[0], expanded[1], reduction));
  STS_CATCH
}

STS_API int sts_nn_l1_loss(TensorHandle input, TensorHandle target, int64_t reduction, TensorHandle* out) {
  STS_TRY
    check_reduction(reduction);
    auto expanded = at::broadcast_tensors({sts::borrow(input), sts::borrow(target)});
    *out = sts::to_handle(at::l1_loss(expanded[0], expanded[1], reduction));
  STS_CATCH
}

STS_API int sts_nn_smooth_l1_loss(TensorHandle input, TensorHandle target, int64_t reduction, double beta, TensorHandle* out) {
  STS_TRY
    check_reduction(reduction);
    auto expanded = at::broadcast_tensors({sts::borrow(input), sts::borrow(target)});
    *out = sts::to_handle(at::smooth_l1_loss(expanded[0], expanded[1], reduction, beta));
  STS_CATCH
}

STS_API int sts_nn_huber_loss(TensorHandle input, TensorHandle target, int64_t reduction, double delta, TensorHandle* out) {
  STS_TRY
    check_reduction(reduction);
    auto expanded = at::broadcast_tensors({sts::borrow(input), sts::borrow(target)});
    *out = sts::to_handle(at::huber_loss(expanded[0], expanded[1], reduction, delta));
  STS_CATCH
}

// F.binary_cross_entropy: input holds probabilities; target must have the input's size; weight
// broadcasts to it.
STS_API int sts_nn_binary_cross_entropy(TensorHandle input, TensorHandle target, TensorHandle weight, int64_t reduction,
                                        TensorHandle* out) {
  STS_TRY
    check_reduction(reduction);
    auto x = sts::borrow(input);
    auto y = sts::borrow(target);
    TORCH_CHECK(y.sizes() == x.sizes(), "Using a target size (", y.sizes(), ") that is different to the input size (",
                x.sizes(), ") is deprecated. Please ensure they have the same size.");
    auto w = sts::borrow_optional(weight);
    if (w.has_value()) w = w->expand(at::infer_size(y.sizes(), w->sizes()));
    *out = sts::to_handle(at::binary_cross_entropy(x, y, w, reduction));
  STS_CATCH
}

// F.binary_cross_entropy_with_logits: a numerically stable sigmoid + BCE; pos_weight (one per class)
// multiplies the positive term.
STS_API int sts_nn_binary_cross_entropy_with_logits(TensorHandle input, TensorHandle target, TensorHandle weight,
                                                    TensorHandle pos_weight, int64_t reduction, TensorHandle* out) {
  STS_TRY
    check_reduction(reduction);
    auto x = sts::borrow(input);
    auto y = sts::borrow(target);
    TORCH_CHECK(y.sizes() == x.sizes(), "Target size (", y.sizes(), ") must be the same as input size (", x.sizes(), ")");
    *out = sts::to_handle(at::binary_cross_entropy_with_logits(x, y, sts::borrow_optional(weight),
                                                               sts::borrow_optional(pos_weight), reduction));
  STS_CATCH
}

// F.cross_entropy: logits (N, C) or (N, C, d1, ...) against class indices (N) or probabilities (N, C).
STS_API int sts_nn_cross_entropy(TensorHandle input, TensorHandle target, TensorHandle weight, int64_t reduction,
                                 int64_t ignore_index, double label_smoothing, TensorHandle* out) {
  STS_TRY
    check_reduction(reduction);
    *out = sts::to_handle(at::cross_entropy_loss(sts::borrow(input), sts::borrow(target), sts::borrow_optional(weight),
                                                 reduction, ignore_index, label_smoothing));
  STS_CATCH
}

STS_API int sts_nn_nll_loss(TensorHandle input, TensorHandle target, TensorHandle weight, int64_t reduction,
                            int64_t ignore_index, TensorHandle* out) {
  STS_TRY
    check_reduction(reduction);
    *out = sts::to_handle(at::nll_loss_nd(sts::borrow(input), sts::borrow(target), sts::borrow_optional(weight),
                                          reduction, ignore_index));
  STS_CATCH
}

STS_API int sts_nn_kl_div(TensorHandle input, TensorHandle target, int64_t reduction, int32_t log_target, TensorHandle* out) {
  STS_TRY
    check_reduction(reduction);
    *out = sts::to_handle(at::kl_div(sts::borrow(input), sts::borrow(target), reduction, log_target != 0));
  STS_CATCH
}

// F.triplet_margin_loss: anchors, positives and negatives of the same 1-D or 2-D shape.
STS_API int sts_nn_triplet_margin_loss(TensorHandle anchor, TensorHandle positive, TensorHandle negative, double margin,
                                       double p, double eps, int32_t swap, int64_t reduction, TensorHandle* out) {
  STS_TRY
    check_reduction(reduction);
    auto a = sts::borrow(anchor);
    auto pos = sts::borrow(positive);
    auto neg = sts::borrow(negative);
    TORCH_CHECK(a.dim() == pos.dim() && a.dim() == neg.dim(),
                "The anchor, positive, and negative tensors are expected to have the same number of dimensions, but got: anchor ",
                a.dim(), "D, positive ", pos.dim(), "D, and negative ", neg.dim(), "D inputs");
    *out = sts::to_handle(at::triplet_margin_loss(a, pos, neg, margin, p, eps, swap != 0, reduction));
  STS_CATCH
}

STS_API int sts_nn_margin_ranking_loss(TensorHandle input1, TensorHandle input2, TensorHandle target, double margin,
                                       int64_t reduction, TensorHandle* out) {
  STS_TRY
    check_reduction(reduction);
    auto x1 = sts::borrow(input1);
    auto x2 = sts::borrow(input2);
    auto y = sts::borrow(target);
    TORCH_CHECK(x1.dim() == x2.dim() && x1.dim() == y.dim(),
                "margin_ranking_loss : All input tensors should have same dimension but got sizes: input1: ", x1.sizes(),
                ", input2: ", x2.sizes(), ", target: ", y.sizes(), " ");
    *out = sts::to_handle(at::margin_ranking_loss(x1, x2, y, margin, reduction));
  STS_CATCH
}

STS_API int sts_nn_cosine_embedding_loss(TensorHandle input1, TensorHandle input2, TensorHandle target, double margin,
                                         int64_t reduction, TensorHandle* out) {
  STS_TRY
    check_reduction(reduction);
    *out = sts::to_handle(at::cosine_embedding_loss(sts::borrow(input1), sts::borrow(input2), sts::borrow(target), margin, reduction));
  STS_CATCH
}

STS_API int sts_nn_hinge_embedding_loss(TensorHandle input, TensorHandle target, double margin, int64_t reduction, TensorHandle* out) {
  STS_TRY
    check_reduction(reduction);
    *out = sts::to_handle(at::hinge_embedding_loss(sts::borrow(input), sts::borrow(target), margin, reduction));
  STS_CATCH
}
