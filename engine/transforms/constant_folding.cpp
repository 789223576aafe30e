#include "transforms/constant_folding.h"

#include "transforms/fold_kernels.h"

#include <variant>

namespace fusebox {

namespace {

// If/Loop/Scan bodies may read outer values and have effects folding cannot see.
bool hasGraphAttribute(const Node& node) {
    for (const Attribute& attribute : node.attributes.all()) {
        if (std::holds_alternative<std::shared_ptr<Graph>>(attribute.value) ||
            std::holds_alternative<std::vector<std::shared_ptr<Graph>>>(attribute.value)) {
            return true;
        }
    }
    return false;
}

// Shape needs only its input's dims, so a non-constant input with a static shape will do.
std::optional<std::vector<TensorData>> shapeOfStaticValue(const Graph& graph, const Node& node) {
    if (node.opType != "Shape" || node.inputs.size() != 1 || node.inputs[0] == kNoValue) return std::nullopt;
    const Value& input = graph.value(node.inputs[0]);
    if (input.constant || !input.shape.isStatic()) return std::nullopt;
    auto data = evaluateShape(node, input.shape.staticSizes());
    if (!data) return std::nullopt;
    return std::vector<TensorData>{std::move(*data)};
}

// The node's outputs when it can be folded; nullopt leaves it in the graph.
std::optional<std::vector<TensorData>> evaluate(const Graph& graph, const Node& node) {
    if (!node.domain.empty() || hasGraphAttribute(node)) return std::nullopt;
    if (auto shape = shapeOfStaticValue(graph, node)) return shape;
    FoldInputs inputs;
    inputs.reserve(node.inputs.size());
    for (ValueId id : node.inputs) {
        if (id != kNoValue && !graph.value(id).constant) return std::nullopt; // checked first: the common case
        inputs.push_back(id == kNoValue ? nullptr : &*graph.value(id).constant);
    }
    if (!hasFoldKernel(node.opType)) return std::nullopt;
    return evaluateConstantNode(node, inputs);
}

// A result that contradicts what shape inference declared means the model (or a kernel)
// is inconsistent; leaving the node is the safe choice.
bool agreesWithDeclared(const Value& value, const TensorData& data) {
    if (value.type != ElementType::Undefined && value.type != data.type()) return false;
    if (!value.shape.rankKnown()) return true;
    if (value.shape.rank() != data.dims().size()) return false;
    for (std::size_t i = 0; i < data.dims().size(); ++i) {
        const Dim& dim = value.shape[i];
        if (dim.isStatic() && dim.size() != data.dims()[i]) return false;
    }
    return true;
}

bool canReplace(const Graph& graph, const Node& node, const std::vector<TensorData>& outputs) {
    if (outputs.size() != node.outputs.size()) return false;
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        if (node.outputs[i] != kNoValue && !agreesWithDeclared(graph.value(node.outputs[i]), outputs[i])) return false;
    }
    return true;
}

} // namespace

Result<FoldResult> foldConstants(Graph& graph) {
    auto order = graph.topologicalOrder();
    if (!order) return order.error().withContext("constant folding");

    FoldResult result;
    for (NodeId id : *order) {
        const Node& node = graph.node(id);
        auto outputs = evaluate(graph, node);
        if (!outputs || !canReplace(graph, node, *outputs)) continue;
        for (std::size_t i = 0; i < outputs->size(); ++i) {
            if (node.outputs[i] == kNoValue) continue;
            Value& value = graph.value(node.outputs[i]);
            TensorData& data = (*outputs)[i];
            value.type = data.type();
            value.shape = Shape::of(data.dims());
            value.constant = std::move(data);
        }
        result.foldedNodes.push_back(node.name);
        graph.removeNode(id); // consumers now read the constant values directly
    }
    return result;
}

} // namespace fusebox
