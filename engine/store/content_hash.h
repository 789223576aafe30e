#pragma once
// SHA-256 content hashes that identify models and configs in the profile store: the
// same bytes give the same row, whatever the file is called or where it lies.

#include "core/result.h"

#include <string>
#include <string_view>

namespace fusebox::store {

// Lower-case hex SHA-256 of `bytes`.
std::string sha256Hex(std::string_view bytes);

// Lower-case hex SHA-256 of a file's bytes, read in chunks; errors name the path.
Result<std::string> sha256OfFile(const std::string& path);

} // namespace fusebox::store
