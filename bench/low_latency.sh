#!/usr/bin/env bash
# The low-latency benchmark (bench/RESULTS.md, "Low-latency SNNs that save energy"): on the demo
# model, converts at several T with percentile and quantisation-aware thresholds, encrypts each
# at its T (3 epochs unless given, scrambling 8, as the demo), and prints accuracy and energy on 1,000
# Fashion-MNIST test images, both conventions, 45 nm fp32 with neuron updates.
#   bench/low_latency.sh OUT_DIR   (PSNN_BUILD: the build folder)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PSNN_BUILD:-build}
out=$1
cli=$build/app/privatesnn-cli
ann=resources/models/fmnist-demo.psnn
mkdir -p "$out"
[ -f "$out/synthetic.bin" ] || $cli synthesize --model $ann --out "$out/synthetic.bin" --images-per-class 50 --iterations 200 --synth-lr 0.05
row() { # name T coding threshold-rule [encrypt options...]
  local name=$1 T=$2 coding=$3 rule=$4; shift 4
  [ $# -gt 0 ] || set -- --epochs 3
  [ -f "$out/$name-conv.psnn" ] || $cli convert --model $ann --synthetic "$out/synthetic.bin" --out "$out/$name-conv.psnn" \
    --timesteps "$T" --coding "$coding" --signed-spikes on --initial-membrane 0.5 --percentile 99 --threshold-rule "$rule" >/dev/null 2>&1
  $cli encrypt --snn "$out/$name-conv.psnn" --ann $ann --synthetic "$out/synthetic.bin" --out "$out/$name.psnn" \
    --train-timesteps "$T" --scramble 8 --deploy-timesteps train "$@" >/dev/null 2>&1
  for m in "$name-conv" "$name"; do
    echo "== $m ($coding, $rule thresholds, T = $T${*:+, $*})"
    $cli energy --snn "$out/$m.psnn" --data fashion-mnist --limit 1000 2>/dev/null | grep -E '^accuracy|per inference|per timestep \('
  done
}
for T in 8 16 32; do
  row "direct-p99-T$T" "$T" direct percentile
  row "direct-quant-T$T" "$T" direct quantized
done
row pixels-p99-T16 16 poisson-pixel percentile
row direct-p99-T16-spikes1 16 direct percentile --encrypt-lr 1e-3 --epochs 6 --spike-weight 1
