#!/usr/bin/env bash
# Prepares a Debian 12 machine and builds the engine: installs the Debian packages it needs
# (only those missing), then configures and builds a Release build in build/ on all cores.
# Run it again at any time: with nothing to do it is quick and prints one line.
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  # build
  build-essential cmake pkg-config
  libpango1.0-dev libcairo2-dev libharfbuzz-dev libfontconfig-dev libfreetype-dev
  libtinyxml2-dev libqpdf-dev liblcms2-dev libpng-dev zlib1g-dev libjpeg-dev libqrencode-dev libicu-dev catch2
  # fonts and hyphenation patterns the layouts use
  fonts-noto-core fonts-noto-cjk fonts-material-design-icons-iconfont hyphen-en-us hyphen-ru
  # independent oracles the tests ask: poppler, qpdf, Ghostscript, xmllint, zbar; GNU time for bench/
  python3 poppler-utils qpdf ghostscript libxml2-utils zbar-tools time
  # strace: the hostile-input tests read from it which files the engine opened
  strace
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [[ $(id -u) == 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

mkdir -p build
log=build/setup.log
if [[ ! -f build/CMakeCache.txt ]]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >"$log" 2>&1 || { cat "$log"; exit 1; }
fi
if ! cmake --build build -j "$(nproc)" >"$log" 2>&1; then
  grep -E "error|Error" "$log" | head -40
  echo "setup: the build failed; the full log is $log"
  exit 1
fi
echo "setup: build/brochure is ready ($(build/brochure --version))"
