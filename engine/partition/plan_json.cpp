#include "partition/plan_json.h"

#include "core/json_text.h"

#include <nlohmann/json.hpp>

namespace fusebox {

namespace {

using Json = nlohmann::ordered_json;

// ordered_json keeps keys in insertion order, but operator[] finds a key by a linear
// search, so filling an object with one key per node that way is quadratic (8.7 s of JSON
// for 100k nodes). Node names are unique in a graph, so such keys are appended unsearched.
void appendUniqueKey(Json& object, const std::string& key, Json value) {
    using Entries = Json::object_t::Container;
    static_cast<Entries&>(object.get_ref<Json::object_t&>()).emplace_back(key, std::move(value));
}

Json nodeNames(const Graph& graph, const std::vector<NodeId>& ids) {
    Json names = Json::array();
    for (NodeId id : ids) names.push_back(graph.node(id).name);
    return names;
}

Json valueNames(const Graph& graph, const std::vector<ValueId>& ids) {
    Json names = Json::array();
    for (ValueId id : ids) names.push_back(graph.value(id).name);
    return names;
}

Json subgraphToJson(const Graph& graph, const SubgraphOp& op) {
    Json json{
        {"id", op.id},
        {"device", op.device},
        {"precision", op.attributes.precision},
        {"layout", op.attributes.layout},
        {"threads", op.attributes.threads},
        {"nodes", nodeNames(graph, op.nodes)},
        {"inputs", valueNames(graph, op.inputs)},
        {"outputs", valueNames(graph, op.outputs)},
        {"boundary_bytes", op.boundaryBytes},
        {"estimated_ms", op.estimatedMs},
    };
    if (!op.group.empty()) json["group"] = op.group;
    return json;
}

} // namespace

std::string planToJson(const Graph& graph, const PartitionPlan& plan) {
    Json subgraphs = Json::array();
    for (const SubgraphOp& op : plan.subgraphs) subgraphs.push_back(subgraphToJson(graph, op));

    Json order = Json::array();
    for (const PlanStep& step : plan.order) {
        if (step.kind == PlanStep::Kind::Subgraph) order.push_back(step.subgraph);
        else order.push_back(graph.node(step.node).name);
    }

    Json decisions = Json::object();
    Json reasons = Json::object();
    for (const auto& [id, decision] : plan.decisions) {
        const std::string& name = graph.node(id).name;
        appendUniqueKey(decisions, name, {{"device", decision.device}, {"reason", decision.reason}});
        if (decision.refusals.empty()) continue;
        Json refused = Json::object();
        for (const auto& [device, why] : decision.refusals) refused[device] = why;
        appendUniqueKey(reasons, name, std::move(refused));
    }

    Json byDevice = Json::object();
    for (const auto& [device, ms] : plan.estimatedMsByDevice) byDevice[device] = ms;

    const Json json{
        {"subgraphs", std::move(subgraphs)},
        {"host_nodes", nodeNames(graph, plan.hostNodes)},
        {"folded", plan.folded},
        {"order", std::move(order)},
        {"estimated_ms", plan.estimatedMs},
        {"estimated_ms_by_device", std::move(byDevice)},
        {"decisions", std::move(decisions)},
        {"reasons", std::move(reasons)},
    };
    return jsonText(json, 2);
}

} // namespace fusebox
