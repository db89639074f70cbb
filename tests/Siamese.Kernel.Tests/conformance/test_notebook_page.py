#!/usr/bin/python3
""""Run All" in a real Jupyter Notebook page (classic Notebook 6, Debian jupyter-notebook) in headless Chromium:
the run must stop at the first failing cell (the page sends stop_on_error; the kernel aborts the queued cells).

A private Jupyter config folder carries a custom.js that, once the kernel is ready, clicks nothing but calls what
the "Cell > Run All" menu calls (Jupyter.notebook.execute_all_cells), waits until the kernel is idle, and saves
the notebook; the test then reads the saved notebook's outputs. Same kernel selection as test_conformance.py.
"""
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import unittest

KERNEL = os.environ.get("SIAMESE_KERNEL_NAME", "csharp")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DEADLINE_S = 180
POLL_S = 0.5
# After Run All, how long the kernel must stay idle before the page saves (every reply has arrived by then).
SETTLE_MS = 1500

CELLS = [
    'Console.WriteLine("cell 1 ran"); var reached = 1;',
    'throw new InvalidOperationException("stop here");',
    'Console.WriteLine("cell 3 ran"); reached = 3;',
    'Console.WriteLine("cell 4 ran");',
]

CUSTOM_JS = """
require(['base/js/namespace', 'base/js/events'], function (Jupyter, events) {
  events.one('kernel_ready.Kernel', function () {
    Jupyter.notebook.execute_all_cells();
    var idleSince = null;
    var timer = setInterval(function () {
      var busy = Jupyter.notebook.kernel_busy || document.querySelectorAll('.cell.running').length > 0;
      if (busy) { idleSince = null; return; }
      idleSince = idleSince || Date.now();
      if (Date.now() - idleSince < %d) { return; }
      clearInterval(timer);
      Jupyter.notebook.metadata.run_all_finished = true;
      Jupyter.notebook.save_notebook();
    }, 100);
  });
});
""" % SETTLE_MS


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def text(output):
    """A stream output's text (nbformat stores it as a string or a list of lines)."""
    value = output.get("text", "")
    return "".join(value) if isinstance(value, list) else value


def notebook_json():
    return {
        "cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": c}
                  for c in CELLS],
        "metadata": {"kernelspec": {"name": KERNEL, "display_name": "C# (.NET 10)", "language": "csharp"}},
        "nbformat": 4, "nbformat_minor": 5,
    }


@unittest.skipIf(CHROMIUM is None, "chromium is not installed (Debian package chromium)")
class RunAllInNotebookPage(unittest.TestCase):
    def test_run_all_stops_at_the_first_error(self):
        work = tempfile.mkdtemp(prefix="siamese-notebook-page-")
        try:
            saved = self.run_all(work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        cells = saved["cells"]
        self.assertEqual(text(cells[0]["outputs"][0]), "cell 1 ran\n")
        self.assertEqual(cells[1]["outputs"][-1]["output_type"], "error")
        self.assertEqual(cells[1]["outputs"][-1]["evalue"], "stop here")
        for cell in cells[2:]:
            self.assertEqual(cell["outputs"], [], "a cell after the error ran")
            self.assertIsNone(cell["execution_count"])

    def run_all(self, work):
        config = os.path.join(work, "config")
        os.makedirs(os.path.join(config, "custom"))
        with open(os.path.join(config, "custom", "custom.js"), "w") as f:
            f.write(CUSTOM_JS)
        path = os.path.join(work, "run-all.ipynb")
        with open(path, "w") as f:
            json.dump(notebook_json(), f)
        port = free_port()
        env = dict(os.environ, JUPYTER_CONFIG_DIR=config, JUPYTER_RUNTIME_DIR=os.path.join(work, "runtime"))
        with open(os.path.join(work, "server.log"), "w") as log:
            server = subprocess.Popen(
                ["/usr/bin/python3", "-m", "notebook", "--no-browser", "--allow-root", f"--port={port}",
                 "--NotebookApp.token=", "--NotebookApp.password=", f"--notebook-dir={work}"],
                env=env, stdout=subprocess.DEVNULL, stderr=log)
        browser = None
        try:
            self.wait_for_port(port)
            browser = subprocess.Popen(
                [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 f"--user-data-dir={os.path.join(work, 'chromium')}", "--remote-debugging-port=0",
                 f"http://127.0.0.1:{port}/notebooks/run-all.ipynb"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + DEADLINE_S
            while time.monotonic() < deadline:
                with open(path) as f:
                    saved = json.load(f)
                if saved["metadata"].get("run_all_finished"):
                    return saved
                time.sleep(POLL_S)
            with open(os.path.join(work, "server.log")) as f:
                self.fail("the page did not finish Run All in time; server log:\n" + f.read()[-4000:])
        finally:
            for process in (browser, server):
                if process is not None:
                    process.terminate()
                    try:
                        process.wait(timeout=15)
                    except subprocess.TimeoutExpired:
                        process.kill()

    def wait_for_port(self, port):
        deadline = time.monotonic() + DEADLINE_S
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    return
            time.sleep(POLL_S)
        self.fail("the notebook server did not start")


if __name__ == "__main__":
    unittest.main(verbosity=2)
