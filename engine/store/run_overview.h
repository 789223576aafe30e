#pragma once
// Every stored run with the figures a runs list shows: its end-to-end timings (median,
// p90, min, max, cv), the speed-up against the host baseline it was measured with, the
// worst output accuracy and whether its timings spread too far to be trusted.

#include "store/profile_store.h"
#include "store/run_spread.h"

#include <optional>
#include <string>
#include <vector>

namespace fusebox::store {

struct RunOverview {
    RunSummary summary;
    std::string modelHash;
    std::string modelPath;
    std::string configHash; // "" for an imported profile
    TimingStats total;                     // end to end; samples == 0: not measured
    std::optional<RunId> baseline;         // the host run its speed-up is against
    std::optional<double> speedup;         // baseline median / this median
    std::optional<Accuracy> worstAccuracy; // over the outputs; none for the host itself
    bool unstable() const { return isUnstable(total); } // see run_spread.h
};

// Newest first. A run's baseline is the newest complete "host" run of the same model
// on the same machine that started no later than it (the profile workflow measures host
// first); the host run is its own baseline.
Result<std::vector<RunOverview>> listRunOverviews(ProfileStore& store);

} // namespace fusebox::store
