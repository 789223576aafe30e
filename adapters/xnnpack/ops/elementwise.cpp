// Element-wise ops. Binary ops broadcast as numpy does (operands of a rank-4 result are
// raised to rank 4 first, so the broadcast happens in NHWC as it did in NCHW); Max, Min
// and Sum fold any number of inputs pairwise. Activations map onto clamp and friends.
#include "op_registry.h"
#include "subgraph_builder.h"

#include <map>

namespace fusebox::xnnpack {

namespace {

// An operand that is not constant cannot be permuted inside the subgraph (no transpose
// node): raising it to rank 4 must keep its element order, and a rank-4 value cannot
// join a broadcast of higher rank.
Support checkBroadcast(const Graph& graph, const Node& node, int64_t) {
    const std::size_t outputRank = staticDims(graph, node.outputs[0]).size();
    for (ValueId id : node.inputs) {
        if (id == kNoValue || graph.value(id).constant) continue;
        std::vector<int64_t> dims = staticDims(graph, id);
        if (outputRank > 4 && dims.size() == 4) {
            return Support::no(node.opType + ": a rank-4 operand broadcast to rank " + std::to_string(outputRank) +
                               " would need a transpose in the NHWC subgraph");
        }
        if (outputRank == 4 && dims.size() < 4) {
            dims.insert(dims.begin(), 4 - dims.size(), 1);
            if (!sameOrderInBothLayouts(dims)) {
                return Support::no(node.opType + ": operand '" + graph.value(id).name + "' of rank " +
                                   std::to_string(graph.value(id).shape.rank()) + " would need a transpose in the NHWC subgraph");
            }
        }
    }
    return Support::yes();
}

enum class Binary { Add, Sub, Mul, Div, Max, Min };

xnn_status defineBinary(xnn_subgraph_t subgraph, Binary op, uint32_t a, uint32_t b, uint32_t out, float min = kNoMin,
                        float max = kNoMax) {
    switch (op) {
    case Binary::Add: return xnn_define_add2(subgraph, min, max, a, b, out, 0);
    case Binary::Sub: return xnn_define_subtract(subgraph, min, max, a, b, out, 0);
    case Binary::Mul: return xnn_define_multiply2(subgraph, min, max, a, b, out, 0);
    case Binary::Div: return xnn_define_divide(subgraph, min, max, a, b, out, 0);
    case Binary::Max: return xnn_define_maximum2(subgraph, a, b, out, 0);
    case Binary::Min: return xnn_define_minimum2(subgraph, a, b, out, 0);
    }
    return xnn_status_invalid_parameter;
}

const char* binaryName(Binary op) {
    static const char* const names[] = {"add2", "subtract", "multiply2", "divide", "maximum2", "minimum2"};
    return names[static_cast<int>(op)];
}

template <Binary Op>
Status defineBroadcast(SubgraphBuilder& b, const Node& node) {
    const std::vector<int64_t> outDims = staticDims(b.graph(), node.outputs[0]);
    auto output = b.value(node.outputs[0]);
    if (!output) return output.error();
    std::vector<uint32_t> operands;
    for (ValueId id : node.inputs) {
        auto operand = b.broadcastOperand(id, outDims.size());
        if (!operand) return operand.error();
        operands.push_back(*operand);
    }
    if (operands.size() == 1) { // Max/Min/Sum of one input: a copy
        b.note(node, "clamp (copy)");
        return b.check(xnn_define_clamp(b.subgraph(), kNoMin, kNoMax, operands[0], *output, 0), node, "xnn_define_clamp");
    }
    // Max/Min/Sum of more than two inputs: pairwise, each partial result broadcast to the output.
    uint32_t partial = operands[0];
    for (std::size_t i = 1; i < operands.size(); ++i) {
        uint32_t target = *output;
        if (i + 1 < operands.size()) {
            auto temporary = b.temporary(internalDims(outDims), "partial result of '" + node.name + "'");
            if (!temporary) return temporary.error();
            target = *temporary;
        }
        b.note(node, binaryName(Op));
        if (Status status = b.check(defineBinary(b.subgraph(), Op, partial, operands[i], target), node, binaryName(Op)); !status) {
            return status;
        }
        partial = target;
    }
    return {};
}

// Ops that are one xnn_define_* call with input, output and flags.
using UnaryDefine = xnn_status (*)(xnn_subgraph_t, uint32_t, uint32_t, uint32_t);

template <UnaryDefine Define>
Status defineUnary(SubgraphBuilder& b, const Node& node) {
    static const std::map<std::string, std::string> names = {{"HardSwish", "hardswish"}, {"Sigmoid", "sigmoid"},
                                                             {"Abs", "abs"},            {"Neg", "negate"},
                                                             {"Floor", "floor"},        {"Ceil", "ceiling"},
                                                             {"Sqrt", "square_root"}};
    auto io = b.inputAndOutput(node);
    if (!io) return io.error();
    b.note(node, names.at(node.opType));
    return b.check(Define(b.subgraph(), io->input, io->output, 0), node, names.at(node.opType).c_str());
}

Status defineClamp(SubgraphBuilder& b, const Node& node, float min, float max) {
    auto io = b.inputAndOutput(node);
    if (!io) return io.error();
    b.note(node, "clamp [" + std::to_string(min) + ", " + std::to_string(max) + "]");
    return b.check(xnn_define_clamp(b.subgraph(), min, max, io->input, io->output, 0), node, "xnn_define_clamp");
}

Status defineRelu(SubgraphBuilder& b, const Node& node) { return defineClamp(b, node, 0.0f, kNoMax); }

// Clip's bounds: inputs 1 and 2 since opset 11, attributes before; absent means none.
float clipBound(const Graph& graph, const Node& node, std::size_t input, const char* attribute, float none) {
    if (node.inputs.size() > input && node.inputs[input] != kNoValue) return (*constantFloats(graph, node.inputs[input]))[0];
    return node.attributes.getFloat(attribute, none);
}

Support checkClip(const Graph& graph, const Node& node, int64_t) {
    for (std::size_t input = 1; input < node.inputs.size(); ++input) {
        if (node.inputs[input] == kNoValue) continue;
        const auto values = constantFloats(graph, node.inputs[input]);
        if (!values || values->size() != 1) return Support::no("Clip: bounds must be constant float32 scalars");
    }
    return Support::yes();
}

Status defineClip(SubgraphBuilder& b, const Node& node) {
    return defineClamp(b, node, clipBound(b.graph(), node, 1, "min", kNoMin), clipBound(b.graph(), node, 2, "max", kNoMax));
}

// LeakyRelu and Elu: one node with the op's alpha.
using AlphaDefine = xnn_status (*)(xnn_subgraph_t, float, uint32_t, uint32_t, uint32_t);

template <AlphaDefine Define>
Status defineWithAlpha(SubgraphBuilder& b, const Node& node) {
    auto io = b.inputAndOutput(node);
    if (!io) return io.error();
    const bool leaky = node.opType == "LeakyRelu";
    const float alpha = node.attributes.getFloat("alpha", leaky ? 0.01f : 1.0f);
    b.note(node, std::string(leaky ? "leaky_relu " : "elu ") + std::to_string(alpha));
    return b.check(Define(b.subgraph(), alpha, io->input, io->output, 0), node, leaky ? "xnn_define_leaky_relu" : "xnn_define_elu");
}

// HardSigmoid = clamp(alpha * x + beta, 0, 1): a multiply2 and an add2 that clamps.
Status defineHardSigmoid(SubgraphBuilder& b, const Node& node) {
    auto io = b.inputAndOutput(node);
    if (!io) return io.error();
    const float alpha = node.attributes.getFloat("alpha", 0.2f), beta = node.attributes.getFloat("beta", 0.5f);
    auto alphaId = b.staticTensor({alpha}, {}, "alpha of '" + node.name + "'");
    auto betaId = b.staticTensor({beta}, {}, "beta of '" + node.name + "'");
    auto scaled = b.temporary(internalDims(staticDims(b.graph(), node.outputs[0])), "alpha * x of '" + node.name + "'");
    if (!alphaId || !betaId || !scaled) return Error("HardSigmoid '" + node.name + "': defining its values failed", ErrorKind::Failed);
    b.note(node, "multiply2 by alpha " + std::to_string(alpha));
    if (Status s = b.check(xnn_define_multiply2(b.subgraph(), kNoMin, kNoMax, io->input, *alphaId, *scaled, 0), node, "multiply2"); !s) {
        return s;
    }
    b.note(node, "add2 beta " + std::to_string(beta) + ", clamped to [0, 1]");
    return b.check(xnn_define_add2(b.subgraph(), 0.0f, 1.0f, *scaled, *betaId, io->output, 0), node, "add2");
}

// XNNPACK's prelu takes one slope per channel of an NHWC tensor.
Support checkPRelu(const Graph& graph, const Node& node, int64_t) {
    std::vector<int64_t> slope = staticDims(graph, node.inputs[1]);
    const std::vector<int64_t> in = staticDims(graph, node.inputs[0]);
    slope.insert(slope.begin(), in.size() - std::min(in.size(), slope.size()), 1);
    const bool perChannel = slope.size() == 4 && slope[0] == 1 && slope[2] == 1 && slope[3] == 1 && (slope[1] == 1 || slope[1] == in[1]);
    return perChannel ? Support::yes() : Support::no("PRelu: XNNPACK needs one slope per channel (or one for all)");
}

Status definePRelu(SubgraphBuilder& b, const Node& node) {
    const std::size_t channels = static_cast<std::size_t>(staticDims(b.graph(), node.inputs[0])[1]);
    const std::vector<float> values = *constantFloats(b.graph(), node.inputs[1]);
    std::vector<float> slope(channels);
    for (std::size_t c = 0; c < channels; ++c) slope[c] = values.size() == 1 ? values[0] : values[c];
    auto io = b.inputAndOutput(node);
    if (!io) return io.error();
    auto slopeId = b.staticTensor(slope, {channels}, "slope of '" + node.name + "'");
    if (!slopeId) return slopeId.error();
    b.note(node, "prelu");
    return b.check(xnn_define_prelu(b.subgraph(), io->input, *slopeId, io->output, 0), node, "xnn_define_prelu");
}

} // namespace

FUSEBOX_XNNPACK_OP(Add, checkBroadcast, defineBroadcast<Binary::Add>);
FUSEBOX_XNNPACK_OP(Sub, checkBroadcast, defineBroadcast<Binary::Sub>);
FUSEBOX_XNNPACK_OP(Mul, checkBroadcast, defineBroadcast<Binary::Mul>);
FUSEBOX_XNNPACK_OP(Div, checkBroadcast, defineBroadcast<Binary::Div>);
FUSEBOX_XNNPACK_OP(Max, checkBroadcast, defineBroadcast<Binary::Max>);
FUSEBOX_XNNPACK_OP(Min, checkBroadcast, defineBroadcast<Binary::Min>);
FUSEBOX_XNNPACK_OP(Sum, checkBroadcast, defineBroadcast<Binary::Add>);
FUSEBOX_XNNPACK_OP(Relu, noFurtherConditions, defineRelu);
FUSEBOX_XNNPACK_OP(Clip, checkClip, defineClip);
FUSEBOX_XNNPACK_OP(LeakyRelu, noFurtherConditions, defineWithAlpha<xnn_define_leaky_relu>);
FUSEBOX_XNNPACK_OP(Elu, noFurtherConditions, defineWithAlpha<xnn_define_elu>);
FUSEBOX_XNNPACK_OP(HardSigmoid, noFurtherConditions, defineHardSigmoid);
FUSEBOX_XNNPACK_OP(PRelu, checkPRelu, definePRelu);
FUSEBOX_XNNPACK_OP(HardSwish, noFurtherConditions, defineUnary<xnn_define_hardswish>);
FUSEBOX_XNNPACK_OP(Sigmoid, noFurtherConditions, defineUnary<xnn_define_sigmoid>);
FUSEBOX_XNNPACK_OP(Abs, noFurtherConditions, defineUnary<xnn_define_abs>);
FUSEBOX_XNNPACK_OP(Neg, noFurtherConditions, defineUnary<xnn_define_negate>);
FUSEBOX_XNNPACK_OP(Floor, noFurtherConditions, defineUnary<xnn_define_floor>);
FUSEBOX_XNNPACK_OP(Ceil, noFurtherConditions, defineUnary<xnn_define_ceiling>);
FUSEBOX_XNNPACK_OP(Sqrt, noFurtherConditions, defineUnary<xnn_define_square_root>);

} // namespace fusebox::xnnpack
