#include "cli/count_option.h"

namespace fusebox::cli {

Result<int> parseCount(const std::string& flag, const std::string& text, int minimum) {
    try {
        std::size_t used = 0;
        const int value = std::stoi(text, &used);
        if (used == text.size() && value >= minimum) return value;
    } catch (const std::exception&) {
    }
    return Error(flag + " " + text + ": expected a whole number >= " + std::to_string(minimum));
}

Result<double> parseNumber(const std::string& flag, const std::string& text, double minimum, double maximum) {
    try {
        std::size_t used = 0;
        const double value = std::stod(text, &used);
        if (used == text.size() && value >= minimum && value <= maximum) return value;
    } catch (const std::exception&) {
    }
    return Error(flag + " " + text + ": expected a number from " + std::to_string(minimum) + " to " + std::to_string(maximum));
}

} // namespace fusebox::cli
