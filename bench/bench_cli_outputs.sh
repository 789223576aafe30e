#!/usr/bin/env bash
# Wall time of `fusebox partition` on generated chain models, plain and with each output
# (--json, --dot, -o), interleaved round by round so the machine's noise hits all alike.
# Prints the median of ROUNDS per variant and its ratio to the plain command.
#
#   bench/bench_cli_outputs.sh [NODES] [ROUNDS]      (defaults: 100000 5)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
nodes=${1:-100000} rounds=${2:-5}
build="${FUSEBOX_BUILD_DIR:-$root/build}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$build/bench/bench_writers" --runs 1 --keep "$work" "$nodes" >/dev/null
model="$work/chain_$nodes.onnx"
printf '[partition]\ntargets = ["xnnpack"]\n' > "$work/config.toml"

declare -A extra=([plain]="" [json]="--json" [dot]="--dot $work/plan.dot" [onnx]="-o $work/plan.onnx")
variants=(plain json dot onnx)
declare -A times
for ((round = 0; round < rounds; ++round)); do
    for variant in "${variants[@]}"; do
        start=$(date +%s.%N)
        # shellcheck disable=SC2086
        "$build/app/fusebox" partition "$model" --config "$work/config.toml" ${extra[$variant]} >/dev/null
        times[$variant]+="$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.3f", b - a}') "
    done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
plain=$(echo "${times[plain]}" | median)
for variant in "${variants[@]}"; do
    m=$(echo "${times[$variant]}" | median)
    printf '%-6s %8d nodes  median %7.2f s  x%.2f of plain  (runs: %s)\n' "$variant" "$nodes" "$m" \
        "$(awk -v a="$m" -v b="$plain" 'BEGIN {print a / b}')" "${times[$variant]% }"
done
