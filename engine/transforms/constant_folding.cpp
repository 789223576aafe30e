#include "transforms/constant_folding.h"

#include "ir/constant_ops.h"
#include "transforms/reference_evaluator.h"

#include <array>
#include <optional>
#include <string_view>

namespace fusebox {

namespace {

using Folded = std::optional<std::vector<TensorData>>;

// Folding would freeze one draw of a value that differs on every run.
bool isRandom(std::string_view opType) {
    static constexpr std::array<std::string_view, 6> kRandomOps{
        "Bernoulli", "Multinomial", "RandomNormal", "RandomNormalLike", "RandomUniform", "RandomUniformLike"};
    for (std::string_view op : kRandomOps) {
        if (op == opType) return true;
    }
    return false;
}

// Fixed-size elements and exactly as many bytes as the dims need: kernels rely on it.
bool isWellFormed(const TensorData& data) {
    const std::size_t size = elementSize(data.type());
    const auto count = checkedElementCount(data.dims());
    return size > 0 && count && data.bytes().size() == static_cast<std::size_t>(*count) * size;
}

// The size check made before a kernel runs: each output the node produces has a declared
// static shape, a fixed-size type and at most kMaxFoldedBytes.
bool outputsFit(const Graph& graph, const Node& node) {
    for (ValueId id : node.outputs) {
        if (id == kNoValue) continue;
        const Value& value = graph.value(id);
        if (!value.shape.isStatic()) return false;
        const std::size_t size = elementSize(value.type);
        const auto count = checkedElementCount(value.shape.staticSizes());
        if (size == 0 || !count || static_cast<std::size_t>(*count) > kMaxFoldedBytes / size) return false;
    }
    return true;
}

// The constant data of every present input, or nullopt when one is not constant.
std::optional<std::vector<const TensorData*>> constantInputs(const Graph& graph, const Node& node) {
    std::vector<const TensorData*> inputs;
    inputs.reserve(node.inputs.size());
    for (ValueId id : node.inputs) {
        if (id == kNoValue) {
            inputs.push_back(nullptr);
            continue;
        }
        const Value& value = graph.value(id);
        if (!value.constant || !isWellFormed(*value.constant)) return std::nullopt;
        inputs.push_back(&*value.constant);
    }
    return inputs;
}

// Shape needs only its input's dims, so a non-constant input with a static shape will do.
Folded shapeOf(const Graph& graph, const Node& node) {
    if (node.inputs.size() != 1 || node.inputs[0] == kNoValue) return std::nullopt;
    const Value& input = graph.value(node.inputs[0]);
    if (!input.constant && !input.shape.isStatic()) return std::nullopt;
    const std::vector<int64_t> dims =
        shapeOpResult(node.attributes, input.constant ? input.constant->dims() : input.shape.staticSizes());
    return std::vector<TensorData>{TensorData::fromValues(ElementType::Int64, {int64_t(dims.size())}, dims)};
}

// Constant, Identity and Shape: results that exist without computing anything.
std::optional<Folded> evaluateWithoutKernel(const Graph& graph, const Node& node) {
    if (node.opType == "Shape") return shapeOf(graph, node);
    if (node.opType == "Constant") {
        auto value = constantNodeValue(node.attributes);
        if (!value || !isWellFormed(*value)) return Folded();
        return Folded(std::vector<TensorData>{std::move(*value)});
    }
    if (node.opType == "Identity") {
        auto inputs = constantInputs(graph, node);
        if (!inputs || inputs->size() != 1 || !inputs->front()) return Folded();
        return Folded(std::vector<TensorData>{*inputs->front()});
    }
    return std::nullopt; // needs a kernel
}

Folded evaluateWithKernel(const Graph& graph, const Node& node, int64_t opset) {
    const ReferenceEvaluator evaluate = ReferenceKernels::evaluator();
    if (!evaluate) return std::nullopt;
    auto inputs = constantInputs(graph, node); // checked first: the common refusal
    if (!inputs || !outputsFit(graph, node)) return std::nullopt;
    std::vector<Tensor> tensors;
    tensors.reserve(inputs->size());
    for (const TensorData* input : *inputs) tensors.push_back(input ? Tensor::fromConstant(*input) : Tensor());
    std::vector<const Tensor*> pointers;
    for (std::size_t i = 0; i < tensors.size(); ++i) pointers.push_back((*inputs)[i] ? &tensors[i] : nullptr);

    auto outputs = evaluate(graph, node, opset, pointers);
    if (!outputs || outputs->size() != node.outputs.size()) return std::nullopt; // the node stays; running it reports why
    std::vector<TensorData> results;
    for (const Tensor& output : *outputs) results.push_back(output.toConstant());
    return results;
}

Folded evaluate(const Graph& graph, const Node& node, int64_t opset) {
    // If/Loop/Scan bodies may read outer values and have effects folding cannot see.
    if (!node.domain.empty() || !bodiesOf(node).empty() || isRandom(node.opType)) return std::nullopt;
    if (auto folded = evaluateWithoutKernel(graph, node)) return *folded;
    return evaluateWithKernel(graph, node, opset);
}

// A result that contradicts what shape inference declared means the model (or a kernel)
// is inconsistent; leaving the node is the safe choice.
bool agreesWithDeclared(const Value& value, const TensorData& data) {
    if (!isWellFormed(data)) return false;
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

int64_t defaultOpset(const Model& model) {
    auto it = model.opsets.find(kDefaultDomain);
    return it == model.opsets.end() ? 1 : it->second;
}

} // namespace

Result<FoldResult> foldConstants(Model& model) {
    Graph& graph = model.graph;
    auto order = graph.topologicalOrder();
    if (!order) return order.error().withContext("constant folding");

    const int64_t opset = defaultOpset(model);
    FoldResult result;
    for (NodeId id : *order) {
        const Node& node = graph.node(id);
        auto outputs = evaluate(graph, node, opset);
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
