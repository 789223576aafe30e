#pragma once
// Turns the nodes of one subgraph operator into an xnn_subgraph. Inside it every rank-4
// tensor is NHWC ([N, H, W, C]) and every other tensor keeps its ONNX shape, the same
// rule the executor applies at the boundary, so boundary tensors need no copy here.
// Constants are repacked into that layout when they are defined.

#include "core/result.h"
#include "ir/graph.h"
#include "partition/partition_plan.h"

#include <xnnpack.h>

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fusebox::xnnpack {

inline constexpr float kNoMin = -std::numeric_limits<float>::infinity();
inline constexpr float kNoMax = std::numeric_limits<float>::infinity();

// ONNX dims as the subgraph stores them: rank 4 permuted to NHWC, others unchanged.
std::vector<std::size_t> internalDims(const std::vector<int64_t>& onnxDims);

// Whether a rank-4 NCHW tensor has the same element order as NHWC (C == 1 or H == W == 1),
// so a reshape may cross between rank 4 and other ranks without a transpose.
bool sameOrderInBothLayouts(const std::vector<int64_t>& dims);

// The static dims of a value (all known; the adapter refuses nodes with others).
std::vector<int64_t> staticDims(const Graph& graph, ValueId id);

// The float32 values of a constant in ONNX order (float64 constants are narrowed).
std::optional<std::vector<float>> constantFloats(const Graph& graph, ValueId id);
// An integer constant (int32/int64), e.g. pads or axes.
std::optional<std::vector<int64_t>> constantInts(const Graph& graph, ValueId id);

// Static data XNNPACK reads while the runtime lives, with its XNN_EXTRA_BYTES of slack.
using StaticData = std::vector<std::unique_ptr<float[]>>;

// What the program needs from a built subgraph.
struct BuiltSubgraph {
    xnn_subgraph_t subgraph = nullptr;         // owned: delete after creating the runtime
    std::vector<uint32_t> inputIds, outputIds; // external ids, in the subgraph operator's order
    std::vector<std::vector<int64_t>> inputDims, outputDims; // as handed over (NHWC when rank 4)
    StaticData staticData;
    std::vector<std::string> nodeLines, valueLines; // for describe()
};

class SubgraphBuilder {
public:
    SubgraphBuilder(const Graph& graph, const SubgraphOp& op, int64_t opset);
    ~SubgraphBuilder();

    // Defines every node; on success the caller owns the result's xnn_subgraph.
    Result<BuiltSubgraph> build();

    const Graph& graph() const { return graph_; }
    int64_t opset() const { return opset_; }
    xnn_subgraph_t subgraph() const { return subgraph_; }

    // The xnn value of a graph value, defined on first use: a boundary value as external,
    // a constant as static data in the internal layout, anything else as internal.
    Result<uint32_t> value(ValueId id);
    // Input 0 and output 0 of a node, for the many one-in one-out translations.
    struct InOut {
        uint32_t input, output;
    };
    Result<InOut> inputAndOutput(const Node& node);
    // Static float data with the given (internal) dims.
    Result<uint32_t> staticTensor(const std::vector<float>& data, const std::vector<std::size_t>& dims, const std::string& label);
    // A fresh internal value for intermediate results of multi-node translations.
    Result<uint32_t> temporary(const std::vector<std::size_t>& dims, const std::string& label);
    // An operand of a broadcasting op whose output has `outputRank`: a lower-rank operand
    // of a rank-4 result is given rank 4 first (constants repacked, values reshaped), so
    // the broadcast happens in NHWC as it did in NCHW.
    Result<uint32_t> broadcastOperand(ValueId id, std::size_t outputRank);

    // Turns a failed xnn_define_* call into an error naming the node.
    Status check(xnn_status status, const Node& node, const char* call);
    // Records one line of describe(): "<xnnpack node> <- <op> '<name>'".
    void note(const Node& node, const std::string& xnnNode);

private:
    Result<uint32_t> define(const std::vector<std::size_t>& dims, const void* data, uint32_t externalId, uint32_t flags,
                            std::string label);

    const Graph& graph_;
    const SubgraphOp& op_;
    int64_t opset_;
    xnn_subgraph_t subgraph_ = nullptr;
    std::vector<uint32_t> ids_; // by ValueId; XNN_INVALID_VALUE_ID until defined
    BuiltSubgraph built_;
};

} // namespace fusebox::xnnpack
