#pragma once
// The ops whose result needs no kernel: a Constant node's tensor and the dims a Shape
// node reports. One home for both, used by constant folding (also when no host adapter
// is built in) and by the host kernels.

#include "core/result.h"
#include "ir/attribute.h"
#include "ir/tensor_data.h"

#include <cstdint>
#include <vector>

namespace fusebox {

// The tensor of a Constant node from its `value`, `value_float(s)` or `value_int(s)`
// attribute. Sparse and string values are refused: the IR keeps no string contents.
Result<TensorData> constantNodeValue(const Attributes& attributes);

// What Shape returns for an input of `dims`: the slice [start, end) that the opset-15
// attributes select, clamped like Slice.
std::vector<int64_t> shapeOpResult(const Attributes& attributes, const std::vector<int64_t>& dims);

} // namespace fusebox
