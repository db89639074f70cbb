#!/usr/bin/env bash
# The C# Jupyter kernel: a ReadyToRun build of the kernel (fast start: Roslyn
# precompiled), and the "csharp" kernelspec for the user. Run by environment/setup.sh after the .NET build;
# idempotent (a second run takes seconds).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
log() { printf '[setup/kernel] %s\n' "$*"; }

# ---- the kernel, published ReadyToRun into artifacts/kernel (falls back to the plain Release build) -----------
KERNEL_DLL="$ROOT/artifacts/bin/Siamese.Kernel/release/Siamese.Kernel.dll"
RID="linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')"
if dotnet publish lib/Siamese.Kernel -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true \
     -o artifacts/kernel -v quiet -nologo >/tmp/siamese-kernel-publish.log 2>&1; then
  KERNEL_DLL="$ROOT/artifacts/kernel/Siamese.Kernel.dll"
  log "kernel published ReadyToRun ($RID)"
else
  log "warning: ReadyToRun publish failed (see /tmp/siamese-kernel-publish.log); using the Release build (slower first cell)"
fi
[[ -f "$KERNEL_DLL" ]] || { echo "[setup/kernel] $KERNEL_DLL missing: the .NET build failed?" >&2; exit 1; }

# ---- kernelspecs: the user's "csharp", and a copy in the project-local Jupyter folder --------------------------------
# JUPYTER_PATH=$ROOT/artifacts/jupyter (run_notebooks.py, the notebook tests) finds this checkout's "csharp" beside
# its ".net-csharp" (30-dotnet-interactive.sh), whatever the user's folder holds. SIAMESE_USER_KERNELSPECS=0 skips
# the user's copy (a second checkout that must not repoint the user's kernel at its build).
if [[ "${SIAMESE_USER_KERNELSPECS:-1}" == "1" ]]; then
  bash lib/Siamese.Kernel/install-kernelspec.sh --user --dll "$KERNEL_DLL" | sed 's/^/[setup\/kernel] /'
fi
PREFIX="$(mktemp -d)"
trap 'rm -rf "$PREFIX"' EXIT
bash lib/Siamese.Kernel/install-kernelspec.sh --prefix "$PREFIX" --dll "$KERNEL_DLL" >/dev/null
mkdir -p artifacts/jupyter/kernels && rm -rf artifacts/jupyter/kernels/csharp
cp -r "$PREFIX/share/jupyter/kernels/csharp" artifacts/jupyter/kernels/csharp
log "kernelspec 'csharp' copied to artifacts/jupyter/kernels (JUPYTER_PATH=$ROOT/artifacts/jupyter)"
