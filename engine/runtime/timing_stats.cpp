#include "runtime/timing_stats.h"

#include <algorithm>
#include <cmath>

namespace fusebox {

TimingStats summarizeTimings(std::vector<double> samplesMs) {
    if (samplesMs.empty()) return {};
    std::sort(samplesMs.begin(), samplesMs.end());
    const std::size_t n = samplesMs.size();
    const auto p90Rank = static_cast<std::size_t>(std::ceil(0.9 * static_cast<double>(n))); // 1-based nearest rank
    return {samplesMs[n / 2], samplesMs.front(), samplesMs.back(), samplesMs[std::max<std::size_t>(p90Rank, 1) - 1],
            static_cast<int>(n)};
}

} // namespace fusebox
