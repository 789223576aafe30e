#!/usr/bin/env bash
# Sets up, builds, fetches the real sample models and runs every test suite, then the
# sanitizer job (scripts/test-sanitizers.sh: the engine-level suites under address and
# undefined-behaviour sanitizers and a short run of each fuzz target).
# FUSEBOX_SKIP_SANITIZERS=1 leaves the sanitizer job out (a quick local run; CI runs it).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="${FUSEBOX_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh"
"$root/scripts/fetch-models.sh"
(
    export QT_QPA_PLATFORM=offscreen
    cd "$build"
    ctest --output-on-failure -j "$(nproc)"
)
if [ "${FUSEBOX_SKIP_SANITIZERS:-0}" != 1 ]; then
    "$root/scripts/test-sanitizers.sh"
fi
