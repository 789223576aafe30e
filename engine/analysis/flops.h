#pragma once

#include "ir/graph.h"

#include <cstdint>
#include <optional>

namespace fusebox {

// Estimated floating-point operations of one node: 2 x multiply-accumulates for
// Conv, ConvTranspose, Gemm and MatMul; one per output element for every other op.
// nullopt when the shapes it needs are not static.
std::optional<int64_t> estimateFlops(const Graph& graph, const Node& node);

} // namespace fusebox
