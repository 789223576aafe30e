#include "store/chrome_trace.h"

#include "core/json_text.h"

#include <nlohmann/json.hpp>

#include <map>

namespace fusebox::store {

namespace {

using Json = nlohmann::ordered_json;
constexpr int kProcess = 1;

Json statsArgs(const ItemTiming& t) {
    Json args{{"samples", t.stats.samples}};
    if (t.stats.samples > 0) {
        args["median_ms"] = t.stats.medianMs;
        args["min_ms"] = t.stats.minMs;
        args["max_ms"] = t.stats.maxMs;
        args["p90_ms"] = t.stats.p90Ms;
    }
    if (!t.opType.empty()) args["op_type"] = t.opType;
    return args;
}

// One complete ("X") event; times in microseconds.
Json slice(const std::string& name, const std::string& category, int track, double startUs, double durationUs, Json args) {
    return {{"name", name}, {"cat", category}, {"ph", "X"}, {"pid", kProcess}, {"tid", track},
            {"ts", startUs}, {"dur", durationUs}, {"args", std::move(args)}};
}

Json metadata(const std::string& what, int track, const std::string& name) {
    return {{"name", what}, {"ph", "M"}, {"pid", kProcess}, {"tid", track}, {"args", {{"name", name}}}};
}

} // namespace

std::string chromeTraceJson(const StoredRun& run) {
    Json events = Json::array();
    events.push_back(metadata("process_name", 0, "run " + std::to_string(run.summary.id) + ": " + run.summary.model + " (" +
                                                     run.summary.label + ")"));
    std::map<std::string, int> tracks; // device -> tid, in order of first use
    auto trackOf = [&](const std::string& device) {
        auto [it, added] = tracks.try_emplace(device, static_cast<int>(tracks.size()) + 1);
        if (added) events.push_back(metadata("thread_name", it->second, device.empty() ? "nodes" : device));
        return it->second;
    };

    // Nodes of each subgraph, in order.
    std::map<int, std::vector<const ItemTiming*>> members;
    for (const ItemTiming& node : run.results.nodes) {
        if (node.subgraph) members[*node.subgraph].push_back(&node);
    }
    std::map<std::string, const ItemTiming*> subgraphs;
    for (const ItemTiming& sg : run.results.subgraphs) subgraphs[sg.item] = &sg;

    double now = 0; // microseconds
    int current = -1; // the subgraph whose nodes were last laid out (ids start at 0)
    for (const ItemTiming& node : run.results.nodes) {
        const double nodeUs = node.stats.samples > 0 ? node.stats.medianMs * 1000 : 0;
        if (!node.subgraph) {
            events.push_back(slice(node.item, "node", trackOf(node.device), now, nodeUs, statsArgs(node)));
            now += nodeUs;
            current = -1;
            continue;
        }
        if (current == *node.subgraph) continue;
        current = *node.subgraph;
        // The subgraph, with its nodes nested inside, scaled to fit when their medians
        // add up to more than the subgraph's own.
        const auto& nodes = members[*node.subgraph];
        auto found = subgraphs.find(std::to_string(*node.subgraph));
        double sum = 0;
        for (const ItemTiming* member : nodes) sum += member->stats.samples > 0 ? member->stats.medianMs * 1000 : 0;
        const double subgraphUs = found != subgraphs.end() && found->second->stats.samples > 0
                                      ? found->second->stats.medianMs * 1000 : sum;
        const int track = trackOf(node.device);
        Json args = found != subgraphs.end() ? statsArgs(*found->second) : Json::object();
        args["nodes"] = nodes.size();
        events.push_back(slice("subgraph " + std::to_string(*node.subgraph), "subgraph", track, now, subgraphUs, args));
        const double scale = sum > subgraphUs && sum > 0 ? subgraphUs / sum : 1;
        double at = now;
        for (const ItemTiming* member : nodes) {
            const double us = (member->stats.samples > 0 ? member->stats.medianMs * 1000 : 0) * scale;
            events.push_back(slice(member->item, "node", track, at, us, statsArgs(*member)));
            at += us;
        }
        now += subgraphUs;
    }
    Json trace{{"traceEvents", std::move(events)},
               {"displayTimeUnit", "ms"},
               {"otherData",
                {{"model", run.summary.model}, {"devices", run.summary.devices}, {"source", run.summary.source},
                 {"status", runStatusName(run.summary.status)}, {"started_at", run.summary.startedAt},
                 {"median_ms", run.results.total.medianMs}, {"samples", run.results.total.samples}}}};
    return jsonText(trace, 1) + "\n";
}

} // namespace fusebox::store
