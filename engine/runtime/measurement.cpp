#include "runtime/measurement.h"

#include <chrono>

namespace fusebox {

Result<Measurement> measure(Executor& executor, const std::map<std::string, Tensor>& inputs, const MeasureOptions& options,
                            const std::function<void(int done, int total)>& progress) {
    Measurement m;
    m.stepMs.resize(executor.stepCount());
    const int total = options.warmup + options.iters;
    for (int i = 0; i < total; ++i) {
        RunStats stats;
        const auto start = std::chrono::steady_clock::now();
        auto result = executor.run(inputs, &stats, options.perNodeTiming, options.cancel);
        const auto end = std::chrono::steady_clock::now();
        if (!result) return result.error();
        m.outputs = std::move(*result);
        m.peakBytes = stats.peakBytes;
        m.layoutConversions = stats.layoutConversions;
        if (i >= options.warmup) {
            m.totalMs.push_back(std::chrono::duration<double, std::milli>(end - start).count());
            for (std::size_t s = 0; s < stats.stepMs.size() && s < m.stepMs.size(); ++s) m.stepMs[s].push_back(stats.stepMs[s]);
            for (const ProgramTimings& step : stats.stepNodeTimes) {
                for (const auto& [node, ms] : step.nodeMs) m.nodeMs[node].push_back(ms);
            }
        }
        if (progress) progress(i, total);
    }
    return m;
}

} // namespace fusebox
