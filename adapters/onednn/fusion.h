#pragma once
// Which nodes of a subgraph become one oneDNN primitive: an anchor (convolution, matmul,
// binary) absorbs a following BatchNormalization (folded into a convolution's weights)
// and a chain of elementwise and binary nodes as post-ops. Decided on the graph alone,
// before any primitive is built.

#include "ir/graph.h"
#include "partition/partition_plan.h"

#include <set>
#include <vector>

namespace fusebox::onednn {

struct PostOp {
    enum class Kind { Eltwise, Binary };
    Kind kind = Kind::Eltwise;
    NodeId node = kNoNode;
    ValueId operand = kNoValue; // Binary: the input that is not the chain's value
};

struct FusedGroup {
    NodeId anchor = kNoNode;
    NodeId batchNorm = kNoNode; // folded into the anchor's weights (Conv only)
    std::vector<PostOp> postOps;
    ValueId output = kNoValue;  // the value the group produces
    std::vector<NodeId> nodes;  // every node it covers, anchor first
};

// Groups the subgraph's nodes in execution order. Anchors listed in `unfused` stay alone
// (their fused primitive was refused by oneDNN).
std::vector<FusedGroup> planFusion(const Graph& graph, const SubgraphOp& subgraph, const std::set<NodeId>& unfused);

} // namespace fusebox::onednn
