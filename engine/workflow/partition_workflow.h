#pragma once
// The whole way from a model file and a config to a plan, as the CLI and the studio
// run it: import (with the config's and the caller's input shapes), fold constants,
// load device profiles, validate the config against the model, partition.

#include "config/partition_config.h"
#include "devices/device_profile.h"
#include "ir/model.h"
#include "partition/partition_plan.h"

#include <map>
#include <string>
#include <vector>

namespace fusebox {

struct PartitionRequest {
    std::string modelPath;
    PartitionConfig config;
    std::map<std::string, std::vector<int64_t>> shapes; // override the config's [model] shapes
    std::string profilesDirectory;                      // empty: defaultProfilesDirectory()
};

struct PartitionSession {
    Model model;
    std::vector<DeviceProfile> profiles;
    PartitionPlan plan;
};

Result<PartitionSession> partitionModel(const PartitionRequest& request);

// The device profiles of `profilesDirectory` (empty: defaultProfilesDirectory()), each
// joined by its adapter's own check where that adapter is built in and available.
Result<std::vector<DeviceProfile>> loadProfilesForPartitioning(const std::string& profilesDirectory);

} // namespace fusebox
