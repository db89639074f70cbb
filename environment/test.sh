#!/usr/bin/env bash
# Runs every test of the suite (README's test command). Installs what it needs first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash environment/setup.sh
# Both thread pools set deliberately: libtorch's intra-op pool and OpenBLAS's own (see DESIGN.md).
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"
# OpenMP threads that spin while idle steal the cores .NET needs between ops (environment/README.md).
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
export SIAMESE_PROFILE="${SIAMESE_PROFILE:-quick}"
status=0
for proj in tests/*/*.Tests.csproj; do
  echo "[test] $proj"
  dotnet test "$proj" -c Release --no-build -nologo -v quiet --logger "console;verbosity=minimal" || status=1
done
for extra in environment/test.d/*.sh; do
  [[ -f "$extra" ]] && { echo "[test] $extra"; bash "$extra" || status=1; }
done
exit $status
