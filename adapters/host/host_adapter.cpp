// The host adapter: runs any subgraph on the reference kernels. It is the fallback for
// every node no device takes and the yardstick the other adapters are checked against.
#include "blas_buffers.h"
#include "graph_runner.h"
#include "kernel.h"
#include "runtime/adapter.h"

#include <cblas.h>

#include <thread>

namespace fusebox::host {

namespace {

int hostThreads(const CompileContext& context) {
    return context.threads > 0 ? context.threads : static_cast<int>(std::thread::hardware_concurrency());
}

class HostProgram : public Program {
public:
    HostProgram(const CompileContext& context, const SubgraphOp& subgraph)
        : graph_(context.graph), subgraph_(subgraph), chains_(findPointwiseChains(graph_, subgraph.nodes, subgraph.outputs)) {
        options_.opsets = context.opsets;
        options_.threads = hostThreads(context);
    }

    Status run(const std::vector<Tensor>& inputs, std::vector<Tensor>& outputs, ProgramTimings* timings) override {
        std::vector<std::pair<ValueId, Tensor>> given;
        for (std::size_t i = 0; i < inputs.size() && i < subgraph_.inputs.size(); ++i) given.emplace_back(subgraph_.inputs[i], inputs[i]);
        auto result = runNodes(graph_, subgraph_.nodes, given, subgraph_.outputs, options_, timings, chains_);
        if (!result) return result.error();
        outputs = std::move(*result);
        return {};
    }

    std::string describe() const override {
        std::string text = "host reference kernels, " + std::to_string(options_.threads) + " threads:\n";
        for (NodeId id : subgraph_.nodes) text.append("  ").append(graph_.node(id).opType).append(" ").append(graph_.node(id).name).append("\n");
        for (const FusedChain& chain : chains_) {
            text.append("  fused after ").append(graph_.node(chain.producer).name).append(":");
            for (const PointwiseStep& step : chain.steps) text.append(" ").append(graph_.node(step.node).opType);
            text.append("\n");
        }
        return text;
    }

private:
    const Graph& graph_;
    SubgraphOp subgraph_;
    std::vector<FusedChain> chains_; // element-wise nodes run in one pass after their producer
    GraphRunOptions options_;
};

class HostAdapter : public Adapter {
public:
    std::string name() const override { return kHostDevice; }

    AdapterProbe probe() const override {
        return {true, std::string("reference kernels on ") + openblas_get_config(),
                std::to_string(std::thread::hardware_concurrency()) + " CPU threads", {}};
    }

    Support supports(const Graph&, const Node& node) const override {
        const bool defaultDomain = node.domain.empty() || node.domain == "ai.onnx";
        if (defaultDomain && KernelRegistry::find(node.opType)) return Support::yes();
        return Support::no(node.opType + ": no host kernel" + (defaultDomain ? "" : " for domain '" + node.domain + "'"));
    }

    Result<std::unique_ptr<Program>> compile(const CompileContext& context, const SubgraphOp& subgraph) override {
        for (NodeId id : subgraph.nodes) {
            const Support support = supports(context.graph, context.graph.node(id));
            const std::string& name = context.graph.node(id).name;
            if (!support.accepted) return Error(support.reason + " (node '" + name + "')", ErrorKind::Failed).atNode(name);
        }
        if (Status room = checkBlasAddressSpace(hostThreads(context)); !room) return room.error();
        openblas_set_num_threads(1); // kernels parallelise themselves (see parallelFor)
        return std::unique_ptr<Program>(std::make_unique<HostProgram>(context, subgraph));
    }
};

} // namespace

FUSEBOX_REGISTER_ADAPTER(HostAdapter);

} // namespace fusebox::host
