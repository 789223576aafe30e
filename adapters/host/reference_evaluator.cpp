// Constant folding evaluates nodes with the host kernels: one reference for folding and
// for running.
#include "kernel.h"
#include "transforms/reference_evaluator.h"

namespace fusebox::host {

namespace {

Result<std::vector<Tensor>> evaluateNode(const Graph& graph, const Node& node, int64_t opset,
                                         const std::vector<const Tensor*>& inputs) {
    KernelContext context(graph, node, opset, inputs); // no bodies: folding leaves If/Loop/Scan alone
    if (Status status = runKernel(context); !status) return status.error();
    return std::move(context.outputs());
}

} // namespace

[[maybe_unused]] static const bool kInstalled = ReferenceKernels::install(evaluateNode);

} // namespace fusebox::host
