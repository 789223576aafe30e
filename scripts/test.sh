#!/usr/bin/env bash
# Sets up, builds, fetches the real sample models and runs every test suite.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="${FUSEBOX_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh"
"$root/scripts/fetch-models.sh"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure -j "$(nproc)"
