#pragma once
// The boundary of a group of nodes: the non-constant tensors it reads from outside and
// the tensors it produces that are read outside or are graph outputs. Shared by the
// partitioner (device subgraphs) and the executor (runs of host nodes).

#include "partition/partition_plan.h"

#include <vector>

namespace fusebox {

// Fills op.inputs, op.outputs and op.boundaryBytes for the nodes of op.nodes;
// `groupOfNode[node] == group` says which nodes are inside.
void computeBoundary(const Graph& graph, SubgraphOp& op, const std::vector<int>& groupOfNode, int group);

} // namespace fusebox
