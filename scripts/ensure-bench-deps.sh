#!/usr/bin/env bash
# Installs the system programs the benchmark's baselines call when they are missing: Ghostscript for
# OCRmyPDF, Tesseract with Indonesian, English and OSD (OCRmyPDF --rotate-pages), poppler's pdftoppm.
# The pipeline itself needs none of Ghostscript; scripts/ensure-system-deps.sh covers the rest.
set -euo pipefail

bash "$(dirname "$0")/ensure-system-deps.sh"
need=()
command -v gs >/dev/null 2>&1 || need+=(ghostscript)
[ ${#need[@]} -eq 0 ] && exit 0

echo "installing system packages for the benchmark: ${need[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "error: need root (or sudo) to install: ${need[*]}" >&2
  echo "install them yourself, e.g.: apt-get install ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
