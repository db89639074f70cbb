#!/usr/bin/env python3
"""Joins the JSON lines of both sides of the speed comparison (environment/bench.sh) into a table and one JSON
line per model: {"model", "unit", "pytorch", "csharp", "ratio", "pytorch_cpu", "csharp_cpu", "cpu_ratio",
"rounds"}, values in the unit (ms per step; microseconds per call for op_overhead). ratio = PyTorch / ours on
the median wall-clock time (above 1: we are faster); cpu_ratio the same on the median process CPU time (all
threads), which moves less when other jobs share the machine. With several rounds each value is the median of
the per-round medians. Reads the raw lines on stdin, writes argv[1] (out/bench/bench.json) with argv[2] (a JSON
object: the settings) as its context. Standard library only."""
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
        cpu_value = row.get("cpu_ms", row.get("cpu_us_per_call"))
        if cpu_value is not None:
            cpu.setdefault(model, {}).setdefault(side, []).append(cpu_value)

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
            row.update(pytorch_cpu=pc, csharp_cpu=cc, cpu_ratio=pc / cc)
        row["rounds"] = len(sides["csharp"])
        results.append(row)

    print(f"\n{'model':<17}{'PyTorch':>13}{'ours':>13}{'PyTorch/ours':>14}{'CPU PyTorch':>14}{'CPU ours':>12}{'CPU ratio':>11}")
    for r in results:
        unit = "us" if r["unit"] == "us_per_call" else "ms"
        line = f"{r['model']:<17}{r['pytorch']:>10.2f} {unit}{r['csharp']:>10.2f} {unit}{r['ratio']:>14.2f}"
        if "cpu_ratio" in r:
            line += f"{r['pytorch_cpu']:>11.2f} {unit}{r['csharp_cpu']:>9.2f} {unit}{r['cpu_ratio']:>11.2f}"
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
