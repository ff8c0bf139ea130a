#!/usr/bin/env bash
# apt-get install the packages given, as root or through sudo; says what to do when neither is possible.
set -euo pipefail
[ $# -eq 0 ] && exit 0
echo "installing system packages: $*"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "error: need root (or sudo) to install: $*" >&2
  echo "install them yourself, e.g.: apt-get install $*" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
