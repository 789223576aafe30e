#include "cli/text_format.h"

#include <array>
#include <cstdio>

namespace fusebox::cli {

std::string groupThousands(int64_t value) {
    const std::string digits = std::to_string(value < 0 ? -value : value);
    std::string text = value < 0 ? std::string(1, '-') : std::string();
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) text.push_back(',');
        text.push_back(digits[i]);
    }
    return text;
}

namespace {

std::string scaled(double value, double base, const std::array<const char*, 5>& units) {
    std::size_t unit = 0;
    while (value >= base && unit + 1 < units.size()) {
        value /= base;
        ++unit;
    }
    char text[32];
    const char* separator = units[unit][0] ? " " : "";
    std::snprintf(text, sizeof text, unit == 0 ? "%.0f%s%s" : "%.2f%s%s", value, separator, units[unit]);
    return text;
}

} // namespace

std::string humanBytes(int64_t bytes) {
    return scaled(static_cast<double>(bytes), 1024.0, {"B", "KiB", "MiB", "GiB", "TiB"});
}

std::string humanCount(int64_t count) {
    return scaled(static_cast<double>(count), 1000.0, {"", "K", "M", "G", "T"});
}

std::string padRight(const std::string& text, std::size_t width) {
    return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

} // namespace fusebox::cli
