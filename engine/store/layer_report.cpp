#include "store/layer_report.h"

#include "analysis/flops.h"
#include "core/text.h"

#include <cstdio>
#include <set>

namespace fusebox::store {

namespace {

std::string shapeText(const Value& value) {
    if (!value.shape.rankKnown()) return "?";
    std::string text;
    for (const Dim& dim : value.shape.dims()) {
        if (!text.empty()) text += "x";
        text += dim.isStatic() ? std::to_string(dim.size()) : dim.toString();
    }
    return text.empty() ? "scalar" : text;
}

std::optional<int64_t> bytesMoved(const Graph& graph, const Node& node) {
    int64_t bytes = 0;
    for (const auto* list : {&node.inputs, &node.outputs}) {
        for (ValueId id : *list) {
            if (id == kNoValue) continue;
            const int64_t size = staticByteSize(graph.value(id));
            if (size == 0 && !graph.value(id).shape.isStatic()) return std::nullopt;
            bytes += size;
        }
    }
    return bytes;
}

void addGraphFigures(LayerRow& row, const Graph& graph, const Node& node) {
    for (ValueId id : node.inputs) {
        if (id != kNoValue) row.inputShapes.push_back(shapeText(graph.value(id)));
    }
    for (ValueId id : node.outputs) row.outputShapes.push_back(shapeText(graph.value(id)));
    row.flops = estimateFlops(graph, node);
    row.bytes = bytesMoved(graph, node);
    if (row.precision.empty() && !node.outputs.empty()) row.precision = std::string(elementTypeName(graph.value(node.outputs[0]).type));
}

std::string csvField(const std::string& raw) {
    const std::string text = validUtf8(raw); // node names come from the model file
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string number(double value, const char* format) {
    char text[48];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

std::string joined(const std::vector<std::string>& parts) {
    std::string text;
    for (const std::string& part : parts) text += (text.empty() ? "" : ";") + part;
    return text;
}

} // namespace

const char* timeNoteText(TimeNote note) {
    switch (note) {
    case TimeNote::Measured: return "";
    case TimeNote::InSubgraph: return "timed with its subgraph";
    case TimeNote::FusedNoTime: return "fused: its time is in its producer's";
    case TimeNote::NotMeasured: return "not measured";
    }
    return "";
}

LayerReport buildLayerReport(const StoredRun& run, const Graph* graph, const std::map<std::string, std::string>& precisionByDevice) {
    const RunResults& results = run.results;
    LayerReport report;
    report.run = run.summary.id;
    report.model = run.summary.model;
    report.label = run.summary.label;
    report.devices = run.summary.devices;
    report.endToEndMs = results.total.medianMs;
    report.subgraphs = static_cast<int>(results.subgraphs.size());
    report.layoutConversions = results.layoutConversions;
    report.peakBytes = results.peakBytes;
    report.fallbacks = results.fallbacks;
    report.withGraph = graph != nullptr;

    // Subgraphs whose nodes have no time of their own count once, with the subgraph's time.
    std::map<int, double> subgraphMs;
    for (const ItemTiming& s : results.subgraphs) {
        if (s.subgraph && s.stats.samples > 0) subgraphMs[*s.subgraph] = s.stats.medianMs;
    }
    // A subgraph with some per-node times (oneDNN times its primitives, not the post-ops
    // fused into them) is counted by those; its nodes without one are fused into them.
    std::set<int> partlyTimed;
    for (const ItemTiming& t : results.nodes) {
        if (t.subgraph && t.stats.samples > 0) partlyTimed.insert(*t.subgraph);
    }
    std::set<int> subgraphsCounted;
    for (const ItemTiming& t : results.nodes) {
        LayerRow row;
        row.order = static_cast<int>(report.rows.size());
        row.node = t.item;
        row.opType = t.opType;
        row.device = t.device;
        row.subgraph = t.subgraph;
        if (auto p = precisionByDevice.find(t.device); p != precisionByDevice.end()) row.precision = p->second;
        ++report.nodesPerDevice[t.device];
        if (t.stats.samples > 0) {
            row.medianUs = t.stats.medianMs * 1000.0;
            row.note = t.stats.medianMs > 0 ? TimeNote::Measured : TimeNote::FusedNoTime;
            report.layerSumMs += t.stats.medianMs;
        } else if (t.subgraph && partlyTimed.contains(*t.subgraph)) {
            row.note = TimeNote::FusedNoTime;
        } else if (t.subgraph && subgraphMs.contains(*t.subgraph)) {
            row.note = TimeNote::InSubgraph;
            if (subgraphsCounted.insert(*t.subgraph).second) {
                report.layerSumMs += subgraphMs[*t.subgraph];
                report.wholeSubgraphs.push_back(*t.subgraph);
            }
        }
        if (graph) {
            if (auto id = graph->findNode(t.item)) addGraphFigures(row, *graph, graph->node(*id));
        }
        if (row.flops && row.medianUs && *row.medianUs > 0) row.gflopsPerSecond = double(*row.flops) / (*row.medianUs * 1e3);
        report.rows.push_back(std::move(row));
    }
    for (LayerRow& row : report.rows) {
        if (row.medianUs && report.layerSumMs > 0) row.share = *row.medianUs / 1000.0 / report.layerSumMs;
    }
    return report;
}

std::string layerReportCsv(const LayerReport& report) {
    std::string csv = "order,node,op_type,device,subgraph,precision,input_shapes,output_shapes,time_us,share,flops,"
                      "gflops_per_s,bytes,note\n";
    for (const LayerRow& r : report.rows) {
        const std::vector<std::string> fields{
            std::to_string(r.order), csvField(r.node), csvField(r.opType), csvField(r.device),
            r.subgraph ? std::to_string(*r.subgraph) : "", r.precision, csvField(joined(r.inputShapes)),
            csvField(joined(r.outputShapes)), r.medianUs ? number(*r.medianUs, "%.3f") : "",
            r.medianUs ? number(r.share, "%.5f") : "", r.flops ? std::to_string(*r.flops) : "",
            r.gflopsPerSecond ? number(*r.gflopsPerSecond, "%.3f") : "", r.bytes ? std::to_string(*r.bytes) : "",
            timeNoteText(r.note)};
        for (std::size_t i = 0; i < fields.size(); ++i) csv += (i ? "," : "") + fields[i];
        csv += "\n";
    }
    return csv;
}

} // namespace fusebox::store
