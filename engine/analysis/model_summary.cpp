#include "analysis/model_summary.h"

#include "analysis/flops.h"

#include <algorithm>
#include <map>

namespace fusebox {

namespace {

TensorInfo infoOf(const Value& value) { return {value.name, value.type, value.shape}; }

void addParams(ModelSummary& summary, const TensorData& tensor) {
    summary.paramCount += tensor.elementCount();
    summary.paramBytes += static_cast<int64_t>(tensor.bytes().size());
}

} // namespace

ModelSummary summarize(const Model& model, const std::vector<std::string>& foldedOpTypes) {
    const Graph& graph = model.graph;
    ModelSummary summary;
    summary.producer = model.producerName + (model.producerVersion.empty() ? "" : " " + model.producerVersion);
    summary.irVersion = model.irVersion;
    summary.opsets = model.opsets;
    for (ValueId id : graph.inputs()) summary.inputs.push_back(infoOf(graph.value(id)));
    for (ValueId id : graph.outputs()) summary.outputs.push_back(infoOf(graph.value(id)));
    summary.nodeCount = graph.nodeCount() + foldedOpTypes.size();
    summary.foldedNodes = foldedOpTypes.size();

    std::map<std::string, int64_t> histogram;
    for (const std::string& opType : foldedOpTypes) ++histogram[opType];
    for (NodeId id : graph.nodeIds()) {
        const Node& node = graph.node(id);
        const std::string key = node.domain.empty() ? node.opType : node.domain + "." + node.opType;
        ++histogram[key];
        if (auto flops = estimateFlops(graph, node)) summary.flops += *flops;
        else ++summary.nodesWithoutFlops;
        if (node.opType == "Constant" && node.domain.empty()) {
            if (auto tensor = node.attributes.get<TensorData>("value")) addParams(summary, *tensor);
        }
    }
    for (ValueId id = 0; id < graph.valueCount(); ++id) {
        if (const auto& constant = graph.value(id).constant) addParams(summary, *constant);
    }
    summary.opCounts.assign(histogram.begin(), histogram.end());
    std::stable_sort(summary.opCounts.begin(), summary.opCounts.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return summary;
}

} // namespace fusebox
