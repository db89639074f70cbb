#!/usr/bin/env python3
"""Joins the JSON lines of both sides of the speed comparison (environment/bench.sh) into a table and one JSON
line per model: {"model", "unit", "pytorch", "csharp", "ratio", "pytorch_cpu_ms", "csharp_cpu_ms", "cpu_ratio",
"rounds"}. ratio = PyTorch / ours on the median wall-clock step time (above 1: we are faster); cpu_ratio the same
on the median process CPU time per step (all threads), which moves less when other jobs share the machine;
op_overhead is in microseconds per call. With several rounds each value is the median of the per-round medians.
Reads the raw lines on stdin, writes argv[1] (out/bench/bench.json) with argv[2] (a JSON object: the settings)
as its context. Standard library only."""
import json
import statistics
import sys


def main():
    out_path = sys.argv[1]
    context = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    wall, cpu, order = {}, {}, []
    for line in sys.stdin:
        line = line.strip()
        if not line.startswith("{"):
            continue
        row = json.loads(line)
        model, side = row["model"], row["side"]
        if model not in order:
            order.append(model)
        wall.setdefault(model, {}).setdefault(side, []).append(row.get("median_ms", row.get("us_per_call")))
        if "cpu_ms" in row:
            cpu.setdefault(model, {}).setdefault(side, []).append(row["cpu_ms"])

    results = []
    for model in order:
        sides = wall[model]
        if "pytorch" not in sides or "csharp" not in sides:
            print(f"[bench] {model}: a side is missing ({sorted(sides)})", file=sys.stderr)
            continue
        py, cs = statistics.median(sides["pytorch"]), statistics.median(sides["csharp"])
        row = {"model": model, "unit": "us_per_call" if model == "op_overhead" else "ms",
               "pytorch": py, "csharp": cs, "ratio": py / cs}
        c = cpu.get(model, {})
        if "pytorch" in c and "csharp" in c:
            pc, cc = statistics.median(c["pytorch"]), statistics.median(c["csharp"])
            row.update(pytorch_cpu_ms=pc, csharp_cpu_ms=cc, cpu_ratio=pc / cc)
        row["rounds"] = len(sides["csharp"])
        results.append(row)

    print(f"\n{'model':<17}{'PyTorch':>13}{'ours':>13}{'PyTorch/ours':>14}{'CPU PyTorch':>14}{'CPU ours':>12}{'CPU ratio':>11}")
    for r in results:
        unit = "us" if r["unit"] == "us_per_call" else "ms"
        line = f"{r['model']:<17}{r['pytorch']:>10.2f} {unit}{r['csharp']:>10.2f} {unit}{r['ratio']:>14.2f}"
        if "cpu_ratio" in r:
            line += f"{r['pytorch_cpu_ms']:>11.2f} ms{r['csharp_cpu_ms']:>9.2f} ms{r['cpu_ratio']:>11.2f}"
        print(line)
    print()
    for r in results:
        print(json.dumps(r))
    with open(out_path, "w") as f:
        json.dump({"context": context, "results": results}, f, indent=2)
        f.write("\n")
    return 0 if len(results) == len(order) else 1


if __name__ == "__main__":
    sys.exit(main())
