#!/usr/bin/env bash
# Speed comparison against PyTorch on the same libtorch (issue 2, "Speed"): the reference models of
# tests/bench/bench_torch.py (PyTorch) and tests/bench/Siamese.Bench (ours), one training step each,
# in one run on this machine with the same thread settings. Sides alternate per model (PyTorch A, ours A,
# PyTorch B, ...) so machine noise lands on both. Prints a table and one JSON line per model, and writes
# out/bench/bench.json.
#   environment/bench.sh [--quick] [--rounds N] [--models a,b,...]
#   environment/bench.sh --library [--rounds N]   the library-overhead check instead (issue 4): the small-CNN step
#     through Siamese.Lib's model, loss and Trainer against the same step written on the engine
#     (tests/bench/Siamese.Bench.Library); prints per-round JSON and the median ratio engine/library.
# Environment: SIAMESE_SKIP_SETUP=1 skips setup.sh; SIAMESE_BENCH_THREADS (default 2) is libtorch's
# intra-op pool on both sides (torch.set_num_threads); OPENBLAS_NUM_THREADS (default 1) is OpenBLAS's own
# pool, which otherwise fights libtorch's on few cores; OMP_WAIT_POLICY (default PASSIVE) makes libtorch's
# idle OpenMP threads sleep instead of spinning, which on a machine shared with other jobs is 3-20x faster
# (environment/README.md, "Speed"). All three apply to both sides.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

QUICK=()
ROUNDS=1
LIBRARY=0
MODELS="koch_b32,small_cnn_b128,malstm_b64,transformer_b64,op_overhead"
while (( $# > 0 )); do
  case "$1" in
    --quick) QUICK=(--quick) ;;
    --library) LIBRARY=1 ;;
    --rounds) ROUNDS="$2"; shift ;;
    --models) MODELS="$2"; shift ;;
    *) echo "usage: environment/bench.sh [--quick] [--rounds N] [--models a,b,...] | --library [--rounds N]" >&2; exit 2 ;;
  esac
  shift
done

if [[ "${SIAMESE_SKIP_SETUP:-0}" != "1" ]]; then
  bash environment/setup.sh
else
  dotnet build tests/bench/Siamese.Bench -c Release -v quiet -nologo -clp:NoSummary >/dev/null
  dotnet build tests/bench/Siamese.Bench.Library -c Release -v quiet -nologo -clp:NoSummary >/dev/null
fi

# Debian's PyTorch (python3-torch) runs on the same libtorch as our shim; the python3 first on PATH may not see it.
PYTHON="${SIAMESE_BENCH_PYTHON:-/usr/bin/python3}"
BENCH_DLL="$ROOT/artifacts/bin/Siamese.Bench/release/Siamese.Bench.dll"
THREADS="${SIAMESE_BENCH_THREADS:-2}"
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
mkdir -p out/bench
if (( LIBRARY )); then
  echo "[bench] library overhead: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); threads $THREADS, rounds $(( ROUNDS > 2 ? ROUNDS : 3 ))"
  dotnet "$ROOT/artifacts/bin/Siamese.Bench.Library/release/Siamese.Bench.Library.dll" --threads "$THREADS" \
    --rounds "$(( ROUNDS > 2 ? ROUNDS : 3 ))" | tee out/bench/library.jsonl
  exit 0
fi
RAW="out/bench/raw.jsonl"
: >"$RAW"

echo "[bench] $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); libtorch intra-op threads $THREADS," \
     "OPENBLAS_NUM_THREADS=$OPENBLAS_NUM_THREADS, OMP_WAIT_POLICY=$OMP_WAIT_POLICY, SIAMESE_CPU_CACHE_MB=${SIAMESE_CPU_CACHE_MB:-default}, rounds $ROUNDS"
IFS=',' read -r -a models <<<"$MODELS"
for (( round = 1; round <= ROUNDS; round++ )); do
  for model in "${models[@]}"; do
    "$PYTHON" tests/bench/bench_torch.py "${QUICK[@]}" --threads "$THREADS" --models "$model" | tee -a "$RAW"
    dotnet "$BENCH_DLL" "${QUICK[@]}" --threads "$THREADS" --models "$model" | tee -a "$RAW"
  done
done

CONTEXT=$(printf '{"cores": %d, "loadavg": "%s", "threads": %d, "openblas_threads": "%s", "omp_wait_policy": "%s", "cpu_cache_mb": "%s", "quick": %s}' \
  "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$THREADS" "$OPENBLAS_NUM_THREADS" "$OMP_WAIT_POLICY" "${SIAMESE_CPU_CACHE_MB:-default}" \
  "$([[ ${#QUICK[@]} -gt 0 ]] && echo true || echo false)")
"$PYTHON" tests/bench/compare.py out/bench/bench.json "$CONTEXT" <"$RAW"
