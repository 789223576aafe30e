#pragma once
// Column layout for the CLI's tables; humanBytes/humanCount are in core/text.h.

#include <cstdint>
#include <string>

namespace fusebox::cli {

std::string groupThousands(int64_t value);  // 1234567 -> "1,234,567"
std::string padRight(const std::string& text, std::size_t width);

} // namespace fusebox::cli
