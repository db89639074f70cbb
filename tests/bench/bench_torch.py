#!/usr/bin/env python3
"""PyTorch side of the speed comparison (environment/bench.sh runs it beside the C# side).

One training step = both branches forward, loss, backward, optimizer step; float32; the reference
models of issue 2 ("Speed"). Prints one JSON line per model: {"model", "side": "pytorch",
"median_ms", "steps", "cpu_ms"} (cpu_ms: median process CPU time per step, all threads; on a machine shared
with other jobs it moves less than wall time); op_overhead reports microseconds per in-place add on a
4-element tensor ("us_per_call", and "cpu_us_per_call" in process CPU time).
Run with Debian's Python (/usr/bin/python3), which sees python3-torch (libtorch 1.13; ours is TorchSharp's 2.10).
"""
import argparse
import json
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def koch_embedding():
    # Koch et al. 2015: 105x105 -> 64@96 -> pool -> 128@42 -> pool -> 128@18 -> pool -> 256@6 = 9216
    return nn.Sequential(
        nn.Conv2d(1, 64, 10), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(64, 128, 7), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(128, 128, 4), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(128, 256, 4), nn.ReLU(), nn.Flatten(),
        nn.Linear(9216, 4096), nn.Sigmoid())


def small_cnn():
    return nn.Sequential(
        nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(1600, 128), nn.ReLU())


def contrastive(distance, label, margin):
    # Hadsell et al. 2006 with label 0 = similar and the 1/2 factors.
    return (0.5 * (1 - label) * distance.pow(2) + 0.5 * label * F.relu(margin - distance).pow(2)).mean()


def make_koch(batch):
    embed, head = koch_embedding(), nn.Linear(4096, 1)
    params = list(embed.parameters()) + list(head.parameters())
    opt = torch.optim.Adam(params, lr=1e-4)
    x1, x2 = torch.rand(batch, 1, 105, 105), torch.rand(batch, 1, 105, 105)
    y = torch.randint(0, 2, (batch, 1)).float()

    def step():
        opt.zero_grad()
        logits = head((embed(x1) - embed(x2)).abs())
        F.binary_cross_entropy_with_logits(logits, y).backward()
        opt.step()
    return step


def make_small_cnn(batch):
    embed = small_cnn()
    opt = torch.optim.Adam(embed.parameters(), lr=1e-3)
    x1, x2 = torch.rand(batch, 1, 28, 28), torch.rand(batch, 1, 28, 28)
    y = torch.randint(0, 2, (batch,)).float()

    def step():
        opt.zero_grad()
        d = F.pairwise_distance(embed(x1), embed(x2))
        contrastive(d, y, 2.0).backward()
        opt.step()
    return step


def make_malstm(batch):
    lstm = nn.LSTM(300, 50, batch_first=True)
    opt = torch.optim.Adadelta(lstm.parameters(), lr=1.0)
    x1, x2 = torch.randn(batch, 30, 300), torch.randn(batch, 30, 300)
    y = torch.rand(batch)

    def step():
        opt.zero_grad()
        _, (h1, _) = lstm(x1)
        _, (h2, _) = lstm(x2)
        sim = torch.exp(-(h1[-1] - h2[-1]).abs().sum(dim=1))
        F.mse_loss(sim, y).backward()
        nn.utils.clip_grad_norm_(lstm.parameters(), 5.0)
        opt.step()
    return step


def make_transformer(batch):
    mha = nn.MultiheadAttention(64, 4, batch_first=True)
    opt = torch.optim.Adam(mha.parameters(), lr=1e-3)
    x1, x2 = torch.randn(batch, 10, 64), torch.randn(batch, 10, 64)
    y = torch.randint(0, 2, (batch,)).float()

    def encode(x):
        out, _ = mha(x, x, x, need_weights=False)
        return out.mean(dim=1)

    def step():
        opt.zero_grad()
        d = F.pairwise_distance(encode(x1), encode(x2))
        contrastive(d, y, 2.0).backward()
        opt.step()
    return step


MODELS = {
    "koch_b32": (make_koch, 32),
    "small_cnn_b128": (make_small_cnn, 128),
    "malstm_b64": (make_malstm, 64),
    "transformer_b64": (make_transformer, 64),
}


def time_steps(step, warmup, steps):
    """Median wall-clock and median process CPU time (all threads) per step, in ms."""
    for _ in range(warmup):
        step()
    wall, cpu = [], []
    for _ in range(steps):
        c0 = time.process_time()
        t0 = time.perf_counter()
        step()
        wall.append((time.perf_counter() - t0) * 1000.0)
        cpu.append((time.process_time() - c0) * 1000.0)
    return statistics.median(wall), statistics.median(cpu)


def op_overhead(calls):
    """Median wall-clock and median process CPU microseconds per call over 5 runs."""
    a, b = torch.zeros(4), torch.ones(4)
    for _ in range(1000):
        a.add_(b)
    wall, cpu = [], []
    for _ in range(5):
        c0 = time.process_time()
        t0 = time.perf_counter()
        for _ in range(calls):
            a.add_(b)
        wall.append((time.perf_counter() - t0) / calls * 1e6)
        cpu.append((time.process_time() - c0) / calls * 1e6)
    return statistics.median(wall), statistics.median(cpu)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer steps (a smoke run)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--models", default=",".join(MODELS) + ",op_overhead")
    parser.add_argument("--steps", type=int, help="timed steps per model (default 20, the Koch net 5; for profiling)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    for name in args.models.split(","):
        if name == "op_overhead":
            wall, cpu = op_overhead(10_000)
            print(json.dumps({"model": name, "side": "pytorch", "us_per_call": wall, "cpu_us_per_call": cpu}),
                  flush=True)
            continue
        make, batch = MODELS[name]
        steps = args.steps or (3 if args.quick else (5 if name == "koch_b32" else 20))
        median, cpu = time_steps(make(batch), warmup=2 if args.quick else 3, steps=steps)
        print(json.dumps({"model": name, "side": "pytorch", "median_ms": median, "steps": steps, "cpu_ms": cpu}),
              flush=True)


if __name__ == "__main__":
    main()
