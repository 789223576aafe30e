#include "op_algorithms.h"

#include <oneapi/dnnl/dnnl_debug.h>

#include <limits>
#include <map>

namespace fusebox::onednn {

namespace {

using dnnl::algorithm;

// Clip's bounds: attributes before opset 11, optional constant inputs after.
std::optional<float> clipBound(const Graph& graph, const Node& node, std::size_t input, const char* attribute, float fallback) {
    if (const auto value = node.attributes.get<float>(attribute)) return *value;
    if (input >= node.inputs.size() || node.inputs[input] == kNoValue) return fallback;
    const Value& bound = graph.value(node.inputs[input]);
    if (!bound.constant || bound.constant->type() != ElementType::Float32 || bound.constant->elementCount() != 1) return std::nullopt;
    return bound.constant->values<float>()[0];
}

} // namespace

std::optional<std::vector<EltwiseStep>> eltwiseSteps(const Graph& graph, const Node& node) {
    static const std::map<std::string, EltwiseStep> simple{
        {"Relu", {algorithm::eltwise_relu}},          {"Sigmoid", {algorithm::eltwise_logistic}},
        {"HardSwish", {algorithm::eltwise_hardswish}}, {"Tanh", {algorithm::eltwise_tanh}},
        {"Exp", {algorithm::eltwise_exp}},             {"Log", {algorithm::eltwise_log}},
        {"Sqrt", {algorithm::eltwise_sqrt}},           {"Abs", {algorithm::eltwise_abs}},
        {"Neg", {algorithm::eltwise_linear, -1.f, 0.f}}, {"Round", {algorithm::eltwise_round}},
        {"Softplus", {algorithm::eltwise_soft_relu}},  {"Reciprocal", {algorithm::eltwise_pow, 1.f, -1.f}},
    };
    if (!node.domain.empty()) return std::nullopt;
    if (const auto found = simple.find(node.opType); found != simple.end()) return std::vector<EltwiseStep>{found->second};
    const Attributes& a = node.attributes;
    if (node.opType == "LeakyRelu") return std::vector<EltwiseStep>{{algorithm::eltwise_relu, a.getFloat("alpha", 0.01f)}};
    if (node.opType == "Elu") return std::vector<EltwiseStep>{{algorithm::eltwise_elu, a.getFloat("alpha", 1.f)}};
    if (node.opType == "HardSigmoid") {
        return std::vector<EltwiseStep>{{algorithm::eltwise_linear, a.getFloat("alpha", 0.2f), a.getFloat("beta", 0.5f)},
                                        {algorithm::eltwise_clip_v2, 0.f, 1.f}};
    }
    if (node.opType == "Clip") {
        const auto low = clipBound(graph, node, 1, "min", std::numeric_limits<float>::lowest());
        const auto high = clipBound(graph, node, 2, "max", std::numeric_limits<float>::max());
        if (!low || !high) return std::nullopt;
        if (*low == 0.f && *high == std::numeric_limits<float>::max()) return std::vector<EltwiseStep>{{algorithm::eltwise_relu}};
        return std::vector<EltwiseStep>{{algorithm::eltwise_clip_v2, *low, *high}};
    }
    return std::nullopt;
}

std::optional<dnnl::algorithm> binaryAlgorithm(const std::string& opType) {
    static const std::map<std::string, algorithm> table{
        {"Add", algorithm::binary_add}, {"Sub", algorithm::binary_sub}, {"Mul", algorithm::binary_mul},
        {"Div", algorithm::binary_div}, {"Max", algorithm::binary_max}, {"Min", algorithm::binary_min},
        {"Sum", algorithm::binary_add}, // variadic; fused only with two inputs
    };
    const auto found = table.find(opType);
    if (found == table.end()) return std::nullopt;
    return found->second;
}

std::string eltwiseText(const EltwiseStep& step) {
    std::string text = dnnl_alg_kind2str(static_cast<dnnl_alg_kind_t>(step.algorithm));
    if (text.starts_with("eltwise_")) text.erase(0, 8);
    if (step.alpha == 0 && step.beta == 0) return text;
    return text.append("(").append(std::to_string(step.alpha)).append(",").append(std::to_string(step.beta)).append(")");
}

} // namespace fusebox::onednn
