#include "partition/fusion.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <queue>

namespace fusebox {

namespace {

// Calls f(consumer) for every node reading an output of `id` (once per input slot).
template <typename F>
void forEachConsumer(const Graph& graph, NodeId id, F&& f) {
    for (ValueId output : graph.node(id).outputs) {
        if (output == kNoValue) continue;
        for (NodeId consumer : graph.value(output).consumers) f(consumer);
    }
}

class DisjointSets {
public:
    explicit DisjointSets(std::size_t size) : parent_(size) { std::iota(parent_.begin(), parent_.end(), 0u); }
    uint32_t find(uint32_t x) {
        while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
        return x;
    }
    void unite(uint32_t a, uint32_t b) {
        a = find(a);
        b = find(b);
        if (a != b) parent_[std::max(a, b)] = std::min(a, b); // the smaller id represents: deterministic
    }

private:
    std::vector<uint32_t> parent_;
};

// A group is convex when no path leaves it and comes back. Returns the offending path.
Status checkGroupConvex(const Graph& graph, const std::vector<int>& group, int g, const std::string& name) {
    std::vector<NodeId> parent(graph.nodeIdBound(), kNoNode);
    std::vector<bool> seen(graph.nodeIdBound(), false);
    std::queue<NodeId> queue;
    for (NodeId id : graph.nodeIds()) {
        if (group[id] != g) continue;
        forEachConsumer(graph, id, [&](NodeId next) {
            if (group[next] == g || seen[next]) return;
            seen[next] = true;
            parent[next] = id;
            queue.push(next);
        });
    }
    while (!queue.empty()) {
        const NodeId id = queue.front();
        queue.pop();
        NodeId back = kNoNode;
        forEachConsumer(graph, id, [&](NodeId next) {
            if (group[next] == g) {
                if (back == kNoNode) back = next;
                return;
            }
            if (seen[next]) return;
            seen[next] = true;
            parent[next] = id;
            queue.push(next);
        });
        if (back == kNoNode) continue;
        std::vector<NodeId> path{back};
        for (NodeId at = id; at != kNoNode; at = group[at] == g ? kNoNode : parent[at]) path.push_back(at);
        std::reverse(path.begin(), path.end());
        std::string text;
        for (NodeId step : path) text += (text.empty() ? "" : " -> ") + graph.node(step).name;
        return Error("group '" + name + "' cannot be one subgraph: the path " + text +
                     " leaves the group and comes back, which would make a cycle");
    }
    return {};
}

class Scheduler {
public:
    Scheduler(const Graph& graph, const std::vector<DeviceIndex>& device, const std::vector<int>& group,
              std::size_t deviceCount, std::size_t groupCount)
        : graph_(graph), device_(device), group_(group), unit_(graph.nodeIdBound(), kNoNode),
          pending_(graph.nodeIdBound(), 0), ready_(deviceCount), groupMembers_(groupCount),
          runStamp_(graph.nodeIdBound(), 0), positionInRun_(graph.nodeIdBound(), 0) {
        buildUnits();
    }

    Fusion run() {
        Fusion fusion;
        DeviceIndex current = -1;
        std::vector<NodeId> currentRun;
        while (true) {
            if (current > kHostIndex && !ready_[static_cast<std::size_t>(current)].empty()) {
                emit(pop(current), &currentRun);
                continue;
            }
            if (!currentRun.empty()) splitRun(current, currentRun, fusion);
            currentRun.clear();
            if (!ready_[kHostIndex].empty()) {
                const NodeId host = pop(kHostIndex);
                emit(host, nullptr);
                fusion.order.push_back({PlanStep::Kind::HostNode, -1, host});
                current = -1;
                continue;
            }
            current = nextDevice();
            if (current < 0) break;
        }
        return fusion;
    }

private:
    // Members of a group form one unit, represented by its first member in
    // topological order; every other node is a unit of its own.
    void buildUnits() {
        const auto order = graph_.topologicalOrder(); // checked by fuseSubgraphs
        for (NodeId id : *order) {
            const int g = group_[id];
            if (g < 0) {
                unit_[id] = id;
                continue;
            }
            auto& members = groupMembers_[static_cast<std::size_t>(g)];
            members.push_back(id);
            unit_[id] = members.front();
        }
        for (NodeId id : graph_.nodeIds()) {
            for (ValueId input : graph_.node(id).inputs) {
                if (input == kNoValue) continue;
                const NodeId producer = graph_.value(input).producer;
                if (producer != kNoNode && unit_[producer] != unit_[id]) ++pending_[unit_[id]];
            }
        }
        for (NodeId id : graph_.nodeIds()) {
            if (unit_[id] == id && pending_[id] == 0) pushReady(id);
        }
    }

    template <typename F>
    void forEachMember(NodeId unit, F&& f) const {
        if (group_[unit] < 0) f(unit);
        else for (NodeId member : groupMembers_[static_cast<std::size_t>(group_[unit])]) f(member);
    }

    void pushReady(NodeId unit) { ready_[static_cast<std::size_t>(device_[unit])].push(unit); }

    NodeId pop(DeviceIndex device) {
        auto& heap = ready_[static_cast<std::size_t>(device)];
        const NodeId unit = heap.top();
        heap.pop();
        return unit;
    }

    // Appends the unit's nodes to `run` (if any) and releases the units they blocked.
    void emit(NodeId unit, std::vector<NodeId>* run) {
        forEachMember(unit, [&](NodeId member) {
            if (run) run->push_back(member);
            forEachConsumer(graph_, member, [&](NodeId consumer) {
                const NodeId consumerUnit = unit_[consumer];
                if (consumerUnit != unit && --pending_[consumerUnit] == 0) pushReady(consumerUnit);
            });
        });
    }

    // The device whose ready unit has the lowest id, or -1 when nothing is ready.
    DeviceIndex nextDevice() const {
        DeviceIndex best = -1;
        for (DeviceIndex d = 1; d < static_cast<DeviceIndex>(ready_.size()); ++d) {
            const auto& heap = ready_[static_cast<std::size_t>(d)];
            if (!heap.empty() && (best < 0 || heap.top() < ready_[static_cast<std::size_t>(best)].top())) best = d;
        }
        return best;
    }

    // One subgraph per weakly connected component of the run, in order of first node.
    void splitRun(DeviceIndex device, const std::vector<NodeId>& run, Fusion& fusion) {
        ++currentStamp_;
        for (std::size_t i = 0; i < run.size(); ++i) {
            runStamp_[run[i]] = currentStamp_;
            positionInRun_[run[i]] = static_cast<uint32_t>(i);
        }
        DisjointSets sets(run.size());
        for (std::size_t i = 0; i < run.size(); ++i) {
            const NodeId id = run[i];
            const auto position = static_cast<uint32_t>(i);
            if (unit_[id] != id) sets.unite(positionInRun_[unit_[id]], position); // keep groups whole
            for (ValueId input : graph_.node(id).inputs) {
                if (input == kNoValue) continue;
                const NodeId producer = graph_.value(input).producer;
                if (producer != kNoNode && runStamp_[producer] == currentStamp_) sets.unite(positionInRun_[producer], position);
            }
        }
        std::vector<int> subgraphOfRoot(run.size(), -1);
        for (std::size_t i = 0; i < run.size(); ++i) {
            int& subgraph = subgraphOfRoot[sets.find(static_cast<uint32_t>(i))];
            if (subgraph < 0) {
                subgraph = static_cast<int>(fusion.subgraphs.size());
                fusion.subgraphs.push_back({device, group_[run[i]], {}});
                fusion.order.push_back({PlanStep::Kind::Subgraph, subgraph, kNoNode});
            }
            fusion.subgraphs[static_cast<std::size_t>(subgraph)].nodes.push_back(run[i]);
        }
    }

    const Graph& graph_;
    const std::vector<DeviceIndex>& device_;
    const std::vector<int>& group_;
    std::vector<NodeId> unit_;
    std::vector<uint32_t> pending_; // producers in other units not yet run
    std::vector<std::priority_queue<NodeId, std::vector<NodeId>, std::greater<>>> ready_; // per device
    std::vector<std::vector<NodeId>> groupMembers_;
    std::vector<uint32_t> runStamp_; // == currentStamp_ for nodes of the run being split
    std::vector<uint32_t> positionInRun_;
    uint32_t currentStamp_ = 0;
};

} // namespace

Result<Fusion> fuseSubgraphs(const Graph& graph, const std::vector<DeviceIndex>& device, const std::vector<int>& group,
                             const std::vector<std::string>& groupNames) {
    if (auto order = graph.topologicalOrder(); !order) return order.error();
    for (int g = 0; g < static_cast<int>(groupNames.size()); ++g) {
        if (Status s = checkGroupConvex(graph, group, g, groupNames[static_cast<std::size_t>(g)]); !s) return s.error();
    }
    DeviceIndex deviceCount = 1;
    for (NodeId id : graph.nodeIds()) deviceCount = std::max(deviceCount, device[id] + 1);
    return Scheduler(graph, device, group, static_cast<std::size_t>(deviceCount), groupNames.size()).run();
}

} // namespace fusebox
