#!/usr/bin/env bash
# Speed comparison against PyTorch (issue 11, "Speed"): the reference models of tests/bench/bench_torch.py
# (PyTorch 1.13, Debian's python3-torch) and tests/bench/Siamese.Bench (ours: the same steps on TorchSharp 0.107,
# libtorch 2.10.0), one training step each, in one run on this machine with the same thread settings. Three sides
# per model and thread count: PyTorch as installed ("pytorch"), PyTorch with the malloc settings our loader applies
# ("pytorch_malloc": MALLOC_MMAP_MAX_=0 MALLOC_TRIM_THRESHOLD_, what Siamese.Lib.Runtime.MallocTuning sets through
# mallopt), and ours ("csharp"). Sides alternate per model and the order reverses every round, so machine noise
# lands on all three. Prints a table and one JSON line per model and thread count (ratio = PyTorch / ours,
# ratio_malloc = malloc-tuned PyTorch / ours, on the median step), and writes out/bench/bench.json.
#   environment/bench.sh [--quick] [--rounds N] [--models a,b,...] [--threads 1,2]
#   environment/bench.sh --library [--rounds N]   the library-overhead check instead (issue 4, needs Siamese.Lib to
#     build): the small-CNN step through Siamese.Lib against the same step on the engine (tests/bench/Siamese.Bench.Library).
# Environment: SIAMESE_SKIP_SETUP=1 skips setup.sh; SIAMESE_BENCH_THREADS (default "1,2"; --threads wins) lists the
# libtorch intra-op thread counts (torch.set_num_threads on both sides); OPENBLAS_NUM_THREADS (default 1) is
# OpenBLAS's own pool, which otherwise fights libtorch's on few cores; OMP_WAIT_POLICY (default PASSIVE) makes the
# idle OpenMP threads of both libtorchs (Debian's libgomp, TorchSharp's bundled libgomp-*.so) sleep instead of
# spinning, which on a machine shared with other jobs is 3-20x faster (environment/README.md, "Speed").
# SIAMESE_MALLOC_TUNING=0 turns our side's malloc settings off, SIAMESE_MKL_CPU_SHIM=0 its MKL CPU-dispatch shim,
# SIAMESE_BENCH_PLAIN=1 its LeanAdam (TorchSharp's optim.Adam instead): to measure what each buys.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# glibc keeps freed memory with these (the PyTorch spelling of MallocTuning's mallopt calls: int.MaxValue).
MALLOC_KEEP=(MALLOC_MMAP_MAX_=0 MALLOC_TRIM_THRESHOLD_=2147483647)

QUICK=()
ROUNDS=2
LIBRARY=0
MODELS="koch_b32,small_cnn_b128,malstm_b64,transformer_b64,op_overhead"
THREAD_LIST="${SIAMESE_BENCH_THREADS:-1,2}"
usage="usage: environment/bench.sh [--quick] [--rounds N] [--models a,b,...] [--threads 1,2] | --library [--rounds N]"
while (( $# > 0 )); do
  case "$1" in
    --quick) QUICK=(--quick) ;;
    --library) LIBRARY=1 ;;
    --rounds) ROUNDS="$2"; shift ;;
    --models) MODELS="$2"; shift ;;
    --threads) THREAD_LIST="$2"; shift ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
  shift
done

if [[ "${SIAMESE_SKIP_SETUP:-0}" != "1" ]]; then
  bash environment/setup.sh
fi
# MKL's AVX-512 kernels on AMD too (Siamese.Lib.Runtime.MklCpuDispatch); idempotent, a no-op without a C compiler.
bash environment/torchsharp/build-mkl-shim.sh
# The PyTorch side: Debian's python3-torch, installed here rather than by setup (only the benchmark needs it).
bash environment/apt-install.sh python3-torch
if (( LIBRARY )); then
  dotnet build tests/bench/Siamese.Bench.Library -c Release -v quiet -nologo -clp:NoSummary >/dev/null
else
  dotnet build tests/bench/Siamese.Bench -c Release -v quiet -nologo -clp:NoSummary >/dev/null
fi

# The python3 first on PATH may not see Debian's python3-torch.
PYTHON="${SIAMESE_BENCH_PYTHON:-/usr/bin/python3}"
BENCH_DLL="$ROOT/artifacts/bin/Siamese.Bench/release_linux-x64/Siamese.Bench.dll"
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
mkdir -p out/bench
IFS=',' read -r -a thread_counts <<<"$THREAD_LIST"
if (( LIBRARY )); then
  LIBRARY_ROUNDS=$(( ROUNDS > 2 ? ROUNDS : 3 ))
  echo "[bench] library overhead: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); threads ${thread_counts[-1]}, rounds $LIBRARY_ROUNDS"
  dotnet "$ROOT/artifacts/bin/Siamese.Bench.Library/release/Siamese.Bench.Library.dll" --threads "${thread_counts[-1]}" \
    --rounds "$LIBRARY_ROUNDS" | tee out/bench/library.jsonl
  exit 0
fi
PLAIN=()
[[ "${SIAMESE_BENCH_PLAIN:-0}" == "1" ]] && PLAIN=(--plain)
RAW="out/bench/raw.jsonl"
: >"$RAW"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"

# One side, one model, one thread count; tags each JSON line with the side and the thread count.
run_side() {
  local side="$1" model="$2" threads="$3"
  case "$side" in
    pytorch) "$PYTHON" tests/bench/bench_torch.py "${QUICK[@]}" --threads "$threads" --models "$model" ;;
    pytorch_malloc) env "${MALLOC_KEEP[@]}" "$PYTHON" tests/bench/bench_torch.py "${QUICK[@]}" --threads "$threads" --models "$model" ;;
    csharp) dotnet "$BENCH_DLL" "${QUICK[@]}" "${PLAIN[@]}" --threads "$threads" --models "$model" ;;
  esac | sed -e "s/\"side\": \"[a-z_]*\"/\"side\": \"$side\"/" -e "s/^{/{\"threads\": $threads, /" | tee -a "$RAW"
}

echo "[bench] $(nproc) cores, load $LOAD_START; libtorch intra-op threads $THREAD_LIST," \
     "OPENBLAS_NUM_THREADS=$OPENBLAS_NUM_THREADS, OMP_WAIT_POLICY=$OMP_WAIT_POLICY, rounds $ROUNDS"
IFS=',' read -r -a models <<<"$MODELS"
SIDES=(pytorch pytorch_malloc csharp)
for (( round = 1; round <= ROUNDS; round++ )); do
  order=("${SIDES[@]}")
  (( round % 2 == 0 )) && order=(csharp pytorch_malloc pytorch)
  for threads in "${thread_counts[@]}"; do
    for model in "${models[@]}"; do
      for side in "${order[@]}"; do
        run_side "$side" "$model" "$threads"
      done
    done
  done
done

CONTEXT=$(printf '{"cores": %d, "loadavg_start": "%s", "loadavg_end": "%s", "threads": "%s", "openblas_threads": "%s", "omp_wait_policy": "%s", "pytorch_malloc_env": "%s", "malloc_tuning": "%s", "mkl_cpu_shim": "%s", "plain": "%s", "rounds": %d, "quick": %s}' \
  "$(nproc)" "$LOAD_START" "$(cut -d' ' -f1-3 /proc/loadavg)" "$THREAD_LIST" "$OPENBLAS_NUM_THREADS" "$OMP_WAIT_POLICY" \
  "${MALLOC_KEEP[*]}" "${SIAMESE_MALLOC_TUNING:-1}" "${SIAMESE_MKL_CPU_SHIM:-1}" "${SIAMESE_BENCH_PLAIN:-0}" "$ROUNDS" "$([[ ${#QUICK[@]} -gt 0 ]] && echo true || echo false)")
"$PYTHON" tests/bench/compare.py out/bench/bench.json "$CONTEXT" <"$RAW"
