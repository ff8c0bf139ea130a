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

bash "$(dirname "$0")/apt-install.sh" ${need[@]+"${need[@]}"}
