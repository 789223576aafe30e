#pragma once

#include "devices/device_profile.h"

#include <string>
#include <vector>

namespace fusebox {

using DeviceIndex = int;
inline constexpr DeviceIndex kHostIndex = 0;

// The devices one partitioning run deals with: host first, then the targets in priority
// order, then devices only named by rules. Indices keep the hot loops free of strings.
class DeviceTable {
public:
    // Fails when a device has no profile.
    static Result<DeviceTable> build(const std::vector<std::string>& targets, const std::vector<std::string>& ruleDevices,
                                     const std::vector<DeviceProfile>& profiles);

    std::size_t size() const { return names_.size(); }
    const std::string& name(DeviceIndex index) const { return names_[static_cast<std::size_t>(index)]; }
    const DeviceProfile& profile(DeviceIndex index) const { return *profiles_[static_cast<std::size_t>(index)]; }
    DeviceIndex indexOf(const std::string& name) const; // -1 when absent
    std::size_t targetCount() const { return targetCount_; } // targets are indices 1..targetCount

private:
    std::vector<std::string> names_;
    std::vector<const DeviceProfile*> profiles_;
    std::size_t targetCount_ = 0;
};

} // namespace fusebox
