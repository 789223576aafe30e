#include "core/toml_support.h"

namespace fusebox {

std::string_view tomlTypeName(const toml::node& node) {
    switch (node.type()) {
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a float";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::none: break;
    }
    return "nothing";
}

SourceLocation tomlLocation(const toml::source_region& region, const std::string& file) {
    return {file, static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

Error tomlSyntaxError(const toml::parse_error& error, const std::string& file, std::string_view expected) {
    std::string message = "TOML syntax error: " + std::string(error.description());
    if (!expected.empty()) message.append("; expected ").append(expected);
    return Error(tomlLocation(error.source(), file), std::move(message));
}

} // namespace fusebox
