#!/bin/bash
# SIGKILL inside every stage of a small pipeline, KILLS times per stage (default 20), resuming
# after each; then compares the workspace with an uninterrupted run's (tests/data/check_kill_resume.py,
# which CI runs with one kill per stage on the tiny test pipeline). Prints kills per stage.
#   bench/kill_resume.sh [KILLS] [SEED]
# Needs a built tree in build/ (README: scripts/test.sh builds it).
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-20}
seed=${2:-1}
export OMP_WAIT_POLICY=PASSIVE PSNN_RESOURCES=$PWD/resources
# The demo model with ten times the test pipeline's images and steps: each stage runs long enough
# for a kill to land at any point of it.
exec /usr/bin/python3 tests/data/check_kill_resume.py build/app/privatesnn-cli build/bench-kill-resume "$kills" "$seed" -- \
  --model resources/models/fmnist-demo.psnn --test-data fashion-mnist \
  --images-per-class 10 --iterations 60 --synth-lr 0.05 --timesteps 16 --balance-images 64 --percentile 99.9 \
  --coding poisson-pixel --initial-membrane 0.5 --signed-spikes on \
  --epochs 2 --train-timesteps 4 --limit 400 \
  --judge resources/models/fmnist-judge.psnn --audit-real-data fashion-mnist \
  --members fashion-mnist --non-members fashion-mnist --reconstructions 2 --snn-reconstructions 1 --invert-iterations 30 \
  --attack-timesteps 4 --attack-iterations 4 --es-iterations 3 --es-population 4 --membership-images 200
