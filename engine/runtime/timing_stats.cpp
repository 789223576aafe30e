#include "runtime/timing_stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fusebox {

namespace {

// Sample (n - 1) standard deviation over the mean; 0 when it cannot spread.
double coefficientOfVariation(const std::vector<double>& samplesMs) {
    const auto n = static_cast<double>(samplesMs.size());
    const double mean = std::accumulate(samplesMs.begin(), samplesMs.end(), 0.0) / n;
    if (samplesMs.size() < 2 || mean <= 0) return 0;
    double squares = 0;
    for (double ms : samplesMs) squares += (ms - mean) * (ms - mean);
    return std::sqrt(squares / (n - 1)) / mean;
}

} // namespace

TimingStats summarizeTimings(std::vector<double> samplesMs) {
    if (samplesMs.empty()) return {};
    std::sort(samplesMs.begin(), samplesMs.end());
    const std::size_t n = samplesMs.size();
    const auto p90Rank = static_cast<std::size_t>(std::ceil(0.9 * static_cast<double>(n))); // 1-based nearest rank
    return {samplesMs[n / 2], samplesMs.front(), samplesMs.back(), samplesMs[std::max<std::size_t>(p90Rank, 1) - 1],
            static_cast<int>(n), coefficientOfVariation(samplesMs)};
}

} // namespace fusebox
