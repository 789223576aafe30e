// Writes a PartitionConfig as TOML by hand: toml++ would sort tables by name, and the
// file should read in the documented order ([model], [partition], [device.*], [[rule]]).
#include "config/partition_config.h"
#include "config/config_edit.h"

#include "core/text.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace fusebox {
namespace {

// A key is written bare when TOML allows it (x, conv_1), quoted otherwise ("input.1").
std::string key(std::string_view name) {
    const bool bare = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
    return bare ? std::string(name) : quotedTomlString(name);
}

std::string stringArray(const std::vector<std::string>& items) { return joinBracketed(items, quotedTomlString); }

std::string intArray(const std::vector<int64_t>& items) {
    return joinBracketed(items, [](int64_t item) { return std::to_string(item); });
}

std::string modelSection(const PartitionConfig& config) {
    if (config.shapes.empty()) return {};
    const std::string shapes = joinWith(config.shapes, [](const auto& shape) {
        return key(shape.first) + " = " + intArray(shape.second);
    });
    return "[model]\nshapes = { " + shapes + " }\n";
}

// paddle_config is left out on purpose: its rules are already in config.rules and are
// written as [[rule]] tables, so reading the file again would apply them twice.
std::string partitionSection(const PartitionConfig& config) {
    return "[partition]\ntargets = " + stringArray(config.targets) +
           "\nmin_subgraph_size = " + std::to_string(config.minSubgraphSize) +
           "\nmax_subgraphs = " + std::to_string(config.maxSubgraphs) + "\n";
}

std::string deviceSection(const std::string& name, const DeviceSettings& settings) {
    std::string out = "[device." + key(name) + "]\n";
    if (settings.precision) out += "precision = " + quotedTomlString(*settings.precision) + "\n";
    if (settings.layout) out += "layout = " + quotedTomlString(*settings.layout) + "\n";
    if (settings.threads) out += "threads = " + std::to_string(*settings.threads) + "\n";
    return out;
}

} // namespace

std::string quotedTomlString(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\f': out += "\\f"; break;
        case '\r': out += "\\r"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04X", static_cast<unsigned>(c));
                out += escape;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string formatRule(const Rule& rule) {
    std::string out = "[[rule]]\n";
    const std::pair<const char*, const std::vector<std::string>*> lists[] = {
        {"ops", &rule.ops}, {"nodes", &rule.nodes}, {"inputs", &rule.inputs}, {"outputs", &rule.outputs}};
    for (const auto& [name, items] : lists) {
        if (!items->empty()) out += std::string(name) + " = " + stringArray(*items) + "\n";
    }
    if (!rule.device.empty()) out += "device = " + quotedTomlString(rule.device) + "\n";
    if (!rule.group.empty()) out += "group = " + quotedTomlString(rule.group) + "\n";
    return out;
}

std::string savePartitionConfig(const PartitionConfig& config) {
    std::vector<std::string> sections = {modelSection(config), partitionSection(config)};
    for (const auto& [name, settings] : config.devices) sections.push_back(deviceSection(name, settings));
    for (const Rule& rule : config.rules) sections.push_back(formatRule(rule));

    std::erase(sections, std::string()); // no [model] without shapes
    return joinText(sections, "\n");     // one blank line between tables
}

} // namespace fusebox
