#pragma once
// How elementwise and binary ONNX ops map onto oneDNN algorithms. Used both when
// planning fusion (on the graph) and when building primitives and post-ops.

#include "ir/graph.h"

#include <oneapi/dnnl/dnnl.hpp>

#include <optional>
#include <vector>

namespace fusebox::onednn {

struct EltwiseStep {
    dnnl::algorithm algorithm;
    float alpha = 0;
    float beta = 0;
};

// The eltwise steps a node computes (HardSigmoid is two: linear, then clip); nullopt
// when the node is not elementwise or its parameters are not constants.
std::optional<std::vector<EltwiseStep>> eltwiseSteps(const Graph& graph, const Node& node);

// binary_add for Add, ...; nullopt for other ops.
std::optional<dnnl::algorithm> binaryAlgorithm(const std::string& opType);

// "relu", "linear(0.2,0.5)" for describe().
std::string eltwiseText(const EltwiseStep& step);

} // namespace fusebox::onednn
