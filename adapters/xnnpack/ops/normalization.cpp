// BatchNormalization in inference mode -> multiply2 and add2 with per-channel constants
// folded from scale, bias, mean and variance (XNNPACK has no node of its own for it).
#include "op_registry.h"
#include "subgraph_builder.h"

#include <cmath>

namespace fusebox::xnnpack {

namespace {

Support checkBatchNormalization(const Graph& graph, const Node& node, int64_t) {
    if (node.attributes.getInt("training_mode", 0) != 0 || node.outputs.size() > 1) {
        return Support::no("BatchNormalization: only inference mode has an XNNPACK form");
    }
    if (staticDims(graph, node.inputs[0]).size() < 2) return Support::no("BatchNormalization: needs a channel axis");
    for (std::size_t i = 1; i < 5; ++i) {
        if (node.inputs.size() <= i || !constantFloats(graph, node.inputs[i])) {
            return Support::no("BatchNormalization: scale, bias, mean and variance must be float32 constants");
        }
    }
    return Support::yes();
}

Status defineBatchNormalization(SubgraphBuilder& b, const Node& node) {
    const Graph& graph = b.graph();
    const std::vector<float> scale = *constantFloats(graph, node.inputs[1]), bias = *constantFloats(graph, node.inputs[2]);
    const std::vector<float> mean = *constantFloats(graph, node.inputs[3]), variance = *constantFloats(graph, node.inputs[4]);
    const float epsilon = node.attributes.getFloat("epsilon", 1e-5f);
    std::vector<float> multiplier(scale.size()), addend(scale.size());
    for (std::size_t c = 0; c < scale.size(); ++c) {
        multiplier[c] = scale[c] / std::sqrt(variance[c] + epsilon);
        addend[c] = bias[c] - mean[c] * multiplier[c];
    }
    // Shaped [1, C, 1, ...] like the input, in the internal layout.
    const std::vector<int64_t> in = staticDims(graph, node.inputs[0]);
    std::vector<int64_t> perChannel(in.size(), 1);
    perChannel[1] = static_cast<int64_t>(scale.size());
    auto io = b.inputAndOutput(node);
    if (!io) return io.error();
    auto multiplierId = b.staticTensor(multiplier, internalDims(perChannel), "scale of '" + node.name + "'");
    auto addendId = b.staticTensor(addend, internalDims(perChannel), "shift of '" + node.name + "'");
    auto scaled = b.temporary(internalDims(in), "scaled '" + node.name + "'");
    if (!multiplierId || !addendId || !scaled) return Error("BatchNormalization '" + node.name + "': defining its values failed", ErrorKind::Failed);
    b.note(node, "multiply2 by the folded scale");
    if (Status s = b.check(xnn_define_multiply2(b.subgraph(), kNoMin, kNoMax, io->input, *multiplierId, *scaled, 0), node, "multiply2"); !s) {
        return s;
    }
    b.note(node, "add2 of the folded shift");
    return b.check(xnn_define_add2(b.subgraph(), kNoMin, kNoMax, *scaled, *addendId, io->output, 0), node, "add2");
}

} // namespace

FUSEBOX_XNNPACK_OP(BatchNormalization, checkBatchNormalization, defineBatchNormalization);

} // namespace fusebox::xnnpack
