#include "workflow/boundary_accuracy.h"

#include "runtime/accuracy.h"
#include "runtime/executor.h"

namespace fusebox {

Result<std::vector<BoundaryAccuracy>> compareBoundaries(const ModelSession& session, const PartitionPlan& plan,
                                                        const std::map<std::string, Tensor>& inputs, int threads) {
    ExecutorOptions options{.threads = threads};
    for (const SubgraphOp& op : plan.subgraphs) options.keep.insert(options.keep.end(), op.outputs.begin(), op.outputs.end());
    auto onDevices = Executor::create(session.model(), plan, options);
    if (!onDevices) return onDevices.error();
    options.everyStepOnHost = true;
    auto reference = Executor::create(session.model(), plan, options);
    if (!reference) return reference.error();
    for (Executor* executor : {onDevices->get(), reference->get()}) {
        if (auto outputs = executor->run(inputs, nullptr, false); !outputs) return outputs.error();
    }
    const Graph& graph = session.graph();
    std::vector<BoundaryAccuracy> list;
    for (const SubgraphOp& op : plan.subgraphs) {
        BoundaryAccuracy boundary{op.id, op.device, {}};
        for (ValueId id : op.outputs) {
            auto actual = (*onDevices)->kept().find(id);
            auto expected = (*reference)->kept().find(id);
            if (actual == (*onDevices)->kept().end() || expected == (*reference)->kept().end()) continue;
            boundary.outputs.push_back({graph.value(id).name, compareTensors(actual->second, expected->second)});
        }
        list.push_back(std::move(boundary));
    }
    return list;
}

} // namespace fusebox
