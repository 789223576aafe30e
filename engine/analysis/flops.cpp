#include "analysis/flops.h"

namespace fusebox {

namespace {

const Shape* inputShape(const Graph& graph, const Node& node, std::size_t index) {
    if (index >= node.inputs.size() || node.inputs[index] == kNoValue) return nullptr;
    const Shape& shape = graph.value(node.inputs[index]).shape;
    return shape.isStatic() ? &shape : nullptr;
}

std::optional<int64_t> outputElements(const Graph& graph, const Node& node) {
    int64_t total = 0;
    for (ValueId output : node.outputs) {
        if (output == kNoValue) continue;
        auto count = graph.value(output).shape.elementCount();
        if (!count) return std::nullopt;
        total += *count;
    }
    return total;
}

// Product of the weight's dims from `first` on: (Cin/group) x kernel for Conv,
// (Cout/group) x kernel for ConvTranspose.
int64_t productFrom(const Shape& shape, std::size_t first) {
    int64_t product = 1;
    for (std::size_t i = first; i < shape.rank(); ++i) product *= shape[i].size();
    return product;
}

std::optional<int64_t> multiplyAccumulates(const Graph& graph, const Node& node) {
    const Shape* a = inputShape(graph, node, 0);
    const Shape* b = inputShape(graph, node, 1);
    if (!a || !b) return std::nullopt;
    if (node.opType == "Conv") {
        auto out = outputElements(graph, node);
        if (!out) return std::nullopt;
        return *out * productFrom(*b, 1);
    }
    if (node.opType == "ConvTranspose") {
        if (b->rank() < 2) return std::nullopt;
        return *a->elementCount() * b->dims()[1].size() * productFrom(*b, 2);
    }
    if (node.opType == "Gemm" || node.opType == "MatMul") {
        if (a->rank() == 0) return std::nullopt;
        const bool transA = node.opType == "Gemm" && node.attributes.getInt("transA", 0) != 0;
        const int64_t k = transA ? (*a)[0].size() : (*a)[a->rank() - 1].size();
        auto out = outputElements(graph, node);
        if (!out) return std::nullopt;
        return *out * k;
    }
    return std::nullopt;
}

bool isMultiplyAccumulateOp(const std::string& opType) {
    return opType == "Conv" || opType == "ConvTranspose" || opType == "Gemm" || opType == "MatMul";
}

} // namespace

std::optional<int64_t> estimateFlops(const Graph& graph, const Node& node) {
    if (node.domain.empty() && isMultiplyAccumulateOp(node.opType)) {
        auto macs = multiplyAccumulates(graph, node);
        if (!macs) return std::nullopt;
        return *macs * 2;
    }
    return outputElements(graph, node);
}

} // namespace fusebox
