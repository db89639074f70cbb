#!/usr/bin/env python3
"""Joins the JSON lines of the three sides of the speed comparison (environment/bench.sh) into a table and one
JSON line per model and thread count: {"model", "threads", "unit", "pytorch", "pytorch_malloc", "csharp", "ratio",
"ratio_malloc", "pytorch_cpu", "pytorch_malloc_cpu", "csharp_cpu", "cpu_ratio", "cpu_ratio_malloc", "rounds"},
values in the unit (ms per step; microseconds per call for op_overhead). Sides: "pytorch" is PyTorch as installed,
"pytorch_malloc" the same with glibc's malloc told to keep freed memory (the settings our loader applies), "csharp"
ours. ratio = PyTorch / ours on the median wall-clock time (above 1: we are faster), ratio_malloc the same against
the malloc-tuned PyTorch; the cpu_ fields do the same on the median process CPU time (all threads), which moves
less when other jobs share the machine. With several rounds each value is the median of the per-round medians.
Reads the raw lines on stdin, writes argv[1] (out/bench/bench.json) with argv[2] (a JSON object: the settings) as
its context. Standard library only."""
import json
import statistics
import sys

OURS = "csharp"
THEIRS = {"pytorch": "ratio", "pytorch_malloc": "ratio_malloc"}


def main():
    out_path = sys.argv[1]
    context = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    wall, cpu, cached, order = {}, {}, {}, []
    for line in sys.stdin:
        line = line.strip()
        if not line.startswith("{"):
            continue
        row = json.loads(line)
        key, side = (row.get("threads", 0), row["model"]), row["side"]
        if key not in order:
            order.append(key)
        wall.setdefault(key, {}).setdefault(side, []).append(row.get("median_ms", row.get("us_per_call")))
        if "us_per_call_cached_alpha" in row:
            cached.setdefault(key, []).append(row["us_per_call_cached_alpha"])
        cpu_value = row.get("cpu_ms", row.get("cpu_us_per_call"))
        if cpu_value is not None:
            cpu.setdefault(key, {}).setdefault(side, []).append(cpu_value)

    results = []
    for key in sorted(order, key=lambda k: (k[0], order.index(k))):
        threads, model = key
        sides = wall[key]
        if OURS not in sides or not any(s in sides for s in THEIRS):
            print(f"[bench] {model} at {threads} threads: a side is missing ({sorted(sides)})", file=sys.stderr)
            continue
        ours = statistics.median(sides[OURS])
        row = {"model": model, "threads": threads, "unit": "us_per_call" if model == "op_overhead" else "ms"}
        for side, ratio in THEIRS.items():
            if side in sides:
                theirs = statistics.median(sides[side])
                row.update({side: theirs, ratio: theirs / ours})
        row[OURS] = ours
        c = cpu.get(key, {})
        if OURS in c:
            ours_cpu = statistics.median(c[OURS])
            for side, ratio in THEIRS.items():
                if side in c:
                    theirs_cpu = statistics.median(c[side])
                    row.update({f"{side}_cpu": theirs_cpu, f"cpu_{ratio}": theirs_cpu / ours_cpu})
            row[f"{OURS}_cpu"] = ours_cpu
        if key in cached:
            row["csharp_cached_alpha"] = statistics.median(cached[key])
        row["rounds"] = len(sides[OURS])
        results.append(row)

    print(f"\n{'model':<17}{'thr':>4}{'PyTorch':>12}{'PyT+malloc':>12}{'ours':>12}{'ratio':>8}{'r_malloc':>9}"
          f"{'CPU ratio':>11}{'CPU r_malloc':>13}")
    for r in results:
        unit = "us" if r["unit"] == "us_per_call" else "ms"

        def cell(name, width, fmt):
            return f"{format(r[name], fmt):>{width}}" if name in r else f"{'-':>{width}}"
        extra = f"   (ours with a cached alpha: {r['csharp_cached_alpha']:.2f} us)" if "csharp_cached_alpha" in r else ""
        print(f"{r['model']:<17}{r['threads']:>4}{cell('pytorch', 9, '.2f')} {unit}{cell('pytorch_malloc', 9, '.2f')} {unit}"
              f"{cell('csharp', 9, '.2f')} {unit}{cell('ratio', 8, '.2f')}{cell('ratio_malloc', 9, '.2f')}"
              f"{cell('cpu_ratio', 11, '.2f')}{cell('cpu_ratio_malloc', 13, '.2f')}{extra}")
    print()
    for r in results:
        print(json.dumps(r))
    with open(out_path, "w") as f:
        json.dump({"context": context, "results": results}, f, indent=2)
        f.write("\n")
    return 0 if len(results) == len(order) else 1


if __name__ == "__main__":
    sys.exit(main())
