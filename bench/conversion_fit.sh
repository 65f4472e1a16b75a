#!/usr/bin/env bash
# The conversion-fit benchmark (bench/RESULTS.md, "Conversion that fits the model"): trains the
# PyTorch models, makes a synthetic set for each model, and runs bench_autoconversion on each.
#   bench/conversion_fit.sh OUT_DIR [timesteps=100] [test_images=1000]   (PSNN_BUILD: the build folder)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PSNN_BUILD:-build}
out=$1; T=${2:-100}; N=${3:-1000}
cli=$build/app/privatesnn-cli; bench=$build/bench/bench_autoconversion
mkdir -p "$out"
classes="T-shirt/top,Trouser,Pullover,Dress,Coat,Sandal,Shirt,Sneaker,Bag,Ankle boot"
[ -f "$out/vgg_bn_maxpool.pt" ] || /usr/bin/python3 bench/models/make_bench_models.py "$out" --epochs 3
for m in vgg_bn_maxpool paper_avgpool; do
  [ -f "$out/$m.psnn" ] || $cli import "$out/$m.pt" "$out/$m.psnn" --input-shape 1x28x28 --mean 0.2860 --std 0.3530 --classes "$classes"
done
run() { # name model data mode
  [ -f "$out/$1.bin" ] || $cli synthesize --model "$2" --out "$out/$1.bin" --images-per-class 50 --iterations 200 --synth-lr 0.05
  $bench "$4" "$2" "$out/$1.bin" "$3" "$T" "$N" 2>/dev/null | grep -v '^convert\|^evaluate' | tee "$out/$1-$4-T$T.txt"
}
run demo resources/models/fmnist-demo.psnn fashion-mnist search
run paper "$out/paper_avgpool.psnn" fashion-mnist search
run vgg "$out/vgg_bn_maxpool.psnn" fashion-mnist search
run cifar resources/models/cifar10-vgg-small.psnn cifar10 search
run demo resources/models/fmnist-demo.psnn fashion-mnist grid
