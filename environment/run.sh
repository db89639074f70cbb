#!/usr/bin/env bash
# The main job: set up, then execute every notebook through the C# kernel in the chosen profile.
#   environment/run.sh [--profile quick|default|full] [--demo] [notebook-filter ...]
# Writes out/notebooks (executed .ipynb), out/html, out/results/<notebook>.json and out/index.html.
# --demo runs the short MNIST demo of the headless runner instead (also what runs when no notebook exists).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PROFILE="${SIAMESE_PROFILE:-default}"
DEMO=0
FILTERS=()
while (( $# )); do
  case "$1" in
    --profile) PROFILE="$2"; shift 2 ;;
    --profile=*) PROFILE="${1#--profile=}"; shift ;;
    --demo) DEMO=1; shift ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) FILTERS+=("$1"); shift ;;
  esac
done
bash environment/setup.sh
export SIAMESE_PROFILE="$PROFILE"
# libtorch's intra-op pool and OpenBLAS's own pool fight on few cores (DESIGN.md): one BLAS thread.
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"
export SIAMESE_OUT_DIR="$ROOT/out"
mkdir -p out
if (( DEMO )) || ! compgen -G "notebooks/[0-9][0-9]-*.ipynb" >/dev/null; then
  exec dotnet artifacts/bin/Siamese.Cli/release/siamese.dll mnist-demo --profile "$PROFILE" --out "$ROOT/out"
fi
exec /usr/bin/python3 environment/run_notebooks.py --out "$ROOT/out" "${FILTERS[@]}"
