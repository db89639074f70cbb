#!/usr/bin/env bash
# Installs the named Debian packages that are missing (through sudo when not root); a no-op when all are present
# or SIAMESE_SKIP_APT=1. Waits up to 10 minutes for another apt/dpkg to release its lock instead of failing at once.
#   environment/apt-install.sh PACKAGE ...
set -euo pipefail
[[ "${SIAMESE_SKIP_APT:-0}" == "1" ]] && exit 0
command -v apt-get >/dev/null || { echo "[apt] apt-get not found: install $* by hand" >&2; exit 0; }
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
(( ${#missing[@]} == 0 )) && exit 0
echo "[apt] installing ${missing[*]}"
SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
LOCK=(-o DPkg::Lock::Timeout=600)
# apt-get update has no lock timeout of its own: retry while another apt holds the lists lock.
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  $SUDO apt-get "${LOCK[@]}" update -qq && break
  echo "[apt] apt-get update failed (attempt $attempt; another apt running?); retrying in 30 s" >&2
  sleep 30
done
DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${LOCK[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
