#pragma once
// Runs a graph on the host kernels, node by node in topological order, releasing each
// intermediate tensor after its last use. The reference every adapter is checked against.

#include "core/result.h"
#include "ir/graph.h"
#include "pointwise_fusion.h"
#include "runtime/adapter.h"
#include "runtime/tensor.h"

#include <atomic>
#include <map>
#include <string>
#include <vector>

namespace fusebox::host {

struct GraphRunOptions {
    std::map<std::string, int64_t> opsets; // the model's: domain -> version
    int threads = 1;
    const std::atomic<bool>* cancel = nullptr;
};

// `inputs` by graph input name; `outer` holds values of enclosing graphs by name (for
// If/Loop/Scan bodies). Returns the graph outputs in order.
Result<std::vector<Tensor>> runGraph(const Graph& graph, const std::map<std::string, Tensor>& inputs,
                                     const GraphRunOptions& options, const std::map<std::string, Tensor>* outer = nullptr);

// Runs `nodes` of `graph` in the given order (a subgraph operator, or a run of host
// nodes). `given` holds the tensors of the values they read from outside; constants come
// from the graph. Returns the tensors of `wanted`; records per-node times into `timings`.
// `chains` (found among these nodes) run fused where their last node stands; a chain's
// time goes to its producer, its other nodes are timed 0.
Result<std::vector<Tensor>> runNodes(const Graph& graph, const std::vector<NodeId>& nodes,
                                     const std::vector<std::pair<ValueId, Tensor>>& given, const std::vector<ValueId>& wanted,
                                     const GraphRunOptions& options, ProgramTimings* timings = nullptr,
                                     const std::vector<FusedChain>& chains = {});

} // namespace fusebox::host
