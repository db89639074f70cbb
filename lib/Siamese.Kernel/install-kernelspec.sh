#!/usr/bin/env bash
# Installs the Jupyter kernelspec "csharp" (display name "C# (.NET 10)") for the C# kernel built from this repo,
# so that Jupyter Notebook, nbconvert (--ExecutePreprocessor.kernel_name=csharp) and VS Code find it.
#
#   install-kernelspec.sh [--user | --prefix DIR] [--name NAME] [--dll PATH] [--interrupt-mode message|signal]
#
#   --user        install for the current user (default): ~/.local/share/jupyter/kernels/NAME
#   --prefix DIR  install under DIR/share/jupyter/kernels/NAME (tests point JUPYTER_PATH at DIR/share/jupyter)
#   --name NAME   kernelspec name (default csharp)
#   --dll PATH    the kernel assembly (default: the Release build, artifacts/bin/Siamese.Kernel/release/Siamese.Kernel.dll)
#   --interrupt-mode MODE
#                 how front ends interrupt a cell: "message" (default; interrupt_request on the control channel,
#                 works everywhere) or "signal" (SIGINT to the kernel process); the kernel supports both
#
# Idempotent: re-running replaces the spec. The spec runs the kernel with `dotnet <dll> {connection_file}`,
# interrupts it with interrupt_request messages (or SIGINT), and points
# SIAMESE_NOTEBOOKS_README at this checkout's notebooks/README.md (a help link in kernel_info).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
NAME=csharp
MODE=(--user)
INTERRUPT=message
DLL="$ROOT/artifacts/bin/Siamese.Kernel/release/Siamese.Kernel.dll"
while (( $# > 0 )); do
  case "$1" in
    --user) MODE=(--user); shift ;;
    --prefix) MODE=(--prefix "$2"); shift 2 ;;
    --name) NAME="$2"; shift 2 ;;
    --dll) DLL="$2"; shift 2 ;;
    --interrupt-mode) INTERRUPT="$2"; shift 2 ;;
    *) echo "install-kernelspec.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ "$INTERRUPT" == message || "$INTERRUPT" == signal ]] \
  || { echo "install-kernelspec.sh: --interrupt-mode must be message or signal, not $INTERRUPT" >&2; exit 2; }
[[ -f "$DLL" ]] || { echo "install-kernelspec.sh: $DLL not found (build first: dotnet build -c Release)" >&2; exit 1; }
DLL="$(cd "$(dirname "$DLL")" && pwd)/$(basename "$DLL")"
DOTNET="$(command -v dotnet || true)"
[[ -n "$DOTNET" ]] || { echo "install-kernelspec.sh: dotnet not on PATH" >&2; exit 1; }
DOTNET="$(readlink -f "$DOTNET")"
README_URL="file://$ROOT/notebooks/README.md"

SPEC="$(mktemp -d)"
trap 'rm -rf "$SPEC"' EXIT
/usr/bin/env python3 - "$SPEC/kernel.json" "$DOTNET" "$DLL" "$INTERRUPT" "$README_URL" <<'PY'
import json, sys
path, dotnet, dll, interrupt, readme = sys.argv[1:6]
spec = {
    "argv": [dotnet, dll, "{connection_file}"],
    "display_name": "C# (.NET 10)",
    "language": "csharp",
    "interrupt_mode": interrupt,
    # OpenBLAS keeps its own thread pool beside libtorch's intra-op pool; libtorch already parallelises
    # around its BLAS calls, so two pools on few cores fight (DESIGN.md, "The engine"): one BLAS thread.
    # Debian's libtorch runs its pool on OpenMP, whose idle threads spin and steal the core the kernel's own
    # thread needs between ops (measured 3-20x slower steps on a shared 2-core machine): passive waiting.
    "env": {"SIAMESE_NOTEBOOKS_README": readme,
            "DOTNET_CLI_TELEMETRY_OPTOUT": "1", "DOTNET_NOLOGO": "1",
            "OPENBLAS_NUM_THREADS": "1", "OMP_WAIT_POLICY": "PASSIVE",
            # Cells run on a thread of their own, and glibc gives such a thread its own malloc arena, where
            # Siamese.Lib's MallocTuning does not stop libtorch's large buffers being returned to the OS and
            # faulted back in at every step: notebook 05 trained at 7 steps/s against 12 with one arena
            # (the CLI, on the main thread, at 14). One arena for the whole kernel.
            "MALLOC_ARENA_MAX": "1"},
    "metadata": {"debugger": False},
}
with open(path, "w") as f:
    json.dump(spec, f, indent=2)
PY

if command -v jupyter >/dev/null && jupyter kernelspec --help >/dev/null 2>&1; then
  jupyter kernelspec install "${MODE[@]}" --replace --name "$NAME" "$SPEC" >/dev/null 2>&1
  echo "installed kernelspec '$NAME' -> $DLL"
elif /usr/bin/python3 -c "import jupyter_client" 2>/dev/null; then
  # Debian's python3-jupyter-client has no `jupyter kernelspec` command; its API does the same install.
  DEST=$(/usr/bin/python3 - "$SPEC" "$NAME" "${MODE[@]}" <<'PY'
import sys
from jupyter_client.kernelspec import KernelSpecManager
spec, name, mode = sys.argv[1], sys.argv[2], sys.argv[3:]
prefix = mode[1] if mode[0] == "--prefix" else None
print(KernelSpecManager().install_kernel_spec(spec, name, user=prefix is None, prefix=prefix))
PY
)
  echo "installed kernelspec '$NAME' -> $DLL ($DEST)"
else
  # Without Jupyter, place the spec where Jupyter looks for it.
  if [[ "${MODE[0]}" == "--prefix" ]]; then DEST="${MODE[1]}/share/jupyter/kernels/$NAME"
  else DEST="${XDG_DATA_HOME:-$HOME/.local/share}/jupyter/kernels/$NAME"; fi
  mkdir -p "$DEST" && cp "$SPEC/kernel.json" "$DEST/"
  echo "installed kernelspec '$NAME' -> $DLL (copied to $DEST)"
fi
