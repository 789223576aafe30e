#include "support/device_run.h"

#include "support/softmax_outputs.h"
#include "support/test_support.h"
#include "runtime/accuracy.h"
#include "runtime/input_generator.h"

namespace fusebox::test {

Result<DeviceRun> runWithTargets(const std::string& modelPath, const std::vector<std::string>& targets,
                                 const std::map<std::string, std::vector<int64_t>>& shapes, int threads) {
    PartitionConfig config;
    config.targets = targets;
    auto session = partitionModel({modelPath, config, shapes, profilesDir().toStdString()});
    if (!session) return session.error();
    DeviceRun run;
    run.session = std::make_unique<PartitionedModel>(std::move(*session));
    const ExecutorOptions options{.threads = threads, .keep = logitsToKeep(run.session->model().graph)};
    auto executor = Executor::create(run.session->model(), run.session->plan, options);
    if (!executor) return executor.error();
    run.executor = std::move(*executor);
    const Graph& graph = run.session->model().graph;
    std::map<std::string, Tensor> inputs;
    int k = 0;
    for (ValueId id : graph.inputs()) {
        auto input = generateInput(graph.value(id), k++, 0);
        if (!input) return input.error();
        inputs[graph.value(id).name] = *input;
    }
    auto outputs = run.executor->run(inputs, &run.stats, false);
    if (!outputs) return outputs.error();
    run.outputs = std::move(*outputs);
    run.logits = run.executor->kept();
    return run;
}

std::string outputsMismatch(const DeviceRun& actual, const DeviceRun& expected, double rtol, double atol) {
    if (actual.outputs.size() != expected.outputs.size()) return "different output counts";
    const Graph& graph = actual.session->model().graph;
    const std::vector<std::optional<ValueId>> logits = softmaxLogits(graph);
    for (std::size_t i = 0; i < actual.outputs.size(); ++i) {
        if (logits[i] && actual.logits.count(*logits[i]) && expected.logits.count(*logits[i])) {
            if (auto mismatch = logitsMismatch(actual.logits.at(*logits[i]), expected.logits.at(*logits[i]), rtol)) {
                return graph.value(graph.outputs()[i]).name + ": " + *mismatch;
            }
            continue;
        }
        if (auto mismatch = firstMismatch(actual.outputs[i], expected.outputs[i], rtol, atol)) {
            return graph.value(graph.outputs()[i]).name + ": " + *mismatch;
        }
    }
    return {};
}

} // namespace fusebox::test
