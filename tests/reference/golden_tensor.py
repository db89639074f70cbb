"""Golden values for the tensor half of the engine (tests/Siamese.Torch.Tests/TensorGoldenTests.cs).

Run with Debian's PyTorch 1.13 (the libtorch the shim links against):
    /usr/bin/python3 tests/reference/golden_tensor.py
Writes tests/Siamese.Torch.Tests/Golden/tensor_ops.json. Each case is a flat map of named arrays
{shape, dtype, data}: the inputs (x, y, ...), the outputs (out, or out0/out1 for tuples), and for
differentiable ops the weight w and the gradients grad_<input> of (out * w).sum(). The C# test
rebuilds the inputs from the file, so both sides run the same op on the same numbers.
"""
import json
import math
import os

import torch

DTYPES = {torch.float32: "float32", torch.float64: "float64", torch.int64: "int64", torch.int32: "int32",
          torch.bool: "bool", torch.uint8: "uint8"}


def number(v):
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    return v


def array(t):
    t = t.detach()
    data = t.double().flatten().tolist()
    return {"shape": list(t.shape), "dtype": DTYPES[t.dtype], "data": [number(v) for v in data]}


cases = {}


def case(name, fn, grad=(), **inputs):
    ins = {k: v.clone().requires_grad_(k in grad) for k, v in inputs.items()}
    result = fn(**ins)
    outs = list(result) if isinstance(result, (tuple, list)) else [result]
    rec = {k: array(v) for k, v in inputs.items()}
    if len(outs) == 1:
        rec["out"] = array(outs[0])
    else:
        for i, o in enumerate(outs):
            rec[f"out{i}"] = array(o)
    if grad:
        first = outs[0]
        w = torch.linspace(-1.0, 1.5, first.numel()).reshape(first.shape)
        (first * w).sum().backward()
        rec["w"] = array(w)
        for k in grad:
            rec["grad_" + k] = array(ins[k].grad)
    assert name not in cases, name
    cases[name] = rec


def seeded(fn):
    def run(**kw):
        torch.manual_seed(0)
        return fn(**kw)
    return run


X = torch.tensor([[-1.5, -0.5, 0.25, 1.0], [0.75, 1.25, 2.0, -2.5], [0.5, -0.75, 1.5, 3.0]])
Y = torch.tensor([[0.5, -1.0, 2.0, 0.3], [-0.2, 1.5, 0.7, -1.1], [1.2, 0.4, -0.6, 2.2]])
P = torch.tensor([[0.5, 1.0, 1.5, 2.0], [2.5, 0.2, 0.75, 3.0], [1.25, 0.1, 4.0, 0.6]])
M = torch.tensor([[True, False, True, False], [False, False, True, True], [True, True, False, False]])
V = torch.tensor([1.0, -2.0, 3.0])
U = torch.tensor([0.5, 1.5, -1.0])
R = torch.tensor([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 0.49, -0.51])
B1 = torch.tensor([[[0.1 * (i * 4 + j) - 1.0 for j in range(4)] for i in range(3)] for _ in range(1)]).repeat(2, 1, 1) + \
    torch.tensor([0.0, 0.5]).view(2, 1, 1)
B2 = torch.tensor([[[0.2, -0.1], [0.4, 0.3], [-0.5, 0.6], [0.7, -0.8]], [[1.0, 0.0], [0.0, 1.0], [0.5, 0.5], [-1.0, 2.0]]])
IDX = torch.tensor([2, 0])
NANS = torch.tensor([1.0, float("nan"), float("inf"), -float("inf"), -2.0])

G = ("x",)
GY = ("x", "y")

# ---- elementwise ---------------------------------------------------------------------------
for op in ["abs", "neg", "exp", "sin", "cos", "sigmoid", "tanh", "relu", "square", "expm1", "erf", "atan"]:
    case(op, lambda x, op=op: getattr(x, op)(), G, x=X)
for op in ["sqrt", "rsqrt", "log", "log1p", "log2", "log10", "reciprocal"]:
    case(op, lambda x, op=op: getattr(x, op)(), G, x=P)
for op in ["sign", "floor", "ceil", "round", "trunc", "frac"]:
    case(op, lambda x, op=op: getattr(x, op)(), x=R)
case("pow_scalar", lambda x: x.pow(2.5), G, x=P)
case("pow_tensor", lambda x, y: x.pow(y), GY, x=P, y=Y)
case("rpow_scalar", lambda x: torch.pow(2.0, x), G, x=X)
case("clamp", lambda x: x.clamp(-1.0, 1.0), G, x=X)
case("clamp_min", lambda x: x.clamp_min(0.3), G, x=X)
case("clamp_max", lambda x: x.clamp_max(0.5), G, x=X)
case("clamp_tensor", lambda x, y: x.clamp(min=y), GY, x=X, y=Y)
case("maximum", lambda x, y: torch.maximum(x, y), GY, x=X, y=Y)
case("minimum", lambda x, y: torch.minimum(x, y), GY, x=X, y=Y)
case("lerp_scalar", lambda x, y: torch.lerp(x, y, 0.3), GY, x=X, y=Y)
case("lerp_tensor", lambda x, y, p: torch.lerp(x, y, p), GY, x=X, y=Y, p=P)
case("remainder_scalar", lambda x: x % 0.7, G, x=X)
case("remainder_tensor", lambda x, y: torch.remainder(x, y), ("x",), x=X, y=Y)
case("fmod_scalar", lambda x: torch.fmod(x, 0.7), G, x=X)
case("add_alpha", lambda x, y: torch.add(x, y, alpha=2.5), GY, x=X, y=Y)
case("sub_alpha", lambda x, y: torch.sub(x, y, alpha=0.5), GY, x=X, y=Y)
case("mul", lambda x, y: x * y, GY, x=X, y=Y)
case("div", lambda x, y: x / y, GY, x=X, y=P)
case("rdiv_scalar", lambda x: 3.0 / x, G, x=P)
case("rsub_scalar", lambda x: 3.0 - x, G, x=X)
case("addcmul", lambda x, y, p: torch.addcmul(x, y, p, value=0.5), GY, x=X, y=Y, p=P)
case("addcdiv", lambda x, y, p: torch.addcdiv(x, y, p, value=-2.0), GY, x=X, y=Y, p=P)
case("atan2", lambda x, y: torch.atan2(x, y), GY, x=X, y=Y)
case("nan_to_num", lambda x: x.nan_to_num(), x=NANS)
case("nan_to_num_values", lambda x: x.nan_to_num(nan=7.0, posinf=100.0, neginf=-50.0), x=NANS)
case("isnan", lambda x: x.isnan(), x=NANS)
case("isinf", lambda x: x.isinf(), x=NANS)
case("isfinite", lambda x: x.isfinite(), x=NANS)

# ---- comparisons and logic -------------------------------------------------------------------
for op in ["eq", "ne", "lt", "le", "gt", "ge"]:
    case(op, lambda x, y, op=op: getattr(x, op)(y), x=X, y=torch.where(M, X, Y))
    case(op + "_scalar", lambda x, op=op: getattr(x, op)(0.75), x=X)
case("logical_and", lambda m, n: m & n, m=M, n=X > 0)
case("logical_or", lambda m, n: m | n, m=M, n=X > 0)
case("logical_xor", lambda m, n: m ^ n, m=M, n=X > 0)
case("logical_not", lambda m: ~m, m=M)
case("where", lambda m, x, y: torch.where(m, x, y), GY, m=M, x=X, y=Y)
case("where_scalar", lambda m, x: torch.where(m, x, -1.0), G, m=M, x=X)
case("masked_fill", lambda m, x: x.masked_fill(m, 9.0), G, m=M, x=X)
case("masked_fill_tensor", lambda m, x: x.masked_fill(m, torch.tensor(-3.0)), G, m=M, x=X)

# ---- reductions --------------------------------------------------------------------------------
case("sum", lambda x: x.sum(), G, x=X)
case("sum_dim", lambda x: x.sum(1), G, x=X)
case("sum_dims_keepdim", lambda x: x.sum([0, 1], keepdim=True), G, x=X)
case("mean", lambda x: x.mean(), G, x=X)
case("mean_dim_keepdim", lambda x: x.mean(0, keepdim=True), G, x=X)
case("prod", lambda x: x.prod(), G, x=X)
case("prod_dim", lambda x: x.prod(1), G, x=X)
case("max", lambda x: x.max(), G, x=X)
case("min", lambda x: x.min(), G, x=X)
case("max_dim", lambda x: x.max(1), G, x=X)
case("min_dim_keepdim", lambda x: x.min(0, keepdim=True), G, x=X)
case("argmax", lambda x: x.argmax(), x=X)
case("argmax_dim", lambda x: x.argmax(1), x=X)
case("argmin_dim_keepdim", lambda x: x.argmin(0, keepdim=True), x=X)
case("norm", lambda x: x.norm(), G, x=X)
case("norm_p1_dim", lambda x: x.norm(p=1, dim=1), G, x=X)
case("norm_inf", lambda x: x.norm(p=float("inf")), x=X)
case("norm_dim_keepdim", lambda x: x.norm(dim=0, keepdim=True), G, x=X)
case("std", lambda x: x.std(), G, x=X)
case("std_dim_biased", lambda x: x.std(1, unbiased=False), G, x=X)
case("var", lambda x: x.var(), G, x=X)
case("var_dim_keepdim", lambda x: x.var(0, keepdim=True), G, x=X)
case("cumsum", lambda x: x.cumsum(1), G, x=X)
case("cumprod", lambda x: x.cumprod(0), G, x=X)
case("all", lambda m: m.all(), m=M)
case("all_dim", lambda m: m.all(1), m=M)
case("any", lambda m: m.any(), m=M)
case("any_dim", lambda m: m.any(0), m=M)
case("logsumexp", lambda x: x.logsumexp(1), G, x=X)
case("amax", lambda x: x.amax([0, 1]), G, x=X)
case("topk", lambda x: x.topk(2), G, x=X)
case("topk_smallest_dim0", lambda x: x.topk(2, dim=0, largest=False), G, x=X)
case("sort", lambda x: x.sort(), G, x=X)
case("sort_descending_dim0", lambda x: x.sort(0, descending=True), G, x=X)
case("argsort", lambda x: x.argsort(1, descending=True), x=X)
case("count_nonzero", lambda m: m.count_nonzero(), m=M)

# ---- matrix products -----------------------------------------------------------------------------
case("matmul", lambda x, y: x.matmul(y.t()), GY, x=X, y=Y)
case("mm", lambda x, y: torch.mm(x, y.t()), GY, x=X, y=Y)
case("bmm", lambda x, y: torch.bmm(x, y), GY, x=B1, y=B2)
case("matmul_batched", lambda x, y: x @ y, GY, x=B1, y=B2)
case("outer", lambda x, y: torch.outer(x, y), GY, x=V, y=U)
case("dot", lambda x, y: torch.dot(x, y), GY, x=V, y=U)

# ---- shape ---------------------------------------------------------------------------------------
case("t", lambda x: x.t(), G, x=X)
case("mT", lambda x: x.mT, G, x=B1)
case("transpose", lambda x: x.transpose(0, 2), G, x=B1)
case("view", lambda x: x.view(4, 3), G, x=X)
case("reshape_infer", lambda x: x.reshape(-1, 6), G, x=X)
case("flatten", lambda x: x.flatten(), G, x=B1)
case("flatten_range", lambda x: x.flatten(1, 2), G, x=B1)
case("unflatten", lambda x: x.unflatten(1, (2, 2)), G, x=X)
case("squeeze", lambda x: x.view(1, 3, 1, 4).squeeze(), G, x=X)
case("squeeze_dim", lambda x: x.view(1, 3, 1, 4).squeeze(2), G, x=X)
case("unsqueeze", lambda x: x.unsqueeze(1), G, x=X)
case("permute", lambda x: x.permute(2, 0, 1), G, x=B1)
case("contiguous", lambda x: x.t().contiguous(), G, x=X)
case("expand", lambda x: x.unsqueeze(0).expand(2, 3), G, x=V)
case("expand_as", lambda x, y: x.unsqueeze(1).expand_as(y), ("x",), x=V, y=X)
case("view_as", lambda x, y: x.view_as(y), ("x",), x=X, y=torch.zeros(2, 6))
case("repeat", lambda x: x.repeat(2, 1, 2), G, x=X)
case("cat", lambda x, y: torch.cat([x, y], 1), GY, x=X, y=Y)
case("stack", lambda x, y: torch.stack([x, y], 1), GY, x=X, y=Y)
case("chunk", lambda x: x.chunk(2, 1), G, x=X)
case("split", lambda x: torch.split(x, 2, 0), G, x=X)
case("split_sizes", lambda x: x.split([1, 3], 1), G, x=X)
case("unbind", lambda x: x.unbind(0), G, x=X)
case("narrow", lambda x: x.narrow(1, 1, 2), G, x=X)
case("select", lambda x: x.select(1, -1), G, x=X)
case("index_select", lambda x, i: x.index_select(1, i), G, x=X, i=IDX)
case("gather", lambda x, i: x.gather(1, i), G, x=X, i=torch.tensor([[0, 3], [2, 2], [1, 0]]))
case("scatter", lambda x, i, y: x.scatter(1, i, y), GY, x=X, i=torch.tensor([[0, 3], [2, 1], [1, 0]]),
     y=torch.tensor([[10.0, 20.0], [30.0, 40.0], [50.0, 60.0]]))
case("scatter_scalar", lambda x, i: x.scatter(1, i, 5.0), G, x=X, i=torch.tensor([[0], [2], [3]]))
case("scatter_add", lambda x, i, y: x.scatter_add(0, i, y), GY, x=X, i=torch.tensor([[0, 1, 2, 0]]),
     y=torch.tensor([[1.0, 2.0, 3.0, 4.0]]))
case("clone", lambda x: x.clone(), G, x=X)
case("flip", lambda x: x.flip(0, 1), G, x=X)
case("roll", lambda x: x.roll(1, 1), G, x=X)
case("roll_flat", lambda x: x.roll(-2), G, x=X)
case("tril", lambda x: x.tril(), G, x=X)
case("triu_offset", lambda x: x.triu(1), G, x=X)
case("diag_matrix", lambda x: x.diag(), G, x=X)
case("diag_vector", lambda x: torch.diag(x, -1), G, x=V)
case("tile", lambda x: x.tile(2), G, x=V)
case("movedim", lambda x: x.movedim(0, 2), G, x=B1)

# ---- indexing --------------------------------------------------------------------------------------
case("index_int", lambda x: x[1], G, x=X)
case("index_int_int", lambda x: x[1, 2], G, x=X)
case("index_negative", lambda x: x[-1, -2], G, x=X)
case("index_colon_int", lambda x: x[:, 1], G, x=X)
case("index_slice", lambda x: x[1:3, 0:4:2], G, x=X)
case("index_slice_negative", lambda x: x[-2:, :-1], G, x=X)
case("index_ellipsis_none", lambda x: x[..., None, 1], G, x=B1)
case("index_tensor", lambda x, i: x[i], G, x=X, i=IDX)
case("index_mask", lambda x, m: x[m], G, x=X, m=M)
case("index_tensor_dim1", lambda x, i: x[:, i], G, x=X, i=IDX)
case("masked_select", lambda x, m: x.masked_select(m), G, x=X, m=M)
case("nonzero", lambda m: m.nonzero(), m=M)


def put(x, value, *index):
    y = x.detach().clone()
    y[index] = value
    return y


case("index_put_scalar", lambda x: put(x, 7.0, Ellipsis, 0), x=X)
case("index_put_tensor_row", lambda x, v: put(x, v, 1), x=X, v=torch.tensor([9.0, 8.0, 7.0, 6.0]))
case("index_put_mask", lambda x, m: put(x, -1.0, m), x=X, m=M)
case("index_put_indices", lambda x, i: put(x, 0.0, slice(None), i), x=X, i=IDX)

# ---- in-place ops (as optimizers use them) -----------------------------------------------------------


def inplace(fn):
    def run(x, **kw):
        y = x.detach().clone()
        fn(y, **kw)
        return y
    return run


case("sub_", inplace(lambda y, g: y.sub_(g, alpha=0.1)), x=X, g=Y)
case("sub_scalar_", inplace(lambda y: y.sub_(0.25)), x=X)
case("mul_scalar_", inplace(lambda y: y.mul_(-3.0)), x=X)
case("div_scalar_", inplace(lambda y: y.div_(4.0)), x=X)
case("div_", inplace(lambda y, p: y.div_(p)), x=X, p=P)
case("add_alpha_", inplace(lambda y, g: y.add_(g, alpha=-2.0)), x=X, g=Y)
case("addcmul_", inplace(lambda y, g, p: y.addcmul_(g, p, value=0.1)), x=X, g=Y, p=P)
case("addcdiv_", inplace(lambda y, g, p: y.addcdiv_(g, p, value=-0.01)), x=X, g=Y, p=P)
case("lerp_", inplace(lambda y, g: y.lerp_(g, 0.1)), x=X, g=Y)
case("copy_", inplace(lambda y, g: y.copy_(g)), x=X, g=Y)
case("zero_", inplace(lambda y: y.zero_()), x=X)
case("fill_", inplace(lambda y: y.fill_(2.5)), x=X)
case("clamp_", inplace(lambda y: y.clamp_(-0.5, 0.5)), x=X)
case("sqrt_", inplace(lambda y: y.sqrt_()), x=P)
case("pow_", inplace(lambda y: y.pow_(3)), x=X)
case("exp_", inplace(lambda y: y.exp_()), x=X)
case("neg_", inplace(lambda y: y.neg_()), x=X)
case("abs_", inplace(lambda y: y.abs_()), x=X)
case("masked_fill_", inplace(lambda y, m: y.masked_fill_(m, 0.0)), x=X, m=M)

# ---- creation --------------------------------------------------------------------------------------
case("arange_int", lambda: torch.arange(5))
case("arange_start_stop_step", lambda: torch.arange(1, 10, 3))
case("arange_float", lambda: torch.arange(0.0, 1.0, 0.25))
case("arange_dtype", lambda: torch.arange(0, 4, dtype=torch.float64))
case("linspace", lambda: torch.linspace(-1.0, 1.0, 5))
case("logspace", lambda: torch.logspace(0.0, 2.0, 3))
case("eye", lambda: torch.eye(3))
case("eye_rect", lambda: torch.eye(2, 4))
case("full", lambda: torch.full((2, 3), 1.5))
case("zeros_like", lambda x: torch.zeros_like(x), x=X)
case("ones_like_dtype", lambda x: torch.ones_like(x, dtype=torch.int64), x=X)
case("full_like", lambda x: torch.full_like(x, -2.0), x=X)
case("randn", seeded(lambda: torch.randn(5)))
case("randn_2d", seeded(lambda: torch.randn(2, 3)))
case("rand", seeded(lambda: torch.rand(4)))
case("randint", seeded(lambda: torch.randint(10, (6,))))
case("randint_low_high", seeded(lambda: torch.randint(-5, 5, (2, 3))))
case("randperm", seeded(lambda: torch.randperm(8)))
case("rand_like", seeded(lambda x: torch.rand_like(x)), x=X)
case("randn_like", seeded(lambda x: torch.randn_like(x)), x=X)
case("normal_", seeded(lambda: torch.empty(6).normal_(1.0, 0.5)))
case("uniform_", seeded(lambda: torch.empty(6).uniform_(-2.0, 3.0)))
case("bernoulli_", seeded(lambda: torch.empty(8).bernoulli_(0.3)))
case("bernoulli", seeded(lambda p: torch.bernoulli(p / 4.0)), p=P)

# ---- autograd helpers ------------------------------------------------------------------------------


def autograd_grad(x):
    x = x.detach().requires_grad_(True)
    y = (x ** 3).sum()
    return torch.autograd.grad([y], [x])[0]


def retained(x):
    x = x.detach().requires_grad_(True)
    h = x * 2.0
    h.retain_grad()
    (h.sin() * 3.0).sum().backward()
    return h.grad


case("autograd_grad", autograd_grad, x=X)
case("retain_grad", retained, x=X)

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Siamese.Torch.Tests", "Golden", "tensor_ops.json")
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w") as f:
    json.dump({"generator": "tests/reference/golden_tensor.py", "torch": torch.__version__, "cases": cases}, f,
              separators=(",", ":"))
print(f"{len(cases)} cases -> {os.path.normpath(path)} ({os.path.getsize(path)} bytes)")
