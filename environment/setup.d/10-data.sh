#!/usr/bin/env bash
# Setup hook: reports which datasets are found (see environment/fetch-data.sh). Never fails the setup:
# a missing dataset only matters to the notebooks that use it, and their error names the fetch command.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bash "$ROOT/environment/fetch-data.sh" --report || echo "[data] dataset report failed (ignored)"
exit 0
