#pragma once

#include "core/result.h"
#include "ir/graph.h"

#include <string>
#include <vector>

namespace fusebox {

// Folds nodes whose inputs are all constant (Constant, ConstantOfShape, and chains of
// shape arithmetic such as Shape -> Gather -> Unsqueeze -> Concat), and Shape of a value
// with a static shape, into constant values. A folded node is removed; its output
// values keep their names and ids and gain `constant` data, so consumers are untouched.
struct FoldResult {
    std::vector<std::string> foldedNodes; // names, in the order they were folded
};

Result<FoldResult> foldConstants(Graph& graph);

} // namespace fusebox
