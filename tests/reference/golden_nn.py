"""Golden values for torch.nn: functional ops, layers (with PyTorch's default initialisation) and losses.

Run with Debian's PyTorch (the same libtorch the binding links):
    /usr/bin/python3 tests/reference/golden_nn.py
Writes tests/Siamese.Torch.Tests/Golden/nn.json. Each case maps names to tensors
{"s": shape, "d": flat row-major values[, "t": "i64"]}: inputs, the fixed upstream gradient "w"
(gradients are those of (out * w).sum()), the output "out" and gradients "grad_<input>".
"""
import json
import math
import os

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_num_threads(1)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Siamese.Torch.Tests", "Golden", "nn.json")
cases = {}


def enc(t):
    t = t.detach()
    if t.dtype in (torch.int64, torch.int32, torch.bool):
        return {"s": list(t.shape), "d": [int(v) for v in t.reshape(-1).tolist()], "t": "i64"}
    if t.dtype == torch.float64:
        return {"s": list(t.shape), "d": t.reshape(-1).tolist(), "t": "f64"}
    # The shortest decimal that round-trips the float32 value (the tests parse it as float32).
    return {"s": list(t.shape), "d": [float(str(v)) for v in t.float().reshape(-1).numpy()]}


shared = {}


def intern(t):
    """Inputs used by several cases are stored once, under "tensors", and referenced by id."""
    e = enc(t)
    key = json.dumps(e)
    if key not in shared:
        shared[key] = f"t{len(shared)}"
    return shared[key]


def gen(seed, *shape, scale=1.0):
    g = torch.Generator().manual_seed(seed)
    return (torch.randn(tuple(shape), generator=g) * scale).float()


def case(name, fn, inputs, grads=True, params=None, seed_out=1000, nograd=()):
    """Runs fn(**inputs) and records out and d((out*w).sum())/d(input) for every float input."""
    leaves = {k: (v.clone().requires_grad_(grads and v.is_floating_point() and k not in nograd)) for k, v in inputs.items()}
    out = fn(**leaves)
    record = {k: intern(v) for k, v in inputs.items()}
    record["out"] = enc(out)
    if grads and out.is_floating_point():
        w = gen(seed_out, *out.shape)
        (out * w).sum().backward()
        record["w"] = intern(w)
        for k, v in leaves.items():
            if v.requires_grad and v.grad is not None:
                record["grad_" + k] = enc(v.grad)
    if params is not None:
        for k, v in params().items():
            record["param_" + k] = enc(v)
            if v.grad is not None:
                record["grad_param_" + k] = enc(v.grad)
    cases[name] = record


# ---- spatial transformer (needed first by the augmentation) ------------------------------------
theta = torch.tensor([[[0.9, -0.2, 0.1], [0.25, 1.1, -0.05]], [[1.2, 0.1, -0.3], [-0.15, 0.8, 0.2]]])
for ac in (False, True):
    case(f"affine_grid_ac{int(ac)}", lambda theta, ac=ac: F.affine_grid(theta, [2, 3, 5, 4], align_corners=ac), {"theta": theta})

img = gen(1, 1, 2, 4, 5)
grid = gen(2, 1, 3, 4, 2, scale=0.7)
for mode in ("bilinear", "nearest", "bicubic"):
    for pm in ("zeros", "border", "reflection"):
        for ac in (False, True):
            case(f"grid_sample_{mode}_{pm}_ac{int(ac)}",
                 lambda input, grid, mode=mode, pm=pm, ac=ac: F.grid_sample(input, grid, mode=mode, padding_mode=pm, align_corners=ac),
                 {"input": img, "grid": grid})

# ---- padding and resampling ----------------------------------------------------------------------
x4 = gen(3, 1, 2, 4, 5)
case("pad_constant", lambda x: F.pad(x, [1, 2, 0, 1], mode="constant", value=0.5), {"x": x4})
case("pad_reflect", lambda x: F.pad(x, [2, 1, 1, 2], mode="reflect"), {"x": x4})
case("pad_replicate", lambda x: F.pad(x, [1, 3, 2, 0], mode="replicate"), {"x": x4})
case("interp_nearest_size", lambda x: F.interpolate(x, size=[7, 3], mode="nearest"), {"x": x4})
case("interp_nearest_scale", lambda x: F.interpolate(x, scale_factor=1.7, mode="nearest"), {"x": x4})
for ac in (False, True):
    case(f"interp_bilinear_size_ac{int(ac)}", lambda x, ac=ac: F.interpolate(x, size=[6, 9], mode="bilinear", align_corners=ac), {"x": x4})
    case(f"interp_bilinear_scale_ac{int(ac)}", lambda x, ac=ac: F.interpolate(x, scale_factor=[1.5, 0.6], mode="bilinear", align_corners=ac), {"x": x4})

# ---- activations, dropout ---------------------------------------------------------------------------
xa = gen(4, 3, 5)
case("relu", lambda x: F.relu(x), {"x": xa})
case("sigmoid", lambda x: torch.sigmoid(x), {"x": xa})
case("tanh", lambda x: torch.tanh(x), {"x": xa})
case("gelu", lambda x: F.gelu(x), {"x": xa})
case("gelu_tanh", lambda x: F.gelu(x, approximate="tanh"), {"x": xa})
case("leaky_relu", lambda x: F.leaky_relu(x, 0.2), {"x": xa})
case("elu", lambda x: F.elu(x, 0.7), {"x": xa})
case("softmax", lambda x: F.softmax(x, dim=1), {"x": xa})
case("log_softmax", lambda x: F.log_softmax(x, dim=0), {"x": xa})


def seeded_dropout(x):
    torch.manual_seed(7)
    return F.dropout(x, 0.3, training=True)


case("dropout_train", seeded_dropout, {"x": xa})

# ---- linear, convolution, pooling ------------------------------------------------------------------
xl, wl, bl = gen(5, 4, 5), gen(6, 3, 5), gen(7, 3)
case("linear", lambda x, weight, bias: F.linear(x, weight, bias), {"x": xl, "weight": wl, "bias": bl})
case("linear_nobias", lambda x, weight: F.linear(x, weight), {"x": xl, "weight": wl})
xc = gen(8, 1, 4, 6, 5)
wc = gen(9, 4, 4, 3, 3, scale=0.3)
wg = gen(10, 4, 2, 3, 2, scale=0.3)
bc = gen(11, 4)
case("conv2d_s2_p1", lambda x, weight, bias: F.conv2d(x, weight, bias, stride=2, padding=1), {"x": xc, "weight": wc, "bias": bc})
case("conv2d_dil2", lambda x, weight, bias: F.conv2d(x, weight, bias, stride=(1, 2), padding=(2, 1), dilation=2), {"x": xc, "weight": wc, "bias": bc})
case("conv2d_groups2", lambda x, weight: F.conv2d(x, weight, None, groups=2), {"x": xc, "weight": wg})
case("conv2d_same", lambda x, weight, bias: F.conv2d(x, weight, bias, padding="same"), {"x": xc, "weight": wc, "bias": bc})
case("max_pool2d", lambda x: F.max_pool2d(x, 3, stride=2, padding=1), {"x": xc})
case("max_pool2d_ceil", lambda x: F.max_pool2d(x, 2, ceil_mode=True), {"x": xc})
case("avg_pool2d", lambda x: F.avg_pool2d(x, 2), {"x": xc})
case("avg_pool2d_nopad", lambda x: F.avg_pool2d(x, 3, stride=2, padding=1, count_include_pad=False), {"x": xc})
case("adaptive_avg_pool2d", lambda x: F.adaptive_avg_pool2d(x, (3, 2)), {"x": xc})

# ---- normalisation -----------------------------------------------------------------------------------
xb = gen(12, 5, 3, 2, 2)
gb, bb = gen(13, 3), gen(14, 3)
case("batch_norm_train", lambda x, weight, bias: F.batch_norm(x, None, None, weight, bias, training=True, eps=1e-3), {"x": xb, "weight": gb, "bias": bb})
rm, rv = gen(15, 3), gen(16, 3).abs() + 0.5
case("batch_norm_eval", lambda x, weight, bias: F.batch_norm(x, rm, rv, weight, bias, training=False), {"x": xb, "weight": gb, "bias": bb})
cases["batch_norm_eval"]["running_mean"] = intern(rm)
cases["batch_norm_eval"]["running_var"] = intern(rv)
xn = gen(17, 3, 2, 4)
case("layer_norm", lambda x, weight, bias: F.layer_norm(x, [4], weight, bias), {"x": xn, "weight": gen(18, 4), "bias": gen(19, 4)})
case("layer_norm_2d", lambda x: F.layer_norm(x, [2, 4], eps=1e-3), {"x": xn})

# ---- distances -------------------------------------------------------------------------------------------
e1, e2 = gen(20, 4, 6), gen(21, 4, 6)
case("pairwise_distance", lambda x1, x2: F.pairwise_distance(x1, x2), {"x1": e1, "x2": e2})
case("pairwise_distance_p1_keepdim", lambda x1, x2: F.pairwise_distance(x1, x2, p=1.0, eps=1e-4, keepdim=True), {"x1": e1, "x2": e2})
case("cosine_similarity", lambda x1, x2: F.cosine_similarity(x1, x2), {"x1": e1, "x2": e2})
case("cosine_similarity_dim0", lambda x1, x2: F.cosine_similarity(x1, x2, dim=0, eps=1e-6), {"x1": e1, "x2": e2})
case("normalize", lambda x: F.normalize(x), {"x": e1})
case("normalize_p1_dim0", lambda x: F.normalize(x, p=1.0, dim=0), {"x": e1})

# ---- losses -------------------------------------------------------------------------------------------------
pred, tgt = gen(22, 4, 3), gen(23, 4, 3)
for red in ("mean", "sum", "none"):
    case(f"mse_loss_{red}", lambda input, target, red=red: F.mse_loss(input, target, reduction=red), {"input": pred, "target": tgt})
    case(f"l1_loss_{red}", lambda input, target, red=red: F.l1_loss(input, target, reduction=red), {"input": pred, "target": tgt})
prob = torch.sigmoid(gen(24, 4, 3))
lab = (gen(25, 4, 3) > 0).float()
bw = gen(26, 4, 3).abs()
case("bce", lambda input, target: F.binary_cross_entropy(input, target), {"input": prob, "target": lab})
case("bce_weight_sum", lambda input, target, weight: F.binary_cross_entropy(input, target, weight=weight, reduction="sum"), {"input": prob, "target": lab, "weight": bw}, nograd=("weight",))
logits = gen(27, 4, 3) * 2
pw = torch.tensor([0.5, 2.0, 3.0])
case("bce_logits", lambda input, target: F.binary_cross_entropy_with_logits(input, target), {"input": logits, "target": lab})
case("bce_logits_weights", lambda input, target, weight, pos_weight: F.binary_cross_entropy_with_logits(input, target, weight=weight, pos_weight=pos_weight, reduction="none"),
     {"input": logits, "target": lab, "weight": bw, "pos_weight": pw}, nograd=("weight", "pos_weight"))
ce_x = gen(28, 5, 4)
ce_t = torch.tensor([0, 3, 1, 1, 2])
ce_w = torch.tensor([1.0, 0.5, 2.0, 1.5])
case("cross_entropy", lambda input, target: F.cross_entropy(input, target), {"input": ce_x, "target": ce_t})
case("cross_entropy_weight_ignore", lambda input, target, weight: F.cross_entropy(input, target, weight=weight, ignore_index=1), {"input": ce_x, "target": ce_t, "weight": ce_w}, nograd=("weight",))
case("cross_entropy_smoothing_sum", lambda input, target: F.cross_entropy(input, target, label_smoothing=0.1, reduction="sum"), {"input": ce_x, "target": ce_t})
case("cross_entropy_probs", lambda input, target: F.cross_entropy(input, target), {"input": ce_x, "target": F.softmax(gen(29, 5, 4), dim=1)})
case("nll_loss", lambda input, target: F.nll_loss(input, target), {"input": F.log_softmax(ce_x, dim=1), "target": ce_t})
case("nll_loss_weight_none", lambda input, target, weight: F.nll_loss(input, target, weight=weight, reduction="none"), {"input": F.log_softmax(ce_x, dim=1), "target": ce_t, "weight": ce_w}, nograd=("weight",))
an, po, ne = gen(30, 4, 5), gen(31, 4, 5), gen(32, 4, 5)
case("triplet", lambda a, p, n: F.triplet_margin_loss(a, p, n), {"a": an, "p": po, "n": ne})
case("triplet_p1_swap_none", lambda a, p, n: F.triplet_margin_loss(a, p, n, margin=2.0, p=1, eps=1e-3, swap=True, reduction="none"), {"a": an, "p": po, "n": ne})
r1, r2 = gen(33, 6), gen(34, 6)
ry = torch.tensor([1.0, -1.0, 1.0, 1.0, -1.0, -1.0])
case("margin_ranking", lambda x1, x2, y: F.margin_ranking_loss(x1, x2, y, margin=0.3), {"x1": r1, "x2": r2, "y": ry})
case("margin_ranking_sum", lambda x1, x2, y: F.margin_ranking_loss(x1, x2, y, reduction="sum"), {"x1": r1, "x2": r2, "y": ry})


# ---- layers with PyTorch's default initialisation ------------------------------------------------------
def layer_case(name, seed, make, x, steps=1, train=True):
    """Seeds, builds the layer, records its initial state_dict, runs `steps` forward passes (training mode
    unless told) and records the last output, gradients (of the last pass) and the state afterwards."""
    torch.manual_seed(seed)
    m = make()
    m.train(train)
    record = {"x": intern(x)}
    for k, v in m.state_dict().items():
        record["init_" + k] = enc(v)
    for _ in range(steps):
        m.zero_grad()
        xl = x.clone().requires_grad_(True)
        out = m(xl)
    w = gen(1000, *out.shape)
    (out * w).sum().backward()
    record["out"] = enc(out)
    record["w"] = intern(w)
    record["grad_x"] = enc(xl.grad)
    for k, v in m.named_parameters():
        record["grad_" + k] = enc(v.grad)
    for k, v in m.named_buffers():
        record["after_" + k] = enc(v)
    cases[name] = record


layer_case("Linear", 10, lambda: nn.Linear(5, 3), gen(40, 4, 5))
layer_case("Linear_nobias", 11, lambda: nn.Linear(6, 2, bias=False), gen(41, 3, 6))
layer_case("Conv2d", 12, lambda: nn.Conv2d(3, 4, 3, stride=2, padding=1), gen(42, 2, 3, 6, 5))
layer_case("Conv2d_groups", 13, lambda: nn.Conv2d(4, 6, (3, 2), groups=2, bias=False, dilation=(1, 2)), gen(43, 1, 4, 5, 6))
layer_case("Conv2d_reflect", 14, lambda: nn.Conv2d(2, 3, 3, padding=1, padding_mode="reflect"), gen(44, 1, 2, 4, 4))
layer_case("BatchNorm2d_train", 15, lambda: nn.BatchNorm2d(3), gen(45, 4, 3, 2, 3), steps=2)
layer_case("BatchNorm2d_eval", 15, lambda: nn.BatchNorm2d(3), gen(45, 4, 3, 2, 3), train=False)
layer_case("BatchNorm1d_cumulative", 16, lambda: nn.BatchNorm1d(4, momentum=None, eps=1e-3), gen(46, 6, 4), steps=3)
layer_case("LayerNorm", 17, lambda: nn.LayerNorm([3, 4]), gen(47, 2, 3, 4))
layer_case("Dropout_train", 18, lambda: nn.Dropout(0.4), gen(48, 3, 8))
layer_case("Sequential", 19, lambda: nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(8, 3), nn.Sigmoid()), gen(49, 2, 1, 6, 6))

# ---- nn.init -----------------------------------------------------------------------------------------------
inits = {
    "uniform": lambda t: nn.init.uniform_(t, -0.5, 2.0),
    "normal": lambda t: nn.init.normal_(t, 0.5, 2.0),
    "xavier_uniform": lambda t: nn.init.xavier_uniform_(t, gain=1.5),
    "xavier_normal": lambda t: nn.init.xavier_normal_(t),
    "kaiming_uniform": lambda t: nn.init.kaiming_uniform_(t, a=0.1, mode="fan_out", nonlinearity="leaky_relu"),
    "kaiming_normal": lambda t: nn.init.kaiming_normal_(t, nonlinearity="relu"),
    "kaiming_uniform_default": lambda t: nn.init.kaiming_uniform_(t),
    "trunc_normal": lambda t: nn.init.trunc_normal_(t, 0.1, 0.5, -0.3, 0.6),
    "orthogonal": lambda t: nn.init.orthogonal_(t, gain=2.0),
}
for k, f in inits.items():
    torch.manual_seed(50)
    t = torch.empty(4, 3, 2)
    if k == "orthogonal":
        t = torch.empty(3, 5)
    f(t)
    cases["init_" + k] = {"out": enc(t)}
cases["calculate_gain"] = {"out": enc(torch.tensor([nn.init.calculate_gain(n, p) for n, p in [
    ("linear", None), ("conv2d", None), ("sigmoid", None), ("tanh", None), ("relu", None), ("leaky_relu", None),
    ("leaky_relu", 0.2), ("selu", None)]], dtype=torch.float64))}

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    tensors = {i: json.loads(k) for k, i in shared.items()}
    json.dump({"torch": torch.__version__, "tensors": tensors, "cases": cases}, f, separators=(",", ":"))
print(f"wrote {len(cases)} cases, {os.path.getsize(OUT)} bytes to {os.path.normpath(OUT)}")
