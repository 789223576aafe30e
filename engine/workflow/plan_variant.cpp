#include "workflow/plan_variant.h"

#include "devices/device_profile.h"

namespace fusebox {

PlanVariant PlanVariant::deviceAlone(std::string device) {
    if (device == kHostDevice) return hostOnly();
    return {Kind::DeviceAlone, std::move(device)};
}

std::string PlanVariant::label() const {
    switch (kind) {
    case Kind::HostOnly: return kHostDevice;
    case Kind::DeviceAlone: return device;
    case Kind::AsWritten: break;
    }
    return "config";
}

PartitionConfig configFor(const PartitionConfig& config, const PlanVariant& variant) {
    if (variant.kind == PlanVariant::Kind::AsWritten) return config;
    PartitionConfig only = config;
    only.targets = variant.kind == PlanVariant::Kind::HostOnly ? std::vector<std::string>{}
                                                               : std::vector<std::string>{variant.device};
    only.rules.clear();
    only.paddleConfig.clear();
    return only;
}

void addPaddleRules(PartitionConfig& config, const std::vector<Rule>& paddleRules) {
    config.rules.insert(config.rules.begin(), paddleRules.begin(), paddleRules.end());
}

} // namespace fusebox
