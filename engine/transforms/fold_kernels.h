#pragma once
// Small reference evaluators for the ops constant folding understands. They follow the
// ONNX operator definitions and refuse (return nullopt) whatever they cannot evaluate
// exactly: unknown types, inconsistent sizes, out-of-range indices, oversized results.

#include "ir/graph.h"
#include "ir/tensor_data.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace fusebox {

// A kernel never allocates a result larger than this, so folding cannot blow up memory
// (ConstantOfShape of a huge shape, Expand, Range ...). Constant and Identity return
// data that already exists and are not limited.
inline constexpr std::size_t kMaxFoldedBytes = std::size_t(64) * 1024 * 1024;

// One entry per node input; nullptr for an omitted optional input.
using FoldInputs = std::vector<const TensorData*>;

// Evaluates a default-domain node whose inputs are all constant. Returns one TensorData
// per node output, or nullopt when the node cannot (or should not) be folded. Never
// throws and never crashes on malformed input.
std::optional<std::vector<TensorData>> evaluateConstantNode(const Node& node, const FoldInputs& inputs);

// The result of a `Shape` node whose input has the static `dims` (honours the opset-15
// `start`/`end` attributes). Used for non-constant inputs with a static shape.
std::optional<TensorData> evaluateShape(const Node& shapeNode, const std::vector<int64_t>& dims);

// Whether a kernel exists for this default-domain op type.
bool hasFoldKernel(std::string_view opType);

} // namespace fusebox
