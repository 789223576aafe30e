#pragma once
// Whether a run's end-to-end timings spread too far to be trusted: the one rule the CLI
// (profile, runs, compare) and the studio's runs list flag a run by. A busy machine
// (another process on the cores, threads spinning while their core is taken) shows as a
// long tail: the slow tenth of the iterations far above the median, a large deviation.
// The median is robust to one stray iteration; p90 and cv say how many there were.

#include "runtime/timing_stats.h"

#include <optional>
#include <string>

namespace fusebox::store {

// Room for ordinary jitter (quiet runs on the 2-core development machine have p90/median
// 1.02 to 1.05, README's profile example); above either threshold the run is unstable.
inline constexpr double kUnstableP90Ratio = 1.25; // p90 / median
inline constexpr double kUnstableCv = 0.2;        // standard deviation / mean

// p90 / median; none when nothing was measured.
std::optional<double> p90OverMedian(const TimingStats& stats);

// Measured, and p90 / median or cv above its threshold (cv only when it is known).
bool isUnstable(const TimingStats& stats);

// "unstable: p90/median 1.80, cv 0.35" ("cv" left out when not known); "" when stable.
std::string unstableReason(const TimingStats& stats);

} // namespace fusebox::store
