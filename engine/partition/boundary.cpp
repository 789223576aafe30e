#include "partition/boundary.h"

#include <unordered_set>

namespace fusebox {

namespace {

std::vector<ValueId> uniqueInOrder(const std::vector<ValueId>& values) {
    std::vector<ValueId> unique;
    std::unordered_set<ValueId> seen;
    for (ValueId v : values) {
        if (seen.insert(v).second) unique.push_back(v);
    }
    return unique;
}

} // namespace

void computeBoundary(const Graph& graph, SubgraphOp& op, const std::vector<int>& groupOfNode, int group) {
    const std::unordered_set<ValueId> graphOutputs(graph.outputs().begin(), graph.outputs().end());
    std::vector<ValueId> inputs;
    std::vector<ValueId> outputs;
    for (NodeId id : op.nodes) {
        for (ValueId input : valuesRead(graph, graph.node(id))) { // If/Loop bodies' reads included
            const Value& value = graph.value(input);
            const bool inside = value.producer != kNoNode && groupOfNode[value.producer] == group;
            if (!inside && !value.constant) inputs.push_back(input);
        }
        for (ValueId output : graph.node(id).outputs) {
            if (output == kNoValue) continue;
            bool usedOutside = graphOutputs.contains(output);
            for (NodeId consumer : graph.value(output).consumers) usedOutside = usedOutside || groupOfNode[consumer] != group;
            if (usedOutside) outputs.push_back(output);
        }
    }
    op.inputs = uniqueInOrder(inputs);
    op.outputs = uniqueInOrder(outputs);
    op.boundaryBytes = 0;
    for (ValueId v : op.inputs) op.boundaryBytes += staticByteSize(graph.value(v));
    for (ValueId v : op.outputs) op.boundaryBytes += staticByteSize(graph.value(v));
}

} // namespace fusebox
