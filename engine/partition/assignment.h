#pragma once
// Step 2 of partitioning: which device runs each node. Config rules first (last match
// wins), then the first target that accepts the node, host as the fallback.

#include "config/partition_config.h"
#include "partition/device_table.h"
#include "partition/partition_plan.h"

#include <map>
#include <string>
#include <vector>

namespace fusebox {

inline constexpr int kNoGroup = -1;

struct Assignment {
    std::vector<DeviceIndex> device;     // by NodeId; kHostIndex for host
    std::vector<int> group;              // by NodeId; index into groupNames or kNoGroup
    std::vector<std::string> groupNames; // in order of first appearance in the config
    std::map<NodeId, NodeDecision> decisions;
};

// Fails when a group's nodes end on different devices or on host.
Result<Assignment> assignDevices(const Graph& graph, const PartitionConfig& config, const DeviceTable& devices);

} // namespace fusebox
