#!/usr/bin/env bash
# Sets up, builds and runs the main job on the bundled sample model: inspect it, then
# partition it with the bundled config.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="${FUSEBOX_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh"
model="$build/samples/residual_convnet.onnx"
"$build/app/fusebox" inspect "$model"
echo
"$build/app/fusebox" partition "$model" --config "$root/resources/configs/residual_convnet.toml"
