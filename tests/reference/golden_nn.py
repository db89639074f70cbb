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
    return (torch.randn(*shape, generator=g) * scale).float()


def case(name, fn, inputs, grads=True, params=None, seed_out=1000):
    """Runs fn(**inputs) and records out and d((out*w).sum())/d(input) for every float input."""
    leaves = {k: (v.clone().requires_grad_(grads and v.is_floating_point())) for k, v in inputs.items()}
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
x4 = gen(3, 2, 2, 4, 5)
case("pad_constant", lambda x: F.pad(x, [1, 2, 0, 1], mode="constant", value=0.5), {"x": x4})
case("pad_reflect", lambda x: F.pad(x, [2, 1, 1, 2], mode="reflect"), {"x": x4})
case("pad_replicate", lambda x: F.pad(x, [1, 3, 2, 0], mode="replicate"), {"x": x4})
case("interp_nearest_size", lambda x: F.interpolate(x, size=[7, 3], mode="nearest"), {"x": x4})
case("interp_nearest_scale", lambda x: F.interpolate(x, scale_factor=1.7, mode="nearest"), {"x": x4})
for ac in (False, True):
    case(f"interp_bilinear_size_ac{int(ac)}", lambda x, ac=ac: F.interpolate(x, size=[6, 9], mode="bilinear", align_corners=ac), {"x": x4})
    case(f"interp_bilinear_scale_ac{int(ac)}", lambda x, ac=ac: F.interpolate(x, scale_factor=[1.5, 0.6], mode="bilinear", align_corners=ac), {"x": x4})

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    tensors = {i: json.loads(k) for k, i in shared.items()}
    json.dump({"torch": torch.__version__, "tensors": tensors, "cases": cases}, f, separators=(",", ":"))
print(f"wrote {len(cases)} cases, {os.path.getsize(OUT)} bytes to {os.path.normpath(OUT)}")
