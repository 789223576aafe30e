#pragma once
// Helpers for the fuzz targets: most readers take a path, so the input goes to a file.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace fusebox::fuzz {

// A folder of this process's own (made on first use, under $TMPDIR), so files a reader
// looks up next to its input (external data, paddle_config) can only be the fuzzer's.
const std::string& privateFolder();

// Writes the input to privateFolder()/name, replacing what an earlier input left there.
std::string writeInput(const uint8_t* data, std::size_t size, const std::string& name);

inline std::string_view asText(const uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

} // namespace fusebox::fuzz
