#include "workflow/profile_workflow.h"

#include "core/file_io.h"
#include "core/text.h"
#include "workflow/model_session.h"

#include <algorithm>

namespace fusebox {

namespace {

struct Planned {
    PlanVariant variant;
    std::string configText; // as stored
};

// A device name without a profile is a typo, not a device that cannot run here.
Status checkDevicesKnown(const std::vector<std::string>& devices, const ModelSession& session) {
    const std::vector<std::string> known = session.deviceNames();
    for (const std::string& device : devices) {
        if (std::find(known.begin(), known.end(), device) == known.end()) {
            return Error("--devices: no profile for device '" + device + "'; " +
                         didYouMeanOr(device, known, "one of " + joinText(known)));
        }
    }
    return {};
}

} // namespace

Result<std::vector<ProfileOutcome>> profileModel(const ProfileRequest& request, store::ProfileStore& store,
                                                 const ProgressFn& progress) {
    auto configText = readTextFile(request.configPath);
    if (!configText) return configText.error();
    auto config = parsePartitionConfig(*configText, request.configPath);
    if (!config) return config.error();
    auto session = ModelSession::open({request.modelPath, config->shapes, request.shapes, request.profilesDirectory, {}});
    if (!session) return session.error();

    const std::vector<std::string>& devices = request.devices.empty() ? config->targets : request.devices;
    if (Status known = checkDevicesKnown(devices, **session); !known) return known.error();
    std::vector<Planned> planned{{PlanVariant::hostOnly(), {}}};
    for (const std::string& device : devices) {
        const PlanVariant variant = PlanVariant::deviceAlone(device);
        const bool seen = std::any_of(planned.begin(), planned.end(), [&](const Planned& p) { return p.variant.label() == variant.label(); });
        if (!seen) planned.push_back({variant, {}});
    }
    for (Planned& p : planned) p.configText = savePartitionConfig(configFor(*config, p.variant));
    planned.push_back({PlanVariant::asWritten(), *configText});

    RunMeasurer measurer(**session, store, request.settings);
    std::vector<ProfileOutcome> outcomes;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        std::string step = "[";
        step.append(std::to_string(i + 1)).append("/").append(std::to_string(planned.size())).append("]");
        const MeasureSettings& s = request.settings;
        if (s.cancel && s.cancel->load()) return Error("cancelled", ErrorKind::Cancelled);
        auto iteration = [&](int done, int total) {
            if (request.onIteration) request.onIteration(static_cast<int>(i), static_cast<int>(planned.size()), done + 1, total);
        };
        auto outcome = measurer.measure(configFor(*config, planned[i].variant), planned[i].configText,
                                        planned[i].variant.label(), step, progress, iteration);
        if (!outcome) return outcome.error();
        if (i == 0 && outcome->kind != ProfileOutcomeKind::Stored) {
            // Before a run is recorded the model or config is at fault; after, the run itself.
            return Error(outcome->message, outcome->runId ? ErrorKind::Failed : ErrorKind::InvalidInput);
        }
        outcomes.push_back(std::move(*outcome));
    }
    return outcomes;
}

} // namespace fusebox
