#!/usr/bin/env bash
# Installs and builds everything the suite needs. Idempotent: a second run skips what is present
# and takes seconds. Honours LIBTORCH_DIR (a libtorch folder: pip's torch/, a pytorch.org zip,
# a CUDA build) or Torch_DIR (the folder holding TorchConfig.cmake) to build against another libtorch.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
log() { printf '[setup] %s\n' "$*"; }

# ---- Debian packages ---------------------------------------------------------------------
APT_PACKAGES=(libtorch-dev libopenblas0-pthread cmake g++ make libzmq5 python3-torch
              jupyter-notebook jupyter-nbconvert python3-jupyter-client python3-nbformat
              chromium)
if [[ "${SIAMESE_SKIP_APT:-0}" != "1" ]] && command -v apt-get >/dev/null; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [[ -n "${LIBTORCH_DIR:-}${Torch_DIR:-}" ]]; then
    # Building against another libtorch: Debian's is not needed.
    missing=("${missing[@]/libtorch-dev}")
    missing=("${missing[@]/python3-torch}")
  fi
  read -r -a missing <<<"${missing[*]:-}"
  if (( ${#missing[@]} > 0 )); then
    log "installing Debian packages: ${missing[*]}"
    SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    log "Debian packages present"
  fi
fi

# ---- native shim (lib/native -> lib/native/build/libsiamese_torch.so) ---------------------
CMAKE_ARGS=(-DCMAKE_BUILD_TYPE=Release)
if [[ -n "${Torch_DIR:-}" ]]; then
  CMAKE_ARGS+=("-DTorch_DIR=${Torch_DIR}")
elif [[ -n "${LIBTORCH_DIR:-}" ]]; then
  CMAKE_ARGS+=("-DCMAKE_PREFIX_PATH=${LIBTORCH_DIR}")
fi
BUILD="$ROOT/lib/native/build"
if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
  log "configuring lib/native (${CMAKE_ARGS[*]})"
  cmake -S lib/native -B "$BUILD" "${CMAKE_ARGS[@]}" >/dev/null
fi
log "building lib/native"
cmake --build "$BUILD" -j "$(nproc)" 2>&1 | grep -Ev '^\[|^-- |Consolidate compiler|^$' || true
test -f "$BUILD/libsiamese_torch.so" || { echo "[setup] native build failed: see above" >&2; exit 1; }

# ---- .NET build -----------------------------------------------------------------------------
log "building the .NET solution"
dotnet build Siamese.Lib.sln -c Release -v quiet -nologo -clp:NoSummary -p:UseSharedCompilation=true

# ---- optional parts installed by their own scripts (kernel, plotly, data) ------------------
for hook in environment/setup.d/*.sh; do
  [[ -f "$hook" ]] && { log "running $hook"; bash "$hook"; }
done
log "ready"
