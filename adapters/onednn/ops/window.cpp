#include "window.h"

#include "ir/spatial_window.h"

namespace fusebox::onednn {

Dims tail(const Dims& dims, std::size_t count) { return Dims(dims.begin() + static_cast<std::ptrdiff_t>(std::min(count, dims.size())), dims.end()); }

Result<Window> readWindow(const Node& node, const Dims& input, const Dims& kernel, bool ceilMode) {
    auto onnx = readSpatialWindow(node, input, kernel);
    if (!onnx) return onnx.error();
    Window w{onnx->kernel, onnx->strides, {}, onnx->padBegin, {}, {}};
    for (std::size_t i = 0; i < input.size(); ++i) {
        const int64_t out = windowOutputSize(input[i], *onnx, i, ceilMode);
        if (out <= 0) return Error(nodeLabel(node) + ": the window is larger than the padded input");
        // oneDNN wants the end padding that makes its output size come out as ONNX's.
        const int64_t extent = (onnx->kernel[i] - 1) * onnx->dilations[i] + 1;
        w.padEnd.push_back((out - 1) * onnx->strides[i] + extent - input[i] - onnx->padBegin[i]);
        w.output.push_back(out);
        w.dilations.push_back(onnx->dilations[i] - 1); // oneDNN counts the gaps
    }
    return w;
}

} // namespace fusebox::onednn
