#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace fusebox {

// "1x3x224x224" for joinInts(dims, "x"); "" for an empty list.
inline std::string joinInts(std::span<const int64_t> values, std::string_view separator) {
    std::string text;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) text.append(separator);
        text.append(std::to_string(values[i]));
    }
    return text;
}

} // namespace fusebox
