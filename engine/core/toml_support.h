#pragma once
// What the TOML readers (partition configs, device profiles) share: type names and
// source positions for "FILE:LINE:COL: what was wrong; what was expected" messages.

#include "core/result.h"
#include "core/source_location.h"

#include <toml++/toml.h>

#include <string>
#include <string_view>
#include <utility>

namespace fusebox {

// What a node holds, for messages: "a table", "an array", "a string", "an integer",
// "a float", "a boolean", "a date", "a time", "a date-time".
std::string_view tomlTypeName(const toml::node& node);

// Where a node, a key (`key.source()`) or a parse error starts in `file`.
SourceLocation tomlLocation(const toml::source_region& region, const std::string& file);

// A TOML syntax error as "FILE:LINE:COL: TOML syntax error: DESCRIPTION", followed by
// "; expected EXPECTED" when `expected` is given.
Error tomlSyntaxError(const toml::parse_error& error, const std::string& file, std::string_view expected = {});

// toml++ recurses once per part of a dotted key or table header ([a.b.c]); more parts
// than this are refused before it sees the text, so no file can overflow the stack.
inline constexpr int kMaxTomlKeyParts = 64;

// Parses `text` (from `file`) as TOML; syntax errors, keys of too many parts and
// library exceptions all come back as errors with the place. `expected` ends syntax
// error messages ("; expected valid TOML").
Result<toml::table> parseToml(std::string_view text, const std::string& file, std::string_view expected = {});

// Reads table[key] into `target` when the key is present; otherwise `target` keeps its
// value. `read(node)` returns a Result whose value is assigned to `target`.
template <typename T, typename Read>
Status readIfPresent(const toml::table& table, std::string_view key, T& target, Read read) {
    const toml::node* node = table.get(key);
    if (!node) return {};
    auto value = read(*node);
    if (!value) return value.error();
    target = std::move(*value);
    return {};
}

} // namespace fusebox
