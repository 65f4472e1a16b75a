#!/usr/bin/env bash
# Sets up, builds and starts PrivateSNN Workbench on the bundled demo model (Fashion-MNIST).
# Without a display (or with --headless) it runs the command-line demo instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ "${1:-}" = "--headless" ] || [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "run-demo: no display, running the command-line demo (privatesnn-cli demo)"
  exec build/app/privatesnn-cli demo
fi
exec build/app/privatesnn
