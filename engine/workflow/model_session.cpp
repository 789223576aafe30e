#include "workflow/model_session.h"

#include "onnx/onnx_import.h"
#include "partition/partitioner.h"
#include "runtime/adapter.h"
#include "store/content_hash.h"
#include "transforms/shape_settling.h"

#include <algorithm>
#include <filesystem>

namespace fusebox {

namespace {

const Error kCancelled("cancelled", ErrorKind::Cancelled);

// The model file's hash, extended by each external data file's name and hash, so a
// changed weight file is another model.
Result<std::string> hashModel(const Model& model) {
    auto hash = store::sha256OfFile(model.path);
    if (!hash || model.externalDataFiles.empty()) return hash;
    std::string combined = *hash;
    for (const std::string& file : model.externalDataFiles) {
        auto dataHash = store::sha256OfFile(file);
        if (!dataHash) return dataHash.error();
        combined.append("\n").append(std::filesystem::path(file).filename().string()).append(" ").append(*dataHash);
    }
    return store::sha256Hex(combined);
}

} // namespace

Result<std::shared_ptr<const DeviceProfiles>> loadProfilesForPartitioning(const std::string& profilesDirectory) {
    auto profiles = loadDeviceProfiles(profilesDirectory.empty() ? defaultProfilesDirectory() : profilesDirectory);
    if (!profiles) return profiles.error();
    // The adapters built in here judge what the profile format cannot express.
    for (DeviceProfile& profile : *profiles) {
        const Adapter* adapter = profile.acceptAll || profile.adapter.empty() ? nullptr : AdapterRegistry::find(profile.adapter);
        if (adapter && adapter->probe().available) {
            profile.adapterCheck = [adapter](const Graph& graph, const Node& node) { return adapter->supports(graph, node); };
        }
    }
    return std::make_shared<const DeviceProfiles>(std::move(*profiles));
}

Result<std::shared_ptr<const ModelSession>> ModelSession::open(const ModelSessionOptions& options) {
    ImportOptions importOptions;
    importOptions.inputShapes = options.configShapes;
    for (const auto& [name, dims] : options.overrideShapes) importOptions.inputShapes[name] = dims;

    auto model = importOnnx(options.modelPath, importOptions);
    if (!model) return model.error();
    std::map<std::string, std::string> opTypes; // of every node, for the ones folding removes
    for (NodeId id : model->graph.nodeIds()) opTypes.emplace(model->graph.node(id).name, model->graph.node(id).opType);
    auto folded = settleShapes(*model);
    if (!folded) return folded.error().inFile(options.modelPath);
    if (Status sizes = checkValueSizes(model->graph); !sizes) return sizes.error().inFile(options.modelPath);
    auto hash = hashModel(*model);
    if (!hash) return hash.error();

    std::shared_ptr<const DeviceProfiles> profiles = options.profiles;
    if (!profiles) {
        auto loaded = loadProfilesForPartitioning(options.profilesDirectory);
        if (!loaded) return loaded.error();
        profiles = std::move(*loaded);
    }

    std::shared_ptr<ModelSession> session(new ModelSession);
    session->model_ = std::move(*model);
    session->folded_ = std::move(folded->foldedNodes);
    for (const std::string& name : session->folded_) session->foldedOpTypes_.push_back(opTypes[name]);
    session->profiles_ = std::move(profiles);
    session->modelHash_ = std::move(*hash);
    session->configShapes_ = options.configShapes;
    return std::shared_ptr<const ModelSession>(std::move(session));
}

std::vector<std::string> ModelSession::deviceNames() const {
    std::vector<std::string> names;
    for (const DeviceProfile& profile : *profiles_) names.push_back(profile.name);
    return names;
}

const DeviceProfile* ModelSession::profile(const std::string& device) const {
    auto it = std::find_if(profiles_->begin(), profiles_->end(), [&](const DeviceProfile& p) { return p.name == device; });
    return it == profiles_->end() ? nullptr : &*it;
}

Result<PartitionPlan> ModelSession::partition(const PartitionConfig& config, const std::atomic<bool>* cancel) const {
    if (!acceptsShapesOf(config)) {
        return Error((config.path.empty() ? std::string("the config") : config.path) + ": its [model] shapes differ from the ones " + path() +
                     " was opened with; open it again with the new shapes");
    }
    if (Status status = validatePartitionConfig(config, model_.graph, deviceNames()); !status) return status.error();
    if (cancel && cancel->load()) return kCancelled;
    auto plan = partitionGraph(model_.graph, config, *profiles_);
    if (!plan) return plan.error();
    if (cancel && cancel->load()) return kCancelled;
    plan->folded = folded_;
    return plan;
}

Result<PartitionPlan> ModelSession::partition(const PartitionConfig& config, const PlanVariant& variant,
                                              const std::atomic<bool>* cancel) const {
    return partition(configFor(config, variant), cancel);
}

Result<PartitionedModel> partitionModel(const PartitionRequest& request) {
    auto session = ModelSession::open({request.modelPath, request.config.shapes, request.shapes, request.profilesDirectory, {}});
    if (!session) return session.error();
    auto plan = (*session)->partition(request.config);
    if (!plan) return plan.error();
    return PartitionedModel{std::move(*session), std::move(*plan)};
}

} // namespace fusebox
