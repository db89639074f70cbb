#!/usr/bin/env bash
# Makes TorchSharp's native bridge loadable on systems whose libstdc++ predates GCC 13 (Debian 12, Ubuntu 22.04).
#
# Why: libLibTorchSharp.so 0.107 was built with GCC 13 and needs GLIBCXX_3.4.32 for one symbol,
# std::ios_base_library_init(); Debian 12 ships GLIBCXX_3.4.30, so TorchSharp fails to load ("doesn't contain a
# reference to libtorch-cpu-linux-x64"). The fix writes a patched COPY (the NuGet cache is left untouched) into
# ${XDG_CACHE_HOME:-~/.cache}/siamese/torchsharp-<version>/, where Siamese.Lib's TorchRuntime looks for it:
#   1. a three-line shim library that defines the symbol (torchsharp/ios_init_shim.cpp);
#   2. patchelf --clear-symbol-version on that symbol, --add-needed the shim, --set-soname (so that TorchSharp's own
#      by-name probe finds the loaded copy);
#   3. the GLIBCXX_3.4.32 version need marked weak (torchsharp/elf_weak_version.py).
# Systems with a newer libstdc++ need none of this: the script removes a stale copy and exits.
# Idempotent: does nothing when the copy is newer than the package's file. Needs the package restored first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION="$(sed -n 's/.*Include="TorchSharp" Version="\([^"]*\)".*/\1/p' "$ROOT/Directory.Packages.props")"
PACKAGES="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
SOURCE="$PACKAGES/torchsharp/$VERSION/runtimes/linux-x64/native/libLibTorchSharp.so"
TARGET_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/siamese/torchsharp-$VERSION"
TARGET="$TARGET_DIR/libLibTorchSharp.so"
log() { printf '[setup/torchsharp] %s\n' "$*"; }

[[ "$(uname -s)-$(uname -m)" == "Linux-x86_64" ]] || { log "not Linux x86-64: TorchSharp loads as shipped"; exit 0; }
[[ -f "$SOURCE" ]] || { echo "[setup/torchsharp] $SOURCE missing: restore the solution first (dotnet restore)" >&2; exit 1; }
STDCXX="$(/sbin/ldconfig -p | awk '/libstdc\+\+\.so\.6 .*x86-64/ {print $NF; exit}')"
if grep -q GLIBCXX_3.4.32 "$STDCXX" 2>/dev/null; then
  rm -rf "$TARGET_DIR"
  log "libstdc++ has GLIBCXX_3.4.32: TorchSharp's bridge loads as shipped"
  exit 0
fi
if [[ -f "$TARGET" && "$TARGET" -nt "$SOURCE" && -f "$TARGET_DIR/libsiamese_ios_init.so" ]]; then
  log "patched bridge present ($TARGET)"
  exit 0
fi
for tool in patchelf g++ python3; do
  command -v "$tool" >/dev/null || { echo "[setup/torchsharp] $tool missing (apt-get install patchelf g++)" >&2; exit 1; }
done
log "libstdc++ lacks GLIBCXX_3.4.32 ($STDCXX): writing a patched bridge to $TARGET_DIR"
mkdir -p "$TARGET_DIR"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
g++ -shared -fPIC -O2 -o "$WORK/libsiamese_ios_init.so" "$ROOT/environment/torchsharp/ios_init_shim.cpp"
cp "$SOURCE" "$WORK/libLibTorchSharp.so"; chmod u+w "$WORK/libLibTorchSharp.so"
patchelf --clear-symbol-version _ZSt21ios_base_library_initv "$WORK/libLibTorchSharp.so"
patchelf --add-needed libsiamese_ios_init.so "$WORK/libLibTorchSharp.so"
patchelf --set-soname libLibTorchSharp.so "$WORK/libLibTorchSharp.so"
python3 "$ROOT/environment/torchsharp/elf_weak_version.py" "$WORK/libLibTorchSharp.so" GLIBCXX_3.4.32 >/dev/null
mv "$WORK/libsiamese_ios_init.so" "$TARGET_DIR/"
mv "$WORK/libLibTorchSharp.so" "$TARGET"   # last: its presence marks a complete patch
log "patched bridge written"
