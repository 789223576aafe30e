#!/usr/bin/env bash
# Sets up, builds and runs the main job on the bundled sample model: inspect it,
# partition it with the bundled config, then open it in the studio. Without a display
# the studio says so and how to run it, and this script renders a screenshot instead.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="${FUSEBOX_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh"
model="$build/samples/residual_convnet.onnx"
config="$root/resources/configs/residual_convnet.toml"
"$build/app/fusebox" inspect "$model"
echo
"$build/app/fusebox" partition "$model" --config "$config"
echo

studio="$build/app/studio/fusebox-studio"
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    exec "$studio" "$model" --config "$config"
fi
"$studio" "$model" --config "$config" || true # explains the missing display
shot="$build/studio-sample.png"
"$studio" --screenshot "$shot" "$model" --config "$config"
echo "Wrote a screenshot of the studio on the sample: $shot"
