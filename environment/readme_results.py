#!/usr/bin/env python3
"""Writes the README's results table from the results JSON of one `environment/run.sh` run, so the table cannot
drift from what the code measured.

    python3 environment/readme_results.py RESULTS_DIR            # rewrite README.md between the markers
    python3 environment/readme_results.py RESULTS_DIR --check    # exit 1 if README.md differs (a test runs this)

RESULTS_DIR holds <notebook>.json as written by the notebooks (out/results after run.sh; the committed copy of the
run the README quotes is notebooks/results/cpu/run-default). Headlines come from environment/headlines.py. The
seeds table comes from the per-seed CLI results in notebooks/results/cpu/<experiment>-seed<N>.json.
"""
import argparse
import json
import pathlib
import statistics
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from headlines import HEADLINES, headline, percent, points  # noqa: E402

BEGIN = "<!-- results table: written by environment/readme_results.py; do not edit by hand -->"
END = "<!-- end of results table -->"
SEEDS_BEGIN = "<!-- seeds table: written by environment/readme_results.py from notebooks/results/cpu -->"
SEEDS_END = "<!-- end of seeds table -->"
SEEDS_DIR = pathlib.Path(__file__).resolve().parent.parent / "notebooks" / "results" / "cpu"

# experiment -> (what, metric key, format of one value, the paper's number)
SEEDED = {
    "omniglot": ("Omniglot 20-way one-shot, Lake's 400 trials (notebook 05)", "oneshot_20way_accuracy",
                 percent, "92.0% (Koch et al. 2015)"),
    "malstm": ("SICK test Pearson's r (notebook 04)", "pearson", lambda v: f"{v:.3f}",
               "0.8822 (Mueller & Thyagarajan 2016)"),
}


def table(results_dir):
    lines = ["| notebook | measure | ours | paper | profile | time |", "| --- | --- | --- | --- | --- | --- |"]
    for name in HEADLINES:
        path = results_dir / f"{name}.json"
        if not path.exists():
            raise SystemExit(f"{path} is missing: run environment/run.sh --profile default first")
        result = json.loads(path.read_text())
        measure, ours, paper = headline(name, result.get("metrics", {}))
        if ours is None:
            raise SystemExit(f"{path} lacks the keys of its headline (see environment/headlines.py)")
        minutes = result.get("seconds", 0) / 60
        lines.append(f"| {name} | {measure} | {ours} | {paper or '—'} | {result.get('profile', '?')} | "
                     f"{minutes:.1f} min |")
    return "\n".join(lines)


def seeds_table(folder):
    """Mean ± sample standard deviation over the committed seeds, each seed, time per run and steps per second."""
    lines = ["| experiment | seeds | mean ± sd | per seed | paper | time per run | steps/s |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for experiment, (what, key, fmt, paper) in SEEDED.items():
        runs = []
        for path in sorted(folder.glob(f"{experiment}-seed*.json")):
            metrics = json.loads(path.read_text())["metrics"]
            seed = int(path.stem.rsplit("seed", 1)[1])
            runs.append((seed, metrics[key], metrics["training_seconds"], metrics["steps"]))
        if not runs:
            continue
        values = [r[1] for r in runs]
        mean = statistics.mean(values)
        sd = statistics.stdev(values) if len(values) > 1 else 0.0
        spread = f"{percent(mean)} ± {points(sd)} points" if fmt is percent else f"{mean:.3f} ± {sd:.3f}"
        per_seed = ", ".join(f"{r[0]}: {fmt(r[1])}" for r in runs)
        minutes = statistics.mean(r[2] for r in runs) / 60
        rate = statistics.mean(r[3] / r[2] for r in runs)
        lines.append(f"| {what} | {len(runs)} | {spread} | {per_seed} | {paper} | {minutes:.1f} min | {rate:.1f} |")
    return "\n".join(lines)


def replace(text, begin, end, body):
    if begin not in text or end not in text:
        raise SystemExit(f"the README has no markers {begin!r} ... {end!r}")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{begin}\n{body}\n{end}{tail}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results", type=pathlib.Path)
    parser.add_argument("--readme", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent / "README.md")
    parser.add_argument("--check", action="store_true", help="exit 1 when the README's table differs")
    args = parser.parse_args()
    text = args.readme.read_text(encoding="utf-8")
    updated = replace(text, BEGIN, END, table(args.results))
    updated = replace(updated, SEEDS_BEGIN, SEEDS_END, seeds_table(SEEDS_DIR))
    if args.check:
        if updated != text:
            print(f"{args.readme}'s results table differs from {args.results}: "
                  f"run python3 environment/readme_results.py {args.results}", file=sys.stderr)
            return 1
        return 0
    args.readme.write_text(updated, encoding="utf-8")
    print(f"wrote the results table of {args.readme} from {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
