#pragma once

#include "partition/partition_plan.h"

#include <string>

namespace fusebox {

// The plan as one JSON object (see docs/format-plan.md); byte-identical for the same
// plan: keys in a fixed order, nodes and tensors by name.
std::string planToJson(const Graph& graph, const PartitionPlan& plan);

} // namespace fusebox
