#include "core/toml_support.h"

#include <optional>

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

namespace {

// The first key (a table header or the key of a key/value line) with more than
// kMaxTomlKeyParts parts, as the place where it starts. Quoted parts may hold dots.
std::optional<SourceLocation> overlyDeepKey(std::string_view text, const std::string& file) {
    int line = 1;
    std::size_t lineStart = 0;
    while (lineStart <= text.size()) {
        std::size_t lineEnd = text.find('\n', lineStart);
        if (lineEnd == std::string_view::npos) lineEnd = text.size();
        const std::string_view content = text.substr(lineStart, lineEnd - lineStart);
        int dots = 0;
        char quote = 0;
        for (char c : content) {
            if (quote) {
                if (c == quote) quote = 0;
                continue;
            }
            if (c == '"' || c == '\'') quote = c;
            else if (c == '=' || c == '#' || c == ']') break; // past the key
            else if (c == '.' && ++dots >= kMaxTomlKeyParts) {
                const std::size_t indent = content.find_first_not_of(" \t");
                return SourceLocation{file, line, static_cast<int>(indent == std::string_view::npos ? 0 : indent) + 1};
            }
        }
        ++line;
        lineStart = lineEnd + 1;
    }
    return std::nullopt;
}

} // namespace

Result<toml::table> parseToml(std::string_view text, const std::string& file, std::string_view expected) {
    if (const auto where = overlyDeepKey(text, file)) {
        return Error(*where, "a key of more than " + std::to_string(kMaxTomlKeyParts) +
                                 " dotted parts; expected a table header or key of a few parts");
    }
    try {
        return toml::parse(text, file);
    } catch (const toml::parse_error& error) {
        return tomlSyntaxError(error, file, expected);
    } catch (const std::exception& failure) { // out of memory and the like: never let it escape
        return Error(SourceLocation{file}, failure.what(), ErrorKind::Failed);
    }
}

} // namespace fusebox
