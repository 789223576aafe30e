#include "config/config_edit.h"

#include "partition/emit_config.h"

#include <algorithm>
#include <set>

namespace fusebox {
namespace {

std::vector<std::string> exactGlobs(const std::vector<std::string>& names) {
    std::vector<std::string> globs;
    globs.reserve(names.size());
    for (const std::string& name : names) globs.push_back(escapeGlob(name));
    return globs;
}

} // namespace

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
