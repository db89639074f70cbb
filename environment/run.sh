#!/usr/bin/env bash
# The main job: set up, then execute every notebook through a kernel in the chosen profile.
#   environment/run.sh [--profile quick|default|full] [--kernel csharp|dotnet-interactive] [--demo] [notebook-filter ...]
# Writes out/notebooks (executed .ipynb), out/html, out/results/<notebook>.json and out/index.html; with
# --kernel dotnet-interactive (.NET Interactive instead of the suite's csharp kernel) the same under out/dotnet-interactive/.
# --demo runs the short MNIST demo of the headless runner instead (also what runs when no notebook exists).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PROFILE="${SIAMESE_PROFILE:-default}"
DEMO=0
KERNEL=csharp
FILTERS=()
while (( $# )); do
  case "$1" in
    --profile) PROFILE="$2"; shift 2 ;;
    --profile=*) PROFILE="${1#--profile=}"; shift ;;
    --kernel) KERNEL="$2"; shift 2 ;;
    --kernel=*) KERNEL="${1#--kernel=}"; shift ;;
    --demo) DEMO=1; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) FILTERS+=("$1"); shift ;;
  esac
done
bash environment/setup.sh
export SIAMESE_PROFILE="$PROFILE"
# libtorch's intra-op pool and OpenBLAS's own pool fight on few cores (DESIGN.md): one BLAS thread.
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"
# OpenMP threads that spin while idle steal the cores .NET needs between ops (environment/README.md).
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
export SIAMESE_OUT_DIR="$ROOT/out"
mkdir -p out
if (( DEMO )) || ! compgen -G "notebooks/[0-9][0-9]-*.ipynb" >/dev/null; then
  exec dotnet artifacts/bin/Siamese.Cli/release/siamese.dll mnist-demo --profile "$PROFILE" --out "$ROOT/out"
fi
exec /usr/bin/python3 environment/run_notebooks.py --kernel "$KERNEL" --out "$ROOT/out" "${FILTERS[@]}"
