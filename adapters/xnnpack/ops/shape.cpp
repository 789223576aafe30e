// Data movement: Reshape and friends -> static_reshape, Pad -> static_constant_pad,
// Resize -> static_resize_bilinear_2d, DepthToSpace, and Softmax (innermost axis).
// Without a transpose node, a reshape may cross rank 4 only where NCHW and NHWC order
// the elements alike.
#include "op_registry.h"
#include "subgraph_builder.h"

#include "core/text.h"

#include <algorithm>
#include <cmath>

namespace fusebox::xnnpack {

namespace {

Support checkReshape(const Graph& graph, const Node& node, int64_t) {
    for (ValueId id : {node.inputs[0], node.outputs[0]}) {
        if (!sameOrderInBothLayouts(staticDims(graph, id))) {
            return Support::no(node.opType + ": reshaping rank-4 '" + graph.value(id).name +
                               "' would need a transpose in the NHWC subgraph (only C = 1 or H = W = 1 crosses rank 4)");
        }
    }
    return Support::yes();
}

Status defineReshape(SubgraphBuilder& b, const Node& node) {
    auto io = b.inputAndOutput(node);
    if (!io) return io.error();
    const std::vector<std::size_t> shape = internalDims(staticDims(b.graph(), node.outputs[0]));
    b.note(node, "static_reshape " + joinBracketed(shape, [](std::size_t d) { return std::to_string(d); }));
    return b.check(xnn_define_static_reshape(b.subgraph(), shape.size(), shape.data(), io->input, io->output, 0), node,
                   "xnn_define_static_reshape");
}

// Pad's per-axis amounts, begin then end: input 1 (opset 11+) or the pads attribute,
// spread over `axes` (input 3, opset 18+) when given.
std::optional<std::vector<int64_t>> padAmounts(const Graph& graph, const Node& node) {
    const std::size_t rank = staticDims(graph, node.inputs[0]).size();
    std::optional<std::vector<int64_t>> pads =
        node.inputs.size() > 1 && node.inputs[1] != kNoValue ? constantInts(graph, node.inputs[1]) : node.attributes.getInts("pads");
    if (!pads) return std::nullopt;
    std::vector<int64_t> axes(rank);
    for (std::size_t i = 0; i < rank; ++i) axes[i] = static_cast<int64_t>(i);
    if (node.inputs.size() > 3 && node.inputs[3] != kNoValue) {
        auto given = constantInts(graph, node.inputs[3]);
        if (!given) return std::nullopt;
        axes = *given;
    }
    if (pads->size() != 2 * axes.size()) return std::nullopt;
    std::vector<int64_t> full(2 * rank, 0);
    for (std::size_t i = 0; i < axes.size(); ++i) {
        const int64_t axis = axes[i] < 0 ? axes[i] + static_cast<int64_t>(rank) : axes[i];
        if (axis < 0 || axis >= static_cast<int64_t>(rank)) return std::nullopt;
        full[static_cast<std::size_t>(axis)] = (*pads)[i];
        full[rank + static_cast<std::size_t>(axis)] = (*pads)[axes.size() + i];
    }
    return full;
}

Support checkPad(const Graph& graph, const Node& node, int64_t) {
    if (node.attributes.getString("mode", "constant") != "constant") return Support::no("Pad: only constant padding has an XNNPACK form");
    const auto pads = padAmounts(graph, node);
    if (!pads) return Support::no("Pad: pads and axes must be constant integers that fit the input's rank");
    if (std::ranges::any_of(*pads, [](int64_t p) { return p < 0; })) return Support::no("Pad: negative pads (cropping) have no XNNPACK form");
    if (node.inputs.size() > 2 && node.inputs[2] != kNoValue) {
        const auto value = constantFloats(graph, node.inputs[2]);
        if (!value || value->size() != 1) return Support::no("Pad: the padding value must be a constant float32 scalar");
    }
    return Support::yes();
}

Status definePad(SubgraphBuilder& b, const Node& node) {
    const std::vector<int64_t> pads = *padAmounts(b.graph(), node);
    const std::size_t rank = pads.size() / 2;
    std::vector<std::size_t> before(pads.begin(), pads.begin() + rank), after(pads.begin() + rank, pads.end());
    if (rank == 4) { // NCHW amounts -> NHWC axes
        before = {before[0], before[2], before[3], before[1]};
        after = {after[0], after[2], after[3], after[1]};
    }
    float fill = node.attributes.getFloat("value", 0.0f);
    if (node.inputs.size() > 2 && node.inputs[2] != kNoValue) fill = (*constantFloats(b.graph(), node.inputs[2]))[0];
    auto io = b.inputAndOutput(node);
    if (!io) return io.error();
    b.note(node, "static_constant_pad value " + std::to_string(fill));
    return b.check(xnn_define_static_constant_pad(b.subgraph(), before.data(), after.data(), fill, io->input, io->output, 0),
                   node, "xnn_define_static_constant_pad");
}

// Bilinear resize of H and W. ONNX maps coordinates with the given scale, XNNPACK with
// in/out, so a scale must equal out/in exactly.
Support checkResize(const Graph& graph, const Node& node, int64_t) {
    if (node.attributes.getString("mode", "nearest") != "linear") return Support::no("Resize: only mode=linear has an XNNPACK form");
    if (node.inputs.size() < 3) return Support::no("Resize: the opset-10 form (X, scales) is not taken");
    const std::string mode = node.attributes.getString("coordinate_transformation_mode", "half_pixel");
    if (mode != "half_pixel" && mode != "align_corners" && mode != "asymmetric") {
        return Support::no("Resize: coordinate_transformation_mode=" + mode + " has no XNNPACK form");
    }
    if (node.attributes.getInt("antialias", 0) != 0 || node.attributes.getInt("exclude_outside", 0) != 0) {
        return Support::no("Resize: antialias and exclude_outside have no XNNPACK form");
    }
    const std::vector<int64_t> in = staticDims(graph, node.inputs[0]), out = staticDims(graph, node.outputs[0]);
    if (in.size() != 4 || in[0] != out[0] || in[1] != out[1]) return Support::no("Resize: only H and W of a rank-4 tensor may change");
    if (node.inputs.size() > 2 && node.inputs[2] != kNoValue && !(node.inputs.size() > 3 && node.inputs[3] != kNoValue)) {
        const auto scales = constantFloats(graph, node.inputs[2]);
        if (!scales) return Support::no("Resize: scales must be constant");
        for (std::size_t axis = 2; axis < 4 && axis < scales->size(); ++axis) {
            const double exact = double(out[axis]) / double(in[axis]);
            if (std::abs((*scales)[axis] - exact) > 1e-6 * exact) {
                return Support::no("Resize: scale " + std::to_string((*scales)[axis]) + " is not output/input size (XNNPACK maps with that)");
            }
        }
    }
    return Support::yes();
}

Status defineResize(SubgraphBuilder& b, const Node& node) {
    const std::vector<int64_t> out = staticDims(b.graph(), node.outputs[0]);
    const std::string mode = node.attributes.getString("coordinate_transformation_mode", "half_pixel");
    const uint32_t flags = mode == "align_corners" ? XNN_FLAG_ALIGN_CORNERS : mode == "asymmetric" ? XNN_FLAG_TENSORFLOW_LEGACY_MODE : 0;
    auto io = b.inputAndOutput(node);
    if (!io) return io.error();
    b.note(node, "static_resize_bilinear_2d " + std::to_string(out[2]) + "x" + std::to_string(out[3]) + " " + mode);
    return b.check(xnn_define_static_resize_bilinear_2d(b.subgraph(), std::size_t(out[2]), std::size_t(out[3]), io->input,
                                                        io->output, flags),
                   node, "xnn_define_static_resize_bilinear_2d");
}

Support checkDepthToSpace(const Graph&, const Node& node, int64_t) {
    if (node.attributes.getString("mode", "DCR") != "DCR") return Support::no("DepthToSpace: only mode=DCR has an XNNPACK form");
    return Support::yes();
}

Status defineDepthToSpace(SubgraphBuilder& b, const Node& node) {
    const auto block = static_cast<uint32_t>(node.attributes.getInt("blocksize", 1));
    auto io = b.inputAndOutput(node);
    if (!io) return io.error();
    b.note(node, "depth_to_space block " + std::to_string(block));
    return b.check(xnn_define_depth_to_space(b.subgraph(), io->input, io->output, block, 0), node, "xnn_define_depth_to_space");
}

// XNNPACK's softmax runs over the innermost axis: ONNX's last axis for ranks other than
// 4 (a rank-4 tensor's innermost axis is C here). Before opset 13 the axis flattens the
// dims after it, which is the same only for the last axis.
Support checkSoftmax(const Graph& graph, const Node& node, int64_t opset) {
    const auto rank = static_cast<int64_t>(staticDims(graph, node.inputs[0]).size());
    if (rank == 4 || rank == 0) return Support::no("Softmax: rank " + std::to_string(rank) + " has no innermost-axis XNNPACK form here");
    const auto axis = node.attributes.get<int64_t>("axis");
    if (!axis && rank > 2 && opset < 13) return Support::no("Softmax: before opset 13 the default axis 1 is not the innermost");
    const int64_t resolved = axis ? (*axis < 0 ? *axis + rank : *axis) : rank - 1;
    if (resolved != rank - 1) return Support::no("Softmax: axis " + std::to_string(*axis) + " is not the innermost");
    return Support::yes();
}

Status defineSoftmax(SubgraphBuilder& b, const Node& node) {
    auto io = b.inputAndOutput(node);
    if (!io) return io.error();
    b.note(node, "softmax");
    return b.check(xnn_define_softmax(b.subgraph(), io->input, io->output, 0), node, "xnn_define_softmax");
}

} // namespace

FUSEBOX_XNNPACK_OP(Reshape, checkReshape, defineReshape);
FUSEBOX_XNNPACK_OP(Flatten, checkReshape, defineReshape);
FUSEBOX_XNNPACK_OP(Squeeze, checkReshape, defineReshape);
FUSEBOX_XNNPACK_OP(Unsqueeze, checkReshape, defineReshape);
FUSEBOX_XNNPACK_OP(Pad, checkPad, definePad);
FUSEBOX_XNNPACK_OP(Resize, checkResize, defineResize);
FUSEBOX_XNNPACK_OP(DepthToSpace, checkDepthToSpace, defineDepthToSpace);
FUSEBOX_XNNPACK_OP(Softmax, checkSoftmax, defineSoftmax);

} // namespace fusebox::xnnpack
