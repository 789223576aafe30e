// Partition config TOML (parsePartitionConfig takes the text; paddle_config is looked up
// next to the path, in the private folder).
#include "config/partition_config.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const std::string path = fusebox::fuzz::privateFolder() + "/config.toml";
    (void)fusebox::parsePartitionConfig(std::string(fusebox::fuzz::asText(data, size)), path);
    return 0;
}
