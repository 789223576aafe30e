// Paddle Lite subgraph partition files (parsePaddleConfig takes the text).
#include "config/paddle_config.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    (void)fusebox::parsePaddleConfig(std::string(fusebox::fuzz::asText(data, size)), "paddle.txt");
    return 0;
}
