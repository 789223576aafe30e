#pragma once

#include <cstdint>
#include <string>

namespace fusebox::cli {

std::string groupThousands(int64_t value);  // 1234567 -> "1,234,567"
std::string humanBytes(int64_t bytes);      // 1536 -> "1.5 KiB"
std::string humanCount(int64_t count);      // 1234567 -> "1.23 G" style (K, M, G, T)
std::string padRight(const std::string& text, std::size_t width);

} // namespace fusebox::cli
