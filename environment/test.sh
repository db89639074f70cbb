#!/usr/bin/env bash
# Runs every test of the suite (README's test command). Installs what it needs first: setup.sh, plus the
# test-only Debian packages (PyTorch 1.13 and Pillow, which cross-check our numerics, checkpoints and PNGs;
# the Jupyter conformance suite and jupyter-console, which drive the kernel as front ends do).
# Ends with one line "N passed, N failed, N skipped" over all test projects and test scripts; exits non-zero on
# any failure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash environment/setup.sh
bash environment/apt-install.sh python3-torch python3-pil python3-jupyter-kernel-test jupyter-console
# OpenMP threads that spin while idle steal the cores .NET needs between ops (environment/README.md).
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
export SIAMESE_PROFILE="${SIAMESE_PROFILE:-quick}"
LOGS="$(mktemp -d)"
status=0
for proj in tests/*/*.Tests.csproj; do
  name="$(basename "$proj" .csproj)"
  echo "[test] $proj"
  dotnet test "$proj" -c Release --no-build -nologo -v quiet --logger "console;verbosity=minimal" \
    --logger "trx;LogFileName=$LOGS/$name.trx" || status=1
done
scripts_passed=0; scripts_failed=0
for extra in environment/test.d/*.sh; do
  [[ -f "$extra" ]] || continue
  echo "[test] $extra"
  if bash "$extra"; then scripts_passed=$((scripts_passed + 1)); else scripts_failed=$((scripts_failed + 1)); status=1; fi
done
/usr/bin/python3 environment/test_summary.py "$LOGS" "$scripts_passed" "$scripts_failed" || status=1
exit $status
