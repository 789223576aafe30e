#pragma once
// `fusebox bisect`: when a config's plan misses an accuracy bound against the host, the
// smallest set of subgraphs — then of nodes inside them — whose move back to host
// restores it. Adaptive group testing, every probe a measured run: with the culprits
// found so far on host, a binary search over the units in execution order finds the
// shortest prefix whose move keeps the bound; its last unit is a culprit. One culprit
// among n units costs about log2(n) + 2 probes, at both levels. It assumes that moving
// more to host never makes a plan less accurate; the returned set is checked by a probe
// of its own either way. See docs/tuning.md.

#include "workflow/accuracy_bound.h"
#include "workflow/trial_runner.h"

#include <atomic>
#include <vector>

namespace fusebox {

struct BisectOptions {
    AccuracyBound bound;
    const std::atomic<bool>* cancel = nullptr; // a cancel returns a Cancelled error; the probes stay stored
    ProgressFn progress;                       // one line per probe
};

struct BisectProbe {
    std::string label;          // "config", "subgraphs 0-3 on host", ...
    std::vector<NodeId> onHost; // the nodes moved to host, on top of the config
    ProfileOutcome outcome;
    bool accurate = false;
};

struct BisectResult {
    std::vector<BisectProbe> probes; // measured, in order: [0] the host baseline, [1] the config as written
    bool needed = false;             // the config's plan misses the bound
    PartitionPlan plan;              // the config's plan
    std::vector<int> culpritSubgraphs; // ids in `plan`, in execution order
    std::vector<NodeId> culpritNodes;  // the nodes whose move to host restores the bound, in execution order
    Rule fix;                          // runs culpritNodes on host (appended to the config, it restores the bound)
    int fixedProbe = -1;               // the probe that measured the config with `fix`

    const BisectProbe& asWritten() const { return probes[1]; }
    const BisectProbe* fixed() const { return fixedProbe < 0 ? nullptr : &probes[static_cast<std::size_t>(fixedProbe)]; }
};

// Fails on a config the model rejects, when the host or the config as written cannot be
// measured, or when the runner fails (the store, a cancel).
Result<BisectResult> bisectAccuracy(const ModelSession& session, const PartitionConfig& config, const BisectOptions& options,
                                    const TrialRunner& run);

} // namespace fusebox
