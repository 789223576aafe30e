#include "transforms/shape_settling.h"

#include "onnx/graph_shape_inference.h"
#include "transforms/constant_folding.h"

#include <string_view>
#include <unordered_map>

namespace fusebox {

namespace {

// The first input the node reads that has no static shape, or kNoValue.
ValueId firstUnshapedInput(const Graph& graph, const Node& node) {
    for (ValueId id : node.inputs) {
        if (id != kNoValue && !graph.value(id).constant && !graph.value(id).shape.isStatic()) return id;
    }
    return kNoValue;
}

std::string opName(const Node& node) { return node.domain.empty() ? node.opType : node.domain + "." + node.opType; }

// The inputs whose values (not only their shapes) decide the output shape, for the ONNX
// ops that have such inputs. When one of them is computed at run time, no folding or
// inference can know the shape before the model runs.
std::vector<std::size_t> shapeDecidingInputs(const Node& node) {
    static const std::unordered_map<std::string_view, std::vector<std::size_t>> kInputs{
        {"CenterCropPad", {1}}, {"Compress", {1}},  {"ConstantOfShape", {0}}, {"Expand", {1}},   {"MaxUnpool", {2}},
        {"NonMaxSuppression", {0, 1, 2, 3, 4}}, {"NonZero", {0}}, {"OneHot", {1}}, {"Pad", {1}}, {"Range", {0, 1, 2}},
        {"ReduceL1", {1}},      {"ReduceL2", {1}},  {"ReduceLogSum", {1}},    {"ReduceLogSumExp", {1}}, {"ReduceMax", {1}},
        {"ReduceMean", {1}},    {"ReduceMin", {1}}, {"ReduceProd", {1}},      {"ReduceSum", {1}}, {"ReduceSumSquare", {1}},
        {"Reshape", {1}},       {"Resize", {2, 3}}, {"Slice", {1, 2, 3, 4}},  {"Split", {1}},    {"Squeeze", {1}},
        {"Tile", {1}},          {"TopK", {1}},      {"Unique", {0}},          {"Unsqueeze", {1}}, {"Upsample", {1}},
    };
    if (!node.domain.empty()) return {};
    auto it = kInputs.find(node.opType);
    return it == kInputs.end() ? std::vector<std::size_t>{} : it->second;
}

// Why output `index` of `node` has no static shape, by its cause: an input without one
// passes its reason on, so every value names the place where the shape was lost.
std::string reasonFor(const Graph& graph, const Node& node, std::size_t index) {
    if (const ValueId input = firstUnshapedInput(graph, node); input != kNoValue) {
        const Value& value = graph.value(input);
        if (!value.unshapedReason.empty()) return value.unshapedReason;
        return "'" + value.name + "' has no static shape";
    }
    const std::string place = opName(node) + " '" + node.name + "'";
    for (std::size_t i : shapeDecidingInputs(node)) {
        if (i >= node.inputs.size() || node.inputs[i] == kNoValue || graph.value(node.inputs[i]).constant) continue;
        return "the shape depends on data: the values of '" + graph.value(node.inputs[i]).name + "' (input " +
               std::to_string(i) + " of " + place + ") decide it at run time";
    }
    if (!node.knownOp) return "no shape inference for " + place + " (an op no ONNX schema describes)";
    if (!bodiesOf(node).empty()) return "the shape depends on data: the body of " + place + " decides it at run time";
    return "ONNX shape inference gives output " + std::to_string(index) + " of " + place + " no shape";
}

std::string inputReason(const Value& input) {
    return "graph input '" + input.name + "' is " + input.shape.toString() + " (fix its dims with --shape)";
}

// Fills Value::unshapedReason in topological order, so inputs have theirs first.
Result<std::vector<UnshapedValue>> recordUnshapedReasons(Graph& graph) {
    for (ValueId id : graph.inputs()) {
        Value& input = graph.value(id);
        input.unshapedReason = input.shape.isStatic() ? std::string() : inputReason(input);
    }
    auto order = graph.topologicalOrder();
    if (!order) return order.error();
    std::vector<UnshapedValue> unshaped;
    for (NodeId id : *order) {
        const Node& node = graph.node(id);
        for (std::size_t i = 0; i < node.outputs.size(); ++i) {
            if (node.outputs[i] == kNoValue) continue;
            Value& value = graph.value(node.outputs[i]);
            value.unshapedReason = value.shape.isStatic() ? std::string() : reasonFor(graph, node, i);
            if (!value.unshapedReason.empty()) unshaped.push_back({value.name, value.unshapedReason});
        }
    }
    return unshaped;
}

} // namespace

Result<SettledShapes> settleShapes(Model& model) {
    SettledShapes settled;
    while (settled.rounds < kMaxSettlingRounds) {
        ++settled.rounds;
        auto folded = foldConstants(model);
        if (!folded) return folded.error();
        if (folded->foldedNodes.empty()) break; // shapes are what import inferred, or what the last round found
        settled.foldedNodes.insert(settled.foldedNodes.end(), folded->foldedNodes.begin(), folded->foldedNodes.end());
        auto refined = refineShapes(model);
        if (!refined) return refined.error();
        if (*refined == 0) break; // folding again would find what this round found
    }
    auto unshaped = recordUnshapedReasons(model.graph);
    if (!unshaped) return unshaped.error().withContext("shape settling");
    settled.unshaped = std::move(*unshaped);
    return settled;
}

} // namespace fusebox
