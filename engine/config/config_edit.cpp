#include "config/config_edit.h"

#include "partition/emit_config.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace fusebox {
namespace {

std::vector<std::string> exactGlobs(const std::vector<std::string>& names) {
    std::vector<std::string> globs;
    globs.reserve(names.size());
    for (const std::string& name : names) globs.push_back(escapeGlob(name));
    return globs;
}

// Byte offset of a 1-based (line, column) place; toml++ counts columns in code points.
std::optional<std::size_t> offsetOf(std::string_view text, const SourceLocation& where) {
    if (where.line <= 0 || where.column <= 0) return std::nullopt;
    std::size_t offset = 0;
    for (int line = 1; line < where.line; ++line) {
        offset = text.find('\n', offset);
        if (offset == std::string_view::npos) return std::nullopt;
        ++offset;
    }
    for (int column = 1; column < where.column; ++column) {
        if (offset >= text.size() || text[offset] == '\n') return std::nullopt;
        ++offset;
        while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) ++offset;
    }
    return offset;
}

// `text` with the string value starting at `where` replaced by `value`; nullopt when no
// quoted string starts there.
std::optional<std::string> replaceStringValue(std::string_view text, const SourceLocation& where, const std::string& value) {
    const std::optional<std::size_t> start = offsetOf(text, where);
    if (!start || *start >= text.size() || (text[*start] != '"' && text[*start] != '\'')) return std::nullopt;
    const char quote = text[*start];
    std::size_t end = *start + 1;
    while (end < text.size() && text[end] != quote && text[end] != '\n') end += (quote == '"' && text[end] == '\\') ? 2 : 1;
    if (end >= text.size() || text[end] != quote) return std::nullopt;
    std::string out(text.substr(0, *start));
    out += quotedTomlString(value);
    out += text.substr(end + 1);
    return out;
}

// A rule a move may rewrite: written in this file, selecting by node names only, no group.
bool isPlainNodeRule(const Rule& rule, const std::string& path) {
    return rule.where.file == path && rule.deviceWhere.line > 0 && rule.ops.empty() && rule.inputs.empty() &&
           rule.outputs.empty() && !rule.nodes.empty() && rule.group.empty();
}

} // namespace

NodeMove moveNodesInText(std::string_view text, const std::string& path, const Graph& graph,
                         const std::vector<std::string>& nodeNames, const std::string& device) {
    NodeMove move;
    move.text = std::string(text);
    auto config = parsePartitionConfig(move.text, path);
    if (!config) {
        move.appended = nodeNames;
        move.text = appendRules(text, {deviceRuleForNodes(nodeNames, device)});
        return move;
    }
    const std::set<std::string> moving(nodeNames.begin(), nodeNames.end());
    // Which rule decides each node now; a rule is rewritten only when every node it
    // decides is being moved.
    std::map<const Rule*, std::vector<std::string>> decided;
    for (NodeId id : graph.nodeIds()) {
        const Node& node = graph.node(id);
        if (const Rule* rule = decidingDeviceRule(*config, graph, node)) decided[rule].push_back(node.name);
    }
    std::set<std::string> handled;
    std::vector<const Rule*> rewrite;
    for (const auto& [rule, names] : decided) {
        const bool allMoving = std::all_of(names.begin(), names.end(), [&](const std::string& n) { return moving.contains(n); });
        if (rule->device == device) {
            for (const std::string& name : names) {
                if (moving.contains(name)) move.unchanged.push_back(name);
            }
            handled.insert(names.begin(), names.end());
        } else if (allMoving && isPlainNodeRule(*rule, path)) {
            rewrite.push_back(rule);
            handled.insert(names.begin(), names.end());
        }
    }
    // Later rules first, so the places of earlier ones stay valid.
    std::sort(rewrite.begin(), rewrite.end(), [](const Rule* a, const Rule* b) { return a->deviceWhere.line > b->deviceWhere.line; });
    for (const Rule* rule : rewrite) {
        std::optional<std::string> edited = replaceStringValue(move.text, rule->deviceWhere, device);
        if (!edited) {
            for (const std::string& name : decided[rule]) handled.erase(name);
            continue;
        }
        move.text = std::move(*edited);
        ++move.editedRules;
    }
    for (const std::string& name : nodeNames) {
        if (!handled.contains(name)) move.appended.push_back(name);
    }
    if (!move.appended.empty()) move.text = appendRules(move.text, {deviceRuleForNodes(move.appended, device)});
    std::sort(move.unchanged.begin(), move.unchanged.end());
    return move;
}

std::string appendRules(std::string_view text, const std::vector<Rule>& rules) {
    std::string out(text);
    for (const Rule& rule : rules) {
        if (!out.empty() && out.back() != '\n') out += '\n';
        if (!out.empty()) out += '\n'; // a blank line between tables
        out += formatRule(rule);
    }
    return out;
}

Rule deviceRuleForNodes(const std::vector<std::string>& nodeNames, const std::string& device) {
    Rule rule;
    rule.nodes = exactGlobs(nodeNames);
    rule.device = device;
    return rule;
}

Rule groupRuleForNodes(const std::vector<std::string>& nodeNames, const std::string& group) {
    Rule rule;
    rule.nodes = exactGlobs(nodeNames);
    rule.group = group;
    return rule;
}

std::string unusedGroupName(const PartitionConfig& config) {
    std::set<std::string> used;
    for (const Rule& rule : config.rules) used.insert(rule.group);
    for (int index = 1;; ++index) {
        std::string name = "group_" + std::to_string(index);
        if (!used.contains(name)) return name;
    }
}

} // namespace fusebox
