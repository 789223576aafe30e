#include "partition/emit_config.h"

#include "devices/device_profile.h"

namespace fusebox {

std::string escapeGlob(const std::string& name) {
    std::string glob;
    for (char c : name) {
        if (c == '*' || c == '?' || c == '[') glob += std::string("[") + c + "]";
        else glob += c;
    }
    return glob;
}

PartitionConfig configForPlan(const Graph& graph, const PartitionPlan& plan, const PartitionConfig& original) {
    PartitionConfig config;
    config.shapes = original.shapes;
    config.targets = original.targets;
    config.devices = original.devices;
    config.minSubgraphSize = 1;
    config.maxSubgraphs = 0;
    for (const Rule& rule : original.rules) {
        if (!rule.group.empty()) config.rules.push_back({{}, rule.nodes, {}, {}, {}, rule.group, {}});
    }

    // One rule per device, in order of first appearance in the plan, host last.
    std::vector<Rule> perDevice;
    auto ruleFor = [&perDevice](const std::string& device) -> Rule& {
        for (Rule& rule : perDevice) {
            if (rule.device == device) return rule;
        }
        perDevice.push_back({});
        perDevice.back().device = device;
        return perDevice.back();
    };
    for (const SubgraphOp& op : plan.subgraphs) {
        Rule& rule = ruleFor(op.device);
        for (NodeId id : op.nodes) rule.nodes.push_back(escapeGlob(graph.node(id).name));
    }
    if (!plan.hostNodes.empty()) {
        Rule& host = ruleFor(kHostDevice);
        for (NodeId id : plan.hostNodes) host.nodes.push_back(escapeGlob(graph.node(id).name));
    }
    config.rules.insert(config.rules.end(), perDevice.begin(), perDevice.end());
    return config;
}

} // namespace fusebox
