#!/usr/bin/env python3
"""Joins the JSON lines of both sides of the speed comparison (environment/bench.sh) into a table, one JSON
line per model {"model", "pytorch_ms", "csharp_ms", "ratio"} (ratio = PyTorch / ours: above 1 means we are
faster; op_overhead in microseconds per call) and out/bench/bench.json. Reads the raw lines on stdin; with
several rounds, each side's value is the median of its per-round medians. Standard library only."""
import json
import statistics
import sys


def main():
    out_path = sys.argv[1]
    context = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    values, order = {}, []
    for line in sys.stdin:
        line = line.strip()
        if not line.startswith("{"):
            continue
        row = json.loads(line)
        value = row.get("median_ms", row.get("us_per_call"))
        if row["model"] not in order:
            order.append(row["model"])
        values.setdefault(row["model"], {}).setdefault(row["side"], []).append(value)

    results = []
    for model in order:
        sides = values[model]
        if "pytorch" not in sides or "csharp" not in sides:
            print(f"[bench] {model}: a side is missing ({sorted(sides)})", file=sys.stderr)
            continue
        py, cs = statistics.median(sides["pytorch"]), statistics.median(sides["csharp"])
        unit = "us_per_call" if model == "op_overhead" else "ms"
        results.append({"model": model, "unit": unit, "pytorch": py, "csharp": cs, "ratio": py / cs,
                        "rounds": len(sides["csharp"])})

    print(f"\n{'model':<18}{'PyTorch':>14}{'ours':>14}{'PyTorch/ours':>14}")
    for r in results:
        unit = "us" if r["unit"] == "us_per_call" else "ms"
        print(f"{r['model']:<18}{r['pytorch']:>11.3f} {unit}{r['csharp']:>11.3f} {unit}{r['ratio']:>14.2f}")
    print()
    for r in results:
        print(json.dumps(r))
    with open(out_path, "w") as f:
        json.dump({"context": context, "results": results}, f, indent=2)
        f.write("\n")
    return 0 if len(results) == len(order) else 1


if __name__ == "__main__":
    sys.exit(main())
