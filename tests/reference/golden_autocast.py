"""Golden values for CPU autocast (torch.autocast("cpu", dtype=torch.bfloat16)).

Run with Debian's PyTorch (the same libtorch the binding links):
    /usr/bin/python3 tests/reference/golden_autocast.py
Writes tests/Siamese.Torch.Tests/Golden/autocast.json in GoldenFile's layout
({"cases": {name: {array: {"shape", "dtype", "data"}}}}). Inputs are float32; outputs keep the dtype autocast
gave them (bfloat16 values are exact in float32, so they are stored as floats with dtype "bfloat16").
"""
import json
import os

import torch
import torch.nn.functional as F

torch.set_num_threads(1)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Siamese.Torch.Tests", "Golden", "autocast.json")
NAMES = {torch.float32: "float32", torch.bfloat16: "bfloat16"}


def enc(t):
    t = t.detach()
    return {"shape": list(t.shape), "dtype": NAMES[t.dtype], "data": [float(str(v)) for v in t.float().reshape(-1).numpy()]}


def gen(seed, *shape):
    return torch.randn(shape, generator=torch.Generator().manual_seed(seed))


def autocast():
    return torch.autocast("cpu", dtype=torch.bfloat16)


cases = {}

x, w, b = gen(1, 3, 5), gen(2, 4, 5), gen(3, 4)
with autocast():
    cases["linear"] = {"x": enc(x), "w": enc(w), "b": enc(b), "out": enc(F.linear(x, w, b))}

p, q = gen(4, 2, 3), gen(5, 3, 4)
with autocast():
    cases["matmul"] = {"a": enc(p), "b": enc(q), "out": enc(torch.matmul(p, q))}

img, kernel = gen(6, 1, 2, 5, 5), gen(7, 3, 2, 3, 3)
with autocast():
    cases["conv2d"] = {"x": enc(img), "w": enc(kernel), "out": enc(F.conv2d(img, kernel))}

# mse_loss is on autocast's float32 list: bfloat16 inputs give a float32 loss.
u, v = gen(8, 3, 4), gen(9, 3, 4)
with autocast():
    cases["mse_loss_bf16_inputs"] = {"a": enc(u), "b": enc(v), "out": enc(F.mse_loss(u.bfloat16(), v.bfloat16()))}

# A training step's forward under autocast, backward outside: float32 leaves get float32 gradients.
inputs, target = gen(10, 4, 5), gen(11, 4, 3)
w1, b1, w2, b2 = (gen(s, *shape).requires_grad_() for s, shape in ((12, (6, 5)), (13, (6,)), (14, (3, 6)), (15, (3,))))
with autocast():
    y = F.linear(F.relu(F.linear(inputs, w1, b1)), w2, b2)
    loss = F.mse_loss(y, target)
loss.backward()
cases["mlp_step"] = {
    "x": enc(inputs), "target": enc(target), "w1": enc(w1), "b1": enc(b1), "w2": enc(w2), "b2": enc(b2),
    "y": enc(y), "loss": enc(loss),
    "grad_w1": enc(w1.grad), "grad_b1": enc(b1.grad), "grad_w2": enc(w2.grad), "grad_b2": enc(b2.grad),
}

with open(OUT, "w") as f:
    json.dump({"generator": "tests/reference/golden_autocast.py", "torch": torch.__version__, "cases": cases}, f)
print(f"wrote {OUT}")
