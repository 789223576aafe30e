#pragma once

#include "core/result.h"

#include <string>

namespace fusebox::cli {

// A whole-number option value of at least `minimum`, e.g. `--iters 10`; the error
// names the flag and what was expected.
Result<int> parseCount(const std::string& flag, const std::string& text, int minimum);

// A number in [minimum, maximum], e.g. `--min-cosine 0.999`.
Result<double> parseNumber(const std::string& flag, const std::string& text, double minimum, double maximum);

} // namespace fusebox::cli
