#pragma once
// `fusebox profile` as the CLI and the studio run it: the model on host alone (the
// baseline every other run is compared with), on each device as the only target (what
// it refuses stays on host), and with the config as written; each run timed per node,
// checked against the host outputs and stored. A device that cannot run here is skipped
// with the reason and the others go on.

#include "workflow/run_measurer.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace fusebox {

struct ProfileRequest {
    std::string modelPath;
    std::string configPath;
    std::vector<std::string> devices; // empty: the config's targets
    std::map<std::string, std::vector<int64_t>> shapes;
    std::string profilesDirectory;    // empty: defaultProfilesDirectory()
    // A cancelled profile keeps the runs it finished (complete) and leaves the one it was
    // measuring incomplete; it returns a Cancelled error.
    MeasureSettings settings;
    // Told after each warm-up or timed iteration: run `run` (from 0) of `runs`,
    // iteration `done` (from 1) of `total`.
    std::function<void(int run, int runs, int done, int total)> onIteration;
};

// Fails only when the model, the config or the host baseline fails, or on cancel; every
// other run's problem is in its outcome.
Result<std::vector<ProfileOutcome>> profileModel(const ProfileRequest& request, store::ProfileStore& store,
                                                 const ProgressFn& progress = {});

} // namespace fusebox
