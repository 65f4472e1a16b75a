#!/usr/bin/env bash
# Sets up, builds and starts PrivateSNN Workbench on the bundled demo model (Fashion-MNIST): click
# "Make private SNN". Without a display (or with --headless) it runs the same pipeline, the leakage
# audit and the report from the command line instead (about 7 minutes on 2 cores; results in
# demo-workspace/results.json, report in demo-workspace/report.html and .pdf).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ "${1:-}" = "--headless" ] || [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "run-demo: no display; running the PrivateSNN pipeline and audit on the demo (privatesnn-cli pipeline --demo)"
  build/app/privatesnn-cli pipeline --demo --workspace demo-workspace
  exec build/app/privatesnn-cli report --workspace demo-workspace
fi
exec build/app/privatesnn
