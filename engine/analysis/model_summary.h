#pragma once

#include "ir/model.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace fusebox {

struct TensorInfo {
    std::string name;
    ElementType type = ElementType::Undefined;
    Shape shape;
};

// What an engineer wants to know first about a model (`fusebox inspect`).
struct ModelSummary {
    std::string producer; // name and version
    int64_t irVersion = 0;
    std::map<std::string, int64_t> opsets;
    std::vector<TensorInfo> inputs;
    std::vector<TensorInfo> outputs;
    std::size_t nodeCount = 0;                             // top-level nodes, folded ones included
    std::size_t foldedNodes = 0;                           // constant subgraphs computed at load time
    std::vector<std::pair<std::string, int64_t>> opCounts; // most frequent first, then by name
    int64_t paramCount = 0;                                // elements of initializers and Constant nodes
    int64_t paramBytes = 0;
    int64_t flops = 0;
    std::size_t nodesWithoutFlops = 0; // nodes whose shapes were not static (flops is a lower bound)
};

// `foldedOpTypes`: the op types of nodes constant folding removed from the graph (they
// are counted as nodes of the model; their work was done at load time).
ModelSummary summarize(const Model& model, const std::vector<std::string>& foldedOpTypes = {});

} // namespace fusebox
