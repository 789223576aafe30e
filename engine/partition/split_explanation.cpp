// explainSplits: why same-device neighbours ended in different subgraphs.
#include "partition/partitioner.h"

#include <queue>

namespace fusebox {

namespace {

// The plan's steps as a graph: subgraphs are steps 0..S-1, host nodes follow.
class StepGraph {
public:
    StepGraph(const Graph& graph, const PartitionPlan& plan) : graph_(graph), plan_(plan), stepOf_(graph.nodeIdBound(), -1) {
        for (const SubgraphOp& op : plan.subgraphs) {
            for (NodeId id : op.nodes) stepOf_[id] = op.id;
        }
        int next = static_cast<int>(plan.subgraphs.size());
        for (NodeId id : plan.hostNodes) {
            stepOf_[id] = next++;
            hostNodeOfStep_.push_back(id);
        }
    }

    int stepOf(NodeId id) const { return stepOf_[id]; }
    bool isSubgraph(int step) const { return step < static_cast<int>(plan_.subgraphs.size()); }

    std::string describe(int step) const {
        if (isSubgraph(step)) {
            const SubgraphOp& op = plan_.subgraphs[static_cast<std::size_t>(step)];
            return "subgraph " + std::to_string(op.id) + " (" + op.device + ")";
        }
        return "'" + graph_.node(hostNodeOfStep_[static_cast<std::size_t>(step) - plan_.subgraphs.size()]).name + "' (host)";
    }

    template <typename F>
    void forEachSuccessor(int step, F&& f) const {
        auto visitNode = [&](NodeId id) {
            for (ValueId output : graph_.node(id).outputs) {
                if (output == kNoValue) continue;
                for (NodeId consumer : graph_.value(output).consumers) {
                    if (stepOf_[consumer] != step) f(stepOf_[consumer]);
                }
            }
        };
        if (isSubgraph(step)) {
            for (NodeId id : plan_.subgraphs[static_cast<std::size_t>(step)].nodes) visitNode(id);
        } else {
            visitNode(hostNodeOfStep_[static_cast<std::size_t>(step) - plan_.subgraphs.size()]);
        }
    }

    // A path from `from` to `to` that does not take a direct edge between them; empty if none.
    std::vector<int> indirectPath(int from, int to) const {
        std::vector<int> parent(stepOf_.size() + plan_.subgraphs.size(), -2);
        std::queue<int> queue;
        forEachSuccessor(from, [&](int next) {
            if (next == to || parent[static_cast<std::size_t>(next)] != -2) return;
            parent[static_cast<std::size_t>(next)] = from;
            queue.push(next);
        });
        while (!queue.empty()) {
            const int step = queue.front();
            queue.pop();
            bool reached = false;
            forEachSuccessor(step, [&](int next) {
                if (next == to) reached = true;
                if (reached || parent[static_cast<std::size_t>(next)] != -2) return;
                parent[static_cast<std::size_t>(next)] = step;
                queue.push(next);
            });
            if (!reached) continue;
            std::vector<int> path{to};
            for (int at = step; at != from; at = parent[static_cast<std::size_t>(at)]) path.push_back(at);
            path.push_back(from);
            return {path.rbegin(), path.rend()};
        }
        return {};
    }

private:
    const Graph& graph_;
    const PartitionPlan& plan_;
    std::vector<int> stepOf_;
    std::vector<NodeId> hostNodeOfStep_;
};

std::string explain(const Graph& graph, const PartitionPlan& plan, const StepGraph& steps, NodeId producer, NodeId consumer) {
    for (NodeId id : {producer, consumer}) {
        const NodeDecision& decision = plan.decisions.at(id);
        if (decision.device != decision.assignedDevice) {
            return "'" + graph.node(id).name + "' was" + decision.reason.substr(decision.reason.rfind("; moved to host") + 1);
        }
    }
    const int from = steps.stepOf(producer);
    const int to = steps.stepOf(consumer);
    const std::string& groupA = plan.subgraphs[static_cast<std::size_t>(from)].group;
    const std::string& groupB = plan.subgraphs[static_cast<std::size_t>(to)].group;
    if (groupA != groupB) return "group '" + (groupA.empty() ? groupB : groupA) + "' forms a subgraph of its own";
    const std::vector<int> path = steps.indirectPath(from, to);
    if (path.empty()) return "not merged by the fusion order (merging them would not create a cycle)";
    std::string text;
    for (int step : path) text += (text.empty() ? "" : " -> ") + steps.describe(step);
    return "cycle guard: merging would create a cycle through " + text;
}

} // namespace

std::vector<SplitExplanation> explainSplits(const Graph& graph, const PartitionPlan& plan, NodeId node) {
    const StepGraph steps(graph, plan);
    std::vector<SplitExplanation> splits;
    auto consider = [&](NodeId producer, NodeId consumer) {
        const NodeDecision& a = plan.decisions.at(producer);
        const NodeDecision& b = plan.decisions.at(consumer);
        if (a.assignedDevice != b.assignedDevice || a.assignedDevice == kHostDevice) return;
        if (steps.stepOf(producer) == steps.stepOf(consumer)) return;
        splits.push_back({producer, consumer, explain(graph, plan, steps, producer, consumer)});
    };
    for (ValueId input : graph.node(node).inputs) {
        if (input != kNoValue && graph.value(input).producer != kNoNode) consider(graph.value(input).producer, node);
    }
    for (ValueId output : graph.node(node).outputs) {
        if (output == kNoValue) continue;
        for (NodeId consumer : graph.value(output).consumers) consider(node, consumer);
    }
    return splits;
}

} // namespace fusebox
