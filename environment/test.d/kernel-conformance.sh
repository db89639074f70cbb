#!/usr/bin/env bash
# The C# kernel against the Jupyter project's conformance suite (jupyter_kernel_test, Debian
# python3-jupyter-kernel-test), our front-end behaviour tests (stop_on_error, both interrupt modes) and "Run All"
# in a real Jupyter Notebook page in headless Chromium (test_notebook_page.py), and a jupyter console session
# (test_jupyter_console.py; skipped, saying so, without jupyter-console), all through the kernelspec that
# setup installed ("csharp", environment/setup.d/20-kernel.sh). Exits non-zero on a failure.
#
#   SIAMESE_KERNEL_NAME=other bash environment/test.d/kernel-conformance.sh   # another installed kernelspec
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SUITE="$ROOT/tests/Siamese.Kernel.Tests/conformance"
# Debian's interpreter: it sees Debian's jupyter_client and jupyter_kernel_test (a python3 earlier on PATH may not).
PYTHON=/usr/bin/python3
export SIAMESE_KERNEL_NAME="${SIAMESE_KERNEL_NAME:-csharp}"
export PYTHONUNBUFFERED=1

"$PYTHON" -c "import jupyter_kernel_test" 2>/dev/null \
  || { echo "[kernel-conformance] jupyter_kernel_test missing: apt-get install python3-jupyter-kernel-test" >&2; exit 1; }
"$PYTHON" - <<'PY' || { echo "[kernel-conformance] kernelspec '$SIAMESE_KERNEL_NAME' not installed: run environment/setup.sh" >&2; exit 1; }
import os
from jupyter_client.kernelspec import KernelSpecManager
KernelSpecManager().get_kernel_spec(os.environ["SIAMESE_KERNEL_NAME"])
PY

cd "$SUITE"
echo "[kernel-conformance] $PYTHON -m unittest -v test_conformance test_front_end_behaviour test_notebook_page test_jupyter_console (kernelspec $SIAMESE_KERNEL_NAME)"
"$PYTHON" -m unittest -v test_conformance test_front_end_behaviour test_notebook_page test_jupyter_console
