#pragma once
// The result of partitioning: subgraph operators, host nodes, an execution order, and
// for every node the reason it landed where it did.

#include "ir/graph.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fusebox {

// The data attributes a subgraph runs with, resolved from config and profile.
struct DataAttributes {
    std::string precision; // "fp32", ...
    std::string layout;    // "NCHW", "NHWC" or "auto"
    int threads = 0;       // 0: the adapter's default
};

struct SubgraphOp {
    int id = 0; // 0, 1, ... in execution order
    std::string device;
    DataAttributes attributes;
    std::vector<NodeId> nodes;    // in execution order
    std::vector<ValueId> inputs;  // non-constant tensors read from outside the subgraph
    std::vector<ValueId> outputs; // tensors used outside the subgraph or graph outputs
    int64_t boundaryBytes = 0;    // bytes of inputs + outputs (static shapes only)
    double estimatedMs = 0;
    std::string group; // the explicit group it realises, if any
};

// One step of the execution order: a subgraph or a single host node.
struct PlanStep {
    enum class Kind { Subgraph, HostNode };
    Kind kind = Kind::HostNode;
    int subgraph = -1;    // for Kind::Subgraph
    NodeId node = kNoNode; // for Kind::HostNode
};

// Why a node runs where it runs.
struct NodeDecision {
    std::string device;                       // "host" or a device name
    std::string assignedDevice;               // before min_subgraph_size / max_subgraphs moved it to host
    std::string reason;                       // e.g. "rule at cfg.toml:12:1 (ops = [Resize])", "first target that accepts it"
    std::map<std::string, std::string> refusals; // device -> why it refused the node
};

// Why two neighbouring nodes assigned to the same device ended in different subgraphs.
struct SplitExplanation {
    NodeId producer = kNoNode;
    NodeId consumer = kNoNode;
    std::string reason; // "cycle guard: ...", "min_subgraph_size", "max_subgraphs", "group ..."
};

struct PartitionPlan {
    std::vector<SubgraphOp> subgraphs;
    std::vector<NodeId> hostNodes;          // in execution order
    std::vector<PlanStep> order;            // valid execution order of everything
    std::vector<std::string> folded;        // nodes folded into constants before partitioning
    std::map<NodeId, NodeDecision> decisions; // every node of the graph
    std::map<std::string, double> estimatedMsByDevice;
    double estimatedMs = 0;
    // Per node id, the id of its subgraph (-1: host); the partitioner fills it so that
    // subgraphOf is O(1). Plans put together by hand may leave it empty.
    std::vector<int> subgraphByNode;

    // -1 when the node runs on host.
    int subgraphOf(NodeId node) const;
    // The subgraph with `id`, nullptr when there is none. The partitioner numbers
    // subgraphs by their index, which makes this O(1); other plans are searched.
    const SubgraphOp* findSubgraph(int id) const;
};

} // namespace fusebox
