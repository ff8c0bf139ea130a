#!/usr/bin/env bash
# Installs the system programs the pipeline calls (Tesseract with Indonesian, poppler, fonts for the
# test scans, Chromium for the report test) when they are missing. Costs a second when everything is there.
set -euo pipefail

need=()
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
if command -v tesseract >/dev/null 2>&1; then
  langs=$(tesseract --list-langs 2>/dev/null || true)
  grep -qx ind <<<"$langs" || need+=(tesseract-ocr-ind)
  grep -qx eng <<<"$langs" || need+=(tesseract-ocr-eng)
  grep -qx osd <<<"$langs" || need+=(tesseract-ocr-osd)
else
  need+=(tesseract-ocr-ind tesseract-ocr-eng tesseract-ocr-osd)
fi
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -f /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# the test of `zi review` opens the report in headless Chromium
command -v chromium >/dev/null 2>&1 || need+=(chromium)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "installing system packages: ${need[*]}"
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
