#!/usr/bin/python3
"""Golden values for the sequence layers (Embedding, LSTM, GRU, MultiheadAttention, Transformer encoder).

Run with Debian's PyTorch 1.13 (the libtorch the binding links):
    /usr/bin/python3 tests/reference/golden_sequence.py
It writes tests/Siamese.Torch.Tests/Golden/sequence.json. Each case records the seed, the layer's
configuration, its initial parameters right after `torch.manual_seed(seed)` + construction (the binding
must reproduce them), the inputs, the outputs, and the gradients of
    sum_k (outputs[k] * weights[k]).sum()
with respect to every input that requires grad and every parameter. Dropout is 0 so the values are exact.
"""
import json
import math
import os

import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

OUT = os.path.join(os.path.dirname(__file__), "..", "Siamese.Torch.Tests", "Golden", "sequence.json")


def enc(t):
    t = t.detach()
    if t.dtype == torch.bool:
        return {"shape": list(t.shape), "dtype": "bool", "data": [bool(v) for v in t.flatten().tolist()]}
    if t.dtype == torch.int64:
        return {"shape": list(t.shape), "dtype": "int64", "data": [int(v) for v in t.flatten().tolist()]}
    # %.9g round-trips float32 exactly and keeps the file small; JSON has no infinities, so they are strings.
    return {"shape": list(t.shape), "dtype": "float32",
            "data": [float("%.9g" % v) if math.isfinite(v) else str(v) for v in t.flatten().tolist()]}


def weights_for(outputs, seed):
    g = torch.Generator().manual_seed(seed + 1000)
    return {k: torch.randn(v.shape, generator=g) for k, v in outputs.items()}


def finish(name, seed, config, module, inputs, outputs, grad_inputs, extra=None):
    """Backward of sum (out * w) over every output; records everything."""
    ws = weights_for(outputs, seed)
    loss = sum((outputs[k] * ws[k]).sum() for k in outputs)
    loss.backward()
    case = {
        "name": name,
        "seed": seed,
        "config": config,
        "inputs": {k: enc(v) for k, v in inputs.items()},
        "outputs": {k: enc(v) for k, v in outputs.items()},
        "weights": {k: enc(v) for k, v in ws.items()},
        "grads": {k: enc(inputs[k].grad) for k in grad_inputs},
    }
    case["grads"].update({"param:" + n: enc(p.grad) for n, p in module.named_parameters() if p.grad is not None})
    if extra:
        case.update(extra)
    return case


def init_params(module):
    return {n: enc(p) for n, p in module.named_parameters()}


def randn(*shape, requires_grad=True):
    return torch.randn(*shape).requires_grad_(requires_grad)


def embedding_cases():
    cases = []
    seed = 11
    torch.manual_seed(seed)
    emb = nn.Embedding(10, 4, padding_idx=2)
    params = init_params(emb)
    idx = torch.tensor([[1, 2, 5, 2, 9], [0, 3, 2, 7, 1]])
    out = emb(idx)
    cases.append(finish("embedding_padding", seed, {"num_embeddings": 10, "embedding_dim": 4, "padding_idx": 2},
                        emb, {"indices": idx}, {"output": out}, [], {"init": params}))

    seed = 12
    torch.manual_seed(seed)
    emb = nn.Embedding(6, 3, padding_idx=-1)
    params = init_params(emb)
    idx = torch.tensor([5, 0, 5, 4])
    out = emb(idx)
    cases.append(finish("embedding_negative_padding", seed, {"num_embeddings": 6, "embedding_dim": 3, "padding_idx": -1},
                        emb, {"indices": idx}, {"output": out}, [], {"init": params}))
    return cases


def rnn_case(kind, name, seed, input_size, hidden, layers, batch_first, bidirectional, seq, batch,
             with_state=False, lengths=None, unbatched=False):
    torch.manual_seed(seed)
    cls = nn.LSTM if kind == "LSTM" else nn.GRU
    rnn = cls(input_size, hidden, num_layers=layers, batch_first=batch_first, bidirectional=bidirectional)
    params = init_params(rnn)
    directions = 2 if bidirectional else 1
    if unbatched:
        x = randn(seq, input_size)
        state_shape = (layers * directions, hidden)
    else:
        x = randn(batch, seq, input_size) if batch_first else randn(seq, batch, input_size)
        state_shape = (layers * directions, batch, hidden)
    inputs = {"x": x}
    state = None
    if with_state:
        inputs["h0"] = randn(*state_shape)
        if kind == "LSTM":
            inputs["c0"] = randn(*state_shape)
            state = (inputs["h0"], inputs["c0"])
        else:
            state = inputs["h0"]
    if lengths is not None:
        inputs["lengths"] = torch.tensor(lengths)
        packed = pack_padded_sequence(x, inputs["lengths"], batch_first=batch_first, enforce_sorted=False)
        out_packed, hidden_state = rnn(packed, state)
        out, _ = pad_packed_sequence(out_packed, batch_first=batch_first, total_length=seq)
    else:
        out, hidden_state = rnn(x, state)
    outputs = {"output": out}
    if kind == "LSTM":
        outputs["h_n"], outputs["c_n"] = hidden_state
    else:
        outputs["h_n"] = hidden_state
    config = {"kind": kind, "input_size": input_size, "hidden_size": hidden, "num_layers": layers,
              "batch_first": batch_first, "bidirectional": bidirectional}
    grads = [k for k in inputs if k != "lengths"]
    return finish(name, seed, config, rnn, inputs, outputs, grads, {"init": params})


def rnn_cases():
    return [
        rnn_case("LSTM", "lstm_1layer", 21, 3, 5, 1, False, False, 4, 2),
        rnn_case("LSTM", "lstm_2layer_bidir_batch_first_state", 22, 3, 3, 2, True, True, 4, 3, with_state=True),
        rnn_case("LSTM", "lstm_2layer_seq_first", 23, 4, 3, 2, False, False, 3, 2),
        rnn_case("LSTM", "lstm_unbatched_state", 24, 3, 4, 1, False, True, 4, 1, with_state=True, unbatched=True),
        rnn_case("LSTM", "lstm_lengths_bidir_batch_first", 25, 2, 3, 2, True, True, 5, 3, lengths=[3, 5, 2]),
        rnn_case("LSTM", "lstm_lengths_seq_first_state", 26, 2, 3, 1, False, False, 4, 3, with_state=True,
                 lengths=[2, 4, 4]),
        rnn_case("GRU", "gru_1layer", 31, 3, 5, 1, False, False, 4, 2),
        rnn_case("GRU", "gru_2layer_bidir_batch_first_state", 32, 3, 3, 2, True, True, 4, 3, with_state=True),
        rnn_case("GRU", "gru_lengths_bidir_seq_first", 33, 2, 3, 2, False, True, 5, 3, lengths=[1, 5, 3]),
    ]


def mha_case(name, seed, embed, heads, batch_first, kind, kdim=None, vdim=None, bias=True, kpm=False,
             attn_mask=None, average=True, need_weights=True, L=4, S=5, N=2):
    torch.manual_seed(seed)
    mha = nn.MultiheadAttention(embed, heads, bias=bias, kdim=kdim, vdim=vdim, batch_first=batch_first)
    params = init_params(mha)

    def seq(length, features):
        return randn(N, length, features) if batch_first else randn(length, N, features)

    inputs = {}
    if kind == "self":
        q = seq(L, embed)
        inputs["query"] = q
        k = v = q
        S = L
    elif kind == "kv":
        q = seq(L, embed)
        k = seq(S, kdim or embed)
        v = k
        inputs["query"], inputs["key"] = q, k
    else:
        q = seq(L, embed)
        k = seq(S, kdim or embed)
        v = seq(S, vdim or embed)
        inputs["query"], inputs["key"], inputs["value"] = q, k, v
    grad_inputs = list(inputs)
    key_padding_mask = None
    if kpm:
        key_padding_mask = torch.zeros(N, S, dtype=torch.bool)
        key_padding_mask[0, -1] = True
        key_padding_mask[1, -2:] = True
        inputs["key_padding_mask"] = key_padding_mask
    mask = None
    if attn_mask == "bool":
        mask = torch.triu(torch.ones(L, S, dtype=torch.bool), diagonal=1)
        inputs["attn_mask"] = mask
    elif attn_mask == "float":
        mask = torch.randn(L, S)
        inputs["attn_mask"] = mask
    out, weights = mha(q, k, v, key_padding_mask=key_padding_mask, need_weights=need_weights, attn_mask=mask,
                       average_attn_weights=average)
    outputs = {"output": out}
    if need_weights:
        outputs["weights"] = weights
    config = {"embed_dim": embed, "num_heads": heads, "batch_first": batch_first, "kind": kind, "kdim": kdim,
              "vdim": vdim, "bias": bias, "average_attn_weights": average, "need_weights": need_weights}
    return finish(name, seed, config, mha, inputs, outputs, grad_inputs, {"init": params})


def mha_cases():
    return [
        mha_case("mha_self_batch_first_kpm", 41, 8, 2, True, "self", kpm=True),
        mha_case("mha_self_seq_first", 42, 6, 3, False, "self"),
        mha_case("mha_kv_bool_mask_per_head", 43, 8, 4, False, "kv", attn_mask="bool", average=False),
        mha_case("mha_separate_kdim_vdim_float_mask_kpm", 44, 6, 2, True, "qkv", kdim=4, vdim=5, attn_mask="float",
                 kpm=True),
        mha_case("mha_no_bias_no_weights", 45, 4, 1, False, "qkv", bias=False, need_weights=False),
    ]


def transformer_case(name, seed, d_model, nhead, ff, activation, batch_first, norm_first, layers=None, final_norm=False,
                     kpm=False, causal=False, L=4, N=2):
    torch.manual_seed(seed)
    layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=ff, dropout=0.0, activation=activation,
                                       batch_first=batch_first, norm_first=norm_first)
    if layers is None:
        module = layer
    else:
        norm = nn.LayerNorm(d_model) if final_norm else None
        module = nn.TransformerEncoder(layer, layers, norm=norm, enable_nested_tensor=False)
    params = init_params(module)
    x = randn(N, L, d_model) if batch_first else randn(L, N, d_model)
    inputs = {"src": x}
    key_padding_mask = None
    if kpm:
        key_padding_mask = torch.zeros(N, L, dtype=torch.bool)
        key_padding_mask[1, -1] = True
        inputs["src_key_padding_mask"] = key_padding_mask
    mask = None
    if causal:
        mask = torch.triu(torch.full((L, L), float("-inf")), diagonal=1)
        inputs["mask"] = mask
    out = module(x, mask, key_padding_mask) if layers is None else module(x, mask=mask, src_key_padding_mask=key_padding_mask)
    config = {"d_model": d_model, "nhead": nhead, "dim_feedforward": ff, "activation": activation,
              "batch_first": batch_first, "norm_first": norm_first, "num_layers": layers, "final_norm": final_norm}
    return finish(name, seed, config, module, inputs, {"output": out}, ["src"], {"init": params})


def transformer_cases():
    return [
        transformer_case("encoder_layer_relu_seq_first", 51, 8, 2, 16, "relu", False, False),
        transformer_case("encoder_layer_gelu_batch_first_norm_first_kpm", 52, 8, 4, 12, "gelu", True, True, kpm=True),
        transformer_case("encoder_2layers_norm_causal_kpm", 53, 6, 2, 10, "relu", True, False, layers=2, final_norm=True,
                         kpm=True, causal=True),
    ]


def main():
    cases = embedding_cases() + rnn_cases() + mha_cases() + transformer_cases()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"torch": torch.__version__, "cases": cases}, f, separators=(",", ":"))
    print(f"wrote {len(cases)} cases to {os.path.normpath(OUT)} ({os.path.getsize(OUT)} bytes)")


if __name__ == "__main__":
    main()
