#!/usr/bin/env python3
"""Executes the suite's notebooks through one of the two kernels and writes what environment/run.sh promises.

--kernel csharp (default: the suite's own kernel, kernelspec "csharp") or dotnet-interactive (.NET Interactive,
kernelspec ".net-csharp"); the kernel is chosen here, whatever the notebook's metadata names. Kernelspecs are looked
up in <repo>/artifacts/jupyter first (environment/setup.sh writes both there), then Jupyter's usual folders.
Writes, for csharp, OUT/notebooks/<nb>.ipynb (executed), OUT/html/<nb>.html, OUT/results/<nb>.json (written by the
notebook itself through ExperimentResults) and OUT/index.html (links + a summary table beside the papers' numbers);
for dotnet-interactive the same under OUT/dotnet-interactive/, so both kernels' runs sit side by side.
A notebook fails on a cell that does not finish, on any error output, and on any output that references a CDN
(environment/notebook_checks.py). Progress is printed per cell, and the text of progress bars every few seconds
while a long cell runs. Exit status 1 when any notebook fails (what failed is named); 2 when the kernel is not
installed. Arguments that end in .ipynb run those files instead of notebooks/.
Run with /usr/bin/python3 (Debian's nbclient/nbconvert).
"""
import argparse
import html
import json
import os
import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from nbconvert import HTMLExporter

from headlines import headline
from notebook_checks import cdn_references, error_outputs, strip_kernel_bootstrap

# --kernel choice -> kernelspec name. csharp writes to OUT itself (run.sh's paths), the others to OUT/<choice>.
KERNELS = {"csharp": "csharp", "dotnet-interactive": ".net-csharp"}
DEFAULT_KERNEL = "csharp"

# Seconds between two progress lines echoed from a long cell (the notebook's own bar updates far more often).
PROGRESS_ECHO_SECONDS = 20


class EchoingClient(NotebookClient):
    """Prints the text of progress displays (update_display_data) while a long cell runs, throttled."""

    def __init__(self, *args, echo_prefix="", **kwargs):
        super().__init__(*args, **kwargs)
        self.echo_prefix = echo_prefix
        self.echoed_at = 0.0

    def process_message(self, msg, cell, cell_index):
        if msg.get("msg_type") == "update_display_data" and time.time() - self.echoed_at >= PROGRESS_ECHO_SECONDS:
            text = msg.get("content", {}).get("data", {}).get("text/plain")
            if text:
                self.echoed_at = time.time()
                print(f"  {self.echo_prefix} {' '.join(text.split())}", flush=True)
        return super().process_message(msg, cell, cell_index)


def run_one(path, out, timeout, kernel_name):
    name = path.stem
    nb = nbformat.read(path, as_version=4)
    code_cells = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    start = time.time()
    state = {"t": start}

    def on_start(cell, cell_index):
        state["t"] = time.time()

    def on_done(cell, cell_index, execute_reply):
        n = code_cells.index(cell_index) + 1 if cell_index in code_cells else 0
        print(f"  [{name}] cell {n}/{len(code_cells)} done in {time.time() - state['t']:.1f} s "
              f"(total {time.time() - start:.0f} s)", flush=True)

    client = EchoingClient(nb, timeout=timeout, kernel_name=kernel_name, echo_prefix=f"[{name}]",
                            resources={"metadata": {"path": str(path.parent)}},
                            on_cell_start=on_start, on_cell_executed=on_done)
    error = None
    try:
        client.execute()
    except CellExecutionError as e:
        error = str(e)
    except Exception as e:  # a kernel that dies or never starts: reported like a failing cell
        error = f"{type(e).__name__}: {e}"
    finally:
        strip_kernel_bootstrap(nb)
        (out / "notebooks").mkdir(parents=True, exist_ok=True)
        (out / "html").mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, out / "notebooks" / path.name)
        body, _ = HTMLExporter().from_notebook_node(nb)
        (out / "html" / f"{name}.html").write_text(body, encoding="utf-8")
    problems = [f"error output in {e}" for e in error_outputs(nb)] + \
               [f"CDN reference in {c}" for c in cdn_references(nb)]
    if problems and not error:
        error = "\n".join(problems)
    elif problems:
        error += "\n" + "\n".join(problems)
    return time.time() - start, error


def write_index(out, notebooks, timings):
    rows = []
    for path in notebooks:
        name = path.stem
        result_file = out / "results" / f"{name}.json"
        result = json.loads(result_file.read_text()) if result_file.exists() else {}
        metrics = result.get("metrics", {})
        label, ours, paper = headline(name, metrics)
        seconds, error = timings.get(name, (result.get("seconds"), None))
        status = "failed" if error else ("ok" if result else "no results")
        rows.append(
            f"<tr><td><a href='html/{name}.html'>{name}</a></td><td>{html.escape(label)}</td>"
            f"<td>{html.escape(ours) if ours else '&mdash;'}</td><td>{html.escape(paper or '')}</td>"
            f"<td>{html.escape(result.get('profile', ''))}</td>"
            f"<td>{'' if seconds is None else f'{seconds:.0f} s'}</td><td>{status}</td></tr>")
    page = ("<!doctype html><meta charset='utf-8'><title>Siamese networks in C#: results</title>"
            "<style>body{font-family:sans-serif;margin:2em}td,th{padding:4px 10px;border-bottom:1px solid #ddd}</style>"
            "<h1>Siamese networks in C#: results</h1>"
            "<table><tr><th>notebook</th><th>measure</th><th>ours</th><th>paper</th><th>profile</th>"
            "<th>time</th><th>status</th></tr>" + "".join(rows) + "</table>")
    (out / "index.html").write_text(page, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="out", help="csharp writes here, other kernels under OUT/<kernel>")
    parser.add_argument("--kernel", default=DEFAULT_KERNEL, choices=sorted(KERNELS),
                        help="csharp (the suite's kernel) or dotnet-interactive (.NET Interactive)")
    parser.add_argument("--timeout", type=int, default=3600, help="seconds per cell")
    parser.add_argument("filters", nargs="*", help="run only notebooks whose name contains one of these")
    args = parser.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    out = pathlib.Path(args.out).resolve()
    if args.kernel != DEFAULT_KERNEL:
        out = out / args.kernel
    files = [pathlib.Path(f).resolve() for f in args.filters if f.endswith(".ipynb")]
    filters = [f for f in args.filters if not f.endswith(".ipynb")]
    notebooks = files or sorted(p for p in (root / "notebooks").glob("[0-9][0-9]-*.ipynb")
                                if not filters or any(f in p.stem for f in filters))
    if not notebooks:
        print("no notebooks matched", file=sys.stderr)
        return 1
    local = root / "artifacts" / "jupyter"
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        [str(local)] + [p for p in os.environ.get("JUPYTER_PATH", "").split(os.pathsep) if p])
    kernel_name = KERNELS[args.kernel]
    try:
        spec = KernelSpecManager().get_kernel_spec(kernel_name)
    except NoSuchKernel:
        print(f"[run] the {args.kernel} kernel (kernelspec '{kernel_name}') is not installed: "
              f"run environment/setup.sh (it writes {local / 'kernels' / kernel_name})", file=sys.stderr)
        return 2
    print(f"[run] kernel {args.kernel}: {spec.resource_dir}", flush=True)
    # The notebooks write their results where this run writes, for each kernel its own folder.
    os.environ["SIAMESE_OUT_DIR"] = str(out)
    timings, failed = {}, []
    for path in notebooks:
        print(f"[run] {path.stem} (profile {os.environ.get('SIAMESE_PROFILE', 'default')})", flush=True)
        seconds, error = run_one(path, out, args.timeout, kernel_name)
        timings[path.stem] = (seconds, error)
        if error:
            failed.append(path.stem)
            print(f"[run] {path.stem} FAILED after {seconds:.0f} s:\n{error}", flush=True)
        else:
            print(f"[run] {path.stem} done in {seconds:.0f} s", flush=True)
    write_index(out, notebooks, timings)
    print(f"[run] wrote {out / 'index.html'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
