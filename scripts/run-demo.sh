#!/usr/bin/env bash
# Sets up, builds and starts PrivateSNN Workbench on the bundled demo model (Fashion-MNIST).
# Without a display (or with --headless) it runs the whole PrivateSNN pipeline on the demo from
# the command line instead (about 5 minutes; results in demo-workspace/results.json).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ "${1:-}" = "--headless" ] || [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "run-demo: no display; running the PrivateSNN pipeline on the demo (privatesnn-cli pipeline --demo)"
  exec build/app/privatesnn-cli pipeline --demo --workspace demo-workspace
fi
exec build/app/privatesnn
