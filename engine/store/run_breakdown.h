#pragma once
// Where one run's end-to-end median went, as the slices of a stacked bar: by step
// (subgraph or host nodes) or by op type. The slices add up to the median, the part no
// step accounts for being a slice of its own (honest timing: shown, not spread out).

#include "store/run_record.h"

#include <string>
#include <vector>

namespace fusebox::store {

inline constexpr const char* kHostNodesPart = "host nodes";
inline constexpr const char* kWholeSubgraphsPart = "whole subgraphs"; // nodes timed only with their subgraph
inline constexpr const char* kBetweenStepsPart = "between steps";

struct TimeSlice {
    std::string part;
    double ms = 0;
};

// Each subgraph in execution order ("onednn sg 0"), then the host nodes together, then
// what the median holds beyond the steps' medians (0 when they add up to more).
std::vector<TimeSlice> timeBySubgraph(const StoredRun& run);

// The per-layer sum of the run's layer report split by op type (slowest first);
// subgraphs whose nodes have no own time are one "whole subgraphs" slice; then what the
// median holds beyond that sum.
std::vector<TimeSlice> timeByOpType(const StoredRun& run);

} // namespace fusebox::store
