#include "workflow/run_report.h"

namespace fusebox {

RunReport reportOfRun(const store::StoredRun& run, const std::string& profilesDirectory) {
    RunReport result;
    PartitionConfig config;
    if (run.header.config) {
        auto parsed = parsePartitionConfig(run.header.config->text, "the run's config");
        if (parsed) config = std::move(*parsed);
    }
    std::map<std::string, std::string> precisions;
    for (const auto& [device, settings] : config.devices) {
        if (settings.precision) precisions[device] = *settings.precision;
    }
    auto session = ModelSession::open({run.header.model.path, config.shapes, {}, profilesDirectory, {}});
    if (!session) {
        result.note = "the model of the run cannot be opened (" + session.error().message() + ")";
    } else if ((*session)->modelHash() != run.header.model.hash) {
        result.note = run.header.model.path + " has changed since the run";
    } else {
        result.model = std::move(*session);
    }
    result.report = store::buildLayerReport(run, result.model ? &result.model->graph() : nullptr, precisions);
    return result;
}

} // namespace fusebox
