#pragma once
// The partition config: a hand-editable TOML file that fixes input shapes, lists target
// devices in priority order, sets per-device data attributes and holds ordered rules.
// See docs/format-config.md for the file format.

#include "core/result.h"
#include "core/source_location.h"
#include "ir/graph.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fusebox {

// Data attributes of one hardware type ([device.NAME]).
struct DeviceSettings {
    std::optional<std::string> precision; // "fp32" | "bf16" | "fp16" | "int8"
    std::optional<std::string> layout;    // "NCHW" | "NHWC" | "auto"
    std::optional<int> threads;
    SourceLocation where;
};

// One [[rule]]. A rule matches a node when every selector it has matches:
// `ops` contains the node's op type; one glob of `nodes` matches its name; every
// tensor of `inputs` is among its inputs; every tensor of `outputs` among its outputs.
// Later rules win over earlier ones.
struct Rule {
    std::vector<std::string> ops;
    std::vector<std::string> nodes;   // globs: * ? [abc]
    std::vector<std::string> inputs;  // tensor names
    std::vector<std::string> outputs; // tensor names
    std::string device;               // empty: the rule only forms a group
    std::string group;                // empty: no group
    SourceLocation where;             // where the rule starts, for messages
    SourceLocation deviceWhere;       // where the device value starts (line 0 when there is none)

    bool matches(const Graph& graph, const Node& node) const;
};

struct PartitionConfig {
    std::string path; // empty for a config made in code
    std::map<std::string, std::vector<int64_t>> shapes;   // [model] shapes
    std::vector<std::string> targets;                     // [partition] targets, priority order
    int minSubgraphSize = 1;                              // [partition] min_subgraph_size
    int maxSubgraphs = 0;                                 // [partition] max_subgraphs, 0 = unlimited
    std::string paddleConfig;                             // [partition] paddle_config (path as written)
    std::map<std::string, DeviceSettings> devices;        // [device.NAME]
    std::vector<Rule> rules;                              // paddle_config rules, then [[rule]] in file order

    // Where the values above were written, for messages from validation.
    SourceLocation targetsWhere;                          // the targets array
    std::map<std::string, SourceLocation> shapesWhere;    // by input name
};

// The rule that decides `node`'s device: the last rule with a device that matches it,
// or nullptr when none does (the targets decide).
const Rule* decidingDeviceRule(const PartitionConfig& config, const Graph& graph, const Node& node);

// Parses TOML text. Syntax errors, unknown keys, wrong types and bad values are errors
// "FILE:LINE:COL: what was wrong; what was expected". `path` is used in messages and to
// resolve paddle_config relative to the config file; the Paddle rules come first in
// `rules`, before the rules written in the TOML, so hand-written rules override them.
Result<PartitionConfig> parsePartitionConfig(const std::string& text, const std::string& path);
Result<PartitionConfig> loadPartitionConfig(const std::string& path);

// Checks the config against a model and the known devices: unknown devices, op types
// ONNX does not define, node globs and tensor names that match nothing.
Status validatePartitionConfig(const PartitionConfig& config, const Graph& graph,
                               const std::vector<std::string>& knownDevices);

// Writes a config as TOML that parses back to an equal config (comments are not kept).
std::string savePartitionConfig(const PartitionConfig& config);

// Shell-style glob: '*' any run, '?' any one character, '[abc]' / '[a-z]' a set,
// '[!abc]' any character not in the set.
bool globMatch(std::string_view pattern, std::string_view text);

} // namespace fusebox
