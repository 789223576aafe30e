#pragma once
// Tensor layouts at subgraph boundaries. The graph's own layout is NCHW (ONNX); a
// subgraph whose data attributes say NHWC gets and gives its rank-4 tensors as NHWC.

#include "runtime/tensor.h"

#include <string_view>

namespace fusebox {

enum class Layout { NCHW, NHWC };

// "NHWC" -> NHWC; anything else ("NCHW", "auto", "") -> NCHW.
Layout layoutFromName(std::string_view name);

// Only rank-4 tensors carry a layout; every other tensor is the same in both.
inline bool hasLayout(const Tensor& tensor) { return tensor.rank() == 4; }

// A copy of a rank-4 tensor permuted from one layout to the other (any element type).
Tensor convertLayout(const Tensor& tensor, Layout from, Layout to);

} // namespace fusebox
