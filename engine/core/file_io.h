#pragma once

#include "core/result.h"

#include <string>
#include <string_view>

namespace fusebox {

// Writes `bytes` to `path` through "path.part" and a rename, so a failure (full disk,
// killed process) never leaves a half-written file where the user expects a whole one.
Status writeFileAtomically(const std::string& path, std::string_view bytes);

// The whole file; errors name the path.
Result<std::string> readTextFile(const std::string& path);

} // namespace fusebox
