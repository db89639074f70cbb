"""Golden values for Siamese.Lib's own numerics (losses, pair heads, encoders, evaluation metrics), from PyTorch.

Run with Debian's PyTorch (the python3 first on PATH has none):

    /usr/bin/python3 tests/reference/golden_library.py

Writes tests/Siamese.Lib.Tests/Golden/{losses,heads,encoders,evaluation}.json, read by the tests in
tests/Siamese.Lib.Tests/Golden/. The references are written independently of the C# code: the losses as the
papers state them (explicit loops over triplets, queries and pairs), the encoders as PyTorch modules whose
parameter names are the C# modules' state_dict() keys, the metrics in numpy the way scikit-learn/scipy define
them (scikit-learn and scipy are not installed in Debian's python3).

Precision: every input and weight is drawn in float32 and stored exactly (a float32 printed as a double reads
back to the same float32); every expected value is computed in float64 from those float32 values. The C# side
computes in float32, so its only error is its own rounding, which the tests bound (see GoldenAssert.cs).

Each compared quantity carries "terms" (how many float32 values are accumulated into one output: the length of
the longest sum, summed over the layers it passes through) and "scale" (the largest magnitude of the terms
that are summed or cancelled on the way, which bounds the absolute rounding error; the output alone can be
much smaller than its terms when they cancel, e.g. a triplet hinge d(a,p) - d(a,n) + margin).

Cases whose result would flip under float32 rounding are excluded when drawn: hinges, mining decisions
(d(a,n) > d(a,p)), |x| kinks and ranks are kept at least SEPARATION away from their switching point.
"""
import json
import math
import os
from collections import OrderedDict

import numpy as np
import torch
import torch.nn as nn

GENERATED_BY = "/usr/bin/python3 tests/reference/golden_library.py"
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Siamese.Lib.Tests", "Golden")

# Relative distance a piecewise decision (hinge, max/min choice, sign) keeps from its switching point. float32
# rounding moves a value by ~1e-7 relative, so 1e-3 leaves four orders of magnitude: no case can flip.
SEPARATION = 1e-3


# ----------------------------------------------------------------------------------------------- helpers

def f32(shape, generator, scale=1.0):
    """Seeded float32 normal values (exactly representable), returned as a float64 tensor for the reference."""
    return (torch.randn(shape, generator=generator, dtype=torch.float32) * scale).float().double()


def enc(x):
    """A tensor as {"shape", "data"} (row-major), plus "dtype" for integer and boolean tensors."""
    x = x.detach()
    out = {"shape": list(x.shape)}
    if x.dtype == torch.bool:
        out["dtype"] = "bool"
        out["data"] = [int(v) for v in x.flatten().tolist()]
    elif x.dtype in (torch.int64, torch.int32):
        out["dtype"] = "int64"
        out["data"] = [int(v) for v in x.flatten().tolist()]
    else:
        out["data"] = [float(v) for v in x.double().flatten().tolist()]
    return out


def scalar(x):
    return float(x.detach().double().item())


def grad_of(loss, *inputs):
    return torch.autograd.grad(loss, inputs, retain_graph=True)


def write(name, content):
    content = OrderedDict([("generated_by", GENERATED_BY), *content.items()])
    os.makedirs(OUT_DIR, exist_ok=True)
    path = os.path.normpath(os.path.join(OUT_DIR, name))
    with open(path, "w") as f:
        json.dump(content, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("wrote", path, os.path.getsize(path), "bytes")


def pairwise_sq(x):
    """Exact squared Euclidean distances (float64, by differences: no cancellation)."""
    return ((x.unsqueeze(1) - x.unsqueeze(0)) ** 2).sum(-1)


def normalize(x):
    return x / x.norm(dim=-1, keepdim=True).clamp_min(1e-12)


def far_from(values, point, what):
    """Asserts every value is SEPARATION (relative to its magnitude, at least 1) away from a switching point."""
    for v in np.atleast_1d(np.asarray(values, dtype=np.float64)).ravel():
        if abs(v - point) < SEPARATION * max(1.0, abs(v)):
            raise AssertionError(f"{what}: {v} lies within float noise of {point}; pick another seed")


# ----------------------------------------------------------------------------------------------- losses

def contrastive_cases(g):
    cases = []
    for convention in ("SimilarIsZero", "SimilarIsOne"):
        distance = f32([8], g).abs() * 0.8 + 0.05   # distances ≥ 0, some beyond the margin
        similar = torch.tensor([1, 0, 1, 0, 0, 1, 0, 0], dtype=torch.bool)
        label = (~similar if convention == "SimilarIsZero" else similar).double()
        margin = 1.0
        far_from((margin - distance).numpy(), 0.0, "contrastive hinge")
        d = distance.clone().requires_grad_(True)
        s = similar.double()
        # Hadsell et al. 2006, eq. 4, with ½ factors; Y = 1 for dissimilar.
        per_pair = s * 0.5 * d ** 2 + (1 - s) * 0.5 * torch.clamp(margin - d, min=0) ** 2
        loss = per_pair.mean()
        (g_d,) = grad_of(loss, d)
        cases.append(OrderedDict(
            name=f"contrastive_{convention}", convention=convention, margin=margin,
            distance=enc(distance), label=enc(label), loss=scalar(loss), grad_distance=enc(g_d),
            terms=len(distance), scale=max(float(distance.max()) ** 2, margin ** 2)))
    # A margin other than 1, with the default convention.
    distance = f32([6], g).abs() * 2 + 0.1
    label = torch.tensor([0, 1, 1, 0, 1, 1], dtype=torch.float64)
    margin = 2.5
    far_from((margin - distance).numpy(), 0.0, "contrastive hinge")
    d = distance.clone().requires_grad_(True)
    loss = ((1 - label) * 0.5 * d ** 2 + label * 0.5 * torch.clamp(margin - d, min=0) ** 2).mean()
    (g_d,) = grad_of(loss, d)
    cases.append(OrderedDict(
        name="contrastive_SimilarIsZero_margin2.5", convention="SimilarIsZero", margin=margin,
        distance=enc(distance), label=enc(label), loss=scalar(loss), grad_distance=enc(g_d),
        terms=len(distance), scale=max(float(distance.max()) ** 2, margin ** 2)))
    return cases


def triplet_cases(g):
    cases = []
    for squared in (True, False):
        for norm in (True, False):
            a0, p0, n0 = f32([5, 4], g), f32([5, 4], g), f32([5, 4], g)
            # Positives at varied distances from their anchors, so some hinges are active and some are not.
            p0 = a0 + torch.tensor([0.2, 0.5, 0.9, 1.4, 2.0], dtype=torch.float64).unsqueeze(1) * p0
            n0 = a0 + torch.tensor([2.0, 0.3, 1.5, 0.6, 0.8], dtype=torch.float64).unsqueeze(1) * n0
            a, p, n = (t.clone().requires_grad_(True) for t in (a0, p0, n0))
            aa, pp, nn_ = (normalize(a), normalize(p), normalize(n)) if norm else (a, p, n)
            dp = ((aa - pp) ** 2).sum(-1)
            dn = ((aa - nn_) ** 2).sum(-1)
            if not squared:
                dp, dn = dp.sqrt(), dn.sqrt()
            margin = 0.2 if squared else 0.5
            hinge = dp - dn + margin
            far_from(hinge.detach().numpy(), 0.0, "triplet hinge")
            loss = hinge.clamp_min(0).mean()
            ga, gp, gn = grad_of(loss, a, p, n)
            scale = float(torch.cat([dp, dn]).abs().max().detach()) + margin
            cases.append(OrderedDict(
                name=f"triplet_squared{squared}_normalize{norm}", margin=margin, squared=squared, normalize=norm,
                anchor=enc(a0), positive=enc(p0), negative=enc(n0), loss=scalar(loss),
                grad_anchor=enc(ga), grad_positive=enc(gp), grad_negative=enc(gn),
                active=int((hinge > 0).sum()), terms=4 * 5, scale=scale))
    return cases


def mined_reference(x, labels, mining, margin, squared, norm):
    """Online triplet mining as the papers state it, by explicit loops (float64, differentiable)."""
    e = normalize(x) if norm else x
    d2 = pairwise_sq(e)
    # sqrt of exact zeros (the diagonal) is never used: only pairs of distinct points enter below.
    d = d2 if squared else (d2 + torch.eye(len(x), dtype=x.dtype)).sqrt() * (1 - torch.eye(len(x), dtype=x.dtype))
    n = len(labels)
    lab = labels.tolist()
    decisions = []   # values that must be clear of their switching point
    if mining == "BatchAll":
        # Hermans et al. 2017: mean over the valid triplets whose loss is positive.
        terms = []
        for i in range(n):
            for j in range(n):
                if j == i or lab[j] != lab[i]:
                    continue
                for k in range(n):
                    if lab[k] == lab[i]:
                        continue
                    h = d[i, j] - d[i, k] + margin
                    decisions.append(float(h))
                    if h > 0:
                        terms.append(h)
        loss = torch.stack(terms).sum() / max(1, len(terms)) if terms else x.sum() * 0
        return loss, decisions, len(terms)
    if mining == "BatchHard":
        # Per anchor: farthest positive, nearest negative; mean over anchors that have both.
        terms = []
        for i in range(n):
            pos = [j for j in range(n) if j != i and lab[j] == lab[i]]
            neg = [k for k in range(n) if lab[k] != lab[i]]
            if not pos or not neg:
                continue
            dp = torch.stack([d[i, j] for j in pos])
            dn = torch.stack([d[i, k] for k in neg])
            # the arg-max/arg-min must be unambiguous
            for vals in (sorted(dp.tolist(), reverse=True), sorted(dn.tolist())):
                if len(vals) > 1:
                    decisions.append(vals[0] - vals[1])
            h = dp.max() - dn.min() + margin
            decisions.append(float(h))
            terms.append(h.clamp_min(0))
        return torch.stack(terms).sum() / max(1, len(terms)), decisions, len(terms)
    if mining == "SemiHard":
        # FaceNet eq. 4 / TensorFlow's triplet_semihard_loss: per (a, p), the nearest negative farther than p,
        # else the farthest negative; mean over positive pairs of anchors that have a negative.
        terms = []
        for i in range(n):
            neg = [k for k in range(n) if lab[k] != lab[i]]
            if not neg:
                continue
            for j in range(n):
                if j == i or lab[j] != lab[i]:
                    continue
                for k in neg:
                    decisions.append(float(d[i, k] - d[i, j]))
                beyond = [k for k in neg if d[i, k] > d[i, j]]
                if beyond:
                    chosen = torch.stack([d[i, k] for k in beyond]).min()
                else:
                    chosen = torch.stack([d[i, k] for k in neg]).max()
                h = d[i, j] - chosen + margin
                decisions.append(float(h))
                terms.append(h.clamp_min(0))
        return torch.stack(terms).sum() / max(1, len(terms)), decisions, len(terms)
    raise ValueError(mining)


def batch_triplet_cases(g):
    cases = []
    labels = torch.tensor([0, 1, 0, 2, 1, 0, 2, 1], dtype=torch.int64)
    settings = [("BatchAll", 0.2, True, True), ("BatchHard", 0.2, True, True), ("SemiHard", 0.2, True, True),
                ("BatchAll", 0.5, False, False), ("BatchHard", 0.5, False, False), ("SemiHard", 0.5, False, False)]
    for mining, margin, squared, norm in settings:
        for attempt in range(100):
            x0 = f32([8, 3], g)
            x = x0.clone().requires_grad_(True)
            loss, decisions, count = mined_reference(x, labels, mining, margin, squared, norm)
            try:
                far_from(decisions, 0.0, f"{mining} decision")
                break
            except AssertionError:
                continue
        else:
            raise AssertionError(f"no well-separated draw for {mining}")
        (gx,) = grad_of(loss, x)
        e = normalize(x0) if norm else x0
        scale = float(pairwise_sq(e).max()) + margin
        cases.append(OrderedDict(
            name=f"batch_triplet_{mining}_squared{squared}_normalize{norm}", mining=mining, margin=margin,
            squared=squared, normalize=norm, embeddings=enc(x0), labels=enc(labels), loss=scalar(loss),
            grad_embeddings=enc(gx), averaged_over=count, terms=8 * 8 * 3, scale=scale))
    # One class only: no valid triplet; the loss is 0, not NaN.
    x0 = f32([4, 3], g)
    for mining in ("BatchAll", "BatchHard", "SemiHard"):
        cases.append(OrderedDict(
            name=f"batch_triplet_{mining}_single_class", mining=mining, margin=0.2, squared=True, normalize=True,
            embeddings=enc(x0), labels=enc(torch.zeros(4, dtype=torch.int64)), loss=0.0,
            grad_embeddings=enc(torch.zeros(4, 3, dtype=torch.float64)), averaged_over=0, terms=1, scale=1.0))
    return cases


def bce(z, y):
    """−[y log σ(z) + (1 − y) log(1 − σ(z))], in float64 (log-sigmoid form, exact enough at any z)."""
    return -(y * torch.nn.functional.logsigmoid(z) + (1 - y) * torch.nn.functional.logsigmoid(-z))


def logit_bce_cases(g):
    cases = []
    for convention in ("SimilarIsOne", "SimilarIsZero"):
        logit = f32([7], g, 3.0)
        logit[0] = 40.0   # a confident logit, where a sigmoid-then-log pipeline would lose everything
        same = torch.tensor([1, 0, 0, 1, 1, 0, 0], dtype=torch.float64)
        label = same if convention == "SimilarIsOne" else 1 - same
        z = logit.clone().requires_grad_(True)
        loss = bce(z, same).mean()
        (gz,) = grad_of(loss, z)
        cases.append(OrderedDict(
            name=f"logit_bce_{convention}", convention=convention, logit=enc(logit), label=enc(label),
            loss=scalar(loss), grad_logit=enc(gz), terms=len(logit), scale=float(logit.abs().max())))
    return cases


def malstm_cases(g):
    cases = []
    for lo, hi in ((1.0, 5.0), (0.0, 5.0)):
        similarity = torch.rand([6], generator=g, dtype=torch.float32).double()
        score = (torch.rand([6], generator=g, dtype=torch.float32) * (hi - lo) + lo).double()
        score[0] = lo
        score[1] = hi
        s = similarity.clone().requires_grad_(True)
        loss = ((s - (score - lo) / (hi - lo)) ** 2).mean()
        (gs,) = grad_of(loss, s)
        cases.append(OrderedDict(
            name=f"malstm_mse_{lo:g}_{hi:g}", min_score=lo, max_score=hi, similarity=enc(similarity),
            score=enc(score), loss=scalar(loss), grad_similarity=enc(gs), terms=len(score), scale=1.0))
    return cases


def weighted_l1_logit(w, b, left, right):
    return (left - right).abs() @ w.reshape(-1) + b.reshape(())


def contribution_scale(loss, logits, head, x0, w0):
    """
    The magnitude of the terms a parameter or embedding gradient sums: Σ over scored pairs of |∂L/∂z| times the
    largest |∂z/∂θ|. A gradient can cancel to (near) zero although its terms do not: the bias of a logit head
    cancels in a softmax, so its exact gradient is 0 while float32 leaves ~u · Σ|∂L/∂z| behind.
    """
    g = torch.autograd.grad(loss, logits, retain_graph=True)
    total = float(sum(v.abs() for v in g))
    diffs = (x0.unsqueeze(1) - x0.unsqueeze(0)).abs()
    if head == "WeightedL1Logit":
        slope = max(1.0, float(diffs.max()), float(w0.abs().max()))   # bias: 1; weight: |x_i − x_j|; x: |w|
    elif head == "ExpNegativeL1":
        slope = 1.0                                                    # |∂ exp(−L1)/∂x| ≤ exp(−L1) ≤ 1
    else:
        slope = 2.0 / float(x0.norm(dim=-1).min())                     # |∂ cos/∂x| ≤ 2/‖x‖
    return total * slope


def in_batch_cases(g):
    """Koch's weighted-L1 logit head (and the plain L1 head) scored over every pair of a batch."""
    pair_bce, one_shot = [], []
    classes_sets = {
        "balanced": torch.tensor([0, 1, 0, 2, 1, 2], dtype=torch.int64),
        "one_unmatched": torch.tensor([0, 1, 0, 2, 1], dtype=torch.int64),   # class 2 has no positive
    }
    for set_name, classes in classes_sets.items():
        b = len(classes)
        for attempt in range(100):
            x0 = f32([b, 4], g)
            diffs = (x0.unsqueeze(1) - x0.unsqueeze(0)).abs()
            offdiag = diffs[~torch.eye(b, dtype=torch.bool)]
            try:
                far_from(offdiag.numpy(), 0.0, "|x_i - x_j|")   # |.| has a kink at 0
                break
            except AssertionError:
                continue
        w0 = f32([1, 4], g, 0.5)
        b0 = f32([1], g, 0.5)
        lab = classes.tolist()

        # In-batch pair BCE: ½ mean over similar pairs + ½ mean over dissimilar pairs (i < j).
        x = x0.clone().requires_grad_(True)
        w = w0.clone().requires_grad_(True)
        bb = b0.clone().requires_grad_(True)
        same_terms, diff_terms, logits = [], [], []
        for i in range(b):
            for j in range(i + 1, b):
                z = weighted_l1_logit(w, bb, x[i:i + 1], x[j:j + 1])[0]
                logits.append(z)
                if lab[i] == lab[j]:
                    same_terms.append(bce(z, torch.tensor(1.0, dtype=torch.float64)))
                else:
                    diff_terms.append(bce(z, torch.tensor(0.0, dtype=torch.float64)))
        loss = 0.5 * torch.stack(same_terms).mean() + 0.5 * torch.stack(diff_terms).mean()
        gx, gw, gb = grad_of(loss, x, w, bb)
        gradient_scale = contribution_scale(loss, logits, "WeightedL1Logit", x0, w0)
        pair_bce.append(OrderedDict(
            name=f"in_batch_pair_bce_{set_name}", head="WeightedL1Logit",
            head_parameters=OrderedDict([("weights.weight", enc(w0)), ("weights.bias", enc(b0))]),
            embeddings=enc(x0), classes=enc(classes), loss=scalar(loss), grad_embeddings=enc(gx),
            grad_head=OrderedDict([("weights.weight", enc(gw)), ("weights.bias", enc(gb))]),
            terms=b * b + 4, scale=float(diffs.sum(-1).max()) + 1.0, gradient_scale=gradient_scale))

        # In-batch one-shot softmax: L_i = logsumexp_{j≠i} z_ij − logsumexp_{j∈P(i)} z_ij over queries with a positive.
        for head in ("WeightedL1Logit", "ExpNegativeL1", "CosineSimilarity"):
            x = x0.clone().requires_grad_(True)
            w = w0.clone().requires_grad_(True)
            bb = b0.clone().requires_grad_(True)
            per_query, logits = [], []
            for i in range(b):
                positives = [j for j in range(b) if j != i and lab[j] == lab[i]]
                if not positives:
                    continue
                def z(j):
                    if head == "WeightedL1Logit":
                        return weighted_l1_logit(w, bb, x[i:i + 1], x[j:j + 1])[0]
                    if head == "ExpNegativeL1":
                        return torch.exp(-(x[i] - x[j]).abs().sum())
                    return (x[i] * x[j]).sum() / (x[i].norm() * x[j].norm())
                scored = {j: z(j) for j in range(b) if j != i}
                logits.extend(scored.values())
                everyone = torch.stack(list(scored.values()))
                pos = torch.stack([scored[j] for j in positives])
                per_query.append(torch.logsumexp(everyone, 0) - torch.logsumexp(pos, 0))
            loss = torch.stack(per_query).mean()
            gx, gw, gb = grad_of(loss, x, w, bb) if head == "WeightedL1Logit" else (grad_of(loss, x)[0], None, None)
            case = OrderedDict(
                name=f"in_batch_one_shot_{head}_{set_name}", head=head, embeddings=enc(x0), classes=enc(classes),
                loss=scalar(loss), grad_embeddings=enc(gx), terms=b * b + 4,
                scale=(float(diffs.sum(-1).max()) + 1.0) * 2,
                gradient_scale=contribution_scale(loss, logits, head, x0, w0))
            if head == "WeightedL1Logit":
                case["head_parameters"] = OrderedDict([("weights.weight", enc(w0)), ("weights.bias", enc(b0))])
                case["grad_head"] = OrderedDict([("weights.weight", enc(gw)), ("weights.bias", enc(gb))])
            one_shot.append(case)
    return pair_bce, one_shot


# ----------------------------------------------------------------------------------------------- heads

def head_cases(g):
    cases = []
    for attempt in range(100):
        left0, right0 = f32([5, 6], g), f32([5, 6], g)
        try:
            far_from((left0 - right0).abs().numpy(), 0.0, "|l - r|")
            break
        except AssertionError:
            continue
    right0[4] = left0[4] * 1.5   # a parallel pair: cosine 1
    w0, b0 = f32([1, 6], g, 0.4), f32([1], g, 0.4)
    features = left0.shape[1]

    def run(name, fn, scale, extra=None):
        l = left0.clone().requires_grad_(True)
        r = right0.clone().requires_grad_(True)
        out = fn(l, r)
        gl, gr = grad_of(out.sum(), l, r)
        case = OrderedDict(name=name, head=name, left=enc(left0), right=enc(right0), output=enc(out),
                           grad_left=enc(gl), grad_right=enc(gr), terms=features, scale=scale)
        if extra:
            case.update(extra)
        cases.append(case)

    l1 = (left0 - right0).abs().sum(-1)
    run("L1Distance", lambda l, r: (l - r).abs().sum(-1), float(l1.max()))
    # torch.nn.functional.pairwise_distance's definition: ‖l − r + ε‖₂ with ε = 1e-6 added to the difference.
    eps = 1e-6
    run("EuclideanDistance", lambda l, r: ((l - r + eps) ** 2).sum(-1).sqrt(),
        float(((left0 - right0) ** 2).sum(-1).max()))
    run("CosineSimilarity", lambda l, r: (l * r).sum(-1) / (l.norm(dim=-1) * r.norm(dim=-1)),
        1.0 + float((left0.abs() * right0.abs()).sum(-1).max() / (left0.norm(dim=-1) * right0.norm(dim=-1)).min()))
    run("ExpNegativeL1", lambda l, r: torch.exp(-(l - r).abs().sum(-1)), 1.0)
    run("WeightedL1Logit", lambda l, r: weighted_l1_logit(w0, b0, l, r),
        float(((left0 - right0).abs() @ w0.abs().reshape(-1)).max()) + abs(float(b0)),
        extra={"parameters": OrderedDict([("weights.weight", enc(w0)), ("weights.bias", enc(b0))])})
    return cases


# ----------------------------------------------------------------------------------------------- encoders

def randomize(module, g, scale=0.5):
    """Seeded float32 values for every parameter (and BatchNorm's running statistics), so nothing is 0 or 1."""
    with torch.no_grad():
        for name, p in module.named_parameters():
            fan_in = p.shape[1] if p.ndim > 1 else p.shape[0]
            for extra in p.shape[2:]:
                fan_in *= extra
            p.copy_(torch.randn(p.shape, generator=g, dtype=torch.float32) * (scale * 2 / math.sqrt(max(1, fan_in))))
        for name, b in module.named_buffers():
            if name.endswith("running_mean"):
                b.copy_(torch.randn(b.shape, generator=g, dtype=torch.float32) * 0.1)
            elif name.endswith("running_var"):
                b.copy_(torch.rand(b.shape, generator=g, dtype=torch.float32) * 0.5 + 0.75)


def state(module, buffers=("running_mean", "running_var")):
    params = OrderedDict((k, enc(v)) for k, v in module.named_parameters())
    bufs = OrderedDict((k, enc(v)) for k, v in module.named_buffers() if k.split(".")[-1] in buffers)
    return params, bufs


class SmallCnnRef(nn.Module):
    def __init__(self, embedding, c1, c2, hidden, size, in_channels):
        super().__init__()
        side = ((size // 2) // 2)
        self.layers = nn.Sequential(OrderedDict([
            ("conv1", nn.Conv2d(in_channels, c1, 3, padding=1)), ("relu1", nn.ReLU()), ("pool1", nn.MaxPool2d(2)),
            ("conv2", nn.Conv2d(c1, c2, 3, padding=1)), ("relu2", nn.ReLU()), ("pool2", nn.MaxPool2d(2)),
            ("flatten", nn.Flatten()), ("fc1", nn.Linear(c2 * side * side, hidden)), ("relu3", nn.ReLU()),
            ("embedding", nn.Linear(hidden, embedding))]))
        self.terms = in_channels * 9 + c1 * 9 + c2 * side * side + hidden

    def forward(self, x):
        return self.layers(x)


class KochCnnRef(nn.Module):
    def __init__(self, size, in_channels, stages, hidden, batch_norm):
        super().__init__()
        layers, side, channels, terms = [], size, in_channels, 0
        for i, (c, k, pool, padding) in enumerate(stages):
            layers.append((f"conv{i + 1}", nn.Conv2d(channels, c, k, padding=padding)))
            if batch_norm:
                layers.append((f"bn{i + 1}", nn.BatchNorm2d(c)))
            layers.append((f"relu{i + 1}", nn.ReLU()))
            terms += channels * k * k
            side = side + 2 * padding - k + 1
            if pool:
                layers.append((f"pool{i + 1}", nn.MaxPool2d(2)))
                side //= 2
            channels = c
        layers.append(("flatten", nn.Flatten()))
        width = channels * side * side
        for i, h in enumerate(hidden):
            layers.append((f"fc{i + 1}", nn.Linear(width, h)))
            terms += width
            width = h
            if i == 0:
                layers.append(("sigmoid", nn.Sigmoid()))
            elif i < len(hidden) - 1:
                layers.append((f"relu_fc{i + 1}", nn.ReLU()))
        self.layers = nn.Sequential(OrderedDict(layers))
        self.terms = terms

    def forward(self, x):
        return self.layers(x)


def pooled_lstm(lstm, x, mask, pooling, bidirectional):
    lengths = mask.sum(1)
    packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
    out, (h, _) = lstm(packed)
    out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=x.shape[1])
    if pooling == "MaskedMean":
        w = mask.double().unsqueeze(-1)
        return (out * w).sum(1) / w.sum(1).clamp_min(1)
    return torch.cat([h[-2], h[-1]], 1) if bidirectional else h[-1]


class LstmEncoderRef(nn.Module):
    def __init__(self, input_size, hidden, layers=1, bidirectional=False, pooling="LastHidden", vocabulary=None):
        super().__init__()
        if vocabulary is not None:
            self.embedding = nn.Embedding(vocabulary, input_size)
        self.lstm = nn.LSTM(input_size, hidden, layers, batch_first=True, bidirectional=bidirectional)
        self.pooling, self.bidirectional = pooling, bidirectional
        self.terms = (input_size + hidden) * layers * (2 if bidirectional else 1)

    def forward(self, values, mask):
        x = self.embedding(values) if hasattr(self, "embedding") else values
        return pooled_lstm(self.lstm, x, mask, self.pooling, self.bidirectional)


class TransformerBlockRef(nn.Module):
    def __init__(self, model, heads, ff):
        super().__init__()
        self.attention = nn.MultiheadAttention(model, heads, dropout=0.1)   # sequence-first
        self.norm1 = nn.LayerNorm(model)
        self.feedForward = nn.Sequential(OrderedDict([
            ("linear1", nn.Linear(model, ff)), ("relu", nn.ReLU()), ("dropout", nn.Dropout(0.1)),
            ("linear2", nn.Linear(ff, model))]))
        self.norm2 = nn.LayerNorm(model)
        self.dropout = nn.Dropout(0.1)

    def forward(self, x, padding):
        s = x.transpose(0, 1)
        attended, _ = self.attention(s, s, s, key_padding_mask=padding, need_weights=False)
        h = self.norm1(x + self.dropout(attended.transpose(0, 1)))
        return self.norm2(h + self.dropout(self.feedForward(h)))


def positional_encoding(length, size):
    table = np.zeros((length, size))
    for t in range(length):
        for i in range(size):
            angle = t / 10000.0 ** (2 * (i // 2) / size)
            table[t, i] = math.sin(angle) if i % 2 == 0 else math.cos(angle)
    # The C# table is float32.
    return torch.tensor(table.astype(np.float32), dtype=torch.float64)


class TransformerEncoderRef(nn.Module):
    def __init__(self, input_size, heads, head_size, layers, max_length, tokens):
        super().__init__()
        model = heads * head_size
        self.input = nn.Embedding(input_size, model) if tokens else nn.Linear(input_size, model)
        self.blocks = nn.ModuleList([TransformerBlockRef(model, heads, 4 * model) for _ in range(layers)])
        self.positions_table = positional_encoding(max_length, model)
        self.terms = layers * (3 * model + model + model + 4 * model + 8 * model) + input_size

    def forward(self, values, mask):
        x = self.input(values) + self.positions_table[: values.shape[1]]
        padding = ~mask
        for block in self.blocks:
            x = block(x, padding)
        w = mask.double().unsqueeze(-1)
        return (x * w).sum(1) / w.sum(1).clamp_min(1)


class SequenceCnnRef(nn.Module):
    def __init__(self, input_size, filters, output, kernel):
        super().__init__()
        self.conv = nn.Conv2d(1, filters, (kernel, input_size), padding=(kernel // 2, 0))
        self.projection = nn.Linear(filters, output)
        self.terms = kernel * input_size + filters

    def forward(self, values, mask):
        # A 1-D convolution over time of the sequence with its padding treated as absent (zeros).
        v = values * mask.double().unsqueeze(-1)
        feats = torch.relu(self.conv(v.unsqueeze(1))).squeeze(3).transpose(1, 2)
        pooled = torch.stack([feats[b, : int(mask[b].sum())].max(0).values for b in range(len(values))])
        return self.projection(pooled)


class ImageRowsRef(nn.Module):
    def __init__(self, inner, rows):
        super().__init__()
        self.inner = inner
        self.terms = inner.terms * rows   # the rows are the time steps

    def forward(self, images):
        values = images.squeeze(1)
        return self.inner(values, torch.ones(values.shape[:2], dtype=torch.bool))


def encoder_case(name, module, g, inputs, mask=None, kind="image", config=None):
    randomize(module, g)
    params, bufs = state(module)   # float32 values, taken before the switch to float64
    module.double().eval()
    with torch.no_grad():
        out = module(inputs) if mask is None else module(inputs, mask)
    case = OrderedDict(name=name, kind=kind, config=config or {}, parameters=params, buffers=bufs,
                       input=enc(inputs))
    if mask is not None:
        case["mask"] = enc(mask)
    # A recurrent state or an attention/mean over time accumulates over every step as well.
    terms = module.terms * (inputs.shape[1] if kind == "sequence" else 1)
    case.update(output=enc(out), terms=terms, scale=max(1.0, float(out.abs().max())))
    return case


def right_padded(g, batch, time, features, lengths, tokens=None):
    mask = torch.zeros(batch, time, dtype=torch.bool)
    for b, n in enumerate(lengths):
        mask[b, :n] = True
    if tokens is not None:
        values = torch.randint(0, tokens, (batch, time), generator=g, dtype=torch.int64)
        return values, mask
    values = f32([batch, time, features], g)
    values[~mask] = 7.5   # garbage in the padding: it must not reach the output
    return values, mask


def encoder_cases(g):
    cases = []
    images = f32([2, 1, 8, 8], g)
    cases.append(encoder_case("SmallCnn", SmallCnnRef(4, 2, 3, 5, 8, 1), g, images,
                              config={"embedding": 4, "channels": [2, 3], "hidden": 5, "input_size": 8}))
    compact = [(2, 3, True, 1), (4, 3, True, 1), (4, 3, True, 1), (8, 3, False, 1)]   # CompactStages × 1/32
    cases.append(encoder_case("KochCnn_compact_batchnorm", KochCnnRef(8, 1, compact, [6, 5, 3], True), g, images,
                              config={"input_size": 8, "hidden": [6, 5, 3], "width_scale": 1 / 32,
                                      "stages": "Compact", "batch_norm": True}))
    custom = [(3, 5, True, 0), (4, 3, False, 0)]
    images12 = f32([2, 2, 12, 12], g)
    cases.append(encoder_case("KochCnn_custom", KochCnnRef(12, 2, custom, [6], False), g, images12,
                              config={"input_size": 12, "in_channels": 2, "hidden": [6],
                                      "stages": [[3, 5, True, 0], [4, 3, False, 0]]}))

    values, mask = right_padded(g, 3, 5, 3, [5, 2, 4])
    cases.append(encoder_case("Lstm_last_hidden", LstmEncoderRef(3, 4), g, values, mask, kind="sequence",
                              config={"input_size": 3, "hidden": 4}))
    cases.append(encoder_case("Lstm_bidirectional_2layers_masked_mean",
                              LstmEncoderRef(3, 4, 2, True, "MaskedMean"), g, values, mask, kind="sequence",
                              config={"input_size": 3, "hidden": 4, "layers": 2, "bidirectional": True,
                                      "pooling": "MaskedMean"}))
    cases.append(encoder_case("Lstm_bidirectional_last_hidden", LstmEncoderRef(3, 4, 1, True), g, values, mask,
                              kind="sequence", config={"input_size": 3, "hidden": 4, "bidirectional": True}))
    tokens, tmask = right_padded(g, 3, 6, 0, [6, 3, 1], tokens=7)
    cases.append(encoder_case("MaLstm_tokens", LstmEncoderRef(3, 4, vocabulary=7), g, tokens, tmask, kind="sequence",
                              config={"vocabulary": 7, "dimension": 3, "hidden": 4}))

    cases.append(encoder_case("Transformer_features", TransformerEncoderRef(3, 2, 2, 2, 8, False), g, values, mask,
                              kind="sequence", config={"input_size": 3, "heads": 2, "head_size": 2, "layers": 2,
                                                       "max_length": 8}))
    cases.append(encoder_case("Transformer_tokens", TransformerEncoderRef(7, 2, 4, 1, 8, True), g, tokens, tmask,
                              kind="sequence", config={"input_size": 7, "heads": 2, "head_size": 4, "layers": 1,
                                                       "max_length": 8, "tokens": True}))

    cases.append(encoder_case("SequenceCnn", SequenceCnnRef(3, 4, 2, 3), g, values, mask, kind="sequence",
                              config={"input_size": 3, "filters": 4, "output": 2, "kernel": 3}))
    cases.append(encoder_case("SequenceCnn_kernel5", SequenceCnnRef(3, 4, 2, 5), g, values, mask, kind="sequence",
                              config={"input_size": 3, "filters": 4, "output": 2, "kernel": 5}))
    rows = f32([2, 1, 4, 5], g)
    cases.append(encoder_case("ImageRows_Lstm", ImageRowsRef(LstmEncoderRef(5, 3), 4), g, rows,
                              config={"input_size": 5, "hidden": 3}))
    return cases


# ----------------------------------------------------------------------------------------------- evaluation

def roc_reference(scores, same, higher_means_same):
    """scikit-learn's roc_curve(drop_intermediate=False) + auc, in numpy: one point per distinct score."""
    oriented = scores if higher_means_same else -scores
    order = np.argsort(-oriented, kind="mergesort")
    o, y = oriented[order], same[order].astype(np.float64)
    last_of_group = np.r_[np.where(np.diff(o))[0], len(o) - 1]
    tps = np.cumsum(y)[last_of_group]
    fps = (1 + last_of_group) - tps
    fpr = np.r_[0.0, fps / fps[-1]]
    tpr = np.r_[0.0, tps / tps[-1]]
    thresholds = [None] + [float(scores[order][i]) for i in last_of_group]   # None: ±∞ (JSON has no infinity)
    auc = float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
    return fpr.tolist(), tpr.tolist(), thresholds, auc


def accuracy(scores, same, threshold, higher_means_same):
    predicted = scores >= threshold if higher_means_same else scores <= threshold
    return float(np.mean(predicted == same))


def best_accuracy(scores, same, higher_means_same):
    """The best accuracy any threshold reaches: every cut between consecutive distinct scores, and both ends."""
    distinct = np.unique(scores)
    cuts = np.r_[distinct[0] - 1, (distinct[1:] + distinct[:-1]) / 2, distinct[-1] + 1]
    return max(accuracy(scores, same, c, higher_means_same) for c in cuts)


def average_ranks(x):
    """scipy.stats.rankdata(method="average"): ties share the mean of their 1-based positions."""
    order = np.argsort(x, kind="mergesort")
    ranks = np.empty(len(x))
    sorted_x = x[order]
    i = 0
    while i < len(x):
        j = i
        while j + 1 < len(x) and sorted_x[j + 1] == sorted_x[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def pearson(x, y):
    dx, dy = x - x.mean(), y - y.mean()
    return float(np.sum(dx * dy) / math.sqrt(np.sum(dx * dx) * np.sum(dy * dy)))


def evaluation_cases():
    rng = np.random.RandomState(11)
    roc, verification, regression = [], [], []
    score_sets = {
        "distinct": (rng.randn(12).round(4), rng.rand(12) < 0.5),
        "ties": (rng.randint(0, 4, 14).astype(np.float64) / 2, rng.rand(14) < 0.4),
        "separable": (np.r_[rng.rand(5) + 2, rng.rand(6)], np.r_[[True] * 5, [False] * 6]),
    }
    for name, (scores, same) in score_sets.items():
        same = same.copy()
        same[0], same[1] = True, False   # both kinds present
        for direction, higher in (("HigherMeansSame", True), ("LowerMeansSame", False)):
            fpr, tpr, thr, auc = roc_reference(scores, same, higher)
            roc.append(OrderedDict(name=f"roc_{name}_{direction}", direction=direction, scores=scores.tolist(),
                                   is_same=same.tolist(), fpr=fpr, tpr=tpr, thresholds=thr, auc=auc))
            thresholds = sorted(set(np.r_[scores[:3], np.median(scores), scores.min() - 1].tolist()))
            verification.append(OrderedDict(
                name=f"verification_{name}_{direction}", direction=direction, scores=scores.tolist(),
                is_same=same.tolist(), thresholds=thresholds,
                accuracies=[accuracy(scores, same, t, higher) for t in thresholds],
                best_accuracy=best_accuracy(scores, same, higher)))
    for name, (x, y) in {
        "linear_noise": (rng.randn(20), None),
        "ties": (rng.randint(0, 5, 15).astype(np.float64), None),
        "monotone_nonlinear": (np.linspace(0.1, 3, 10), "exp"),
    }.items():
        if y is None:
            y = 0.7 * x + rng.randn(len(x)) * 0.5
            if name == "ties":
                y = np.round(y)
        else:
            y = np.exp(x)
        x, y = x.round(6), y.round(6)
        regression.append(OrderedDict(
            name=f"regression_{name}", predictions=x.tolist(), targets=y.tolist(), pearson=pearson(x, y),
            spearman=pearson(average_ranks(x), average_ranks(y)), mse=float(np.mean((x - y) ** 2)),
            ranks_predictions=average_ranks(x).tolist()))
    return OrderedDict(roc=roc, verification=verification, regression=regression)


# ----------------------------------------------------------------------------------------------- main

def main():
    torch.set_num_threads(1)
    g = torch.Generator().manual_seed(20261206)
    pair_bce, one_shot = [], []
    losses = OrderedDict(
        contrastive=contrastive_cases(g), triplet=triplet_cases(g), batch_triplet=batch_triplet_cases(g),
        logit_bce=logit_bce_cases(g), malstm_mse=malstm_cases(g))
    pair_bce, one_shot = in_batch_cases(g)
    losses["in_batch_pair_bce"] = pair_bce
    losses["in_batch_one_shot"] = one_shot
    write("losses.json", losses)
    write("heads.json", OrderedDict(heads=head_cases(g)))
    write("encoders.json", OrderedDict(encoders=encoder_cases(g)))
    write("evaluation.json", evaluation_cases())


if __name__ == "__main__":
    main()
