#!/usr/bin/env bash
# .NET Interactive as the notebooks' second kernel (DESIGN.md, "The stack"): the Microsoft.dotnet-interactive tool
# in a project-local tool path, given the FSharp.Core that Plotly.NET 6 needs, its ".net-csharp" kernelspec, and
# the packages of the notebooks' `#r "nuget: ..."` lines restored ahead (so they resolve from the local cache).
# Run by environment/setup.sh; idempotent (a second run takes seconds). environment/README.md says why each step.
#   SIAMESE_USER_KERNELSPECS=0  write the kernelspec only into the project-local Jupyter folder, not the user's
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
log() { printf '[setup/dotnet-interactive] %s\n' "$*"; }

TOOL_VERSION=1.0.712001                           # the last release (deprecated in April 2026, dotnet/interactive#4163)
TOOL_DIR="$ROOT/artifacts/tools/dotnet-interactive"
TOOL="$TOOL_DIR/dotnet-interactive"
KERNELS="$ROOT/artifacts/jupyter/kernels"         # JUPYTER_PATH=$ROOT/artifacts/jupyter finds both kernels here
SPEC_NAME=.net-csharp
PACKAGES_PROJECT="$ROOT/artifacts/notebook-packages"
# What the notebooks' setup cell restores with `#r "nuget: ..."`; versions come from Directory.Packages.props.
NOTEBOOK_PACKAGES=(TorchSharp-cpu Plotly.NET Plotly.NET.CSharp FSharp.Core Microsoft.Data.Analysis)

# ---- the tool, project-local (a user's global dotnet-interactive is never touched) --------------------------------
if [[ -x "$TOOL" ]] && dotnet tool list --tool-path "$TOOL_DIR" | grep -qi "microsoft.dotnet-interactive *$TOOL_VERSION"; then
  log "dotnet-interactive $TOOL_VERSION present"
else
  log "installing dotnet-interactive $TOOL_VERSION into artifacts/tools"
  rm -rf "$TOOL_DIR"
  dotnet tool install Microsoft.dotnet-interactive --version "$TOOL_VERSION" --tool-path "$TOOL_DIR" >/dev/null
fi

# ---- the notebooks' packages, restored once into the NuGet cache ----------------------------------------------------
# TorchSharp-cpu depends on libtorch for every OS (~1.4 GB); a cold restore takes minutes, a warm one seconds.
mkdir -p "$PACKAGES_PROJECT"
{
  echo '<Project Sdk="Microsoft.NET.Sdk">'
  echo '  <!-- Written by environment/setup.d/30-dotnet-interactive.sh: restored, never built. -->'
  echo '  <PropertyGroup><IsPackable>false</IsPackable></PropertyGroup>'
  echo '  <ItemGroup>'
  for p in "${NOTEBOOK_PACKAGES[@]}"; do echo "    <PackageReference Include=\"$p\" />"; done
  echo '  </ItemGroup>'
  echo '</Project>'
} > "$PACKAGES_PROJECT/NotebookPackages.csproj.new"
cmp -s "$PACKAGES_PROJECT/NotebookPackages.csproj.new" "$PACKAGES_PROJECT/NotebookPackages.csproj" \
  || mv "$PACKAGES_PROJECT/NotebookPackages.csproj.new" "$PACKAGES_PROJECT/NotebookPackages.csproj"
rm -f "$PACKAGES_PROJECT/NotebookPackages.csproj.new"
start=$SECONDS
log "restoring the notebooks' packages (${NOTEBOOK_PACKAGES[*]})"
dotnet restore "$PACKAGES_PROJECT/NotebookPackages.csproj" -v quiet -nologo >/tmp/siamese-notebook-restore.log 2>&1 \
  || { cat /tmp/siamese-notebook-restore.log >&2; echo "[setup/dotnet-interactive] restore failed" >&2; exit 1; }
log "packages restored in $((SECONDS - start)) s"

# ---- FSharp.Core 10.1 inside the tool (it ships 10.0; Plotly.NET 6 needs 10.1) ---------------------------------------
PACKAGES_DIR="$(dotnet nuget locals global-packages --list | sed -e 's/^global-packages: *//')"
FSHARP_VERSION="$(sed -n 's/.*PackageVersion Include="FSharp.Core" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)"
FSHARP_DLL="$PACKAGES_DIR/fsharp.core/$FSHARP_VERSION/lib/netstandard2.1/FSharp.Core.dll"
[[ -f "$FSHARP_DLL" ]] || { echo "[setup/dotnet-interactive] $FSHARP_DLL missing after restore" >&2; exit 1; }
TOOL_FSHARP="$(find "$TOOL_DIR/.store" -path "*/tools/net*/any/FSharp.Core.dll" | head -n 1)"
[[ -n "$TOOL_FSHARP" ]] || { echo "[setup/dotnet-interactive] FSharp.Core.dll not found under $TOOL_DIR/.store" >&2; exit 1; }
if cmp -s "$FSHARP_DLL" "$TOOL_FSHARP"; then
  log "FSharp.Core $FSHARP_VERSION in the tool"
else
  [[ -f "$TOOL_FSHARP.shipped" ]] || cp "$TOOL_FSHARP" "$TOOL_FSHARP.shipped"
  cp "$FSHARP_DLL" "$TOOL_FSHARP"
  log "gave the tool FSharp.Core $FSHARP_VERSION (the shipped one kept as FSharp.Core.dll.shipped)"
fi

# ---- the .net-csharp kernelspec ---------------------------------------------------------------------------------------
bash environment/dotnet-interactive-kernelspec.sh "$TOOL" "$KERNELS"
if [[ "${SIAMESE_USER_KERNELSPECS:-1}" == "1" ]]; then
  USER_KERNELS="${XDG_DATA_HOME:-$HOME/.local/share}/jupyter/kernels"
  USER_SPEC="$USER_KERNELS/$SPEC_NAME/kernel.json"
  if [[ ! -f "$USER_SPEC" ]] || grep -q '"siamese_checkout"' "$USER_SPEC"; then
    mkdir -p "$USER_KERNELS" && rm -rf "${USER_KERNELS:?}/$SPEC_NAME"
    cp -r "$KERNELS/$SPEC_NAME" "$USER_KERNELS/$SPEC_NAME"
    log "kernelspec '$SPEC_NAME' installed for the user ($USER_KERNELS)"
  else
    log "the user's own '$SPEC_NAME' kernelspec is kept; JUPYTER_PATH=$ROOT/artifacts/jupyter selects this checkout's"
  fi
fi
