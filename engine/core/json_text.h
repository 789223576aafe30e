#pragma once
// JSON as text for every writer (CLI --json, plan files, traces). Strings come from
// files a user does not control (node names, producer names, paths stored in a
// database); bytes that are not UTF-8 are written as U+FFFD instead of aborting the
// whole output.

#include <nlohmann/json.hpp>

#include <string>

namespace fusebox {

template <typename Json>
std::string jsonText(const Json& json, int indent = -1) {
    return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

} // namespace fusebox
