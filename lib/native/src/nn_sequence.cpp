// Sequence layers: embedding, recurrent networks (LSTM, GRU, packed sequences) and multi-head attention.
//
// The checks that PyTorch's Python modules make before calling ATen (torch/nn/modules/rnn.py,
// torch/nn/functional.py of PyTorch 1.13) are repeated here with the same messages, so a wrong shape
// reads the same as in PyTorch. The arithmetic is the same sequence of ATen ops as PyTorch's, so that
// outputs and gradients agree to rounding.
#include "shim.h"

#include <cmath>
#include <limits>
#include <sstream>

namespace {

std::string shape_string(at::IntArrayRef sizes, const char* open, const char* close) {
  std::ostringstream s;
  s << open;
  for (size_t i = 0; i < sizes.size(); ++i) {
    if (i > 0) s << ", ";
    s << sizes[i];
  }
  if (sizes.size() == 1 && open[0] == '(') s << ",";
  s << close;
  return s.str();
}

// Python's repr of a tuple "(2, 3, 5)" and of a list "[2, 3, 5]", as PyTorch's messages print them.
std::string tuple_string(at::IntArrayRef sizes) { return shape_string(sizes, "(", ")"); }
std::string list_string(at::IntArrayRef sizes) { return shape_string(sizes, "[", "]"); }
std::string size_string(at::IntArrayRef sizes) { return "torch.Size(" + list_string(sizes) + ")"; }

// invert_permutation of torch/nn/utils/rnn.py.
at::Tensor invert_permutation(const at::Tensor& permutation) {
  auto output = at::empty_like(permutation, at::MemoryFormat::Contiguous);
  output.scatter_(0, permutation, at::arange(0, permutation.numel(), permutation.options()));
  return output;
}

const char* mode_name(int32_t mode) { return mode == 0 ? "LSTM" : "GRU"; }

}  // namespace

// ---- initialisation helpers (the in-place RNG draws of torch.nn.init, in PyTorch's order) ----------

STS_API int sts_seq_uniform_(TensorHandle h, double low, double high) {
  STS_TRY at::NoGradGuard no_grad; sts::borrow(h).uniform_(low, high); STS_CATCH
}
STS_API int sts_seq_normal_(TensorHandle h, double mean, double std) {
  STS_TRY at::NoGradGuard no_grad; sts::borrow(h).normal_(mean, std); STS_CATCH
}
STS_API int sts_seq_fill_(TensorHandle h, double value) {
  STS_TRY at::NoGradGuard no_grad; sts::borrow(h).fill_(value); STS_CATCH
}
// Copies `source` into `target` without recording it (deep copies of layers, from_pretrained).
STS_API int sts_seq_copy_(TensorHandle target, TensorHandle source) {
  STS_TRY at::NoGradGuard no_grad; sts::borrow(target).copy_(sts::borrow(source)); STS_CATCH
}
STS_API int sts_seq_fill_row_(TensorHandle h, int64_t row, double value) {
  STS_TRY at::NoGradGuard no_grad; sts::borrow(h).select(0, row).fill_(value); STS_CATCH
}

// ---- embedding --------------------------------------------------------------------------------------

// F.embedding: padding_idx < 0 counts from the end; -1 after normalisation means "none" for ATen.
// max_norm is NaN for "none"; when set, the looked-up rows of `weight` are renormalised in place first.
STS_API int sts_seq_embedding(TensorHandle input, TensorHandle weight, int32_t has_padding_idx, int64_t padding_idx,
                              double max_norm, double norm_type, int32_t scale_grad_by_freq, int32_t sparse,
                              TensorHandle* out) {
  STS_TRY
  auto indices = sts::borrow(input);
  auto w = sts::borrow(weight);
  int64_t pad = -1;
  if (has_padding_idx) {
    TORCH_CHECK(w.dim() >= 1, "embedding weight must be at least 1-D");
    if (padding_idx > 0) {
      TORCH_CHECK(padding_idx < w.size(0), "Padding_idx must be within num_embeddings");
    } else if (padding_idx < 0) {
      TORCH_CHECK(padding_idx >= -w.size(0), "Padding_idx must be within num_embeddings");
      padding_idx = w.size(0) + padding_idx;
    }
    pad = padding_idx;
  }
  if (!std::isnan(max_norm)) {
    at::NoGradGuard no_grad;
    at::embedding_renorm_(w, indices.contiguous(), max_norm, norm_type);
  }
  *out = sts::to_handle(at::embedding(w, indices, pad, scale_grad_by_freq != 0, sparse != 0));
  STS_CATCH
}

// ---- packed sequences ---------------------------------------------------------------------------------

// nn.utils.rnn.pack_padded_sequence. sorted/unsorted indices are null when enforce_sorted is set.
STS_API int sts_seq_pack_padded(TensorHandle input, TensorHandle lengths, int32_t batch_first, int32_t enforce_sorted,
                                TensorHandle* data, TensorHandle* batch_sizes, TensorHandle* sorted_indices,
                                TensorHandle* unsorted_indices) {
  STS_TRY
  auto x = sts::borrow(input);
  auto len = sts::borrow(lengths).to(at::kCPU, at::kLong);
  at::Tensor sorted, unsorted;
  if (!enforce_sorted) {
    auto sorted_pair = at::sort(len, 0, /*descending=*/true);
    len = std::get<0>(sorted_pair);
    sorted = std::get<1>(sorted_pair).to(x.device());
    x = x.index_select(batch_first ? 0 : 1, sorted);
    unsorted = invert_permutation(sorted);
  }
  auto packed = at::_pack_padded_sequence(x, len, batch_first != 0);
  *data = sts::to_handle(std::get<0>(packed));
  *batch_sizes = sts::to_handle(std::get<1>(packed));
  *sorted_indices = sts::to_handle(sorted);
  *unsorted_indices = sts::to_handle(unsorted);
  STS_CATCH
}

// nn.utils.rnn.pad_packed_sequence; total_length < 0 means "the longest sequence".
STS_API int sts_seq_pad_packed(TensorHandle data, TensorHandle batch_sizes, TensorHandle unsorted_indices,
                               int32_t batch_first, double padding_value, int64_t total_length,
                               TensorHandle* out, TensorHandle* lengths) {
  STS_TRY
  auto sizes = sts::borrow(batch_sizes);
  int64_t max_seq_length = sizes.size(0);
  if (total_length >= 0) {
    TORCH_CHECK(total_length >= max_seq_length,
                "Expected total_length to be at least the length of the longest sequence in input, but got "
                "total_length=", total_length, " and max sequence length being ", max_seq_length);
    max_seq_length = total_length;
  }
  auto padded = at::_pad_packed_sequence(sts::borrow(data), sizes, batch_first != 0, padding_value, max_seq_length);
  auto output = std::get<0>(padded);
  auto len = std::get<1>(padded);
  if (unsorted_indices != nullptr) {
    auto unsorted = sts::borrow(unsorted_indices);
    output = output.index_select(batch_first ? 0 : 1, unsorted);
    len = len.index_select(0, unsorted.cpu());
  }
  *out = sts::to_handle(output);
  *lengths = sts::to_handle(len);
  STS_CATCH
}

// ---- recurrent networks ----------------------------------------------------------------------------

// LSTM (mode 0) or GRU (mode 1) over a padded input ((L, N, H_in), (N, L, H_in) with batch_first, or
// unbatched (L, H_in)) or, when batch_sizes is given, over packed data (sum of lengths, H_in) with the
// permutations of its PackedSequence. h0/c0 may be null (zeros). params: per layer and direction
// w_ih, w_hh[, b_ih, b_hh], as _flat_weights in PyTorch. c_n is null for GRU.
STS_API int sts_seq_rnn(int32_t mode, TensorHandle input, TensorHandle batch_sizes, TensorHandle sorted_indices,
                        TensorHandle unsorted_indices, TensorHandle h0, TensorHandle c0,
                        const TensorHandle* params, int64_t param_count, int32_t has_biases, int64_t input_size,
                        int64_t hidden_size, int64_t num_layers, double dropout, int32_t train,
                        int32_t bidirectional, int32_t batch_first, TensorHandle* out, TensorHandle* h_n,
                        TensorHandle* c_n) {
  STS_TRY
  const bool lstm = mode == 0;
  TORCH_CHECK(mode == 0 || mode == 1, "unknown recurrent mode ", mode);
  auto x = sts::borrow(input);
  auto weights = sts::tensor_list(params, param_count);
  const bool packed = batch_sizes != nullptr;
  const int64_t batch_dim = batch_first ? 0 : 1;
  const int64_t directions = bidirectional ? 2 : 1;
  auto hx = sts::borrow_optional(h0);
  auto cx = sts::borrow_optional(c0);
  TORCH_CHECK(!lstm || hx.has_value() == cx.has_value(), "LSTM: pass both h0 and c0, or neither");

  at::Tensor sizes;
  bool batched = true;
  int64_t max_batch = 0;
  if (packed) {
    sizes = sts::borrow(batch_sizes);
    TORCH_CHECK(x.dim() == 2, "input must have 2 dimensions, got ", x.dim());
    max_batch = sizes[0].item<int64_t>();
  } else {
    TORCH_CHECK(x.dim() == 2 || x.dim() == 3, mode_name(mode), ": Expected input to be 2-D or 3-D but received ",
                x.dim(), "-D tensor");
    batched = x.dim() == 3;
    if (!batched) {
      x = x.unsqueeze(batch_dim);
      if (hx.has_value()) {
        TORCH_CHECK(hx->dim() == 2 && (!cx.has_value() || cx->dim() == 2),
                    lstm ? "For unbatched 2-D input, hx and cx should also be 2-D but got (" +
                               std::to_string(hx->dim()) + "-D, " + std::to_string(cx->dim()) + "-D) tensors"
                         : "For unbatched 2-D input, hx should also be 2-D but got " + std::to_string(hx->dim()) +
                               "-D tensor");
        hx = hx->unsqueeze(1);
        if (cx.has_value()) cx = cx->unsqueeze(1);
      }
    } else if (hx.has_value()) {
      TORCH_CHECK(hx->dim() == 3 && (!cx.has_value() || cx->dim() == 3),
                  lstm ? "For batched 3-D input, hx and cx should also be 3-D but got (" + std::to_string(hx->dim()) +
                             "-D, " + std::to_string(cx->dim()) + "-D) tensors"
                       : "For batched 3-D input, hx should also be 3-D but got " + std::to_string(hx->dim()) +
                             "-D tensor");
    }
    max_batch = x.size(batch_dim);
  }
  TORCH_CHECK(x.size(-1) == input_size, "input.size(-1) must be equal to input_size. Expected ", input_size,
              ", got ", x.size(-1));

  const std::vector<int64_t> expected{num_layers * directions, max_batch, hidden_size};
  if (!hx.has_value()) {
    hx = at::zeros(expected, x.options());
    if (lstm) cx = at::zeros(expected, x.options());
  } else if (sorted_indices != nullptr) {
    auto order = sts::borrow(sorted_indices);
    hx = hx->index_select(1, order);
    if (cx.has_value()) cx = cx->index_select(1, order);
  }
  if (hx->sizes() != at::IntArrayRef(expected)) {
    TORCH_CHECK(false, lstm ? "Expected hidden[0] size " : "Expected hidden size ", tuple_string(expected), ", got ",
                list_string(hx->sizes()));
  }
  if (lstm && cx->sizes() != at::IntArrayRef(expected)) {
    TORCH_CHECK(false, "Expected hidden[1] size ", tuple_string(expected), ", got ", list_string(cx->sizes()));
  }

  at::Tensor output, hy, cy;
  if (lstm) {
    std::vector<at::Tensor> state{*hx, *cx};
    auto result = packed ? at::lstm(x, sizes, state, weights, has_biases != 0, num_layers, dropout, train != 0,
                                    bidirectional != 0)
                         : at::lstm(x, state, weights, has_biases != 0, num_layers, dropout, train != 0,
                                    bidirectional != 0, batch_first != 0);
    output = std::get<0>(result);
    hy = std::get<1>(result);
    cy = std::get<2>(result);
  } else {
    auto result = packed ? at::gru(x, sizes, *hx, weights, has_biases != 0, num_layers, dropout, train != 0,
                                   bidirectional != 0)
                         : at::gru(x, *hx, weights, has_biases != 0, num_layers, dropout, train != 0,
                                   bidirectional != 0, batch_first != 0);
    output = std::get<0>(result);
    hy = std::get<1>(result);
  }
  if (unsorted_indices != nullptr) {
    auto order = sts::borrow(unsorted_indices);
    hy = hy.index_select(1, order);
    if (lstm) cy = cy.index_select(1, order);
  }
  if (!packed && !batched) {
    output = output.squeeze(batch_dim);
    hy = hy.squeeze(1);
    if (lstm) cy = cy.squeeze(1);
  }
  *out = sts::to_handle(output);
  *h_n = sts::to_handle(hy);
  *c_n = lstm ? sts::to_handle(cy) : nullptr;
  STS_CATCH
}

// ---- multi-head attention ----------------------------------------------------------------------------

namespace {

at::Tensor project(const at::Tensor& x, const at::Tensor& w, const c10::optional<at::Tensor>& b) {
  return at::linear(x, w, b);
}

c10::optional<at::Tensor> part(const c10::optional<at::Tensor>& t, int64_t index, int64_t chunks) {
  if (!t.has_value()) return c10::nullopt;
  return t->chunk(chunks)[static_cast<size_t>(index)];
}

}  // namespace

// nn.MultiheadAttention.forward + F.multi_head_attention_forward of PyTorch 1.13 (the path taken when
// gradients are needed). Separate q/k/v projection weights are used when q_proj_weight is given
// (kdim/vdim differ from embed_dim). weights_out is null unless need_weights.
STS_API int sts_seq_multi_head_attention(TensorHandle query_h, TensorHandle key_h, TensorHandle value_h,
                                         int64_t embed_dim_to_check, int64_t num_heads, TensorHandle in_proj_weight,
                                         TensorHandle in_proj_bias, TensorHandle q_proj_weight,
                                         TensorHandle k_proj_weight, TensorHandle v_proj_weight,
                                         TensorHandle out_proj_weight, TensorHandle out_proj_bias,
                                         TensorHandle key_padding_mask_h, TensorHandle attn_mask_h, double dropout_p,
                                         int32_t training, int32_t need_weights, int32_t average_attn_weights,
                                         int32_t batch_first, TensorHandle* out, TensorHandle* weights_out) {
  STS_TRY
  auto query = sts::borrow(query_h);
  auto key = sts::borrow(key_h);
  auto value = sts::borrow(value_h);
  auto key_padding_mask = sts::borrow_optional(key_padding_mask_h);
  auto attn_mask = sts::borrow_optional(attn_mask_h);
  auto bias = sts::borrow_optional(in_proj_bias);
  const bool separate = q_proj_weight != nullptr;
  // Python's `query is key` / `key is value`: the same tensor, which selects the packed projections.
  const bool key_is_value = key_h == value_h;
  const bool query_is_key = query_h == key_h;

  if (key_padding_mask.has_value()) {
    TORCH_CHECK(key_padding_mask->scalar_type() == at::kBool || key_padding_mask->is_floating_point(),
                "only bool and floating types of key_padding_mask are supported");
  }
  // _mha_shape_check
  bool is_batched;
  if (query.dim() == 3) {
    is_batched = true;
    TORCH_CHECK(key.dim() == 3 && value.dim() == 3,
                "For batched (3-D) `query`, expected `key` and `value` to be 3-D but found ", key.dim(), "-D and ",
                value.dim(), "-D tensors respectively");
    TORCH_CHECK(!key_padding_mask.has_value() || key_padding_mask->dim() == 2,
                "For batched (3-D) `query`, expected `key_padding_mask` to be `None` or 2-D but found ",
                key_padding_mask.has_value() ? key_padding_mask->dim() : 0, "-D tensor instead");
    TORCH_CHECK(!attn_mask.has_value() || attn_mask->dim() == 2 || attn_mask->dim() == 3,
                "For batched (3-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D but found ",
                attn_mask.has_value() ? attn_mask->dim() : 0, "-D tensor instead");
  } else if (query.dim() == 2) {
    is_batched = false;
    TORCH_CHECK(key.dim() == 2 && value.dim() == 2,
                "For unbatched (2-D) `query`, expected `key` and `value` to be 2-D but found ", key.dim(), "-D and ",
                value.dim(), "-D tensors respectively");
    TORCH_CHECK(!key_padding_mask.has_value() || key_padding_mask->dim() == 1,
                "For unbatched (2-D) `query`, expected `key_padding_mask` to be `None` or 1-D but found ",
                key_padding_mask.has_value() ? key_padding_mask->dim() : 0, "-D tensor instead");
    if (attn_mask.has_value()) {
      TORCH_CHECK(attn_mask->dim() == 2 || attn_mask->dim() == 3,
                  "For unbatched (2-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D but found ",
                  attn_mask->dim(), "-D tensor instead");
      if (attn_mask->dim() == 3) {
        std::vector<int64_t> expected{num_heads, query.size(0), key.size(0)};
        TORCH_CHECK(attn_mask->sizes() == at::IntArrayRef(expected), "Expected `attn_mask` shape to be ",
                    tuple_string(expected), " but got ", size_string(attn_mask->sizes()));
      }
    }
  } else {
    TORCH_CHECK(false, "query should be unbatched 2D or batched 3D tensor but received ", query.dim(),
                "-D query tensor");
  }

  // The module's batch_first: attention runs sequence-first.
  if (batch_first && is_batched) {
    query = query.transpose(1, 0);
    key = key.transpose(1, 0);
    value = value.transpose(1, 0);
  }
  if (!is_batched) {
    query = query.unsqueeze(1);
    key = key.unsqueeze(1);
    value = value.unsqueeze(1);
    if (key_padding_mask.has_value()) key_padding_mask = key_padding_mask->unsqueeze(0);
  }

  const int64_t tgt_len = query.size(0), bsz = query.size(1), embed_dim = query.size(2);
  int64_t src_len = key.size(0);
  TORCH_CHECK(embed_dim == embed_dim_to_check, "was expecting embedding dimension of ", embed_dim_to_check,
              ", but got ", embed_dim);
  const int64_t head_dim = embed_dim / num_heads;
  TORCH_CHECK(head_dim * num_heads == embed_dim, "embed_dim ", embed_dim, " not divisible by num_heads ", num_heads);
  if (separate) {
    TORCH_CHECK(key.sizes().slice(0, 2) == value.sizes().slice(0, 2), "key's sequence and batch dims ",
                size_string(key.sizes().slice(0, 2)), " do not match value's ", size_string(value.sizes().slice(0, 2)));
  } else {
    TORCH_CHECK(key.sizes() == value.sizes(), "key shape ", size_string(key.sizes()), " does not match value shape ",
                size_string(value.sizes()));
  }

  at::Tensor q, k, v;
  if (!separate) {
    auto w = sts::borrow(in_proj_weight);
    const int64_t E = query.size(-1);
    if (key_is_value) {
      if (query_is_key) {
        auto qkv = project(query, w, bias).chunk(3, -1);
        q = qkv[0];
        k = qkv[1];
        v = qkv[2];
      } else {
        auto ws = w.split_with_sizes({E, E * 2});
        c10::optional<at::Tensor> b_q, b_kv;
        if (bias.has_value()) {
          auto bs = bias->split_with_sizes({E, E * 2});
          b_q = bs[0];
          b_kv = bs[1];
        }
        q = project(query, ws[0], b_q);
        auto kv = project(key, ws[1], b_kv).chunk(2, -1);
        k = kv[0];
        v = kv[1];
      }
    } else {
      auto ws = w.chunk(3);
      q = project(query, ws[0], part(bias, 0, 3));
      k = project(key, ws[1], part(bias, 1, 3));
      v = project(value, ws[2], part(bias, 2, 3));
    }
  } else {
    q = project(query, sts::borrow(q_proj_weight), part(bias, 0, 3));
    k = project(key, sts::borrow(k_proj_weight), part(bias, 1, 3));
    v = project(value, sts::borrow(v_proj_weight), part(bias, 2, 3));
  }

  if (attn_mask.has_value()) {
    if (attn_mask->scalar_type() == at::kByte) {
      attn_mask = attn_mask->to(at::kBool);
    } else {
      TORCH_CHECK(attn_mask->is_floating_point() || attn_mask->scalar_type() == at::kBool,
                  "Only float, byte, and bool types are supported for attn_mask, not ", attn_mask->scalar_type());
    }
    if (attn_mask->dim() == 2) {
      std::vector<int64_t> correct{tgt_len, src_len};
      TORCH_CHECK(attn_mask->sizes() == at::IntArrayRef(correct), "The shape of the 2D attn_mask is ",
                  size_string(attn_mask->sizes()), ", but should be ", tuple_string(correct), ".");
      attn_mask = attn_mask->unsqueeze(0);
    } else if (attn_mask->dim() == 3) {
      std::vector<int64_t> correct{bsz * num_heads, tgt_len, src_len};
      TORCH_CHECK(attn_mask->sizes() == at::IntArrayRef(correct), "The shape of the 3D attn_mask is ",
                  size_string(attn_mask->sizes()), ", but should be ", tuple_string(correct), ".");
    } else {
      TORCH_CHECK(false, "attn_mask's dimension ", attn_mask->dim(), " is not supported");
    }
  }

  q = q.contiguous().view({tgt_len, bsz * num_heads, head_dim}).transpose(0, 1);
  k = k.contiguous().view({k.size(0), bsz * num_heads, head_dim}).transpose(0, 1);
  v = v.contiguous().view({v.size(0), bsz * num_heads, head_dim}).transpose(0, 1);
  src_len = k.size(1);

  if (key_padding_mask.has_value()) {
    std::vector<int64_t> expected{bsz, src_len};
    TORCH_CHECK(key_padding_mask->sizes() == at::IntArrayRef(expected), "expecting key_padding_mask shape of ",
                tuple_string(expected), ", but got ", size_string(key_padding_mask->sizes()));
    auto kpm = key_padding_mask->view({bsz, 1, 1, src_len})
                   .expand({-1, num_heads, -1, -1})
                   .reshape({bsz * num_heads, 1, src_len});
    if (!attn_mask.has_value()) {
      attn_mask = kpm;
    } else if (attn_mask->scalar_type() == at::kBool) {
      attn_mask = attn_mask->logical_or(kpm);
    } else {
      attn_mask = attn_mask->masked_fill(kpm, -std::numeric_limits<double>::infinity());
    }
  }
  if (attn_mask.has_value() && attn_mask->scalar_type() == at::kBool) {
    auto float_mask = at::zeros_like(*attn_mask, q.options());
    float_mask.masked_fill_(*attn_mask, -std::numeric_limits<double>::infinity());
    attn_mask = float_mask;
  }
  if (!training) dropout_p = 0.0;

  const int64_t E = q.size(2);
  auto q_scaled = q / std::sqrt(static_cast<double>(E));
  auto attn_weights = attn_mask.has_value() ? at::baddbmm(*attn_mask, q_scaled, k.transpose(-2, -1))
                                            : at::bmm(q_scaled, k.transpose(-2, -1));
  attn_weights = at::softmax(attn_weights, -1);
  if (dropout_p > 0.0) attn_weights = at::dropout(attn_weights, dropout_p, true);

  auto attn_output = at::bmm(attn_weights, v);
  attn_output = attn_output.transpose(0, 1).contiguous().view({tgt_len * bsz, embed_dim});
  attn_output = project(attn_output, sts::borrow(out_proj_weight), sts::borrow_optional(out_proj_bias));
  attn_output = attn_output.view({tgt_len, bsz, attn_output.size(1)});

  at::Tensor weights;
  if (need_weights) {
    weights = attn_weights.view({bsz, num_heads, tgt_len, src_len});
    if (average_attn_weights) weights = weights.sum(1) / num_heads;
    if (!is_batched) weights = weights.squeeze(0);
  }
  if (!is_batched) {
    attn_output = attn_output.squeeze(1);
  } else if (batch_first) {
    attn_output = attn_output.transpose(1, 0);
  }
  *out = sts::to_handle(attn_output);
  *weights_out = sts::to_handle(weights);
  STS_CATCH
}

// y = x·Wᵀ + b for the output projection of multi-head attention when it is called on its own.
STS_API int sts_seq_linear(TensorHandle input, TensorHandle weight, TensorHandle bias, TensorHandle* out) {
  STS_TRY *out = sts::to_handle(at::linear(sts::borrow(input), sts::borrow(weight), sts::borrow_optional(bias))); STS_CATCH
}
