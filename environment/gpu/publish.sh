#!/usr/bin/env bash
# Publishes tests/Siamese.Torch.GpuCheck self-contained for linux-x64 into artifacts/gpucheck/ (git-ignored), to be
# carried to the GPU machine, which has no .NET: one compressed single-file executable, well under the 64 MiB
# limit of the carried tree. Run here (where the .NET SDK is); then see environment/gpu/README.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:-$ROOT/artifacts/gpucheck}"
LIMIT_MIB=64
cd "$ROOT"
rm -rf "$OUT"
# Untrimmed (the runner finds tests by reflection); single-file with compression keeps the runtime ~35 MiB.
# IncludeNativeLibrariesForSelfExtract bundles the runtime's own .so files; libsiamese_torch.so is built on the
# GPU machine and found through SIAMESE_TORCH_NATIVE.
dotnet publish tests/Siamese.Torch.GpuCheck/Siamese.Torch.GpuCheck.csproj -c Release -r linux-x64 --self-contained \
  -p:PublishTrimmed=false -p:PublishSingleFile=true -p:EnableCompressionInSingleFile=true \
  -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none -o "$OUT" -v quiet -nologo
size_kib=$(du -sk "$OUT" | cut -f1)
echo "[publish] $OUT: $((size_kib / 1024)) MiB"
ls -la "$OUT"
if (( size_kib > LIMIT_MIB * 1024 )); then
  echo "[publish] larger than ${LIMIT_MIB} MiB: it cannot be carried" >&2
  exit 1
fi
