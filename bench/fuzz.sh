#!/bin/bash
# Runs every libFuzzer harness of tests/fuzz for RUNS executions (default 10^6), two at a time,
# and prints executions, coverage and findings per harness (the table in bench/RESULTS.md).
#   bench/fuzz.sh [RUNS] [HARNESS...]
# FUZZ_SECONDS=N stops each harness after N seconds as well (for the slow ones).
# Builds build-fuzz (clang-14, ASan + UBSan, -DPSNN_FUZZ=ON) first. The seeds in
# tests/fuzz/<harness>/ are only read; the growing corpus lives in build-fuzz/corpus/<harness>/
# and crashes in build-fuzz/findings/<harness>/. A crash found here is copied beside the seeds
# (tests/fuzz/<harness>/crash-*) once fixed, so that CI replays it for ever.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000000}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(gzip idx cifar datasettree psnn synthetic workspace energy onnx report)

if ! command -v clang++-14 >/dev/null || [ ! -f /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a ]; then
  sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y clang-14 libfuzzer-14-dev
fi
if [ ! -f build-fuzz/CMakeCache.txt ]; then
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DPSNN_FUZZ=ON \
    -DPSNN_BUILD_TESTS=OFF -DPSNN_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=Release
fi
ninja -C build-fuzz fuzz_all

export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 OMP_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE
export QT_QPA_PLATFORM=offscreen PSNN_RESOURCES=$PWD/resources
run_one() {
  local h=$1 log=build-fuzz/logs/$1.log
  mkdir -p "build-fuzz/corpus/$h" "build-fuzz/findings/$h" build-fuzz/logs
  # -rss_limit_mb: a parser that allocates past 2 GiB for a small input is a finding too.
  build-fuzz/tests/fuzz/fuzz_$h -runs="$runs" -max_total_time="${FUZZ_SECONDS:-0}" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="build-fuzz/findings/$h/" "build-fuzz/corpus/$h" "tests/fuzz/$h" >"$log" 2>&1 || true
}
export -f run_one
export runs FUZZ_SECONDS
printf '%s\n' "${harnesses[@]}" | xargs -P 2 -I{} bash -c 'run_one {}'

printf '%-12s %12s %8s %8s %10s %s\n' harness executions cov ft exec/s findings
for h in "${harnesses[@]}"; do
  log=build-fuzz/logs/$h.log
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}')
  rate=$(grep -o 'stat::average_exec_per_sec: [0-9]*' "$log" | awk '{print $2}' || true)
  last=$(grep -E '(DONE|pulse|NEW|REDUCE) +cov:' "$log" | tail -1)
  cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$last")
  findings=$(ls "build-fuzz/findings/$h" | wc -l)
  printf '%-12s %12s %8s %8s %10s %s\n' "$h" "${execs:-crashed}" "$cov" "$ft" "${rate:-?}" "$findings"
done
