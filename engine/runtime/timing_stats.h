#pragma once
// Summary figures of repeated timings, as every report and the profile store show them.

#include <optional>
#include <vector>

namespace fusebox {

struct TimingStats {
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    double p90Ms = 0;
    int samples = 0; // 0: nothing was measured (the figures are meaningless)
    // Coefficient of variation: sample standard deviation / mean. None when not known (a
    // run stored before the store kept it); 0 for a single sample.
    std::optional<double> cv = std::nullopt;
};

// Median (the upper middle one for an even count), min, max, the 90th percentile
// (nearest rank) and the coefficient of variation of the samples.
TimingStats summarizeTimings(std::vector<double> samplesMs);

} // namespace fusebox
