#include "partition/partition_plan.h"

#include <algorithm>

namespace fusebox {

int PartitionPlan::subgraphOf(NodeId node) const {
    for (const SubgraphOp& op : subgraphs) {
        if (std::find(op.nodes.begin(), op.nodes.end(), node) != op.nodes.end()) return op.id;
    }
    return -1;
}

} // namespace fusebox
