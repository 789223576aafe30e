#include "support/fake_devices.h"

namespace fusebox::test {

DeviceProfile hostProfile() {
    DeviceProfile host;
    host.name = kHostDevice;
    host.acceptAll = true;
    host.precisions = {Precision::FP32};
    host.cost.peakGflops[Precision::FP32] = 50;
    host.cost.memoryGBps = 10;
    return host;
}

DeviceProfile fakeDevice(const std::string& name, const std::vector<std::string>& ops) {
    DeviceProfile device;
    device.name = name;
    device.precisions = {Precision::FP32};
    device.elementTypes = {ElementType::Float32};
    for (const std::string& op : ops) device.ops[op].opType = op;
    device.cost.peakGflops[Precision::FP32] = 500;
    device.cost.memoryGBps = 50;
    device.cost.launchUs = 10;
    return device;
}

} // namespace fusebox::test
