// MaxPool, AveragePool -> max/average_pooling_2d; GlobalAveragePool ->
// global_average_pooling_2d. XNNPACK has no ceil mode, and leaves padding out of an
// average's divisor.
#include "op_registry.h"
#include "subgraph_builder.h"
#include "window.h"

#include <algorithm>

namespace fusebox::xnnpack {

namespace {

Support checkPool(const Graph&, const Node& node, int64_t) {
    const std::vector<int64_t> kernel = node.attributes.getInts("kernel_shape");
    if (kernel.size() != 2 || !isPlain2d(node)) return Support::no(node.opType + ": 2-D windows with non-negative pads only");
    if (kernel[0] * kernel[1] == 1) return Support::no(node.opType + ": XNNPACK refuses a 1x1 window");
    if (node.attributes.getInt("ceil_mode", 0) != 0) return Support::no(node.opType + ": ceil_mode=1 has no XNNPACK form");
    if (node.opType == "MaxPool") {
        if (node.outputs.size() > 1 && node.outputs[1] != kNoValue) return Support::no("MaxPool: the Indices output has no XNNPACK form");
        if (node.attributes.getInt("storage_order", 0) != 0) return Support::no("MaxPool: storage_order=1 has no XNNPACK form");
        return Support::yes();
    }
    const std::vector<int64_t> dilations = node.attributes.getInts("dilations");
    if (std::ranges::any_of(dilations, [](int64_t d) { return d != 1; })) return Support::no("AveragePool: XNNPACK has no dilation for it");
    const std::vector<int64_t> pads = node.attributes.getInts("pads");
    const bool padded = std::ranges::any_of(pads, [](int64_t p) { return p != 0; }) ||
                        node.attributes.getString("auto_pad", "NOTSET").starts_with("SAME");
    if (padded && node.attributes.getInt("count_include_pad", 0) != 0) {
        return Support::no("AveragePool: count_include_pad=1 with padding has no XNNPACK form");
    }
    return Support::yes();
}

Status definePool(SubgraphBuilder& b, const Node& node) {
    const std::vector<int64_t> in = staticDims(b.graph(), node.inputs[0]);
    auto geometry = windowOf(node, node.attributes.getInts("kernel_shape"), in);
    if (!geometry) return geometry.error();
    const Window2d w = *geometry;
    auto io = b.inputAndOutput(node);
    if (!io) return io.error();
    const std::string window = std::to_string(w.kernelH) + "x" + std::to_string(w.kernelW) + " stride " +
                               std::to_string(w.strideH) + "x" + std::to_string(w.strideW);
    if (node.opType == "MaxPool") {
        b.note(node, "max_pooling_2d " + window);
        return b.check(xnn_define_max_pooling_2d(b.subgraph(), w.top, w.right, w.bottom, w.left, w.kernelH, w.kernelW, w.strideH,
                                                 w.strideW, w.dilationH, w.dilationW, kNoMin, kNoMax, io->input, io->output, 0),
                       node, "xnn_define_max_pooling_2d");
    }
    b.note(node, "average_pooling_2d " + window);
    return b.check(xnn_define_average_pooling_2d(b.subgraph(), w.top, w.right, w.bottom, w.left, w.kernelH, w.kernelW, w.strideH,
                                                 w.strideW, kNoMin, kNoMax, io->input, io->output, 0),
                   node, "xnn_define_average_pooling_2d");
}

Status defineGlobalAveragePool(SubgraphBuilder& b, const Node& node) {
    auto io = b.inputAndOutput(node);
    if (!io) return io.error();
    b.note(node, "global_average_pooling_2d");
    return b.check(xnn_define_global_average_pooling_2d(b.subgraph(), kNoMin, kNoMax, io->input, io->output, 0), node,
                   "xnn_define_global_average_pooling_2d");
}

} // namespace

FUSEBOX_XNNPACK_OP(MaxPool, checkPool, definePool);
FUSEBOX_XNNPACK_OP(AveragePool, checkPool, definePool);
FUSEBOX_XNNPACK_OP(GlobalAveragePool, noFurtherConditions, defineGlobalAveragePool);

} // namespace fusebox::xnnpack
