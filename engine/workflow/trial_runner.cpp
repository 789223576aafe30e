#include "workflow/trial_runner.h"

namespace fusebox {

TrialRunner measuredTrials(RunMeasurer& measurer, const ProgressFn& progress) {
    auto count = std::make_shared<int>(0);
    return [&measurer, progress, count](const PartitionConfig& config, const std::string& label) {
        std::string step = "[";
        step.append(std::to_string(++*count)).append("]");
        return measurer.measure(config, savePartitionConfig(config), label, step, progress);
    };
}

std::string planSignature(const PartitionPlan& plan) {
    std::string text;
    for (const SubgraphOp& op : plan.subgraphs) {
        text.append(op.device).append("/").append(op.attributes.precision).append("/").append(op.attributes.layout);
        text.append("/").append(std::to_string(op.attributes.threads)).append(":");
        for (NodeId id : op.nodes) text.append(std::to_string(id)).append(",");
        text.append(";");
    }
    text.append("host:");
    for (NodeId id : plan.hostNodes) text.append(std::to_string(id)).append(",");
    return text;
}

} // namespace fusebox
