#pragma once
// `fusebox profile` as the CLI and the studio run it: the model on host alone (the
// baseline every other run is compared with), on each device as the only target (what
// it refuses stays on host), and with the config as written; each run timed per node,
// checked against the host outputs and stored. A device that cannot run here is skipped
// with the reason and the others go on.

#include "config/partition_config.h"
#include "store/profile_store.h"

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fusebox {

struct ProfileRequest {
    std::string modelPath;
    std::string configPath;
    std::vector<std::string> devices; // empty: the config's targets
    std::map<std::string, std::vector<int64_t>> shapes;
    std::string profilesDirectory;    // empty: defaultProfilesDirectory()
    int iters = 10;
    int warmup = 2;
    int threads = 0;
    uint64_t seed = 0;                // of the generated inputs (see input_generator.h)
    bool hostFallback = true;         // false: a subgraph its device fails to compile fails the run
    // Checked between runs and between iterations: a cancelled profile keeps the runs it
    // finished (complete) and leaves the one it was measuring incomplete; it returns a
    // Cancelled error.
    const std::atomic<bool>* cancel = nullptr;
    // Told after each warm-up or timed iteration: run `run` (from 0) of `runs`,
    // iteration `done` (from 1) of `total`.
    std::function<void(int run, int runs, int done, int total)> onIteration;
};

enum class ProfileOutcomeKind {
    Stored,  // measured and stored as complete
    Failed,  // could not be run; stored as failed when it got as far as compiling
    Skipped, // the device cannot run here (not built, not attached); nothing stored
};

struct ProfileOutcome {
    std::string label; // "host", a device name, "config"
    ProfileOutcomeKind kind = ProfileOutcomeKind::Skipped;
    std::optional<store::RunId> runId;
    std::string message; // why it failed or was skipped
    std::string devices;
    int subgraphs = 0;
    int hostNodes = 0;
    TimingStats total;
    std::optional<double> speedup;       // host median / this median
    std::optional<Accuracy> worstOutput; // largest max abs error, lowest cosine over the outputs
};

using ProgressFn = std::function<void(const std::string& line)>;

// Fails only when the model, the config or the host baseline fails, or on cancel; every
// other run's problem is in its outcome.
Result<std::vector<ProfileOutcome>> profileModel(const ProfileRequest& request, store::ProfileStore& store,
                                                 const ProgressFn& progress = {});

} // namespace fusebox
