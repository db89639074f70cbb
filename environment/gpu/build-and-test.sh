#!/usr/bin/env bash
# Run ON the GPU machine (PyTorch 2.x with CUDA, CMake, a compiler; no .NET), from the repository root, with
# artifacts/gpucheck/ carried there (environment/gpu/publish.sh makes it). It
#   1. builds lib/native against the Python torch's libtorch into artifacts/native-cuda/ (through Torch's CMake
#      config; where that config stops because the CUDA toolkit is missing, by linking the libraries directly,
#      which the shim allows since it needs no CUDA headers);
#   2. runs the published CUDA checks (tests/Siamese.Torch.GpuCheck) against that build.
# Exit code: the checks' (0 all passed, 1 a check failed, 2 CUDA not available), or the build's failure.
# A copy of the output goes to $OUT/gpu-check.log when OUT is set (the device runner collects $OUT).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
BUILD="$ROOT/artifacts/native-cuda"
RUNNER="$ROOT/artifacts/gpucheck/Siamese.Torch.GpuCheck"
LOG="${OUT:+$OUT/gpu-check.log}"
log() { printf '[gpu] %s\n' "$*"; }
if [[ -n "$LOG" ]]; then exec > >(tee "$LOG") 2>&1; fi

test -x "$RUNNER" || { echo "[gpu] $RUNNER is missing: run environment/gpu/publish.sh where .NET is, and carry artifacts/gpucheck" >&2; exit 3; }
command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || log "no nvidia-smi"
read -r TORCH_VERSION TORCH_CUDA TORCH_PREFIX TORCH_ROOT TORCH_ABI < <("$PYTHON" - <<'PY'
import os, torch
print(torch.__version__, torch.version.cuda, torch.utils.cmake_prefix_path, os.path.dirname(torch.__file__),
      int(torch._C._GLIBCXX_USE_CXX11_ABI))
PY
)
log "PyTorch $TORCH_VERSION (CUDA $TORCH_CUDA) at $TORCH_ROOT"
JOBS="$(nproc)"

configure_with_config() {
  cmake -S lib/native -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$TORCH_PREFIX"
}
configure_direct() {
  cmake -S lib/native -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DSIAMESE_TORCH_PREFIX="$TORCH_ROOT" \
    -DSIAMESE_TORCH_CXX11_ABI="$TORCH_ABI"
}
if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
  log "configuring lib/native with Torch's CMake config"
  if ! configure_with_config > "$ROOT/artifacts/native-cuda-configure.log" 2>&1; then
    tail -n 15 "$ROOT/artifacts/native-cuda-configure.log"
    log "Torch's CMake config failed (above); linking libtorch directly instead"
    rm -rf "$BUILD"
    configure_direct
  else
    grep -E "libtorch|C\+\+" "$ROOT/artifacts/native-cuda-configure.log" || true
  fi
fi
log "building lib/native ($JOBS jobs)"
start=$(date +%s)
cmake --build "$BUILD" -j "$JOBS" 2>&1 | grep -Ev '^\[ *[0-9]+%\] Building|^$' || true
test -f "$BUILD/libsiamese_torch.so" || { echo "[gpu] native build failed: see above" >&2; exit 4; }
log "built in $(( $(date +%s) - start )) s: $BUILD/libsiamese_torch.so"

log "running the CUDA checks"
set +e
SIAMESE_TORCH_NATIVE="$BUILD/libsiamese_torch.so" "$RUNNER" "$@"
status=$?
set -e
log "checks exited with $status"
exit $status
