#!/usr/bin/env bash
# Sets up, builds and runs the main job on the bundled sample model: inspect it,
# partition it with the bundled config, profile it on host and on every device built
# here (a few iterations, into build/sample-profiles.sqlite), then open the studio on it.
# Without a display the studio says so and how to run it, and this script renders the
# comparison of the profiled runs as a screenshot instead.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="${FUSEBOX_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh"
fusebox="$build/app/fusebox"
model="$build/samples/residual_convnet.onnx"
config="$root/resources/configs/residual_convnet.toml"
"$fusebox" inspect "$model"
echo
"$fusebox" partition "$model" --config "$config"
echo

# Every device `fusebox devices` says can run here, besides host (the baseline).
devices=$("$fusebox" devices | awk 'NR > 1 && $1 != "host" && $5 == "yes:" { print $1 }' | paste -sd, -)
db="$build/sample-profiles.sqlite"
rm -f "$db" "$db-wal" "$db-shm" # a fresh comparison each time: runs 1..N
"$fusebox" profile "$model" --config "$config" --devices "host${devices:+,$devices}" --iters 5 --warmup 1 --db "$db"
runs=$("$fusebox" runs --db "$db" | awk 'NR > 1 && $3 == "complete" { print $1 }' | sort -n | paste -sd, -)
echo

# Profile it on host, oneDNN and XNNPACK into a fresh database, for the compare view.
db="$build/sample-profiles.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
"$build/app/fusebox" profile "$model" --config "$config" --devices onednn,xnnpack --db "$db" --iters 5
runs=$("$build/app/fusebox" runs --db "$db" | awk 'NR > 1 && $3 == "complete" { print $1 }' | sort -n | paste -sd, -)
echo

studio="$build/app/studio/fusebox-studio"
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    exec "$studio" "$model" --config "$config" --db "$db" --view compare --runs "$runs"
fi
"$studio" "$model" --config "$config" || true # explains the missing display
shot="$build/studio-sample.png"
"$studio" --screenshot "$shot" "$model" --config "$config"
echo "Wrote a screenshot of the studio on the sample: $shot"
compare="$build/studio-sample-compare.png"
"$studio" --screenshot "$compare" "$model" --config "$config" --db "$db" --view compare --runs "$runs"
echo "Wrote the compare view of runs $runs: $compare"
