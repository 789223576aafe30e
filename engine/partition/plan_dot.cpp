#include "partition/plan_dot.h"

#include "devices/device_profile.h"

#include <array>
#include <sstream>

namespace fusebox {

namespace {

// A DOT string literal; a line break becomes DOT's "\n" escape (a centred line).
std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string nodeLabel(const Graph& graph, const Node& node) {
    std::string label = node.name;
    label.append("\n").append(node.opType);
    if (!node.outputs.empty() && node.outputs[0] != kNoValue) label.append(" ").append(graph.value(node.outputs[0]).shape.toString());
    return label;
}

} // namespace

std::string deviceColor(const std::string& device) {
    if (device == kHostDevice) return "#d9d9d9";
    // Known devices get fixed colours so pictures stay comparable; others hash into the palette.
    static const std::array<std::pair<const char*, const char*>, 4> known{
        {{"onednn", "#8dd3c7"}, {"xnnpack", "#80b1d3"}, {"opencl", "#fdb462"}, {"cuda", "#b3de69"}}};
    for (const auto& [name, color] : known) {
        if (device == name) return color;
    }
    static const std::array<const char*, 6> palette{"#fb8072", "#bebada", "#fccde5", "#ffffb3", "#bc80bd", "#ccebc5"};
    std::size_t hash = 0;
    for (char c : device) hash = hash * 31 + static_cast<unsigned char>(c);
    return palette[hash % palette.size()];
}

std::string planToDot(const Graph& graph, const PartitionPlan& plan) {
    std::ostringstream dot;
    dot << "digraph partition {\n  rankdir=TB;\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n";
    for (const SubgraphOp& op : plan.subgraphs) {
        const std::string color = deviceColor(op.device);
        dot << "  subgraph cluster_" << op.id << " {\n    label=" << quoted("subgraph " + std::to_string(op.id) + " · " + op.device)
            << ";\n    style=filled; color=" << quoted(color) << "; fillcolor=" << quoted(color + "55") << ";\n";
        for (NodeId id : op.nodes) {
            dot << "    n" << id << " [label=" << quoted(nodeLabel(graph, graph.node(id))) << ", fillcolor=" << quoted(color)
                << "];\n";
        }
        dot << "  }\n";
    }
    for (NodeId id : plan.hostNodes) {
        dot << "  n" << id << " [label=" << quoted(nodeLabel(graph, graph.node(id))) << ", fillcolor="
            << quoted(deviceColor(kHostDevice)) << "];\n";
    }
    for (NodeId id : graph.nodeIds()) {
        for (ValueId output : graph.node(id).outputs) {
            if (output == kNoValue) continue;
            for (NodeId consumer : graph.value(output).consumers) {
                dot << "  n" << id << " -> n" << consumer << " [tooltip=" << quoted(graph.value(output).name) << "];\n";
            }
        }
    }
    dot << "}\n";
    return dot.str();
}

} // namespace fusebox
