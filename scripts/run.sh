#!/usr/bin/env bash
# Sets up, builds and runs the main job on the bundled sample model.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="${FUSEBOX_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh"
"$build/app/fusebox" inspect "$build/samples/residual_convnet.onnx" "$@"
