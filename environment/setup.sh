#!/usr/bin/env bash
# Installs and builds everything the suite needs. Idempotent: a second run skips what is present and takes
# seconds. The engine is TorchSharp 0.107 (libtorch 2.10.0) from NuGet; environment/README.md says why each
# step exists. -p:TorchBackend=cuda (SIAMESE_TORCH_BACKEND=cuda) selects TorchSharp-cuda-linux instead.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
log() { printf '[setup] %s\n' "$*"; }

# ---- Debian packages ---------------------------------------------------------------------
# patchelf + g++: the patched TorchSharp bridge (patch-torchsharp.sh); libzmq5: the kernel's transport;
# Jupyter + nbconvert + chromium: running and exporting the notebooks; wordnet-base: the WordNet 3.0 database
# (/usr/share/wordnet) behind MaLSTM's synonym-augmented training pairs (Data/WordNet.cs).
APT_PACKAGES=(patchelf g++ libzmq5 jupyter-notebook jupyter-nbconvert python3-jupyter-client python3-nbformat
              chromium wordnet-base)
bash environment/apt-install.sh "${APT_PACKAGES[@]}"

# ---- .NET build (restores TorchSharp and libtorch for this OS only) ------------------------
BACKEND="${SIAMESE_TORCH_BACKEND:-cpu}"
log "building the .NET solution (TorchBackend=$BACKEND)"
if ! dotnet build Siamese.Lib.sln -c Release -v quiet -nologo -clp:NoSummary -p:UseSharedCompilation=true \
      -p:TorchBackend="$BACKEND" 2>&1 | tee /tmp/siamese-build.log | grep -E 'error|warn' ; then :; fi
if grep -q "NU1101.*TorchSharp-cuda-linux" /tmp/siamese-build.log; then
  echo "[setup] TorchSharp-cuda-linux is not served by this machine's NuGet sources: build with the default TorchBackend=cpu" >&2
  exit 1
fi
grep -qE ' error ' /tmp/siamese-build.log && { echo "[setup] build failed: see above" >&2; exit 1; }

# ---- TorchSharp's native bridge on an older libstdc++ --------------------------------------
bash environment/patch-torchsharp.sh
bash environment/torchsharp/build-mkl-shim.sh

# ---- optional parts installed by their own scripts (kernel, data) ---------------------------
for hook in environment/setup.d/*.sh; do
  [[ -f "$hook" ]] && { log "running $hook"; bash "$hook"; }
done
log "ready"
