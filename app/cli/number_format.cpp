#include "cli/number_format.h"

#include <cstdio>

namespace fusebox::cli {

std::string fixed(double value, int decimals) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::string fixedOr(const std::optional<double>& value, int decimals) { return value ? fixed(*value, decimals) : "-"; }

std::string shortFloat(double value) {
    char text[64];
    std::snprintf(text, sizeof text, "%.3g", value);
    return text;
}

} // namespace fusebox::cli
