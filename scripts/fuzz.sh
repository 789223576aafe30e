#!/usr/bin/env bash
# Builds the fuzz targets (tests/fuzz) with address and undefined-behaviour sanitizers,
# makes their seed corpora and runs each for SECONDS (default 60). Prints, per target,
# the executions, executions per second and whether it found a crash, a leak or a hang;
# exits 1 when any did. The build is build-fuzz (clang, FUSEBOX_FUZZ, only the engine and
# the targets). Inputs it finds are kept in build-fuzz/fuzz/found/TARGET (the next run
# starts from them), reproducers in build-fuzz/fuzz/findings/TARGET, logs in build-fuzz/fuzz/logs.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds="${1:-60}"
build="${FUSEBOX_FUZZ_BUILD_DIR:-$root/build-fuzz}"

"$root/scripts/setup.sh" --sanitizers # clang, libFuzzer; the Release CLI that writes some seeds
# -O1: the sanitizers' usual level. Tests off: the targets need neither Qt Test nor the suites.
cmake -G Ninja -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" -DFUSEBOX_FUZZ=ON -DFUSEBOX_SANITIZERS=address,undefined \
    -DFUSEBOX_BUILD_TESTS=OFF -DFUSEBOX_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target fuzz_targets
"$root/scripts/fuzz-corpus.sh" "$build/fuzz/corpus" >/dev/null

# Most targets write each input to a file first: in memory, not on a busy disk.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-}:print_stacktrace=1"
failed=0
for binary in $(find "$build/tests/fuzz" -maxdepth 1 -type f -executable -name 'fuzz_*' | sort); do
    target=$(basename "$binary")
    found="$build/fuzz/found/$target" findings="$build/fuzz/findings/$target" log="$build/fuzz/logs/$target.log"
    mkdir -p "$found" "$findings" "$(dirname "$log")"
    status=0
    "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$findings/" "$found" "$build/fuzz/corpus/$target" >"$log" 2>&1 || status=$?
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    if [ "$status" -eq 0 ]; then
        verdict="no crash"
    else
        verdict="FOUND a problem (exit $status): $(grep -m1 -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" || echo "see $log")"
        failed=1
    fi
    printf '%-22s %12s executions %8s exec/s  %s\n' "$target" "${executions:-?}" "${rate:-?}" "$verdict"
done
if [ "$failed" -ne 0 ]; then
    echo "fuzz: reproducers are in $build/fuzz/findings; replay one with: $build/tests/fuzz/TARGET FILE" >&2
fi
exit "$failed"
