#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite (CTest, Qt Test, headless).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export OMP_WAIT_POLICY=PASSIVE
ctest --test-dir build --output-on-failure --timeout 900 -j 1
