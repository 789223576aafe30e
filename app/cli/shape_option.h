#pragma once

#include "core/result.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fusebox::cli {

// Parses repeated `--shape NAME=D0,D1,...` values (e.g. "x=1,3,640,640").
Result<std::map<std::string, std::vector<int64_t>>> parseShapeOptions(const std::vector<std::string>& values);

} // namespace fusebox::cli
