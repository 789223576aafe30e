#pragma once
// One plan of a model partitioned, compiled, measured, checked against the host and
// stored: what `fusebox profile`, `tune` and `bisect` do for every run. The first run a
// measurer makes is the baseline (the host alone): it fixes the generated inputs and the
// reference outputs every later run is compared with.

#include "config/partition_config.h"
#include "runtime/accuracy.h"
#include "runtime/tensor.h"
#include "store/profile_store.h"
#include "workflow/model_session.h"

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fusebox {

struct MeasureSettings {
    int iters = 10;
    int warmup = 2;
    int threads = 0;
    uint64_t seed = 0;        // of the generated inputs (see input_generator.h)
    bool hostFallback = true; // false: a subgraph its device fails to compile fails the run
    // Checked between iterations: a cancelled run stays incomplete in the store and
    // measure() returns a Cancelled error.
    const std::atomic<bool>* cancel = nullptr;
};

enum class ProfileOutcomeKind {
    Stored,  // measured and stored as complete
    Failed,  // could not be run; stored as failed when it got as far as compiling
    Skipped, // a device of the plan cannot run here (not built, not attached); nothing stored
};

struct ProfileOutcome {
    std::string label; // "host", a device name, "config", a tuning candidate
    ProfileOutcomeKind kind = ProfileOutcomeKind::Skipped;
    std::optional<store::RunId> runId;
    std::string message; // why it failed or was skipped ("device: why" when skipped)
    std::string unavailableDevice; // Skipped: the device of the plan that cannot run here
    std::string devices;
    int subgraphs = 0;
    int hostNodes = 0;
    TimingStats total;
    std::optional<double> speedup;                 // baseline median / this median
    std::vector<store::OutputAccuracy> accuracy;   // per graph output, against the baseline
    std::optional<Accuracy> worstOutput;           // largest max abs error, lowest cosine over the outputs
};

// The worst figures over `list` (nullopt when it is empty).
std::optional<Accuracy> worstOf(const std::vector<store::OutputAccuracy>& list);

using ProgressFn = std::function<void(const std::string& line)>;

// "tune 2026-12-04T03:40:12Z": the job a tune or bisect stores its runs under, `command`
// and the UTC time it started.
std::string jobName(const std::string& command);

class RunMeasurer {
public:
    // `job` tags every stored run ("" for none), e.g. the tuning job they belong to.
    RunMeasurer(const ModelSession& session, store::ProfileStore& store, MeasureSettings settings, std::string job = {});

    // Measures the plan of `config` and stores it as `label`, with `configText` as the
    // config the run keeps. `progress` is told what happens, each line prefixed with
    // `step` and the label; `onIteration` after each warm-up or timed run (done, total).
    // Errors returned are the store's own (the run could not be recorded) or a cancel;
    // a run that fails is an outcome.
    Result<ProfileOutcome> measure(const PartitionConfig& config, const std::string& configText, const std::string& label,
                                   const std::string& step = {}, const ProgressFn& progress = {},
                                   const std::function<void(int done, int total)>& onIteration = {});

    bool hasBaseline() const { return !hostOutputs_.empty(); }
    double baselineMedianMs() const { return baselineMedianMs_; }
    const std::map<std::string, Tensor>& inputs() const { return inputs_; }
    const MeasureSettings& settings() const { return settings_; }
    const ModelSession& session() const { return session_; }

private:
    const ModelSession& session_;
    store::ProfileStore& store_;
    MeasureSettings settings_;
    std::string job_;
    store::ModelInfo model_;
    store::MachineInfo machine_;
    std::map<std::string, Tensor> inputs_; // generated once, for the baseline
    std::vector<Tensor> hostOutputs_;      // the baseline's
    double baselineMedianMs_ = 0;
};

} // namespace fusebox
