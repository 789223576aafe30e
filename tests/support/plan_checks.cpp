#include "support/plan_checks.h"

#include <numeric>

namespace fusebox::test {

namespace {

std::string checkCoverage(const Graph& graph, const PartitionPlan& plan, std::vector<int>& stepOf) {
    stepOf.assign(graph.nodeIdBound(), -1);
    for (std::size_t s = 0; s < plan.order.size(); ++s) {
        const PlanStep& step = plan.order[s];
        std::vector<NodeId> nodes;
        if (step.kind == PlanStep::Kind::HostNode) nodes = {step.node};
        else nodes = plan.subgraphs.at(static_cast<std::size_t>(step.subgraph)).nodes;
        for (NodeId id : nodes) {
            if (!graph.hasNode(id)) return "the plan names a node that is not in the graph";
            if (stepOf[id] >= 0) return "node '" + graph.node(id).name + "' appears twice";
            stepOf[id] = static_cast<int>(s);
        }
    }
    for (NodeId id : graph.nodeIds()) {
        if (stepOf[id] < 0) return "node '" + graph.node(id).name + "' is in no step";
    }
    std::size_t hostSteps = 0;
    for (const PlanStep& step : plan.order) hostSteps += step.kind == PlanStep::Kind::HostNode;
    if (hostSteps != plan.hostNodes.size() || plan.order.size() != hostSteps + plan.subgraphs.size()) {
        return "order, subgraphs and host nodes disagree";
    }
    return {};
}

std::string checkOrder(const Graph& graph, const PartitionPlan& plan, const std::vector<int>& stepOf) {
    for (NodeId id : graph.nodeIds()) {
        for (ValueId input : graph.node(id).inputs) {
            if (input == kNoValue) continue;
            const NodeId producer = graph.value(input).producer;
            if (producer == kNoNode) continue;
            if (stepOf[producer] > stepOf[id]) {
                return "'" + graph.node(producer).name + "' runs after its consumer '" + graph.node(id).name + "'";
            }
        }
    }
    // Inside a subgraph the node order must be topological too.
    for (const SubgraphOp& op : plan.subgraphs) {
        std::vector<int> position(graph.nodeIdBound(), -1);
        for (std::size_t i = 0; i < op.nodes.size(); ++i) position[op.nodes[i]] = static_cast<int>(i);
        for (NodeId id : op.nodes) {
            for (ValueId input : graph.node(id).inputs) {
                if (input == kNoValue || graph.value(input).producer == kNoNode) continue;
                const int p = position[graph.value(input).producer];
                if (p >= 0 && p > position[id]) return "subgraph " + std::to_string(op.id) + " is not in topological order";
            }
        }
    }
    return {};
}

// subgraphOf answers from the plan's index; it must agree with the subgraphs' node lists.
std::string checkSubgraphIndex(const Graph& graph, const PartitionPlan& plan) {
    std::vector<int> expected(graph.nodeIdBound(), -1);
    for (const SubgraphOp& op : plan.subgraphs) {
        for (NodeId id : op.nodes) expected[id] = op.id;
    }
    for (NodeId id : graph.nodeIds()) {
        if (plan.subgraphOf(id) != expected[id]) {
            return "subgraphOf('" + graph.node(id).name + "') is " + std::to_string(plan.subgraphOf(id)) + ", not " +
                   std::to_string(expected[id]);
        }
    }
    return {};
}

std::string checkConnected(const Graph& graph, const PartitionPlan& plan) {
    for (const SubgraphOp& op : plan.subgraphs) {
        std::vector<int> local(graph.nodeIdBound(), -1);
        for (std::size_t i = 0; i < op.nodes.size(); ++i) local[op.nodes[i]] = static_cast<int>(i);
        std::vector<int> parent(op.nodes.size());
        std::iota(parent.begin(), parent.end(), 0);
        auto find = [&parent](int x) {
            while (parent[static_cast<std::size_t>(x)] != x) x = parent[static_cast<std::size_t>(x)];
            return x;
        };
        for (NodeId id : op.nodes) {
            for (ValueId input : graph.node(id).inputs) {
                if (input == kNoValue || graph.value(input).producer == kNoNode) continue;
                const int p = local[graph.value(input).producer];
                if (p >= 0) parent[static_cast<std::size_t>(find(p))] = find(local[id]);
            }
        }
        for (std::size_t i = 1; i < op.nodes.size(); ++i) {
            if (find(static_cast<int>(i)) != find(0)) return "subgraph " + std::to_string(op.id) + " is not connected";
        }
    }
    return {};
}

} // namespace

std::string planViolation(const Graph& graph, const PartitionPlan& plan) {
    std::vector<int> stepOf;
    if (std::string problem = checkCoverage(graph, plan, stepOf); !problem.empty()) return problem;
    if (std::string problem = checkOrder(graph, plan, stepOf); !problem.empty()) return problem;
    if (std::string problem = checkSubgraphIndex(graph, plan); !problem.empty()) return problem;
    return checkConnected(graph, plan);
}

std::string planToText(const Graph& graph, const PartitionPlan& plan) {
    std::string text;
    for (const PlanStep& step : plan.order) {
        if (step.kind == PlanStep::Kind::HostNode) {
            text += "host: " + graph.node(step.node).name + "\n";
            continue;
        }
        const SubgraphOp& op = plan.subgraphs[static_cast<std::size_t>(step.subgraph)];
        text += std::to_string(op.id) + " " + op.device + ":";
        for (NodeId id : op.nodes) text += " " + graph.node(id).name;
        text += "\n";
    }
    return text;
}

} // namespace fusebox::test
