#pragma once
// What a search over plans (tune, bisect) asks for each candidate: measure the plan of
// this config and tell its time and accuracy against the host. `fusebox tune` and
// `bisect` measure for real (RunMeasurer, every candidate stored); tests script it.
// The first config a search hands over is the host alone: a real runner measures it as
// the baseline the others are compared with.

#include "workflow/run_measurer.h"

#include <functional>
#include <string>

namespace fusebox {

using TrialRunner = std::function<Result<ProfileOutcome>(const PartitionConfig& config, const std::string& label)>;

// Measures with `measurer`, storing each candidate with its config as TOML; progress
// lines are prefixed with the candidate's number.
TrialRunner measuredTrials(RunMeasurer& measurer, const ProgressFn& progress);

// A text that is the same for two plans exactly when they run the same way: every
// subgraph's device, data attributes and nodes, and the host nodes.
std::string planSignature(const PartitionPlan& plan);

} // namespace fusebox
