#!/usr/bin/env bash
# Installs the Debian packages PrivateSNN Workbench needs (only those missing), then configures
# and builds into build/. Safe to run again: with everything present it only rebuilds what changed.
#   scripts/setup.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqcustomplot-dev libqcustomplot2.1-qt6
  libtorch-dev libopenblas0-openmp
  libopencv-dev nlohmann-json3-dev zlib1g-dev libssl-dev libcli11-dev libhdf5-dev libonnx-dev libprotobuf-dev protobuf-compiler
  xvfb xauth fonts-noto-cjk
  dataset-fashion-mnist
  python3-torch python3-h5py python3-numpy python3-onnx
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

[ "${1:-}" = "--no-build" ] && exit 0

if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
# Two cores and ~1.3 GB per torch translation unit: two jobs fit comfortably.
cmake --build build -j "$(nproc)"
