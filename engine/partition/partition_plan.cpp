#include "partition/partition_plan.h"

#include <algorithm>

namespace fusebox {

int PartitionPlan::subgraphOf(NodeId node) const {
    if (node < subgraphByNode.size()) return subgraphByNode[node];
    for (const SubgraphOp& op : subgraphs) {
        if (std::find(op.nodes.begin(), op.nodes.end(), node) != op.nodes.end()) return op.id;
    }
    return -1;
}

const SubgraphOp* PartitionPlan::findSubgraph(int id) const {
    if (id >= 0 && static_cast<std::size_t>(id) < subgraphs.size() && subgraphs[static_cast<std::size_t>(id)].id == id) {
        return &subgraphs[static_cast<std::size_t>(id)];
    }
    auto it = std::find_if(subgraphs.begin(), subgraphs.end(), [id](const SubgraphOp& s) { return s.id == id; });
    return it == subgraphs.end() ? nullptr : &*it;
}

} // namespace fusebox
