#!/usr/bin/env python3
"""Writes the README's results table from the results JSON of one `environment/run.sh` run, so the table cannot
drift from what the code measured.

    python3 environment/readme_results.py RESULTS_DIR            # rewrite README.md between the markers
    python3 environment/readme_results.py RESULTS_DIR --check    # exit 1 if README.md differs (a test runs this)

RESULTS_DIR holds <notebook>.json as written by the notebooks (out/results after run.sh; the committed copy of the
run the README quotes is notebooks/results/cpu/run-default). Headlines come from environment/headlines.py.
"""
import argparse
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from headlines import HEADLINES, headline  # noqa: E402

BEGIN = "<!-- results table: written by environment/readme_results.py; do not edit by hand -->"
END = "<!-- end of results table -->"


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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results", type=pathlib.Path)
    parser.add_argument("--readme", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent / "README.md")
    parser.add_argument("--check", action="store_true", help="exit 1 when the README's table differs")
    args = parser.parse_args()
    text = args.readme.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise SystemExit(f"{args.readme} has no results markers ({BEGIN!r} ... {END!r})")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    updated = f"{head}{BEGIN}\n{table(args.results)}\n{END}{tail}"
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
