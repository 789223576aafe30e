#pragma once

#include "core/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace fusebox {

// Writes `bytes` to `path` through "path.part" and a rename, so a failure (full disk,
// killed process) never leaves a half-written file where the user expects a whole one.
Status writeFileAtomically(const std::string& path, std::string_view bytes);

// How large a file readTextFile takes by default: configs, Paddle Lite files, profiles.
inline constexpr std::uintmax_t kMaxTextFileBytes = std::uintmax_t(64) << 20;
// Tensor files (.npy, .pb) and other data files.
inline constexpr std::uintmax_t kMaxDataFileBytes = std::uintmax_t(2) << 30;

// The whole file when it is a regular file of at most `maxBytes`; errors name the path.
// Special files are refused before they are opened: /dev/zero never ends, a FIFO blocks.
Result<std::string> readTextFile(const std::string& path, std::uintmax_t maxBytes = kMaxTextFileBytes);

} // namespace fusebox
