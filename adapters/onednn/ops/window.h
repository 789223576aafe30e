#pragma once
// Window geometry of convolution and pooling from the ONNX attributes (auto_pad
// included), in oneDNN's terms: dilations count the gaps (ONNX dilation - 1), and the
// end padding is whatever makes the output size come out as ONNX computes it.

#include "ir/graph.h"
#include "net_builder.h"

namespace fusebox::onednn {

struct Window {
    Dims kernel, strides, dilations, padBegin, padEnd; // dilations in oneDNN's terms
    Dims output;                                         // spatial output sizes
};

// `input` and `kernel`: spatial sizes. `ceilMode` for pooling.
Result<Window> readWindow(const Node& node, const Dims& input, const Dims& kernel, bool ceilMode);

// Dims with `count` leading axes dropped (the spatial part of NC... dims).
Dims tail(const Dims& dims, std::size_t count);

} // namespace fusebox::onednn
