#include "partition/device_table.h"

#include "core/text.h"

#include <algorithm>

namespace fusebox {

namespace {

std::string knownNames(const std::vector<DeviceProfile>& profiles) {
    return joinWith(profiles, [](const DeviceProfile& p) { return std::string_view(p.name); });
}

} // namespace

Result<DeviceTable> DeviceTable::build(const std::vector<std::string>& targets,
                                       const std::vector<std::string>& ruleDevices,
                                       const std::vector<DeviceProfile>& profiles) {
    DeviceTable table;
    auto add = [&](const std::string& name) -> Status {
        if (table.indexOf(name) >= 0) return {};
        auto it = std::find_if(profiles.begin(), profiles.end(), [&](const DeviceProfile& p) { return p.name == name; });
        if (it == profiles.end()) {
            return Error("unknown device '" + name + "'; known devices: " + knownNames(profiles));
        }
        table.names_.push_back(name);
        table.profiles_.push_back(&*it);
        return {};
    };
    if (Status s = add(kHostDevice); !s) return s.error();
    for (const std::string& target : targets) {
        if (target == kHostDevice) continue; // host is always the fallback, never a target
        if (Status s = add(target); !s) return s.error();
    }
    table.targetCount_ = table.names_.size() - 1;
    for (const std::string& device : ruleDevices) {
        if (Status s = add(device); !s) return s.error();
    }
    return table;
}

DeviceIndex DeviceTable::indexOf(const std::string& name) const {
    auto it = std::find(names_.begin(), names_.end(), name);
    return it == names_.end() ? -1 : static_cast<DeviceIndex>(it - names_.begin());
}

} // namespace fusebox
