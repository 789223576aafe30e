#pragma once
// Fake devices with a configurable op set, so the partitioner can be tested without
// hardware or shipped profiles.

#include "devices/device_profile.h"

#include <string>
#include <vector>

namespace fusebox::test {

DeviceProfile hostProfile();
DeviceProfile fakeDevice(const std::string& name, const std::vector<std::string>& ops);

} // namespace fusebox::test
