#pragma once
// Step 3 of partitioning: fuse nodes of the same device into subgraphs that never form
// a cycle in the graph of subgraphs.
//
// The nodes are scheduled in a topological order that keeps running the current device
// for as long as it has ready nodes, runs ready host nodes when it has none, and only
// then starts the device with the lowest ready node id. Every maximal run of one device
// in that order becomes a subgraph candidate: a contiguous stretch of a topological
// order is convex (no path leaves it and comes back), so the subgraph graph is acyclic by
// construction. A run is then split into its weakly connected components, which are
// convex too and have no paths between them. Explicit groups are contracted into one
// scheduling unit first, after checking they are convex themselves.

#include "partition/device_table.h"
#include "partition/partition_plan.h"

#include <vector>

namespace fusebox {

struct FusedSubgraph {
    DeviceIndex device = kHostIndex;
    int group = -1;            // index of the explicit group it realises, -1 if none
    std::vector<NodeId> nodes; // in execution order
};

struct Fusion {
    std::vector<FusedSubgraph> subgraphs; // in execution order
    std::vector<PlanStep> order;          // subgraph indices and host nodes
};

// `device` and `group` are indexed by NodeId (group -1: none). Fails with the offending
// path when a group cannot be one subgraph.
Result<Fusion> fuseSubgraphs(const Graph& graph, const std::vector<DeviceIndex>& device, const std::vector<int>& group,
                             const std::vector<std::string>& groupNames);

} // namespace fusebox
