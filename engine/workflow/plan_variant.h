#pragma once
// The ways one config is planned, in one place: the host alone (the baseline), one
// device alone (the config's shapes, partition settings and device attributes with that
// device as the only target and no rules: what it refuses stays on host), and the
// config as written. Paddle Lite rules count as rules: the first two drop them, the
// config as written has them before its own rules, so hand-written rules win.

#include "config/partition_config.h"

#include <string>
#include <vector>

namespace fusebox {

struct PlanVariant {
    enum class Kind { HostOnly, DeviceAlone, AsWritten };
    Kind kind = Kind::AsWritten;
    std::string device; // DeviceAlone

    static PlanVariant hostOnly() { return {Kind::HostOnly, {}}; }
    static PlanVariant deviceAlone(std::string device);
    static PlanVariant asWritten() { return {Kind::AsWritten, {}}; }

    // "host", the device's name, or "config".
    std::string label() const;
};

// The config that `variant` of `config` partitions with.
PartitionConfig configFor(const PartitionConfig& config, const PlanVariant& variant);

// Adds rules read from a Paddle Lite partition file (loadPaddleConfig) to `config`,
// before its own rules.
void addPaddleRules(PartitionConfig& config, const std::vector<Rule>& paddleRules);

} // namespace fusebox
