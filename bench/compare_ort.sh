#!/usr/bin/env bash
# Latency of Fusebox and ONNX Runtime (CPU) side by side, same machine, same session,
# same inputs and thread count. Optional: installs onnxruntime-node from npm into
# bench/ort/node_modules (git-ignored) with --ignore-scripts.
#
#   bench/compare_ort.sh MODEL.onnx NAME=D0,D1,... [DEVICES] [THREADS] [ITERS]
#
# DEVICES: comma-separated Fusebox devices, each timed in turn (default host,onednn).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
model=$1 shape=$2 devices=${3:-host,onednn} threads=${4:-2} iters=${5:-10}

if [ ! -d "$root/bench/ort/node_modules/onnxruntime-node" ]; then
    (cd "$root/bench/ort" && npm install --ignore-scripts --no-audit --no-fund >/dev/null)
fi
for device in ${devices//,/ }; do
    echo "fusebox ($device): $("$root/build/app/fusebox" run "$model" --device "$device" --shape "$shape" \
        --threads "$threads" --iters "$iters" --warmup 3 --json | grep -E '"(median|min|max)_ms"' | tr -d ' \n')"
done
echo "onnxruntime (cpu): $(node "$root/bench/ort/ort_latency.js" "$model" --shape "$shape" --threads "$threads" \
    --iters "$iters" --warmup 3)"
