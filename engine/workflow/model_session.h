#pragma once
// One model, opened once, partitioned as often as asked. Opening imports the file (with
// fixed input shapes), settles shapes and constants, loads the device profiles with the
// built-in adapters' own checks attached and hashes the model; after that `partition`
// does no file I/O and no import: the model is shared read-only, plans are values.
// The CLI commands, the profile workflow and the studio all go through it.

#include "config/partition_config.h"
#include "devices/device_profile.h"
#include "ir/model.h"
#include "partition/partition_plan.h"
#include "workflow/plan_variant.h"

#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fusebox {

using InputShapes = std::map<std::string, std::vector<int64_t>>;
using DeviceProfiles = std::vector<DeviceProfile>;

struct ModelSessionOptions {
    std::string modelPath;
    InputShapes configShapes;   // the config's [model] shapes
    InputShapes overrideShapes; // the caller's (--shape); win over configShapes
    std::string profilesDirectory;                  // empty: defaultProfilesDirectory()
    std::shared_ptr<const DeviceProfiles> profiles; // already loaded (many sessions, one load); wins over the directory
};

class ModelSession {
public:
    static Result<std::shared_ptr<const ModelSession>> open(const ModelSessionOptions& options);

    const Model& model() const { return model_; }
    const Graph& graph() const { return model_.graph; }
    const std::string& path() const { return model_.path; }
    const std::vector<std::string>& folded() const { return folded_; } // names of the folded nodes
    const std::vector<std::string>& foldedOpTypes() const { return foldedOpTypes_; } // same order
    const DeviceProfiles& profiles() const { return *profiles_; }
    std::shared_ptr<const DeviceProfiles> sharedProfiles() const { return profiles_; }
    std::vector<std::string> deviceNames() const;
    const DeviceProfile* profile(const std::string& device) const; // nullptr when unknown
    // SHA-256 of the model file and of every external data file it reads.
    const std::string& modelHash() const { return modelHash_; }
    // Nodes of the model as written: after folding plus the folded ones.
    int64_t originalNodeCount() const { return static_cast<int64_t>(model_.graph.nodeCount() + folded_.size()); }

    // Whether `config` can be partitioned here: its [model] shapes are the ones this
    // session was opened with (other shapes mean another import).
    bool acceptsShapesOf(const PartitionConfig& config) const { return config.shapes == configShapes_; }

    // Validates `config` against the model and the known devices, then partitions.
    // `cancel` (may be null) is checked between the partitioner's phases.
    Result<PartitionPlan> partition(const PartitionConfig& config, const std::atomic<bool>* cancel = nullptr) const;
    Result<PartitionPlan> partition(const PartitionConfig& config, const PlanVariant& variant,
                                    const std::atomic<bool>* cancel = nullptr) const;

private:
    ModelSession() = default;

    Model model_;
    std::vector<std::string> folded_;
    std::vector<std::string> foldedOpTypes_;
    std::shared_ptr<const DeviceProfiles> profiles_;
    std::string modelHash_;
    InputShapes configShapes_;
};

// A model opened and partitioned once (tests, benchmarks and one-shot commands).
struct PartitionRequest {
    std::string modelPath;
    PartitionConfig config;
    InputShapes shapes;            // override the config's [model] shapes
    std::string profilesDirectory; // empty: defaultProfilesDirectory()
};

struct PartitionedModel {
    std::shared_ptr<const ModelSession> session;
    PartitionPlan plan;
    const Model& model() const { return session->model(); }
};

Result<PartitionedModel> partitionModel(const PartitionRequest& request);

// The device profiles of `profilesDirectory` (empty: defaultProfilesDirectory()), each
// joined by its adapter's own check where that adapter is built in and available.
Result<std::shared_ptr<const DeviceProfiles>> loadProfilesForPartitioning(const std::string& profilesDirectory);

} // namespace fusebox
