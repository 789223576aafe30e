#pragma once

#include <optional>
#include <string>

namespace fusebox::cli {

// printf-style "%.<decimals>f"; "-" for a missing value.
std::string fixed(double value, int decimals);
std::string fixedOr(const std::optional<double>& value, int decimals);
// "1.5e-07" style for error figures spanning many magnitudes.
std::string shortFloat(double value);

} // namespace fusebox::cli
