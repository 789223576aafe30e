#pragma once

#include "partition/partition_plan.h"

#include <string>

namespace fusebox {

// Graphviz DOT: one cluster per subgraph, one colour per device, host nodes outside
// any cluster. Constants and weights are left out to keep the picture readable.
std::string planToDot(const Graph& graph, const PartitionPlan& plan);

// A fixed, readable colour for each device name (host is grey).
std::string deviceColor(const std::string& device);

} // namespace fusebox
