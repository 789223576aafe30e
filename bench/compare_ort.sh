#!/usr/bin/env bash
# Latency of Fusebox and ONNX Runtime (CPU) side by side, same machine, same session,
# same inputs and thread count. Optional: installs onnxruntime-node from npm into
# bench/ort/node_modules (git-ignored) with --ignore-scripts.
#
#   bench/compare_ort.sh MODEL.onnx NAME=D0,D1,... [DEVICES] [THREADS] [ITERS]
#
# DEVICES is one device or a comma-separated list (host,xnnpack): each runs with
# targets = [DEVICE] and prints its latency and its number of subgraphs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
model=$1 shape=$2 devices=${3:-host,onednn,xnnpack} threads=${4:-2} iters=${5:-10}

if [ ! -d "$root/bench/ort/node_modules/onnxruntime-node" ]; then
    (cd "$root/bench/ort" && npm install --ignore-scripts --no-audit --no-fund >/dev/null)
fi
summary='const j = JSON.parse(require("fs").readFileSync(0));
console.log(JSON.stringify({median_ms: j.median_ms, min_ms: j.min_ms, max_ms: j.max_ms, subgraphs: j.subgraphs.length}))'
for device in ${devices//,/ }; do
    echo "fusebox ($device): $("$root/build/app/fusebox" run "$model" --device "$device" --shape "$shape" \
        --threads "$threads" --iters "$iters" --warmup 3 --json | node -e "$summary")"
done
echo "onnxruntime (cpu): $(node "$root/bench/ort/ort_latency.js" "$model" --shape "$shape" --threads "$threads" \
    --iters "$iters" --warmup 3)"
