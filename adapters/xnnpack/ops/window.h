#pragma once
// The 2-D window of a convolution or pooling node: kernel, strides, dilations and the
// explicit padding XNNPACK wants (auto_pad resolved from the static shapes).

#include "core/result.h"
#include "ir/graph.h"

#include <cstdint>
#include <vector>

namespace fusebox::xnnpack {

struct Window2d {
    uint32_t kernelH = 1, kernelW = 1;
    uint32_t strideH = 1, strideW = 1;
    uint32_t dilationH = 1, dilationW = 1;
    uint32_t top = 0, left = 0, bottom = 0, right = 0;
};

// `kernel` from the weights (Conv) or kernel_shape (pooling); `inputDims` NCHW.
Result<Window2d> windowOf(const Node& node, const std::vector<int64_t>& kernel, const std::vector<int64_t>& inputDims);

// Whether the node's 2-D attributes (kernel_shape, strides, dilations, pads) have two
// spatial entries each and non-negative pads: what windowOf can turn into XNNPACK's form.
bool isPlain2d(const Node& node);

} // namespace fusebox::xnnpack
