#include "graph_runner.h"

#include "kernel.h"

#include <chrono>
#include <optional>
#include <set>

namespace fusebox::host {

namespace {

class Runner {
public:
    Runner(const Graph& graph, const GraphRunOptions& options, const std::map<std::string, Tensor>* outer)
        : graph_(graph), options_(options), outer_(outer), values_(graph.valueCount()), uses_(graph.valueCount(), 0) {}

    Result<std::vector<Tensor>> run(const std::map<std::string, Tensor>& inputs) {
        auto order = graph_.topologicalOrder();
        if (!order) return order.error();
        for (ValueId id : graph_.inputs()) {
            const std::string& name = graph_.value(id).name;
            auto it = inputs.find(name);
            if (it == inputs.end()) return Error("missing input '" + name + "'");
            values_[id] = it->second;
        }
        return runNodes(*order, graph_.outputs(), nullptr, {});
    }

    // Runs `nodes` in the given order with boundary values already seeded; returns `wanted`.
    Result<std::vector<Tensor>> runNodes(const std::vector<NodeId>& nodes, const std::vector<ValueId>& wanted,
                                         ProgramTimings* timings, const std::vector<FusedChain>& chains) {
        countUses(nodes, wanted);
        std::map<NodeId, const FusedChain*> chainEndingAt;
        std::set<NodeId> runByChain;
        for (const FusedChain& chain : chains) {
            chainEndingAt[chain.steps.back().node] = &chain;
            runByChain.insert(chain.producer);
            for (const PointwiseStep& step : chain.steps) runByChain.insert(step.node);
        }
        for (NodeId id : nodes) {
            if (options_.cancel && options_.cancel->load()) return Error("cancelled", ErrorKind::Cancelled);
            auto chain = chainEndingAt.find(id);
            if (runByChain.contains(id) && chain == chainEndingAt.end()) continue; // runs with its chain
            const auto start = timings ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{};
            const Status status = chain == chainEndingAt.end() ? runNode(graph_.node(id)) : runChain(*chain->second);
            if (!status) return status.error();
            if (!timings) continue;
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            if (chain == chainEndingAt.end()) {
                timings->nodeMs.emplace_back(id, ms);
                continue;
            }
            timings->nodeMs.emplace_back(chain->second->producer, ms);
            for (const PointwiseStep& step : chain->second->steps) timings->nodeMs.emplace_back(step.node, 0.0);
        }
        std::vector<Tensor> outputs;
        for (ValueId id : wanted) {
            auto value = fetch(id);
            if (!value) return value.error();
            outputs.push_back(**value);
        }
        return outputs;
    }

    void seed(ValueId id, Tensor tensor) { values_[id] = std::move(tensor); }

private:
    void countUses(const std::vector<NodeId>& nodes, const std::vector<ValueId>& wanted) {
        for (NodeId id : nodes) {
            for (ValueId read : valuesRead(graph_, graph_.node(id))) ++uses_[read];
        }
        for (ValueId output : wanted) ++uses_[output]; // never released
    }

    // The tensor of a value: computed, an input, a constant, or from an enclosing graph.
    Result<const Tensor*> fetch(ValueId id) {
        Tensor& slot = values_[id];
        if (!slot.empty()) return &slot;
        const Value& value = graph_.value(id);
        if (value.constant) {
            slot = Tensor::fromConstant(*value.constant);
            return &slot;
        }
        if (outer_) {
            if (auto it = outer_->find(value.name); it != outer_->end()) {
                slot = it->second;
                return &slot;
            }
        }
        return Error("value '" + value.name + "' has no data (not produced, not an input, not a constant)");
    }

    int64_t opsetOf(const Node& node) const {
        auto it = options_.opsets.find(node.domain);
        return it == options_.opsets.end() ? 1 : it->second;
    }

    // Everything visible from here, by name, for the bodies of If/Loop/Scan.
    std::map<std::string, Tensor> scope() const {
        std::map<std::string, Tensor> visible = outer_ ? *outer_ : std::map<std::string, Tensor>{};
        for (ValueId id = 0; id < values_.size(); ++id) {
            if (!values_[id].empty()) visible[graph_.value(id).name] = values_[id];
            else if (graph_.value(id).constant) visible[graph_.value(id).name] = Tensor::fromConstant(*graph_.value(id).constant);
        }
        return visible;
    }

    // `epilogue`: the chain fused after the node, which its kernel may run per block;
    // `epilogueApplied` says whether it did.
    Status runNode(const Node& node, const PreparedChain* epilogue = nullptr, bool* epilogueApplied = nullptr) {
        std::vector<const Tensor*> inputs;
        for (ValueId input : node.inputs) {
            if (input == kNoValue) {
                inputs.push_back(nullptr);
                continue;
            }
            auto tensor = fetch(input);
            if (!tensor) return tensor.error();
            inputs.push_back(*tensor);
        }
        SubgraphRunner runBody = [this](const Graph& body, const std::vector<Tensor>& bodyInputs) -> Result<std::vector<Tensor>> {
            std::map<std::string, Tensor> named;
            for (std::size_t i = 0; i < body.inputs().size() && i < bodyInputs.size(); ++i) {
                named[body.value(body.inputs()[i]).name] = bodyInputs[i];
            }
            const std::map<std::string, Tensor> visible = scope();
            return Runner(body, options_, &visible).run(named);
        };
        KernelContext context(graph_, node, opsetOf(node), std::move(inputs), std::move(runBody), options_.threads);
        context.setEpilogue(epilogue);
        if (Status status = runKernel(context); !status) return status;
        if (epilogueApplied) *epilogueApplied = context.epilogueApplied();
        for (std::size_t i = 0; i < node.outputs.size(); ++i) {
            if (node.outputs[i] != kNoValue) values_[node.outputs[i]] = std::move(context.outputs()[i]);
        }
        release(node);
        return {};
    }

    // The producer through its kernel, then the element-wise steps in place on its output:
    // by the kernel on each block it writes where it can (the chain is prepared first when
    // the output's shape is known), else over the whole output.
    Status runChain(const FusedChain& chain) {
        const Node& producer = graph_.node(chain.producer);
        auto operand = [this](ValueId id) -> const Tensor* {
            auto tensor = fetch(id);
            return tensor ? *tensor : nullptr;
        };
        std::optional<PreparedChain> prepared;
        if (const Shape& shape = graph_.value(producer.outputs[0]).shape; shape.isStatic()) {
            auto p = PreparedChain::prepare(graph_, chain, shape.staticSizes(), operand);
            if (!p) return p.error();
            prepared = std::move(*p);
        }
        bool applied = false;
        if (Status status = runNode(producer, prepared ? &*prepared : nullptr, &applied); !status) return status;
        Tensor data = values_[producer.outputs[0]];
        if (!applied) {
            if (data.type() != ElementType::Float32) {
                return Error("fused chain after '" + producer.name + "': expected a float32 tensor", ErrorKind::Failed);
            }
            if (!prepared || prepared->dims() != data.dims()) {
                auto p = PreparedChain::prepare(graph_, chain, data.dims(), operand);
                if (!p) return p.error();
                prepared = std::move(*p);
            }
            prepared->applyAll(data.data<float>(), options_.threads);
        }
        values_[chain.output] = std::move(data);
        for (const PointwiseStep& step : chain.steps) release(graph_.node(step.node));
        return {};
    }

    // Drops tensors whose last consumer has run, so their memory is reused.
    void release(const Node& node) {
        for (ValueId read : valuesRead(graph_, node)) {
            if (--uses_[read] == 0) values_[read] = Tensor();
        }
    }

    const Graph& graph_;
    const GraphRunOptions& options_;
    const std::map<std::string, Tensor>* outer_;
    std::vector<Tensor> values_;
    std::vector<uint32_t> uses_;
};

} // namespace

Result<std::vector<Tensor>> runGraph(const Graph& graph, const std::map<std::string, Tensor>& inputs,
                                     const GraphRunOptions& options, const std::map<std::string, Tensor>* outer) {
    return Runner(graph, options, outer).run(inputs);
}

Result<std::vector<Tensor>> runNodes(const Graph& graph, const std::vector<NodeId>& nodes,
                                     const std::vector<std::pair<ValueId, Tensor>>& given, const std::vector<ValueId>& wanted,
                                     const GraphRunOptions& options, ProgramTimings* timings,
                                     const std::vector<FusedChain>& chains) {
    Runner runner(graph, options, nullptr);
    for (const auto& [id, tensor] : given) runner.seed(id, tensor);
    return runner.runNodes(nodes, wanted, timings, chains);
}

} // namespace fusebox::host
