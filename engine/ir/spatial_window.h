#pragma once
// Window geometry of convolution and pooling nodes from their ONNX attributes: kernel
// sizes, strides, dilations and begin/end pads per spatial axis, auto_pad resolved. One
// home for the host kernels and every adapter that lowers these ops.

#include "core/result.h"
#include "ir/graph.h"

#include <cstdint>
#include <vector>

namespace fusebox {

struct SpatialWindow {
    std::vector<int64_t> kernel, strides, dilations, padBegin, padEnd; // ONNX terms (dilation 1 = dense)
    std::size_t rank() const { return kernel.size(); }
};

// Reads kernel_shape (or `kernelFallback`, e.g. the weights' spatial dims), strides,
// dilations, pads and auto_pad of `node` for an input with `spatial` dims. Errors start
// with the op type and node name.
Result<SpatialWindow> readSpatialWindow(const Node& node, const std::vector<int64_t>& spatial,
                                        const std::vector<int64_t>& kernelFallback);

// Output size along one axis (0 when the window does not fit); ceil_mode rounds up, but a
// window must start inside the input or its begin padding, as ONNX Runtime does.
int64_t windowOutputSize(int64_t input, const SpatialWindow& window, std::size_t axis, bool ceilMode);

} // namespace fusebox
