#pragma once
// Edits of a partition config's TOML *text*, for tools that change a config a person also
// edits by hand (the studio's graph actions, Paddle import): an edit changes the rule
// that already decides a node where it can, appends readable [[rule]] tables otherwise,
// and leaves every other byte (comments, order, spacing) as written.

#include "config/partition_config.h"

#include <string>
#include <string_view>
#include <vector>

namespace fusebox {

// `text` as a TOML basic string: quoted, backslashes and control characters escaped.
std::string quotedTomlString(std::string_view text);

// One [[rule]] table as savePartitionConfig writes it ("[[rule]]\nnodes = [...]\n...").
std::string formatRule(const Rule& rule);

// `text` with `rules` appended as [[rule]] tables, one blank line before each. Later
// rules win, so an appended rule overrides what the text said before about its nodes.
std::string appendRules(std::string_view text, const std::vector<Rule>& rules);

// A rule that runs exactly the named nodes on `device` (names escaped, not globs).
Rule deviceRuleForNodes(const std::vector<std::string>& nodeNames, const std::string& device);

// A rule that makes exactly the named nodes one subgraph called `group`.
Rule groupRuleForNodes(const std::vector<std::string>& nodeNames, const std::string& group);

// What moveNodesInText did.
struct NodeMove {
    std::string text;                   // the edited text; the input when nothing changed
    std::vector<std::string> unchanged; // nodes whose deciding rule already named the device
    int editedRules = 0;                // rules whose device was changed in place
    std::vector<std::string> appended;  // nodes named in the one appended rule
};

// Runs the named nodes of `graph` on `device` with as little new text as possible, for
// the config `text` read from `path`:
// - a node whose deciding rule (decidingDeviceRule) already says `device` is left alone;
// - a rule of this file that selects by `nodes` only, forms no group, and decides only
//   nodes being moved gets its device value changed in place;
// - the other nodes get one appended rule (the fallback: also the whole edit when the
//   text does not parse).
NodeMove moveNodesInText(std::string_view text, const std::string& path, const Graph& graph,
                         const std::vector<std::string>& nodeNames, const std::string& device);

// "group_1", "group_2", ...: the first such name no rule of `config` uses yet.
std::string unusedGroupName(const PartitionConfig& config);

} // namespace fusebox
