#!/usr/bin/env bash
# Engine BPTT and inversion against bench/bptt_reference.py, in pairs run one after the other, for
# the demo and the VGG at T = 16 (3 runs) and T = 100 (1 run). Output: one line per pair.
# (PSNN_BUILD: the build folder.) Quiet machine: both cores are used.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PSNN_BUILD:-build}
ninja -C "$build" bench_bptt >/dev/null
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for T in 16 100; do for m in fmnist-demo cifar10-vgg-small; do
  reps=3; steps=3; [ $T = 100 ] && reps=1 steps=1
  for r in $(seq $reps); do
    e=$("$build/bench/bench_bptt" resources/models/$m.psnn $T 32 $steps "$scratch/p.psnn")
    p=$(/usr/bin/python3 bench/bptt_reference.py "$scratch/p.psnn" $T 32 $steps)
    echo "$m T=$T run $r | $(grep -E '^train|^inversion|^ceiling' <<<"$e" | tr '\n' ' ') | $(grep reference <<<"$p" | tr '\n' ' ') | $(grep check <<<"$e" | cut -d: -f3) / $(grep check <<<"$p" | cut -d: -f3)"
  done
done; done
