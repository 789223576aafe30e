#include "runtime/device_availability.h"

namespace fusebox {

AdapterProbe probeDevice(const DeviceProfile& profile) {
    if (profile.adapter.empty()) return {false, {}, {}, "preview only: no adapter (the device is not attached here)"};
    const Adapter* adapter = AdapterRegistry::find(profile.adapter);
    if (!adapter) return {false, {}, {}, "adapter '" + profile.adapter + "' is not built into this version"};
    return adapter->probe();
}

} // namespace fusebox
