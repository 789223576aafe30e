#!/usr/bin/env bash
# Makes the seed corpora of the fuzz targets (tests/fuzz) in DIR (default
# build-fuzz/fuzz/corpus), one folder per target, from the sample models, the shipped
# configs and profiles, tensor files and a profile database written by the CLI.
# Nothing here is committed: everything is copied or generated. Safe to run again.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out="${1:-$root/build-fuzz/fuzz/corpus}"
build="${FUSEBOX_BUILD_DIR:-$root/build}"        # the Release build: CLI and samples
shared="${FUSEBOX_SHARED_MODELS:-$root/../shared/models}"
testdata=/usr/share/libonnx-testdata/data/node   # Debian's libonnx-testdata
fusebox="$build/app/fusebox"
max_seed_bytes=$((1 << 20))                      # larger seeds slow every mutation down

rm -rf "$out"
for target in onnx_import partition_config device_profile paddle_config npy tensor_pb profile_store; do
    mkdir -p "$out/fuzz_$target"
done

# Copies each FILE no larger than max_seed_bytes into DIR, named by its path so
# same-named files (model.onnx, input_0.pb) do not overwrite each other.
seed() {
    local dir=$1; shift
    local file
    for file in "$@"; do
        [ -f "$file" ] || continue
        [ "$(stat -c %s "$file")" -le "$max_seed_bytes" ] || continue
        cp "$file" "$dir/$(echo "${file#/}" | tr '/' '_')"
    done
}

seed "$out/fuzz_onnx_import" "$build"/samples/*.onnx "$shared"/*.onnx "$root"/.models/paddleocr/*.onnx \
    "$testdata"/*/model.onnx
seed "$out/fuzz_partition_config" "$root"/resources/configs/*.toml
seed "$out/fuzz_device_profile" "$root"/profiles/*.toml
seed "$out/fuzz_tensor_pb" "$shared"/*.pb "$testdata"/test_[a-c]*/test_data_set_0/*.pb

# Paddle Lite subgraph partition files: op_type:inputs:outputs, one record a line.
printf 'conv2d::\nrelu:conv1_out:\n' >"$out/fuzz_paddle_config/ops.txt"
printf '# keep the head on the CPU\r\nelementwise_add:x,y:out\r\n\r\nsoftmax::logits\r\n' >"$out/fuzz_paddle_config/tensors.txt"
printf 'matmul_v2:a,b:c\npool2d::pool_out\nbatch_norm:bn_in:bn_out,bn_mean\n' >"$out/fuzz_paddle_config/mixed.txt"

if [ -x "$fusebox" ] && [ -f "$build/samples/residual_convnet.onnx" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    "$fusebox" run "$build/samples/residual_convnet.onnx" --device host --iters 1 --warmup 0 \
        --output-dir "$work/outputs" >/dev/null
    seed "$out/fuzz_npy" "$work"/outputs/*.npy
    "$fusebox" profile "$build/samples/residual_convnet.onnx" --config "$root/resources/configs/residual_convnet.toml" \
        --devices host --iters 1 --warmup 0 --db "$work/profiles.sqlite" >/dev/null 2>&1
    seed "$out/fuzz_profile_store" "$work/profiles.sqlite"
else
    echo "fuzz-corpus: no $fusebox (build it first: scripts/setup.sh); the .npy and database corpora start empty" >&2
fi

for dir in "$out"/*; do
    echo "fuzz-corpus: $(basename "$dir"): $(find "$dir" -type f | wc -l) seeds"
done
