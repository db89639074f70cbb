#!/usr/bin/env bash
# Writes the ".net-csharp" kernelspec for a project-local dotnet-interactive into DIR/.net-csharp.
#   environment/dotnet-interactive-kernelspec.sh TOOL DIR
# Starts from what `dotnet-interactive jupyter install --path` writes (display name ".NET (C#)", language "C#",
# logos, VS Code metadata) and changes only what DESIGN.md asks: the tool by absolute path (its spec says
# `dotnet interactive`, a global tool that may be absent or another version) and `--http-local-only` (otherwise its
# HTTP API listens on every interface). The spec carries "siamese_checkout" so setup knows it wrote it.
set -euo pipefail
TOOL="$1"
DIR="$2"
[[ -x "$TOOL" ]] || { echo "dotnet-interactive-kernelspec.sh: $TOOL is not an executable" >&2; exit 1; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1 "$TOOL" jupyter install --path "$TMP" >"$TMP.log" 2>&1 \
  || { cat "$TMP.log" >&2; rm -f "$TMP.log"; exit 1; }
rm -f "$TMP.log"
[[ -f "$TMP/.net-csharp/kernel.json" ]] || { echo "dotnet-interactive-kernelspec.sh: no .net-csharp spec written" >&2; exit 1; }
/usr/bin/env python3 - "$TMP/.net-csharp/kernel.json" "$TOOL" "$ROOT" <<'PY'
import json, sys
path, tool, root = sys.argv[1:4]
spec = json.load(open(path))
argv = spec["argv"]
# ["dotnet", "interactive", "jupyter", ...] -> [TOOL, "jupyter", ..., "--http-local-only"]
start = argv.index("jupyter")
rest = argv[start:]
if "--http-local-only" not in rest:
    rest.insert(rest.index("{connection_file}") + 1, "--http-local-only")
spec["argv"] = [tool] + rest
spec["env"] = {
    "DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT": "1", "DOTNET_CLI_TELEMETRY_OPTOUT": "1", "DOTNET_NOLOGO": "1",
    # The same thread settings as the csharp kernel's spec (lib/Siamese.Kernel/install-kernelspec.sh says why).
    "OPENBLAS_NUM_THREADS": "1", "OMP_WAIT_POLICY": "PASSIVE",
    # .NET Interactive runs cells on pool threads, each with a malloc arena of its own (see the csharp spec).
    "MALLOC_ARENA_MAX": "1",
}
spec.setdefault("metadata", {})["siamese_checkout"] = root
json.dump(spec, open(path, "w"), indent=2)
PY
mkdir -p "$DIR"
rm -rf "${DIR:?}/.net-csharp"
cp -r "$TMP/.net-csharp" "$DIR/.net-csharp"
echo "[setup/dotnet-interactive] kernelspec '.net-csharp' -> $TOOL ($DIR/.net-csharp)"
