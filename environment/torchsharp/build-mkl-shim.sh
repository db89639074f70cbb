#!/usr/bin/env bash
# Builds the MKL CPU-dispatch shim (mkl_cpu_shim.c) into ${XDG_CACHE_HOME:-~/.cache}/siamese/mkl-cpu-shim/, where
# Siamese.Lib's TorchRuntime looks for it (Runtime/MklCpuDispatch.cs). Idempotent; a no-op off Linux x86-64.
# Without a C compiler it warns and exits 0: the shim is an optimisation, TorchSharp runs without it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SOURCE="$ROOT/environment/torchsharp/mkl_cpu_shim.c"
TARGET_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/siamese/mkl-cpu-shim"
TARGET="$TARGET_DIR/libsiamese_mkl_cpu.so"
[[ "$(uname -s)-$(uname -m)" == "Linux-x86_64" ]] || exit 0
[[ -f "$TARGET" && "$TARGET" -nt "$SOURCE" ]] && exit 0
CC="${CC:-$(command -v gcc || command -v cc || true)}"
[[ -n "$CC" ]] || { echo "[setup/mkl] no C compiler: MKL keeps its vendor dispatch (apt-get install gcc)" >&2; exit 0; }
mkdir -p "$TARGET_DIR"
"$CC" -shared -fPIC -O2 -o "$TARGET.tmp" "$SOURCE"
mv "$TARGET.tmp" "$TARGET"
echo "[setup/mkl] MKL CPU-dispatch shim written to $TARGET"
