#pragma once
// How the CLI shows the spread of a run's end-to-end timings; whether a run is unstable
// is decided by store/run_spread.h alone.

#include "runtime/timing_stats.h"

#include <nlohmann/json.hpp>

#include <string>

namespace fusebox::cli {

// Where the CLI sends the user with an unstable run.
inline constexpr const char* kStableFiguresDoc = "docs/benchmarks.md, \"Getting stable figures\"";

// The spread columns of a table: min, p90 and max ms, cv and the reason when unstable
// (empty when stable). The header has the same widths; "-" for what is not measured.
std::string spreadHeader();
std::string spreadCells(const TimingStats& stats);

// Sets min_ms, median_ms, p90_ms, max_ms, cv (null when not measured or not stored),
// unstable (bool) and unstable_reason ("" when stable) on `object`.
void addSpreadFields(nlohmann::ordered_json& object, const TimingStats& stats);

} // namespace fusebox::cli
