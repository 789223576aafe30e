#pragma once
// Whether a hardware type can run here: its profile names an adapter, the adapter is
// built into this version, and its probe finds the device.

#include "devices/device_profile.h"
#include "runtime/adapter.h"

namespace fusebox {

// available == false with the reason when the profile is preview-only, the adapter is
// not built in, or the device is missing.
AdapterProbe probeDevice(const DeviceProfile& profile);

} // namespace fusebox
