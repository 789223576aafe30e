#pragma once
// The partitioner: capability -> assignment -> cycle-safe fusion -> post-passes -> plan.

#include "config/partition_config.h"
#include "devices/device_profile.h"
#include "partition/partition_plan.h"

#include <vector>

namespace fusebox {

// Partitions `graph` (shapes inferred, constants folded) by `config` with the devices
// described by `profiles`. Deterministic: the same input gives the same plan.
Result<PartitionPlan> partitionGraph(const Graph& graph, const PartitionConfig& config,
                                     const std::vector<DeviceProfile>& profiles);

// Why `node` and its neighbours on the same device ended in different subgraphs
// (cycle guard with the path, min_subgraph_size, max_subgraphs, group).
std::vector<SplitExplanation> explainSplits(const Graph& graph, const PartitionPlan& plan, NodeId node);

} // namespace fusebox
