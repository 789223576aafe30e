#include "fusion.h"

#include "op_algorithms.h"

#include <algorithm>
#include <map>

namespace fusebox::onednn {

namespace {

constexpr std::size_t kMaxPostOps = 8;

enum class AnchorKind { None, Weighted, Binary };

AnchorKind anchorKind(const Node& node) {
    if (!node.domain.empty()) return AnchorKind::None;
    if (node.opType == "Conv" || node.opType == "ConvTranspose" || node.opType == "Gemm" || node.opType == "MatMul") {
        return AnchorKind::Weighted;
    }
    return binaryAlgorithm(node.opType) && node.inputs.size() == 2 ? AnchorKind::Binary : AnchorKind::None;
}

class Planner {
public:
    Planner(const Graph& graph, const SubgraphOp& subgraph) : graph_(graph), subgraph_(subgraph) {
        for (std::size_t i = 0; i < subgraph.nodes.size(); ++i) positions_[subgraph.nodes[i]] = static_cast<int>(i);
    }

    FusedGroup group(NodeId anchor, bool fuse) {
        const Node& node = graph_.node(anchor);
        FusedGroup g{anchor, kNoNode, {}, node.outputs.empty() ? kNoValue : node.outputs[0], {anchor}};
        taken_.insert(anchor);
        const AnchorKind kind = anchorKind(node);
        if (!fuse || kind == AnchorKind::None) return g;
        while (g.postOps.size() < kMaxPostOps) {
            const NodeId next = soleConsumer(g.output);
            if (next == kNoNode) break;
            const Node& consumer = graph_.node(next);
            if (consumer.opType == "BatchNormalization" && node.opType == "Conv" && g.batchNorm == kNoNode && g.postOps.empty() &&
                foldableBatchNorm(consumer)) {
                g.batchNorm = next;
            } else if (eltwiseSteps(graph_, consumer) && consumer.inputs[0] == g.output) {
                g.postOps.push_back({PostOp::Kind::Eltwise, next, kNoValue});
            } else if (const ValueId operand = binaryOperand(consumer, g, anchor); operand != kNoValue) {
                g.postOps.push_back({PostOp::Kind::Binary, next, operand});
            } else {
                break;
            }
            g.output = consumer.outputs[0];
            g.nodes.push_back(next);
            taken_.insert(next);
        }
        return g;
    }

    bool taken(NodeId id) const { return taken_.count(id) > 0; }

private:
    // The only reader of `value`, when that reader is in this subgraph and not yet taken
    // and nothing outside the subgraph needs the value.
    NodeId soleConsumer(ValueId value) const {
        if (value == kNoValue) return kNoNode;
        const Value& v = graph_.value(value);
        if (v.consumers.size() != 1 || taken(v.consumers[0]) || !positions_.count(v.consumers[0])) return kNoNode;
        const auto& outs = subgraph_.outputs;
        if (std::find(outs.begin(), outs.end(), value) != outs.end()) return kNoNode;
        const Node& consumer = graph_.node(v.consumers[0]);
        if (consumer.outputs.empty() || consumer.outputs[0] == kNoValue) return kNoNode;
        for (std::size_t i = 1; i < consumer.outputs.size(); ++i) {
            if (consumer.outputs[i] != kNoValue && !graph_.value(consumer.outputs[i]).consumers.empty()) return kNoNode;
        }
        return v.consumers[0];
    }

    bool foldableBatchNorm(const Node& bn) const {
        if (bn.inputs.size() < 5 || bn.attributes.getInt("training_mode", 0) != 0) return false;
        for (std::size_t i = 1; i < 5; ++i) {
            if (bn.inputs[i] == kNoValue || !graph_.value(bn.inputs[i]).constant) return false;
        }
        return true;
    }

    // The other input of a binary node that can become a binary post-op: available when
    // the anchor runs, and broadcast onto the chain's value (never the other way round).
    ValueId binaryOperand(const Node& consumer, const FusedGroup& g, NodeId anchor) const {
        if (!binaryAlgorithm(consumer.opType) || consumer.inputs.size() != 2 || consumer.inputs[0] == consumer.inputs[1]) return kNoValue;
        const bool chainFirst = consumer.inputs[0] == g.output;
        if (!chainFirst && (consumer.opType == "Sub" || consumer.opType == "Div")) return kNoValue;
        const ValueId operand = consumer.inputs[chainFirst ? 1 : 0];
        const Value& other = graph_.value(operand);
        if (other.type != ElementType::Float32) return kNoValue;
        if (other.producer != kNoNode && positions_.count(other.producer) && positions_.at(other.producer) >= positions_.at(anchor)) {
            return kNoValue;
        }
        const Shape& chain = graph_.value(g.output).shape;
        if (!chain.isStatic() || !other.shape.isStatic() || graph_.value(consumer.outputs[0]).shape != chain) return kNoValue;
        if (other.shape.rank() > chain.rank()) return kNoValue;
        const std::size_t offset = chain.rank() - other.shape.rank();
        for (std::size_t i = 0; i < other.shape.rank(); ++i) {
            const int64_t d = other.shape[i].size();
            if (d != 1 && d != chain[offset + i].size()) return kNoValue;
        }
        return operand;
    }

    const Graph& graph_;
    const SubgraphOp& subgraph_;
    std::map<NodeId, int> positions_;
    std::set<NodeId> taken_;
};

} // namespace

std::vector<FusedGroup> planFusion(const Graph& graph, const SubgraphOp& subgraph, const std::set<NodeId>& unfused) {
    Planner planner(graph, subgraph);
    std::vector<FusedGroup> groups;
    for (NodeId id : subgraph.nodes) {
        if (!planner.taken(id)) groups.push_back(planner.group(id, !unfused.count(id)));
    }
    return groups;
}

} // namespace fusebox::onednn
