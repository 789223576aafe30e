#include "partition/assignment.h"

#include "core/text.h"

#include <algorithm>

namespace fusebox {

namespace {

std::string describeRule(const Rule& rule) {
    std::string selectors;
    auto add = [&selectors](const char* key, const std::vector<std::string>& items) {
        if (items.empty()) return;
        if (!selectors.empty()) selectors.append(", ");
        const std::vector<std::string> shown(items.begin(), items.begin() + std::min<std::ptrdiff_t>(3, std::ssize(items)));
        selectors.append(key).append(" = [").append(joinText(shown)).append(items.size() > 3 ? ", ...]" : "]");
    };
    add("ops", rule.ops);
    add("nodes", rule.nodes);
    add("inputs", rule.inputs);
    add("outputs", rule.outputs);
    return "rule at " + rule.where.toString() + " (" + selectors + ")";
}

NodeDecision decide(const Graph& graph, const Node& node, const PartitionConfig& config, const DeviceTable& devices,
                    DeviceIndex& chosen) {
    NodeDecision decision;
    std::vector<bool> accepts(devices.size(), false);
    accepts[kHostIndex] = true;
    for (DeviceIndex d = 1; d < static_cast<DeviceIndex>(devices.size()); ++d) {
        const Support support = devices.profile(d).supports(graph, node);
        accepts[static_cast<std::size_t>(d)] = support.accepted;
        if (!support.accepted) decision.refusals[devices.name(d)] = support.reason;
    }

    std::string prefix;
    if (const Rule* rule = decidingDeviceRule(config, graph, node)) {
        const DeviceIndex wanted = devices.indexOf(rule->device);
        if (accepts[static_cast<std::size_t>(wanted)]) {
            chosen = wanted;
            decision.reason = describeRule(*rule);
            return decision;
        }
        prefix = describeRule(*rule) + " asks for " + rule->device + ", which refuses it; ";
    }
    for (DeviceIndex d = 1; d <= static_cast<DeviceIndex>(devices.targetCount()); ++d) {
        if (accepts[static_cast<std::size_t>(d)]) {
            chosen = d;
            decision.reason = prefix + "first target that accepts it";
            return decision;
        }
    }
    chosen = kHostIndex;
    decision.reason = prefix + (devices.targetCount() == 0 ? "no targets configured" : "no target accepts it");
    return decision;
}

Status assignGroups(const Graph& graph, const PartitionConfig& config, const DeviceTable& devices, Assignment& out) {
    std::map<std::string, SourceLocation> firstSeen;
    for (const Rule& rule : config.rules) {
        if (rule.group.empty()) continue;
        auto [it, added] = firstSeen.emplace(rule.group, rule.where);
        if (added) out.groupNames.push_back(rule.group);
    }
    for (int g = 0; g < static_cast<int>(out.groupNames.size()); ++g) {
        const std::string& name = out.groupNames[static_cast<std::size_t>(g)];
        DeviceIndex groupDevice = -1;
        NodeId first = kNoNode;
        for (NodeId id : graph.nodeIds()) {
            const Node& node = graph.node(id);
            bool member = false;
            for (const Rule& rule : config.rules) member = member || (rule.group == name && rule.matches(graph, node));
            if (!member) continue;
            out.group[id] = g;
            const DeviceIndex device = out.device[id];
            const std::string where = "group '" + name + "' (" + firstSeen[name].toString() + ")";
            if (device == kHostIndex) {
                return Error(where + ": node '" + node.name + "' runs on host (" + out.decisions[id].reason +
                             "); a group must form one device subgraph");
            }
            if (groupDevice >= 0 && device != groupDevice) {
                return Error(where + " spans devices: '" + graph.node(first).name + "' on " + devices.name(groupDevice) +
                             ", '" + node.name + "' on " + devices.name(device));
            }
            groupDevice = device;
            if (first == kNoNode) first = id;
        }
    }
    return {};
}

} // namespace

Result<Assignment> assignDevices(const Graph& graph, const PartitionConfig& config, const DeviceTable& devices) {
    Assignment out;
    out.device.assign(graph.nodeIdBound(), kHostIndex);
    out.group.assign(graph.nodeIdBound(), kNoGroup);
    for (NodeId id : graph.nodeIds()) {
        DeviceIndex chosen = kHostIndex;
        NodeDecision decision = decide(graph, graph.node(id), config, devices, chosen);
        decision.device = devices.name(chosen);
        out.device[id] = chosen;
        out.decisions.emplace(id, std::move(decision));
    }
    if (Status s = assignGroups(graph, config, devices, out); !s) return s.error();
    return out;
}

} // namespace fusebox
