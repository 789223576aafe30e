#pragma once
// Timed runs of a compiled plan: warm-up runs first, then timed runs that keep every
// sample (whole model, each plan step and, on request, each node), for `fusebox run`,
// `fusebox profile` and the benchmarks.

#include "runtime/executor.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace fusebox {

struct MeasureOptions {
    int warmup = 2;
    int iters = 10;
    bool perNodeTiming = false;
    const std::atomic<bool>* cancel = nullptr;
};

struct Measurement {
    std::vector<Tensor> outputs;                // of the last run
    std::vector<double> totalMs;                // per timed run
    std::vector<std::vector<double>> stepMs;    // per executor step, per timed run
    std::map<NodeId, std::vector<double>> nodeMs; // per node, per timed run (perNodeTiming only)
    int64_t peakBytes = 0;
    int layoutConversions = 0; // in one run
};

// `progress` (may be empty) is told after each run: its index (from 0, warm-up runs
// included) and the total count.
Result<Measurement> measure(Executor& executor, const std::map<std::string, Tensor>& inputs, const MeasureOptions& options,
                            const std::function<void(int done, int total)>& progress = {});

} // namespace fusebox
