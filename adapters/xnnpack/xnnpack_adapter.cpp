// The XNNPACK adapter: each subgraph operator becomes one xnn_subgraph, compiled into an
// xnn_runtime that runs NHWC on a pthreadpool.
#include "op_registry.h"
#include "subgraph_builder.h"
#include "xnnpack_program.h"

#include "runtime/adapter.h"

#include <thread>

namespace fusebox::xnnpack {

namespace {

// xnn_initialize once per process; its status thereafter.
xnn_status initialised() {
    static const xnn_status status = xnn_initialize(nullptr);
    return status;
}

// The first value without a static shape of rank XNN_MAX_TENSOR_DIMS at most, or kNoValue.
ValueId firstUnfitShape(const Graph& graph, const std::vector<ValueId>& ids) {
    for (ValueId id : ids) {
        if (id == kNoValue) continue;
        const Value& value = graph.value(id);
        if (!value.constant && (!value.shape.isStatic() || value.shape.rank() > XNN_MAX_TENSOR_DIMS)) return id;
    }
    return kNoValue;
}

// What every node needs, then the op's own conditions.
Support nodeSupport(const Graph& graph, const Node& node, int64_t opset) {
    const OpTranslator* translator = node.domain.empty() || node.domain == "ai.onnx" ? findOp(node.opType) : nullptr;
    if (!translator) return Support::no(node.opType + ": XNNPACK has no node for it");
    for (ValueId id : node.inputs) {
        if (id != kNoValue && graph.value(id).type != ElementType::Float32 && !graph.value(id).constant) {
            return Support::no(node.opType + ": XNNPACK computes float32 tensors only");
        }
    }
    ValueId unfit = firstUnfitShape(graph, node.inputs);
    if (unfit == kNoValue) unfit = firstUnfitShape(graph, node.outputs);
    if (unfit != kNoValue) {
        const Value& value = graph.value(unfit);
        const std::string why = value.shape.isStatic() ? "'" + value.name + "' has rank " + std::to_string(value.shape.rank())
                                                       : describeMissingShape(value);
        return Support::no(node.opType + ": XNNPACK needs static shapes of rank " + std::to_string(XNN_MAX_TENSOR_DIMS) +
                           " at most; " + why);
    }
    return translator->check(graph, node, opset);
}

int64_t defaultOpset(const std::map<std::string, int64_t>& opsets) {
    for (const char* domain : {"", "ai.onnx"}) {
        if (auto it = opsets.find(domain); it != opsets.end()) return it->second;
    }
    return 0;
}

class XnnpackAdapter : public Adapter {
public:
    std::string name() const override { return "xnnpack"; }

    AdapterProbe probe() const override {
        if (const xnn_status status = initialised(); status != xnn_status_success) {
            return {false, {}, {}, "xnn_initialize failed (status " + std::to_string(int(status)) + "): this CPU lacks what XNNPACK needs"};
        }
        return {true, "XNNPACK (Debian 12 snapshot 2022-02)", std::to_string(std::thread::hardware_concurrency()) + " CPU threads, NHWC", {}};
    }

    Support supports(const Graph& graph, const Node& node) const override { return nodeSupport(graph, node, 0); }

    Result<std::unique_ptr<Program>> compile(const CompileContext& context, const SubgraphOp& subgraph) override {
        if (initialised() != xnn_status_success) return Error(probe().reason, ErrorKind::Failed);
        const int64_t opset = defaultOpset(context.opsets);
        for (NodeId id : subgraph.nodes) {
            const Node& node = context.graph.node(id);
            if (const Support support = nodeSupport(context.graph, node, opset); !support.accepted) {
                return Error(support.reason + " (node '" + node.name + "')", ErrorKind::Failed);
            }
        }
        SubgraphBuilder builder(context.graph, subgraph, opset);
        auto built = builder.build();
        if (!built) return built.error();
        const int threads = subgraph.attributes.threads > 0 ? subgraph.attributes.threads : context.threads;
        return XnnpackProgram::create(std::move(*built), threads);
    }
};

} // namespace

FUSEBOX_REGISTER_ADAPTER(XnnpackAdapter);

} // namespace fusebox::xnnpack
