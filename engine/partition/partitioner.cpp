#include "partition/partitioner.h"

#include "core/text.h"
#include "partition/boundary.h"
#include "partition/assignment.h"
#include "partition/cost_estimate.h"
#include "partition/fusion.h"

#include <algorithm>
#include <numeric>
#include <unordered_set>

namespace fusebox {

namespace {

// Moving subgraphs to host and fusing again can change what merges; past this many
// rounds the subgraphs still to move go to host without another fusion (which keeps
// the plan valid, as a subgraph split into host nodes stays acyclic).
constexpr int kMaxRefusionRounds = 16;

struct DeviceRun {
    DataAttributes attributes;
    Precision precision = Precision::FP32;
};

Result<std::vector<DeviceRun>> resolveAttributes(const PartitionConfig& config, const DeviceTable& devices) {
    std::vector<DeviceRun> runs(devices.size());
    for (DeviceIndex d = 0; d < static_cast<DeviceIndex>(devices.size()); ++d) {
        const DeviceProfile& profile = devices.profile(d);
        DeviceRun& run = runs[static_cast<std::size_t>(d)];
        run.precision = profile.precisions.empty() ? Precision::FP32 : profile.precisions.front();
        // "auto" (or no setting) is the device's preferred layout, the profile's first.
        run.attributes.layout = profile.layouts.empty() ? "NCHW" : profile.layouts.front();
        auto it = config.devices.find(devices.name(d));
        if (it == config.devices.end()) {
            run.attributes.precision = std::string(precisionName(run.precision));
            continue;
        }
        const DeviceSettings& settings = it->second;
        if (settings.precision) {
            const auto precision = precisionFromName(*settings.precision);
            if (!precision || std::find(profile.precisions.begin(), profile.precisions.end(), *precision) ==
                                  profile.precisions.end()) {
                const std::string supported = joinWith(profile.precisions, precisionName);
                return Error(settings.where, "precision '" + *settings.precision + "' is not supported by " +
                                             devices.name(d) + "; expected one of: " + supported);
            }
            run.precision = *precision;
        }
        run.attributes.precision = std::string(precisionName(run.precision));
        if (settings.layout && *settings.layout != "auto") {
            if (std::find(profile.layouts.begin(), profile.layouts.end(), *settings.layout) == profile.layouts.end()) {
                return Error(settings.where, "layout '" + *settings.layout + "' is not supported by " +
                                             devices.name(d) + "; expected one of: " + joinText(profile.layouts) + " or auto");
            }
            run.attributes.layout = *settings.layout;
        }
        run.attributes.threads = settings.threads.value_or(0);
    }
    return runs;
}

void moveToHost(Assignment& assignment, NodeId id, const std::string& why) {
    assignment.device[id] = kHostIndex;
    NodeDecision& decision = assignment.decisions[id];
    decision.reason = decision.reason + "; moved to host by " + why;
}

// Moves subgraphs under min_subgraph_size to host; true when it moved any.
bool moveSmallSubgraphs(const Fusion& fusion, const PartitionConfig& config, const DeviceTable& devices,
                        Assignment& assignment) {
    bool moved = false;
    for (const FusedSubgraph& subgraph : fusion.subgraphs) {
        const auto size = static_cast<int>(subgraph.nodes.size());
        if (size >= config.minSubgraphSize || subgraph.group >= 0) continue; // explicit groups are kept
        const std::string why = "min_subgraph_size = " + std::to_string(config.minSubgraphSize) + " (its " +
                                devices.name(subgraph.device) + " subgraph had " + std::to_string(size) + " node" +
                                (size == 1 ? ")" : "s)");
        for (NodeId id : subgraph.nodes) moveToHost(assignment, id, why);
        moved = true;
    }
    return moved;
}

struct PlanBuilder {
    const Graph& graph;
    const DeviceTable& devices;
    const std::vector<DeviceRun>& runs;
    const Assignment& assignment;

    PartitionPlan build(const Fusion& fusion) const {
        PartitionPlan plan;
        std::vector<int> subgraphOfNode(graph.nodeIdBound(), -1);
        std::vector<int> newId(fusion.subgraphs.size(), -1);
        for (const PlanStep& step : fusion.order) {
            if (step.kind == PlanStep::Kind::HostNode) {
                plan.hostNodes.push_back(step.node);
                plan.order.push_back(step);
                continue;
            }
            const FusedSubgraph& fused = fusion.subgraphs[static_cast<std::size_t>(step.subgraph)];
            SubgraphOp op;
            op.id = static_cast<int>(plan.subgraphs.size());
            op.device = devices.name(fused.device);
            op.attributes = runs[static_cast<std::size_t>(fused.device)].attributes;
            op.nodes = fused.nodes;
            if (fused.group >= 0) op.group = assignment.groupNames[static_cast<std::size_t>(fused.group)];
            for (NodeId id : op.nodes) subgraphOfNode[id] = op.id;
            plan.order.push_back({PlanStep::Kind::Subgraph, op.id, kNoNode});
            plan.subgraphs.push_back(std::move(op));
        }
        for (SubgraphOp& op : plan.subgraphs) {
            computeBoundary(graph, op, subgraphOfNode, op.id);
            const DeviceIndex d = devices.indexOf(op.device);
            op.estimatedMs = estimateSubgraphMs(graph, op.nodes, op.boundaryBytes, devices.profile(d),
                                                runs[static_cast<std::size_t>(d)].precision);
            plan.estimatedMsByDevice[op.device] += op.estimatedMs;
        }
        const DeviceProfile& host = devices.profile(kHostIndex);
        for (NodeId id : plan.hostNodes) {
            plan.estimatedMsByDevice[kHostDevice] +=
                estimateNodeMs(graph, graph.node(id), host, runs[kHostIndex].precision);
        }
        for (const auto& [device, ms] : plan.estimatedMsByDevice) plan.estimatedMs += ms;
        plan.decisions = assignment.decisions;
        plan.subgraphByNode = std::move(subgraphOfNode);
        return plan;
    }
};

// How much a subgraph saves against running its nodes on host (ms); the measure
// max_subgraphs ranks by.
double savingMs(const Graph& graph, const SubgraphOp& op, const DeviceTable& devices, const std::vector<DeviceRun>& runs) {
    double hostMs = 0;
    for (NodeId id : op.nodes) {
        hostMs += estimateNodeMs(graph, graph.node(id), devices.profile(kHostIndex), runs[kHostIndex].precision);
    }
    return hostMs - op.estimatedMs;
}

// Keeps the max_subgraphs subgraphs that save the most time, moving the rest to host;
// true when it moved any.
bool moveExcessSubgraphs(const Graph& graph, const PartitionConfig& config, const DeviceTable& devices,
                         const std::vector<DeviceRun>& runs, const PartitionPlan& plan, Assignment& assignment) {
    const auto limit = static_cast<std::size_t>(config.maxSubgraphs);
    if (config.maxSubgraphs <= 0 || plan.subgraphs.size() <= limit) return false;
    std::vector<std::size_t> ranked(plan.subgraphs.size());
    std::iota(ranked.begin(), ranked.end(), 0);
    std::vector<double> saving(plan.subgraphs.size());
    for (std::size_t i = 0; i < ranked.size(); ++i) saving[i] = savingMs(graph, plan.subgraphs[i], devices, runs);
    std::stable_sort(ranked.begin(), ranked.end(), [&](std::size_t a, std::size_t b) {
        if (saving[a] != saving[b]) return saving[a] > saving[b];
        return plan.subgraphs[a].nodes.size() > plan.subgraphs[b].nodes.size();
    });
    for (std::size_t rank = limit; rank < ranked.size(); ++rank) {
        const SubgraphOp& op = plan.subgraphs[ranked[rank]];
        const std::string why = "max_subgraphs = " + std::to_string(config.maxSubgraphs) + " (subgraph " +
                                std::to_string(op.id) + " on " + op.device + " is not among the most valuable)";
        for (NodeId id : op.nodes) moveToHost(assignment, id, why);
    }
    return true;
}

// The fusion with every subgraph whose nodes were moved to host turned into host steps.
Fusion withoutHostSubgraphs(const Fusion& fusion, const std::vector<DeviceIndex>& device) {
    Fusion kept;
    for (const PlanStep& step : fusion.order) {
        if (step.kind == PlanStep::Kind::HostNode) {
            kept.order.push_back(step);
            continue;
        }
        const FusedSubgraph& subgraph = fusion.subgraphs[static_cast<std::size_t>(step.subgraph)];
        if (device[subgraph.nodes.front()] == kHostIndex) {
            for (NodeId id : subgraph.nodes) kept.order.push_back({PlanStep::Kind::HostNode, -1, id});
            continue;
        }
        kept.order.push_back({PlanStep::Kind::Subgraph, static_cast<int>(kept.subgraphs.size()), kNoNode});
        kept.subgraphs.push_back(subgraph);
    }
    return kept;
}

std::vector<std::string> ruleDevices(const PartitionConfig& config) {
    std::vector<std::string> devices;
    for (const Rule& rule : config.rules) {
        if (!rule.device.empty()) devices.push_back(rule.device);
    }
    for (const auto& [name, settings] : config.devices) devices.push_back(name);
    return devices;
}

} // namespace

Result<PartitionPlan> partitionGraph(const Graph& graph, const PartitionConfig& config,
                                     const std::vector<DeviceProfile>& profiles) {
    auto devices = DeviceTable::build(config.targets, ruleDevices(config), profiles);
    if (!devices) return devices.error();
    auto runs = resolveAttributes(config, *devices);
    if (!runs) return runs.error();
    auto assignment = assignDevices(graph, config, *devices);
    if (!assignment) return assignment.error();
    for (auto& [id, decision] : assignment->decisions) decision.assignedDevice = decision.device;

    // Fuse, move what is too small or beyond max_subgraphs to host, and fuse again:
    // the final plan is exactly the fusion of the final assignment, so a config that
    // pins that assignment reproduces it. Each round moves at least one node.
    const PlanBuilder builder{graph, *devices, *runs, *assignment};
    PartitionPlan plan;
    for (int round = 0;; ++round) {
        auto fusion = fuseSubgraphs(graph, assignment->device, assignment->group, assignment->groupNames);
        if (!fusion) return fusion.error();
        const bool lastRound = round + 1 == kMaxRefusionRounds;
        if (moveSmallSubgraphs(*fusion, config, *devices, *assignment) && !lastRound) continue;
        plan = builder.build(withoutHostSubgraphs(*fusion, assignment->device));
        if (!moveExcessSubgraphs(graph, config, *devices, *runs, plan, *assignment)) break;
        if (lastRound) {
            plan = builder.build(withoutHostSubgraphs(*fusion, assignment->device));
            break;
        }
    }
    for (auto& [id, decision] : plan.decisions) decision.device = devices->name(assignment->device[id]);
    return plan;
}

} // namespace fusebox
