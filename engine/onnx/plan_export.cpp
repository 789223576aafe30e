#include "onnx/plan_export.h"

#include "onnx/ir_to_proto.h"
#include "onnx/model_file.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace fusebox {

namespace {

constexpr int64_t kFunctionIrVersion = 8; // the first IR version with model-local functions

using NodeProtos = std::unordered_map<std::string, onnx::NodeProto>; // by node name

// A subgraph's function interface, as tensor names.
struct Signature {
    std::vector<std::string> inputs;
    std::vector<std::string> outputs;
};

std::string subgraphLabel(const SubgraphOp& subgraph) { return "subgraph " + std::to_string(subgraph.id); }

// Every live node of the graph is in exactly one step of the plan's order.
Status checkCoverage(const Graph& graph, const PartitionPlan& plan) {
    std::unordered_map<NodeId, int> seen;
    auto cover = [&](NodeId id) -> Status {
        if (!graph.hasNode(id)) {
            return Error("the plan names node id " + std::to_string(id) + ", which the graph does not have");
        }
        const std::string& name = graph.node(id).name;
        if (++seen[id] > 1) return Error("node '" + name + "' is in more than one step of the plan").atNode(name);
        return {};
    };
    for (const PlanStep& step : plan.order) {
        if (step.kind == PlanStep::Kind::HostNode) {
            if (Status status = cover(step.node); !status) return status;
            continue;
        }
        const SubgraphOp* subgraph = plan.findSubgraph(step.subgraph);
        if (!subgraph) {
            return Error("the plan's order names subgraph " + std::to_string(step.subgraph) +
                         ", which the plan does not have");
        }
        if (subgraph->nodes.empty()) return Error(subgraphLabel(*subgraph) + " has no nodes");
        for (NodeId id : subgraph->nodes) {
            if (Status status = cover(id); !status) return status;
        }
    }
    for (NodeId id : graph.nodeIds()) {
        const std::string& name = graph.node(id).name;
        if (!seen.contains(id)) return Error("node '" + name + "' is in no step of the plan").atNode(name);
    }
    return {};
}

Result<Signature> signatureOf(const Graph& graph, const SubgraphOp& subgraph) {
    const std::unordered_set<NodeId> members(subgraph.nodes.begin(), subgraph.nodes.end());
    auto producedInside = [&](const Value& value) { return members.contains(value.producer); };

    Signature signature;
    std::unordered_set<ValueId> declared(subgraph.inputs.begin(), subgraph.inputs.end());
    for (ValueId id : subgraph.inputs) signature.inputs.push_back(graph.value(id).name);
    for (NodeId node : subgraph.nodes) {
        for (ValueId id : valuesRead(graph, graph.node(node))) {
            const Value& value = graph.value(id);
            if (declared.contains(id) || producedInside(value)) continue;
            if (!value.constant || value.producer != kNoNode) {
                return Error(subgraphLabel(subgraph) + " reads '" + value.name +
                             "', which is neither among its inputs nor produced inside it");
            }
            declared.insert(id);
            signature.inputs.push_back(value.name);
        }
    }
    for (ValueId id : subgraph.outputs) {
        const Value& value = graph.value(id);
        if (!producedInside(value)) {
            return Error(subgraphLabel(subgraph) + " lists output '" + value.name +
                         "', which none of its nodes produces");
        }
        signature.outputs.push_back(value.name);
    }
    return signature;
}

onnx::AttributeProto stringAttribute(const std::string& name, const std::string& value) {
    onnx::AttributeProto attribute;
    attribute.set_name(name);
    attribute.set_type(onnx::AttributeProto::STRING);
    attribute.set_s(value);
    return attribute;
}

std::string functionName(const SubgraphOp& subgraph) { return "Subgraph_" + std::to_string(subgraph.id); }

// The function holding the subgraph's nodes, moved out of `nodes`.
onnx::FunctionProto makeFunction(const Graph& graph, const SubgraphOp& subgraph, const Signature& signature,
                                 NodeProtos& nodes, const onnx::ModelProto& model) {
    onnx::FunctionProto function;
    function.set_name(functionName(subgraph));
    function.set_domain(kFuseboxDomain);
    for (const std::string& name : signature.inputs) function.add_input(name);
    for (const std::string& name : signature.outputs) function.add_output(name);
    for (const char* attribute : {"device", "precision", "layout"}) function.add_attribute(attribute);
    for (NodeId id : subgraph.nodes) *function.add_node() = std::move(nodes.at(graph.node(id).name));
    *function.mutable_opset_import() = model.opset_import(); // the body uses the model's ops
    return function;
}

onnx::NodeProto makeCall(const Graph& graph, const SubgraphOp& subgraph, const Signature& signature) {
    onnx::NodeProto call;
    call.set_name(graph.uniqueNodeName("subgraph_" + std::to_string(subgraph.id)));
    call.set_op_type(functionName(subgraph));
    call.set_domain(kFuseboxDomain);
    for (const std::string& name : signature.inputs) call.add_input(name);
    for (const std::string& name : signature.outputs) call.add_output(name);
    *call.add_attribute() = stringAttribute("device", subgraph.device);
    *call.add_attribute() = stringAttribute("precision", subgraph.attributes.precision);
    *call.add_attribute() = stringAttribute("layout", subgraph.attributes.layout);
    return call;
}

NodeProtos takeNodes(onnx::GraphProto& graph) {
    NodeProtos nodes;
    for (onnx::NodeProto& node : *graph.mutable_node()) nodes.emplace(node.name(), std::move(node));
    graph.clear_node();
    return nodes;
}

// Values only a subgraph's own nodes see: they no longer exist in the main graph.
void hideInternalValues(const Graph& graph, const SubgraphOp& subgraph, std::unordered_set<std::string>& hidden) {
    const std::unordered_set<ValueId> outputs(subgraph.outputs.begin(), subgraph.outputs.end());
    for (NodeId id : subgraph.nodes) {
        for (ValueId output : graph.node(id).outputs) {
            if (output != kNoValue && !outputs.contains(output)) hidden.insert(graph.value(output).name);
        }
    }
}

void removeValueInfo(onnx::GraphProto& graph, const std::unordered_set<std::string>& names) {
    auto& infos = *graph.mutable_value_info();
    infos.erase(std::remove_if(infos.begin(), infos.end(),
                               [&](const onnx::ValueInfoProto& info) { return names.contains(info.name()); }),
                infos.end());
}

void importFuseboxOpset(onnx::ModelProto& model) {
    for (const onnx::OperatorSetIdProto& opset : model.opset_import()) {
        if (opset.domain() == kFuseboxDomain) return;
    }
    onnx::OperatorSetIdProto& opset = *model.add_opset_import();
    opset.set_domain(kFuseboxDomain);
    opset.set_version(1);
}

} // namespace

Result<onnx::ModelProto> planToProto(const Model& model, const PartitionPlan& plan) {
    const Graph& graph = model.graph;
    if (Status status = checkCoverage(graph, plan); !status) return status.error();
    auto proto = modelToProto(model, kFunctionIrVersion);
    if (!proto) return proto.error();

    // The whole model converted once; its nodes are then regrouped by the plan.
    onnx::GraphProto& main = *proto->mutable_graph();
    NodeProtos nodes = takeNodes(main);
    std::unordered_set<std::string> hidden;
    for (const PlanStep& step : plan.order) {
        if (step.kind == PlanStep::Kind::HostNode) {
            *main.add_node() = std::move(nodes.at(graph.node(step.node).name));
            continue;
        }
        const SubgraphOp& subgraph = *plan.findSubgraph(step.subgraph);
        auto signature = signatureOf(graph, subgraph);
        if (!signature) return signature.error();
        *proto->add_functions() = makeFunction(graph, subgraph, *signature, nodes, *proto);
        *main.add_node() = makeCall(graph, subgraph, *signature);
        hideInternalValues(graph, subgraph, hidden);
    }
    removeValueInfo(main, hidden);
    importFuseboxOpset(*proto);
    return proto;
}

Status exportPlanAsOnnx(const Model& model, const PartitionPlan& plan, const std::string& path) {
    auto proto = planToProto(model, plan);
    if (!proto) return proto.error().inFile(path);
    if (Status status = onnx_import::checkModel(*proto, path); !status) return status.error().inFile(path);
    return saveModel(*proto, path); // its errors name the path already
}

} // namespace fusebox
