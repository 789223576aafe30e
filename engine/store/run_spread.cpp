#include "store/run_spread.h"

#include <cstdio>

namespace fusebox::store {

namespace {

std::string twoDecimals(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

} // namespace

std::optional<double> p90OverMedian(const TimingStats& stats) {
    if (stats.samples == 0 || stats.medianMs <= 0) return std::nullopt;
    return stats.p90Ms / stats.medianMs;
}

bool isUnstable(const TimingStats& stats) {
    const auto ratio = p90OverMedian(stats);
    if (!ratio) return false;
    return *ratio > kUnstableP90Ratio || (stats.cv && *stats.cv > kUnstableCv);
}

std::string unstableReason(const TimingStats& stats) {
    if (!isUnstable(stats)) return {};
    std::string reason = "unstable: p90/median " + twoDecimals(*p90OverMedian(stats));
    if (stats.cv) reason += ", cv " + twoDecimals(*stats.cv);
    return reason;
}

} // namespace fusebox::store
