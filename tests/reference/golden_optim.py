#!/usr/bin/python3
"""Golden values for torch.optim, torch.optim.lr_scheduler and torch.nn.utils.clip_grad_*.

Run with Debian's PyTorch 1.13 (the libtorch the engine binds):
    /usr/bin/python3 tests/reference/golden_optim.py
Writes tests/Siamese.Torch.Tests/Golden/optim.json (compact), read by tests/Siamese.Torch.Tests/Optim/*.

Optimizers: two float32 parameters start from fixed values; each step the gradient comes from the
quadratic loss sum((p - target) * (p - target) * coef) of the current parameters (the C# tests build
the same loss with the engine and call backward), and the parameters after every step are recorded.
Schedulers: the learning rates from construction through 20 epochs (ReduceLROnPlateau is fed a fixed
metric sequence). Clipping: the returned norm and the clipped gradients.
"""
import json
import math
import os

import torch

STEPS = 6
EPOCHS = 20

P0 = [0.5, -1.25, 2.0]
P1 = [[1.5, -0.75], [0.25, -2.5]]
T0 = [1.0, 0.5, -1.0]
T1 = [[-0.5, 0.25], [1.0, 0.0]]
C0 = [1.0, 0.5, 2.0]
C1 = [[0.25, 1.5], [3.0, 0.75]]


def params():
    return [torch.tensor(P0, requires_grad=True), torch.tensor(P1, requires_grad=True)]


def loss_of(ps):
    total = None
    for p, t, c in zip(ps, [torch.tensor(T0), torch.tensor(T1)], [torch.tensor(C0), torch.tensor(C1)]):
        d = p - t
        term = (d * d * c).sum()
        total = term if total is None else total + term
    return total


# (name, optimizer class, default options, options of group 0 or None for a single group)
OPTIMIZERS = [
    ("sgd_plain", "SGD", {"lr": 0.1}, None),
    ("sgd_momentum", "SGD", {"lr": 0.05, "momentum": 0.9}, None),
    ("sgd_dampening", "SGD", {"lr": 0.05, "momentum": 0.8, "dampening": 0.5}, None),
    ("sgd_nesterov", "SGD", {"lr": 0.05, "momentum": 0.9, "nesterov": True}, None),
    ("sgd_weight_decay", "SGD", {"lr": 0.05, "momentum": 0.5, "weight_decay": 0.1}, None),
    ("sgd_maximize", "SGD", {"lr": 0.01, "momentum": 0.5, "maximize": True}, None),
    ("sgd_groups", "SGD", {"lr": 0.1, "momentum": 0.9}, {"lr": 0.02, "momentum": 0.5, "weight_decay": 0.2}),
    ("adam_default", "Adam", {"lr": 0.1}, None),
    ("adam_betas", "Adam", {"lr": 0.05, "betas": (0.8, 0.99), "eps": 1e-6}, None),
    ("adam_amsgrad", "Adam", {"lr": 0.3, "amsgrad": True}, None),
    ("adam_weight_decay", "Adam", {"lr": 0.1, "weight_decay": 0.5}, None),
    ("adam_maximize", "Adam", {"lr": 0.1, "maximize": True}, None),
    ("adam_groups", "Adam", {"lr": 0.1}, {"lr": 0.01, "weight_decay": 0.1}),
    ("adamw_default", "AdamW", {"lr": 0.1}, None),
    ("adamw_amsgrad", "AdamW", {"lr": 0.3, "weight_decay": 0.5, "amsgrad": True}, None),
    ("adamw_groups", "AdamW", {"lr": 0.1, "weight_decay": 0.2}, {"lr": 0.05, "weight_decay": 0.0}),
    ("adadelta_default", "Adadelta", {}, None),
    ("adadelta_options", "Adadelta", {"lr": 0.5, "rho": 0.8, "eps": 1e-4, "weight_decay": 0.1}, None),
    ("adadelta_groups", "Adadelta", {"lr": 1.0}, {"lr": 2.0, "rho": 0.5}),
    ("rmsprop_default", "RMSprop", {"lr": 0.01}, None),
    ("rmsprop_momentum", "RMSprop", {"lr": 0.01, "momentum": 0.9, "alpha": 0.9}, None),
    ("rmsprop_centered", "RMSprop", {"lr": 0.01, "centered": True}, None),
    ("rmsprop_all", "RMSprop", {"lr": 0.02, "momentum": 0.5, "centered": True, "weight_decay": 0.1, "eps": 1e-4}, None),
    ("rmsprop_groups", "RMSprop", {"lr": 0.01}, {"lr": 0.05, "momentum": 0.3}),
]


def run_optimizer(kind, defaults, group0):
    ps = params()
    if group0 is None:
        spec = ps
    else:
        spec = [dict(params=[ps[0]], **group0), {"params": [ps[1]]}]
    opt = getattr(torch.optim, kind)(spec, **defaults)
    trajectory = []
    for _ in range(STEPS):
        opt.zero_grad(set_to_none=True)
        loss_of(ps).backward()
        opt.step()
        trajectory.append([p.detach().flatten().tolist() for p in ps])
    return trajectory


def optimizers():
    out = []
    for name, kind, defaults, group0 in OPTIMIZERS:
        out.append({
            "name": name,
            "kind": kind,
            "defaults": {k: list(v) if isinstance(v, tuple) else v for k, v in defaults.items()},
            "group0": group0,
            "steps": run_optimizer(kind, defaults, group0),
        })
    return out


def scheduler_run(make, metrics=None, lrs=(0.1, 0.01)):
    p = torch.zeros(1, requires_grad=True)
    q = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([{"params": [p], "lr": lrs[0]}, {"params": [q], "lr": lrs[1]}], lr=lrs[0])
    sched = make(opt)
    seq = [[g["lr"] for g in opt.param_groups]]
    for epoch in range(EPOCHS):
        opt.step()
        if metrics is None:
            sched.step()
        else:
            sched.step(metrics[epoch])
        seq.append([g["lr"] for g in opt.param_groups])
    return seq


# A loss that improves, stalls, improves a little (below/above the threshold), then stalls again.
PLATEAU_MIN = [1.0, 0.9, 0.8, 0.8, 0.79995, 0.81, 0.8, 0.7, 0.7, 0.7, 0.7, 0.69, 0.6999, 0.5, 0.5,
               0.5, 0.5, 0.5, 0.5, 0.5]
PLATEAU_MAX = [0.1, 0.2, 0.2, 0.2, 0.25, 0.26, 0.26, 0.26, 0.4, 0.4, 0.4, 0.4, 0.4, 0.405, 0.5,
               0.5, 0.5, 0.5, 0.5, 0.5]


def schedulers():
    S = torch.optim.lr_scheduler
    runs = [
        ("step", {"kind": "StepLR", "step_size": 3, "gamma": 0.5}, lambda o: S.StepLR(o, 3, gamma=0.5), None),
        ("step_default_gamma", {"kind": "StepLR", "step_size": 4}, lambda o: S.StepLR(o, 4), None),
        ("exponential", {"kind": "ExponentialLR", "gamma": 0.9}, lambda o: S.ExponentialLR(o, 0.9), None),
        ("cosine", {"kind": "CosineAnnealingLR", "T_max": 5, "eta_min": 0.001},
         lambda o: S.CosineAnnealingLR(o, 5, eta_min=0.001), None),
        ("cosine_long", {"kind": "CosineAnnealingLR", "T_max": 30, "eta_min": 0.0},
         lambda o: S.CosineAnnealingLR(o, 30), None),
        ("plateau_min_rel", {"kind": "ReduceLROnPlateau", "mode": "min", "factor": 0.5, "patience": 2,
                             "threshold": 1e-4, "threshold_mode": "rel", "cooldown": 0, "min_lr": 0.0, "eps": 1e-8},
         lambda o: S.ReduceLROnPlateau(o, mode="min", factor=0.5, patience=2), PLATEAU_MIN),
        ("plateau_min_abs_cooldown", {"kind": "ReduceLROnPlateau", "mode": "min", "factor": 0.1, "patience": 1,
                                      "threshold": 0.05, "threshold_mode": "abs", "cooldown": 2, "min_lr": 0.0005,
                                      "eps": 1e-8},
         lambda o: S.ReduceLROnPlateau(o, mode="min", factor=0.1, patience=1, threshold=0.05,
                                       threshold_mode="abs", cooldown=2, min_lr=0.0005), PLATEAU_MIN),
        ("plateau_max_rel", {"kind": "ReduceLROnPlateau", "mode": "max", "factor": 0.5, "patience": 1,
                             "threshold": 0.05, "threshold_mode": "rel", "cooldown": 1, "min_lr": 0.0, "eps": 1e-8},
         lambda o: S.ReduceLROnPlateau(o, mode="max", factor=0.5, patience=1, threshold=0.05, cooldown=1),
         PLATEAU_MAX),
        ("plateau_max_abs_eps", {"kind": "ReduceLROnPlateau", "mode": "max", "factor": 0.5, "patience": 0,
                                 "threshold": 0.0, "threshold_mode": "abs", "cooldown": 0, "min_lr": 0.0,
                                 "eps": 0.004},
         lambda o: S.ReduceLROnPlateau(o, mode="max", factor=0.5, patience=0, threshold=0.0,
                                       threshold_mode="abs", eps=0.004), PLATEAU_MAX),
    ]
    out = []
    for name, options, make, metrics in runs:
        out.append({"name": name, "options": options, "metrics": metrics, "lrs": scheduler_run(make, metrics)})
    return out


G = [[0.5, -2.0, 1.5], [[3.0, -0.25], [0.75, -1.0]], [4.0]]


def clipping():
    out = []
    for kind, norm_type, limit in [("norm", 2.0, 1.0), ("norm", 2.0, 100.0), ("norm", "inf", 2.0),
                                   ("norm", "inf", 10.0), ("norm", 1.0, 3.0), ("norm", 3.0, 0.5),
                                   ("value", None, 1.0)]:
        ps = [torch.zeros(torch.tensor(g).shape, requires_grad=True) for g in G]
        for p, g in zip(ps, G):
            p.grad = torch.tensor(g)
        # A parameter without a gradient is skipped.
        ps.append(torch.zeros(2, requires_grad=True))
        entry = {"kind": kind, "norm_type": norm_type, "limit": limit}
        if kind == "norm":
            nt = math.inf if norm_type == "inf" else norm_type
            entry["total_norm"] = float(torch.nn.utils.clip_grad_norm_(ps, limit, nt))
        else:
            torch.nn.utils.clip_grad_value_(ps, limit)
        entry["grads"] = [p.grad.flatten().tolist() for p in ps[:3]]
        out.append(entry)
    return out


def main():
    data = {
        "torch_version": torch.__version__,
        "initial": {"p0": P0, "p1": P1, "t0": T0, "t1": T1, "c0": C0, "c1": C1},
        "optimizers": optimizers(),
        "schedulers": schedulers(),
        "clip": {"grads": G, "cases": clipping()},
    }
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "Siamese.Torch.Tests", "Golden", "optim.json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(data, f, separators=(",", ":"))
    print(f"wrote {os.path.normpath(path)} ({os.path.getsize(path)} bytes)")


if __name__ == "__main__":
    main()
