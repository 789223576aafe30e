#include "workflow/partition_workflow.h"

#include "onnx/onnx_import.h"
#include "partition/partitioner.h"
#include "runtime/adapter.h"
#include "transforms/constant_folding.h"

namespace fusebox {

Result<std::vector<DeviceProfile>> loadProfilesForPartitioning(const std::string& profilesDirectory) {
    auto profiles = loadDeviceProfiles(profilesDirectory.empty() ? defaultProfilesDirectory() : profilesDirectory);
    if (!profiles) return profiles.error();
    // The adapters built in here judge what the profile format cannot express.
    for (DeviceProfile& profile : *profiles) {
        const Adapter* adapter = profile.acceptAll || profile.adapter.empty() ? nullptr : AdapterRegistry::find(profile.adapter);
        if (adapter && adapter->probe().available) {
            profile.adapterCheck = [adapter](const Graph& graph, const Node& node) { return adapter->supports(graph, node); };
        }
    }
    return profiles;
}

Result<PartitionSession> partitionModel(const PartitionRequest& request) {
    ImportOptions options;
    options.inputShapes = request.config.shapes;
    for (const auto& [name, dims] : request.shapes) options.inputShapes[name] = dims;

    auto model = importOnnx(request.modelPath, options);
    if (!model) return model.error();
    auto folded = foldConstants(model->graph);
    if (!folded) return folded.error().withContext(request.modelPath);

    auto profiles = loadProfilesForPartitioning(request.profilesDirectory);
    if (!profiles) return profiles.error();
    std::vector<std::string> known;
    for (const DeviceProfile& profile : *profiles) known.push_back(profile.name);
    if (Status status = validatePartitionConfig(request.config, model->graph, known); !status) return status.error();

    auto plan = partitionGraph(model->graph, request.config, *profiles);
    if (!plan) return plan.error();
    plan->folded = std::move(folded->foldedNodes);
    return PartitionSession{std::move(*model), std::move(*profiles), std::move(*plan)};
}

} // namespace fusebox
