#!/usr/bin/env bash
# Latency quiet and with one core taken by a spinning process, per device and for ONNX
# Runtime (CPU) as a peer: how much a busy machine moves the figures. Rounds interleave
# quiet and contended runs; each line gives the median over the rounds of each run's
# median, and contended / quiet.
#
#   bench/contention.sh MODEL.onnx [NAME=D0,D1,...] [DEVICES] [THREADS] [ITERS] [ROUNDS]
#
# DEVICES: comma-separated, default host,onednn,xnnpack; "ort" adds ONNX Runtime
# (installed from npm into bench/ort/node_modules, git-ignored, as compare_ort.sh does).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
model=$1 shape=${2:-} devices=${3:-host,onednn,xnnpack,ort} threads=${4:-$(nproc)} iters=${5:-15} rounds=${6:-3}
fusebox="$root/build/app/fusebox"
shape_args=()
[ -n "$shape" ] && shape_args=(--shape "$shape")

if [[ ",$devices," == *,ort,* ]] && [ ! -d "$root/bench/ort/node_modules/onnxruntime-node" ]; then
    (cd "$root/bench/ort" && npm install --ignore-scripts --no-audit --no-fund >/dev/null)
fi

# One run's median in ms on stdout.
median_of() {
    local device=$1
    if [ "$device" = ort ]; then
        node "$root/bench/ort/ort_latency.js" "$model" ${shape:+--shape "$shape"} --threads "$threads" --iters "$iters" --warmup 3 |
            node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).median_ms)'
    else
        "$fusebox" run "$model" --device "$device" "${shape_args[@]}" --threads "$threads" --iters "$iters" --warmup 3 --json |
            node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).median_ms)'
    fi
}

spinner=""
start_spinner() { bash -c 'while :; do :; done' & spinner=$!; }
stop_spinner() { [ -n "$spinner" ] && kill "$spinner" 2>/dev/null; wait "$spinner" 2>/dev/null || true; spinner=""; }
trap stop_spinner EXIT

declare -A quiet contended
for round in $(seq "$rounds"); do
    for device in ${devices//,/ }; do
        quiet[$device]+="$(median_of "$device") "
        start_spinner
        contended[$device]+="$(median_of "$device") "
        stop_spinner
    done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
printf '%-10s %12s %12s %8s   %s\n' device "quiet ms" "busy ms" ratio "rounds (quiet | busy)"
for device in ${devices//,/ }; do
    q=$(echo "${quiet[$device]}" | median) c=$(echo "${contended[$device]}" | median)
    printf '%-10s %12.3f %12.3f %8.2f   %s| %s\n' "$device" "$q" "$c" "$(awk -v c="$c" -v q="$q" 'BEGIN {print c / q}')" "${quiet[$device]}" "${contended[$device]}"
done
