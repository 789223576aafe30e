#pragma once
// `fusebox tune`: a measured search for the fastest plan that keeps an accuracy bound.
// It starts from the host alone (the baseline), the config as written, each device
// alone, and each device alone in every precision its profile allows and on one thread,
// then walks from the best plan so far to its neighbours — a subgraph or a run of host
// nodes moved to another device, another precision or thread count for a device,
// another min_subgraph_size, another target order or set — and moves to the first
// neighbour that is measurably faster and still accurate. When none is, the fastest
// candidate that missed the accuracy bound is bisected (bisector.h) and its culprits go
// to host, which opens new neighbours; it stops when nothing is left to try, the budget
// is spent or it is cancelled. The partition cost estimates only order the neighbours;
// every answer is a measured run. Plans equal to one already measured are not measured
// again. See docs/tuning.md.

#include "workflow/accuracy_bound.h"
#include "workflow/trial_runner.h"

#include <atomic>
#include <map>
#include <string>
#include <vector>

namespace fusebox {

struct TuneOptions {
    std::vector<std::string> devices; // the devices the search may use; empty: the config's targets
    int budget = 30;                  // measured candidates at most, the host baseline included
    double seconds = 0;               // wall-clock limit; 0: none
    AccuracyBound bound;
    // A candidate replaces the best only when faster by this share: closer is noise.
    double minGain = 0.03;
    // After the search, the best candidate and the references (host, the config as
    // written, each device alone) are measured again this many rounds, interleaved, so a
    // slow minute hits them all; their speed-ups use the median over every round. These
    // runs are stored too and are not counted in the budget.
    int confirmRounds = 2;
    const std::atomic<bool>* cancel = nullptr;
    ProgressFn progress; // one line per candidate decided
};

struct TuneCandidate {
    std::string label;            // what it is: "host", "config", "onednn alone bf16", "subgraph 3 -> host", ...
    PartitionConfig config;
    std::vector<Rule> addedRules; // on top of the config as written
    bool settingsChanged = false; // targets, precisions or min_subgraph_size differ from the config as written
    double estimatedMs = 0;       // the partitioner's estimate (orders the search)
    ProfileOutcome outcome;
    bool accurate = false;        // measured and keeps the bound
    std::string rejection;        // why it is not the best: "cosine 0.9812 < 0.999", "failed: ..."
    std::vector<double> roundMs;  // the medians of its confirmation rounds (TuneOptions::confirmRounds)

    // The median of its first measurement and its confirmation rounds.
    double confirmedMs() const;
};

struct TuneResult {
    std::vector<TuneCandidate> candidates; // in the order measured
    int best = -1;                         // the fastest accurate candidate
    int host = -1;
    int asWritten = -1;
    std::map<std::string, int> deviceAlone;        // by device, default precision
    std::map<std::string, std::string> unavailable; // device -> why it cannot run here
    int duplicates = 0;     // neighbours whose plan was already measured
    std::string stopReason; // "no faster neighbour", "budget of 30 runs spent", "time limit", "cancelled"
    bool cancelled = false;

    const TuneCandidate* bestCandidate() const { return best < 0 ? nullptr : &candidates[static_cast<std::size_t>(best)]; }
};

// Fails on a bad request (an unknown device, a config the model rejects), when the host
// baseline cannot be measured, or when the runner fails (the store); a cancel ends the
// search and returns what was measured.
Result<TuneResult> tunePartition(const ModelSession& session, const PartitionConfig& config, const TuneOptions& options,
                                 const TrialRunner& run);

// The best candidate as a config to write: the config text as written with the added
// rules appended when only rules were added, else the whole config; either way after a
// comment that says what was measured.
std::string tunedConfigText(const TuneResult& result, const std::string& writtenText, const std::string& header);

} // namespace fusebox
