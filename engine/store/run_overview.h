#pragma once
// Every stored run with the figures a runs list shows: median and p90, the speed-up
// against the host baseline it was measured with, the worst output accuracy and whether
// its timings spread too far to be trusted.

#include "store/profile_store.h"

#include <optional>
#include <string>
#include <vector>

namespace fusebox::store {

// Above this (max - min) / median of the end-to-end timings a run is flagged as noisy.
inline constexpr double kSpreadWarning = 0.2;

struct RunOverview {
    RunSummary summary;
    std::string modelHash;
    std::string modelPath;
    std::string configHash; // "" for an imported profile
    std::optional<double> p90Ms;
    std::optional<double> spread;          // (max - min) / median of the end-to-end timings
    std::optional<RunId> baseline;         // the host run its speed-up is against
    std::optional<double> speedup;         // baseline median / this median
    std::optional<Accuracy> worstAccuracy; // over the outputs; none for the host itself
    bool noisy() const { return spread && *spread > kSpreadWarning; }
};

// Newest first. A run's baseline is the newest complete "host" run of the same model
// on the same machine that started no later than it (the profile workflow measures host
// first); the host run is its own baseline.
Result<std::vector<RunOverview>> listRunOverviews(ProfileStore& store);

} // namespace fusebox::store
