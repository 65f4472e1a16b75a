#!/usr/bin/env bash
# The speed table of bench/RESULTS.md ("Simulation and training through time", issue 17) in one
# command: simulation (dense and automatic propagation) for each network, T and coding; BPTT and
# scenario-2 inversion against the PyTorch reference (bench/bptt_reference.py, run in the same
# script); every figure's share of the dense ceiling measured in the same process; then the
# event-driven crossover per layer.
#   bench/run.sh [quick]   (PSNN_BUILD: the build folder; quick: T = 4 and 16 only, fewer images)
# Run it on a quiet machine: both cores are used, and anything else running halves the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PSNN_BUILD:-build}
ninja -C "$build" bench_simulation bench_bptt bench_eventdriven >/dev/null
quick=${1:-}
steps_list="4 16 100"
[ "$quick" = quick ] && steps_list="4 16"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(grep -qw avx512f /proc/cpuinfo && echo AVX-512 || echo AVX2); $(date -u +%F)"

echo
echo "| network | T | coding | dense image-steps/s | share of ceiling | automatic image-steps/s | share | ceiling GFLOP/s |"
echo "|---|---|---|---|---|---|---|---|"
for net in demo vgg; do
  if [ $net = demo ]; then model=resources/models/fmnist-demo.psnn data=fashion-mnist images=256
  else model=resources/models/cifar10-vgg-small.psnn data=cifar10 images=128; fi
  [ "$quick" = quick ] && images=$((images / 4))
  for T in $steps_list; do
    for coding in poisson direct; do
      out=$("$build/bench/bench_simulation" $images "$T" $model $data $coding)
      # image-steps/s and share of the ceiling, from the engine rows of bench_simulation's table
      row() { grep "^| block simulation, $1" <<<"$out" | awk -F'|' '{gsub(/ /, "", $4); gsub(/ /, "", $6); printf "%s | %s", $4, $6}'; }
      ceiling=$(sed -n 's/^ceiling: \([0-9.]*\) GFLOP.*/\1/p' <<<"$out")
      echo "| $net | $T | $coding | $(row dense) | $(row automatic) | $ceiling |"
    done
  done
done

echo
echo "| network | T | batch | engine BPTT image-steps/s | share | PyTorch reference | ratio | engine inversion image-steps/s | share | reference | ratio | peak RSS MiB | outputs agree |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for net in demo vgg; do
  if [ $net = demo ]; then model=resources/models/fmnist-demo.psnn; else model=resources/models/cifar10-vgg-small.psnn; fi
  for T in $steps_list; do
    batch=32 steps=3
    [ "$T" -ge 100 ] && steps=1
    out=$("$build/bench/bench_bptt" $model "$T" $batch $steps "$scratch/snn.psnn")
    ref=$(/usr/bin/python3 bench/bptt_reference.py "$scratch/snn.psnn" "$T" $batch $steps)
    train=$(sed -n 's/^train (BPTT): \([0-9.]*\) image-steps\/s, \([0-9]*\)%.*/\1 \2/p' <<<"$out")
    inv=$(sed -n 's/^inversion: \([0-9.]*\) image-steps\/s, \([0-9]*\)%.*/\1 \2/p' <<<"$out")
    rss=$(sed -n 's/.*peak RSS \([0-9]*\) MiB/\1/p' <<<"$out")
    rtrain=$(sed -n 's/^reference train (BPTT): \([0-9.]*\).*/\1/p' <<<"$ref")
    rinv=$(sed -n 's/^reference inversion: \([0-9.]*\).*/\1/p' <<<"$ref")
    # The same network: the direct-coding outputs of both agree to 1e-3 (summation order).
    agree=$(paste <(grep '^check' <<<"$out" | awk -F': ' '{print $3}' | tr ' ' '\n') \
                  <(grep '^check' <<<"$ref" | awk -F': ' '{print $3}' | tr ' ' '\n') |
            awk 'BEGIN{ok="yes"; n=0} {n++; d=$1-$2; if (d<0) d=-d; if (d>1e-3) ok="no"} END{print (n==3 ? ok : "no")}')
    set -- $train; et=$1 es=$2
    set -- $inv; ei=$1 eis=$2
    echo "| $net | $T | $batch | $et | $es % | $rtrain | $(awk "BEGIN{printf \"%.2fx\", $et/$rtrain}") | $ei | $eis % | $rinv | $(awk "BEGIN{printf \"%.2fx\", $ei/$rinv}") | $rss | $agree |"
  done
done

echo
for model in resources/models/fmnist-demo.psnn resources/models/cifar10-vgg-small.psnn; do
  data=fashion-mnist; [[ $model == *cifar* ]] && data=cifar10
  "$build/bench/bench_eventdriven" $model 0 $data
  echo
done
