// Gemm and MatMul with constant weights -> fully_connected. A Gemm bias that is not one
// value per output column becomes a following add2.
#include "op_registry.h"
#include "subgraph_builder.h"

namespace fusebox::xnnpack {

namespace {

Support checkMatMul(const Graph& graph, const Node& node, int64_t) {
    if (staticDims(graph, node.inputs[1]).size() != 2) return Support::no("MatMul: XNNPACK needs 2-D constant weights");
    return Support::yes();
}

Support checkGemm(const Graph&, const Node& node, int64_t) {
    if (node.attributes.getInt("transA", 0) != 0) return Support::no("Gemm: transA=1 has no XNNPACK form");
    if (node.attributes.getFloat("alpha", 1.0f) != 1.0f || node.attributes.getFloat("beta", 1.0f) != 1.0f) {
        return Support::no("Gemm: alpha and beta other than 1 have no XNNPACK form");
    }
    return Support::yes();
}

// Weights [K, N] (`transposed`) or [N, K], bias optional; `output` may be a temporary.
Status defineFullyConnected(SubgraphBuilder& b, const Node& node, bool transposed, uint32_t bias, uint32_t output) {
    const std::vector<int64_t> w = staticDims(b.graph(), node.inputs[1]);
    auto input = b.value(node.inputs[0]);
    auto weights = b.value(node.inputs[1]);
    if (!input || !weights) return !input ? input.error() : weights.error();
    const int64_t outputs = transposed ? w[1] : w[0], inputs = transposed ? w[0] : w[1];
    b.note(node, "fully_connected " + std::to_string(inputs) + "->" + std::to_string(outputs) +
                     (bias == XNN_INVALID_VALUE_ID ? " without bias" : ""));
    return b.check(xnn_define_fully_connected(b.subgraph(), kNoMin, kNoMax, *input, *weights, bias, output,
                                              transposed ? XNN_FLAG_TRANSPOSE_WEIGHTS : 0),
                   node, "xnn_define_fully_connected");
}

Status defineMatMul(SubgraphBuilder& b, const Node& node) {
    auto output = b.value(node.outputs[0]);
    if (!output) return output.error();
    return defineFullyConnected(b, node, true, XNN_INVALID_VALUE_ID, *output);
}

Status defineGemm(SubgraphBuilder& b, const Node& node) {
    const bool transposed = node.attributes.getInt("transB", 0) == 0; // ONNX [K, N] is XNNPACK's transposed form
    const std::vector<int64_t> out = staticDims(b.graph(), node.outputs[0]);
    auto output = b.value(node.outputs[0]);
    if (!output) return output.error();
    const bool hasC = node.inputs.size() > 2 && node.inputs[2] != kNoValue;
    if (!hasC) return defineFullyConnected(b, node, transposed, XNN_INVALID_VALUE_ID, *output);

    const std::vector<int64_t> c = staticDims(b.graph(), node.inputs[2]);
    const bool perColumn = c.empty() || ((c.back() == out[1] || c.back() == 1) && (c.size() == 1 || c[0] == 1));
    if (perColumn) { // one value per output column (or one for all): the bias
        const std::vector<float> values = *constantFloats(b.graph(), node.inputs[2]);
        std::vector<float> bias(static_cast<std::size_t>(out[1]));
        for (std::size_t i = 0; i < bias.size(); ++i) bias[i] = values.size() == 1 ? values[0] : values[i];
        auto biasId = b.staticTensor(bias, {bias.size()}, "bias of '" + node.name + "'");
        if (!biasId) return biasId.error();
        return defineFullyConnected(b, node, transposed, *biasId, *output);
    }
    auto product = b.temporary(internalDims(out), "product of '" + node.name + "'");
    if (!product) return product.error();
    if (Status status = defineFullyConnected(b, node, transposed, XNN_INVALID_VALUE_ID, *product); !status) return status;
    auto addend = b.broadcastOperand(node.inputs[2], 2);
    if (!addend) return addend.error();
    b.note(node, "add2 (the bias C)");
    return b.check(xnn_define_add2(b.subgraph(), kNoMin, kNoMax, *product, *addend, *output, 0), node, "xnn_define_add2");
}

} // namespace

FUSEBOX_XNNPACK_OP(Gemm, checkGemm, defineGemm);
FUSEBOX_XNNPACK_OP(MatMul, checkMatMul, defineMatMul);

} // namespace fusebox::xnnpack
