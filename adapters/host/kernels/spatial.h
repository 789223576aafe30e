#pragma once
// Window geometry shared by convolution, transposed convolution and pooling: kernel
// sizes, strides, dilations and begin/end pads per spatial axis, from the ONNX
// attributes (auto_pad included).

#include "kernel_util.h"

#include <vector>

namespace fusebox::host {

struct Window {
    std::vector<int64_t> kernel, strides, dilations, padBegin, padEnd;
    std::size_t rank() const { return kernel.size(); }
};

// Reads kernel_shape (or `kernelFallback`), strides, dilations, pads and auto_pad for
// an input with `spatial` dims; fills padBegin/padEnd (auto_pad resolved).
Result<Window> readWindow(const KernelContext& ctx, const std::vector<int64_t>& spatial,
                          const std::vector<int64_t>& kernelFallback);

// Output size along one axis; ceil_mode rounds up (a window must start inside the
// padded-begin input, as ONNX Runtime does).
int64_t windowOutputSize(int64_t input, const Window& w, std::size_t axis, bool ceilMode);

} // namespace fusebox::host
