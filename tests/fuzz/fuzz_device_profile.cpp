// Device profile TOML: loadDeviceProfile only reads paths.
#include "devices/device_profile.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    (void)fusebox::loadDeviceProfile(fusebox::fuzz::writeInput(data, size, "profile.toml"));
    return 0;
}
