#include "ir/graph.h"

#include <algorithm>
#include <functional>
#include <queue>

namespace fusebox {

int64_t staticByteSize(const Value& value) {
    const auto count = value.shape.elementCount();
    return count ? *count * static_cast<int64_t>(elementSize(value.type)) : 0;
}

Status checkValueSizes(const Graph& graph) {
    for (std::size_t id = 0; id < graph.valueCount(); ++id) {
        const Value& value = graph.value(static_cast<ValueId>(id));
        if (!value.shape.isStatic() || checkedElementCount(value.shape.staticSizes())) continue;
        const NodeId node = value.producer != kNoNode ? value.producer : value.consumers.empty() ? kNoNode : value.consumers.front();
        Error error("tensor '" + value.name + "' would have shape " + value.shape.toString() + ", more than 2^48 elements (" +
                    std::to_string(kMaxElementCount) + ", the engine's limit); give smaller input dims");
        return node == kNoNode ? error : error.atNode(graph.node(node).name);
    }
    return {};
}

std::string describeMissingShape(const Value& value) {
    const std::string shape = "'" + value.name + "' is " + value.shape.toString();
    return value.unshapedReason.empty() ? shape + " (fix the input dims with --shape)" : shape + ": " + value.unshapedReason;
}

ValueId Graph::addValue(const std::string& name, ElementType type, Shape shape) {
    if (auto existing = findValue(name)) return *existing;
    const auto id = static_cast<ValueId>(values_.size());
    auto value = std::make_unique<Value>();
    value->id = id;
    value->name = name;
    value->type = type;
    value->shape = std::move(shape);
    values_.push_back(std::move(value));
    valuesByName_.emplace(name, id);
    return id;
}

std::optional<ValueId> Graph::findValue(const std::string& name) const {
    auto it = valuesByName_.find(name);
    if (it == valuesByName_.end()) return std::nullopt;
    return it->second;
}

std::string Graph::uniqueNodeName(const std::string& base) const {
    auto taken = [this](const std::string& name) {
        return nodesByName_.contains(name) || reservedNames_.contains(name);
    };
    if (!base.empty() && !taken(base)) return base;
    const std::string stem = base.empty() ? std::string("node") : base;
    for (int suffix = 2;; ++suffix) {
        std::string candidate = stem + "_" + std::to_string(suffix);
        if (!taken(candidate)) return candidate;
    }
}

NodeId Graph::addNode(NodeSpec spec) {
    const auto id = static_cast<NodeId>(nodes_.size());
    std::string name = std::move(spec.name);
    reservedNames_.erase(name); // the reservation was for this node
    if (name.empty() || nodesByName_.contains(name)) {
        // Unnamed nodes take the name of their first output: it is unique in the
        // model and does not change when other nodes are added or removed.
        std::string base = name;
        if (base.empty() && !spec.outputs.empty() && spec.outputs[0] != kNoValue) base = value(spec.outputs[0]).name;
        name = uniqueNodeName(base.empty() ? spec.opType : base);
    }

    auto node = std::make_unique<Node>();
    node->id = id;
    node->name = name;
    node->opType = std::move(spec.opType);
    node->domain = std::move(spec.domain);
    node->inputs = std::move(spec.inputs);
    node->outputs = std::move(spec.outputs);
    node->attributes = std::move(spec.attributes);
    node->knownOp = spec.knownOp;

    for (ValueId input : node->inputs) {
        if (input != kNoValue) value(input).consumers.push_back(id);
    }
    for (ValueId output : node->outputs) {
        if (output != kNoValue) value(output).producer = id;
    }
    nodesByName_.emplace(std::move(name), id);
    nodes_.push_back(std::move(node));
    ++liveNodes_;
    return id;
}

void Graph::removeNode(NodeId id) {
    if (!hasNode(id)) return;
    Node& victim = node(id);
    for (ValueId input : victim.inputs) {
        if (input == kNoValue) continue;
        auto& consumers = value(input).consumers;
        // Remove one entry per input slot, so a node reading a value twice is fully unlinked.
        if (auto it = std::find(consumers.begin(), consumers.end(), id); it != consumers.end()) consumers.erase(it);
    }
    for (ValueId output : victim.outputs) {
        if (output != kNoValue && value(output).producer == id) value(output).producer = kNoNode;
    }
    nodesByName_.erase(victim.name);
    nodes_[id].reset();
    --liveNodes_;
}

std::optional<NodeId> Graph::findNode(const std::string& name) const {
    auto it = nodesByName_.find(name);
    if (it == nodesByName_.end()) return std::nullopt;
    return it->second;
}

std::vector<NodeId> Graph::nodeIds() const {
    std::vector<NodeId> ids;
    ids.reserve(liveNodes_);
    for (const auto& node : nodes_) {
        if (node) ids.push_back(node->id);
    }
    return ids;
}

void Graph::replaceAllUses(ValueId from, ValueId to) {
    if (from == to) return;
    for (NodeId consumer : value(from).consumers) {
        for (ValueId& input : node(consumer).inputs) {
            if (input == from) input = to;
        }
        value(to).consumers.push_back(consumer);
    }
    value(from).consumers.clear();
    std::replace(outputs_.begin(), outputs_.end(), from, to);
}

Result<std::vector<NodeId>> Graph::topologicalOrder() const {
    std::vector<uint32_t> pending(nodes_.size(), 0); // unfinished producers per node
    for (const auto& node : nodes_) {
        if (!node) continue;
        for (ValueId input : node->inputs) {
            if (input != kNoValue && value(input).producer != kNoNode) ++pending[node->id];
        }
    }
    std::priority_queue<NodeId, std::vector<NodeId>, std::greater<>> ready;
    for (const auto& node : nodes_) {
        if (node && pending[node->id] == 0) ready.push(node->id);
    }

    std::vector<NodeId> order;
    order.reserve(liveNodes_);
    while (!ready.empty()) {
        const NodeId id = ready.top();
        ready.pop();
        order.push_back(id);
        for (ValueId output : node(id).outputs) {
            if (output == kNoValue) continue;
            for (NodeId consumer : value(output).consumers) {
                if (--pending[consumer] == 0) ready.push(consumer);
            }
        }
    }
    if (order.size() != liveNodes_) {
        for (const auto& node : nodes_) {
            if (node && pending[node->id] > 0) {
                return Error("graph has a cycle through node '" + node->name + "'");
            }
        }
    }
    return order;
}

std::vector<const Graph*> bodiesOf(const Node& node) {
    std::vector<const Graph*> bodies;
    for (const Attribute& attribute : node.attributes.all()) {
        if (const auto* body = std::get_if<std::shared_ptr<Graph>>(&attribute.value)) bodies.push_back(body->get());
        if (const auto* list = std::get_if<std::vector<std::shared_ptr<Graph>>>(&attribute.value)) {
            for (const auto& body : *list) bodies.push_back(body.get());
        }
    }
    std::erase(bodies, nullptr);
    return bodies;
}

namespace {

// Names a body reads from enclosing graphs, including what bodies nested in it read
// from beyond it (a name the body itself defines is not an outer read).
void collectOuterReads(const Graph& body, std::vector<std::string>& names) {
    for (ValueId id = 0; id < body.valueCount(); ++id) {
        if (body.value(id).fromOuterScope) names.push_back(body.value(id).name);
    }
    for (NodeId id : body.nodeIds()) {
        for (const Graph* nested : bodiesOf(body.node(id))) {
            std::vector<std::string> inner;
            collectOuterReads(*nested, inner);
            for (const std::string& name : inner) {
                if (!body.findValue(name)) names.push_back(name);
            }
        }
    }
}

} // namespace

std::vector<ValueId> capturedValues(const Graph& graph, const Node& node) {
    std::vector<std::string> names;
    for (const Graph* body : bodiesOf(node)) collectOuterReads(*body, names);
    std::vector<ValueId> captured;
    for (const std::string& name : names) {
        if (auto id = graph.findValue(name)) captured.push_back(*id);
    }
    return captured;
}

std::vector<ValueId> valuesRead(const Graph& graph, const Node& node) {
    std::vector<ValueId> reads;
    for (ValueId input : node.inputs) {
        if (input != kNoValue) reads.push_back(input);
    }
    const std::vector<ValueId> captured = capturedValues(graph, node);
    reads.insert(reads.end(), captured.begin(), captured.end());
    return reads;
}

} // namespace fusebox
