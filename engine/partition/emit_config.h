#pragma once

#include "config/partition_config.h"
#include "partition/partition_plan.h"

namespace fusebox {

// A config that reproduces `plan`'s exact assignment, ready to edit by hand: the
// original's model shapes, targets, device settings and groups, plus one rule per device
// listing its nodes by name (host included), with min_subgraph_size 1 and no limit.
PartitionConfig configForPlan(const Graph& graph, const PartitionPlan& plan, const PartitionConfig& original);

// A glob that matches exactly `name` ('*', '?' and '[' wrapped in a set).
std::string escapeGlob(const std::string& name);

} // namespace fusebox
