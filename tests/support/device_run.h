#pragma once
// Runs a model file end to end with given partition targets, as `fusebox run` does: for
// tests that check a device adapter against the host.

#include "core/result.h"
#include "runtime/executor.h"
#include "workflow/model_session.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fusebox::test {

struct DeviceRun {
    std::unique_ptr<PartitionedModel> session; // stable address: the executor refers to its model
    std::unique_ptr<Executor> executor;
    std::vector<Tensor> outputs;
    RunStats stats;
    std::map<ValueId, Tensor> logits; // the inputs of the Softmax nodes that compute outputs (softmax_outputs.h)
};

// Partitions with `targets` (empty: host only) and the shipped profiles, then runs once
// on the generated inputs of seed 0 (`fusebox run`'s).
Result<DeviceRun> runWithTargets(const std::string& modelPath, const std::vector<std::string>& targets,
                                 const std::map<std::string, std::vector<int64_t>>& shapes = {}, int threads = 1);

// Empty when every output of `actual` matches `expected` within rtol/atol (a Softmax
// output: its logits within rtol of their scale), else the first mismatch with the
// output's name.
std::string outputsMismatch(const DeviceRun& actual, const DeviceRun& expected, double rtol, double atol);

} // namespace fusebox::test
