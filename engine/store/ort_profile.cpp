#include "store/ort_profile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace fusebox::store {

namespace {

constexpr std::string_view kKernelSuffix = "_kernel_time";
constexpr double kMicrosecondsPerMs = 1000.0;

std::string textField(const nlohmann::json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

Result<OrtProfile> parseOrtProfile(const std::string& text, const std::string& path) {
    nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_discarded()) return Error(path + ": not JSON (an ONNX Runtime profile is a JSON array of trace events)");
    const nlohmann::json* events = &document;
    if (document.is_object() && document.contains("traceEvents")) events = &document["traceEvents"];
    if (!events->is_array()) return Error(path + ": expected a JSON array of trace events (or {\"traceEvents\": [...]})");

    OrtProfile profile;
    std::map<std::string, std::size_t> byName;
    for (const nlohmann::json& event : *events) {
        if (!event.is_object() || textField(event, "ph") != "X") continue;
        auto duration = event.find("dur");
        if (duration == event.end() || !duration->is_number()) continue;
        const double ms = duration->get<double>() / kMicrosecondsPerMs;
        const std::string name = textField(event, "name");
        if (name == "model_run") {
            profile.runMs.push_back(ms);
            continue;
        }
        if (!name.ends_with(kKernelSuffix)) continue;
        const nlohmann::json args = event.value("args", nlohmann::json::object());
        const std::string node = name.substr(0, name.size() - kKernelSuffix.size());
        auto [it, added] = byName.try_emplace(node, profile.nodes.size());
        if (added) profile.nodes.push_back({node, textField(args, "op_name"), textField(args, "provider"), {}});
        profile.nodes[it->second].samplesMs.push_back(ms);
        const std::string provider = profile.nodes[it->second].provider;
        if (std::find(profile.providers.begin(), profile.providers.end(), provider) == profile.providers.end()) {
            profile.providers.push_back(provider);
        }
    }
    if (profile.nodes.empty()) {
        return Error(path + ": no '<node>_kernel_time' events, so this is not an ONNX Runtime profile "
                            "(write one with SessionOptions enable_profiling)");
    }
    return profile;
}

RunResults ortProfileResults(const OrtProfile& profile, const Graph& graph, int* unmatched) {
    std::map<std::string, int> order; // node name -> execution position in our graph
    if (auto sorted = graph.topologicalOrder(); sorted) {
        for (NodeId id : *sorted) order.emplace(graph.node(id).name, static_cast<int>(order.size()));
    }
    RunResults results;
    results.total = summarizeTimings(profile.runMs);
    int missing = 0;
    for (const OrtNodeSamples& node : profile.nodes) {
        auto position = order.find(node.name);
        ItemTiming t;
        t.kind = ItemKind::Node;
        t.item = node.name;
        t.position = position != order.end() ? position->second : static_cast<int>(order.size()) + missing++;
        t.opType = node.opType;
        t.device = node.provider;
        t.stats = summarizeTimings(node.samplesMs);
        results.nodes.push_back(std::move(t));
    }
    std::stable_sort(results.nodes.begin(), results.nodes.end(),
                     [](const ItemTiming& x, const ItemTiming& y) { return x.position < y.position; });
    if (unmatched) *unmatched = missing;
    return results;
}

} // namespace fusebox::store
