#!/usr/bin/env bash
# Installs the system programs the benchmark's baselines call when they are missing: Ghostscript for
# OCRmyPDF, Tesseract with Indonesian, English and OSD (OCRmyPDF --rotate-pages), poppler's pdftoppm.
# The pipeline itself needs none of Ghostscript; scripts/ensure-system-deps.sh covers the rest.
set -euo pipefail

bash "$(dirname "$0")/ensure-system-deps.sh"
need=()
command -v gs >/dev/null 2>&1 || need+=(ghostscript)
bash "$(dirname "$0")/apt-install.sh" ${need[@]+"${need[@]}"}
