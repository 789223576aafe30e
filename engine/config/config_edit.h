#pragma once
// Edits of a partition config's TOML *text*, for tools that change a config a person also
// edits by hand (the studio's graph actions, Paddle import): the edit appends readable
// [[rule]] tables and leaves every other byte (comments, order, spacing) as written.

#include "config/partition_config.h"

#include <string>
#include <string_view>
#include <vector>

namespace fusebox {

// One [[rule]] table as savePartitionConfig writes it ("[[rule]]\nnodes = [...]\n...").
std::string formatRule(const Rule& rule);

// `text` with `rules` appended as [[rule]] tables, one blank line before each. Later
// rules win, so an appended rule overrides what the text said before about its nodes.
std::string appendRules(std::string_view text, const std::vector<Rule>& rules);

// A rule that runs exactly the named nodes on `device` (names escaped, not globs).
Rule deviceRuleForNodes(const std::vector<std::string>& nodeNames, const std::string& device);

// A rule that makes exactly the named nodes one subgraph called `group`.
Rule groupRuleForNodes(const std::vector<std::string>& nodeNames, const std::string& group);

// "group_1", "group_2", ...: the first such name no rule of `config` uses yet.
std::string unusedGroupName(const PartitionConfig& config);

} // namespace fusebox
