#!/usr/bin/env bash
# A new user's own model (bench/RESULTS.md, "Your own model"): a PyTorch user's Fashion-MNIST
# classifier (bench/models/make_bench_models.py's VGG, trained on normalised images) taken through
# the workbench three ways: the CLI without the normalisation (what issue 14 found), the import
# check that finds it, and the GUI's import dialog clicked as a person would, then Make private SNN,
# with screenshots of every view.
#   bench/own_model.sh OUT_DIR   (PSNN_BUILD: the build folder)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PSNN_BUILD:-build}
out=$1
cli=$build/app/privatesnn-cli
mkdir -p "$out"
[ -f "$out/vgg_bn_maxpool.pt" ] || /usr/bin/python3 bench/models/make_bench_models.py "$out" --epochs 3
model=$out/vgg_bn_maxpool.pt
[ ! -f "$out/models.json" ] || cat "$out/models.json" # PyTorch's own test accuracy

echo "== CLI, no normalisation given (as issue 14 tried it), the workbench's settings"
rm -rf "$out/cli-ws"
time $cli pipeline --recommended --model "$model" --test-data fashion-mnist --workspace "$out/cli-ws" 2>&1

echo "== check-import (300 test images)"
$cli check-import --model "$model" --test-data fashion-mnist

echo "== GUI: import dialog, Check, use the suggestion, OK, Make private SNN"
rm -rf "$out/gui-shots" "$out/config" "$out/data" # a new user: no settings, no workspaces
export XDG_CONFIG_HOME=$out/config XDG_DATA_HOME=$out/data
time xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/privatesnn" "$model" --import-test-data fashion-mnist \
  --run --screenshots "$out/gui-shots" --lang en
ls "$out/gui-shots"
