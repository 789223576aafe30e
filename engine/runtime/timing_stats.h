#pragma once
// Summary figures of repeated timings, as every report and the profile store show them.

#include <vector>

namespace fusebox {

struct TimingStats {
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    double p90Ms = 0;
    int samples = 0; // 0: nothing was measured (the figures are meaningless)
};

// Median (the upper middle one for an even count), min, max and the 90th percentile
// (nearest rank) of the samples.
TimingStats summarizeTimings(std::vector<double> samplesMs);

} // namespace fusebox
