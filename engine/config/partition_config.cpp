// Reading, matching and validating partition configs. The TOML layer (toml++) only
// gives us a tree with source positions; every check that turns it into a
// PartitionConfig lives here so each error can name file, line and column.
#include "config/partition_config.h"
#include "onnx/op_schemas.h"

#include "config/paddle_config.h"
#include "core/file_io.h"
#include "core/text.h"
#include "core/toml_support.h"

#include <onnx/defs/schema.h>
#include <toml++/toml.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <functional>
#include <iterator>
#include <set>
#include <span>

namespace fusebox {
namespace {

namespace fs = std::filesystem;

// Known keys in the order the docs and the writer use.
const std::vector<std::string> kTopLevelKeys = {"model", "partition", "device", "rule"};
const std::vector<std::string> kModelKeys = {"shapes"};
const std::vector<std::string> kPartitionKeys = {"targets", "min_subgraph_size", "max_subgraphs", "paddle_config"};
const std::vector<std::string> kDeviceKeys = {"precision", "layout", "threads"};
const std::vector<std::string> kRuleKeys = {"ops", "nodes", "inputs", "outputs", "device", "group"};
const std::vector<std::string> kPrecisions = {"fp32", "bf16", "fp16", "int8"};
const std::vector<std::string> kLayouts = {"NCHW", "NHWC", "auto"};

// Messages ---------------------------------------------------------------------------

// "unknown key 'devic' in [[rule]]; did you mean 'device'?" when a candidate is close,
// else "...; expected <expected>".
std::string unknownMessage(std::string_view noun, std::string_view name, std::string_view context,
                           std::span<const std::string> candidates, std::string_view expected) {
    return "unknown " + std::string(noun) + " '" + shortenedForMessage(name) + "'" + std::string(context) + "; " +
           didYouMeanOr(name, candidates, expected);
}

// Reading the TOML tree ------------------------------------------------------------------

// Turns the toml++ tree into a PartitionConfig; stops at the first mistake.
class ConfigReader {
public:
    explicit ConfigReader(std::string file) : file_(std::move(file)) {}

    Result<PartitionConfig> read(const std::string& text) const {
        auto parsed = parseToml(text, file_, "valid TOML");
        if (!parsed) return parsed.error();
        const toml::table& root = *parsed;
        PartitionConfig config;
        config.path = file_;
        if (Status s = checkKeys(root, kTopLevelKeys, " at the top level"); !s) return s.error();
        if (Status s = readModel(root, config); !s) return s.error();
        if (Status s = readPartition(root, config); !s) return s.error();
        if (Status s = readDevices(root, config); !s) return s.error();
        if (Status s = readRules(root, config); !s) return s.error();
        if (Status s = readPaddleRules(root, config); !s) return s.error();
        return config;
    }

private:
    SourceLocation at(const toml::source_region& region) const { return tomlLocation(region, file_); }

    Error typeError(const toml::node& node, const std::string& label, std::string_view expected) const {
        return Error(at(node.source()),
                     label + " is " + std::string(tomlTypeName(node)) + "; expected " + std::string(expected));
    }

    // Reads table[key], when present, into `target` with `read(node, key, extra...)`,
    // one of the readers below.
    template <typename T, typename Read, typename... Extra>
    Status readOptional(const toml::table& table, const std::string& key, T& target, Read read,
                        const Extra&... extra) const {
        return readIfPresent(table, key, target,
                             [&](const toml::node& node) { return std::invoke(read, *this, node, key, extra...); });
    }

    // An array item of the wrong type: "targets contains an integer; expected ...".
    Error itemTypeError(const toml::node& item, const std::string& label, std::string_view expected) const {
        return Error(at(item.source()),
                     label + " contains " + std::string(tomlTypeName(item)) + "; expected " + std::string(expected));
    }

    Status checkKeys(const toml::table& table, std::span<const std::string> known, std::string_view context) const {
        for (auto&& [key, value] : table) {
            if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
            return Error(at(key.source()),
                         unknownMessage("key", key.str(), context, known, "one of: " + joinText(known)));
        }
        return {};
    }

    // A sub-table such as [model]; nullptr (and no error) when it is absent.
    Result<const toml::table*> readTable(const toml::table& parent, const std::string& key,
                                         std::string_view expected) const {
        const toml::node* node = parent.get(key);
        if (!node) return static_cast<const toml::table*>(nullptr);
        if (!node->is_table()) return typeError(*node, key, expected);
        return node->as_table();
    }

    Result<std::string> readString(const toml::node& node, const std::string& label) const {
        if (!node.is_string()) return typeError(node, label, "a string");
        return node.value_exact<std::string>().value();
    }

    // A string that must not be empty: "device is empty; expected a name".
    Result<std::string> readNonEmptyString(const toml::node& node, const std::string& label,
                                           std::string_view expected) const {
        Result<std::string> value = readString(node, label);
        if (value && value->empty()) {
            return Error(at(node.source()), label + " is empty; expected " + std::string(expected));
        }
        return value;
    }

    // Every list-of-names key (targets, ops, nodes, inputs, outputs) goes through here.
    Result<std::vector<std::string>> readStringArray(const toml::node& node, const std::string& label) const {
        const toml::array* array = node.as_array();
        if (!array) return typeError(node, label, "an array of strings");
        std::vector<std::string> items;
        for (const toml::node& item : *array) {
            if (!item.is_string()) return itemTypeError(item, label, "an array of strings");
            items.push_back(item.value_exact<std::string>().value());
        }
        return items;
    }

    Result<int64_t> readInteger(const toml::node& node, const std::string& label, int64_t min, int64_t max) const {
        if (!node.is_integer()) return typeError(node, label, "an integer");
        const int64_t value = node.value_exact<int64_t>().value();
        if (value < min || value > max) {
            const std::string bound = value < min ? ">= " + std::to_string(min) : "<= " + std::to_string(max);
            return Error(at(node.source()),
                         label + " is " + std::to_string(value) + "; expected an integer " + bound);
        }
        return value;
    }

    Result<int> readSmallInteger(const toml::node& node, const std::string& label, int min) const {
        Result<int64_t> value = readInteger(node, label, min, INT_MAX);
        if (!value) return value.error();
        return static_cast<int>(*value);
    }

    // A string that must be one of a few words (precision, layout).
    Result<std::string> readOneOf(const toml::node& node, const std::string& label,
                                  std::span<const std::string> allowed) const {
        Result<std::string> value = readString(node, label);
        if (!value) return value;
        if (std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
            return Error(at(node.source()),
                         label + " is '" + shortenedForMessage(*value) + "'; expected one of: " + joinText(allowed));
        }
        return value;
    }

    // Sections -------------------------------------------------------------------------

    Status readModel(const toml::table& root, PartitionConfig& config) const {
        Result<const toml::table*> model = readTable(root, "model", "a table [model]");
        if (!model) return model.error();
        if (!*model) return {};
        if (Status s = checkKeys(**model, kModelKeys, " in [model]"); !s) return s;
        const toml::node* shapes = (*model)->get("shapes");
        if (!shapes) return {};
        if (!shapes->is_table()) return typeError(*shapes, "shapes", "a table of input name = [dims]");
        for (auto&& [name, dims] : *shapes->as_table()) {
            Result<std::vector<int64_t>> shape = readShape(dims, std::string(name.str()));
            if (!shape) return shape.error();
            config.shapes[std::string(name.str())] = std::move(*shape);
            config.shapesWhere[std::string(name.str())] = at(name.source());
        }
        return {};
    }

    Result<std::vector<int64_t>> readShape(const toml::node& node, const std::string& input) const {
        const toml::array* array = node.as_array();
        if (!array) return typeError(node, "shape of '" + shortenedForMessage(input) + "'", "an array of positive integers");
        std::vector<int64_t> dims;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const std::string label = "dim " + std::to_string(i) + " of shape '" + shortenedForMessage(input) + "'";
            Result<int64_t> dim = readInteger(*array->get(i), label, 1, INT64_MAX);
            if (!dim) return dim.error();
            dims.push_back(*dim);
        }
        return dims;
    }

    Status readPartition(const toml::table& root, PartitionConfig& config) const {
        Result<const toml::table*> partition = readTable(root, "partition", "a table [partition]");
        if (!partition) return partition.error();
        if (!*partition) return {};
        const toml::table& section = **partition;
        if (Status s = checkKeys(section, kPartitionKeys, " in [partition]"); !s) return s;
        if (const toml::node* node = section.get("targets")) {
            if (Status s = readTargets(*node, config); !s) return s;
        }
        const auto readInteger = &ConfigReader::readSmallInteger;
        Status status = readOptional(section, "min_subgraph_size", config.minSubgraphSize, readInteger, 1);
        if (status) status = readOptional(section, "max_subgraphs", config.maxSubgraphs, readInteger, 0);
        if (status) {
            status = readOptional(section, "paddle_config", config.paddleConfig, &ConfigReader::readNonEmptyString,
                                  "a file path");
        }
        return status;
    }

    Status readTargets(const toml::node& node, PartitionConfig& config) const {
        Result<std::vector<std::string>> targets = readStringArray(node, "targets");
        if (!targets) return targets.error();
        for (std::size_t i = 0; i < targets->size(); ++i) {
            const auto first = std::find(targets->begin(), targets->end(), (*targets)[i]);
            if (first != targets->begin() + static_cast<std::ptrdiff_t>(i)) {
                return Error(at(node.as_array()->get(i)->source()),
                             "duplicate target '" + shortenedForMessage((*targets)[i]) + "'; expected each device once");
            }
        }
        config.targets = std::move(*targets);
        config.targetsWhere = at(node.source());
        return {};
    }

    Status readDevices(const toml::table& root, PartitionConfig& config) const {
        Result<const toml::table*> devices = readTable(root, "device", "tables [device.NAME]");
        if (!devices) return devices.error();
        if (!*devices) return {};
        for (auto&& [name, node] : **devices) {
            const std::string label = "device." + std::string(name.str());
            if (!node.is_table()) return typeError(node, label, "a table [device.NAME]");
            Result<DeviceSettings> settings = readDevice(*node.as_table(), label);
            if (!settings) return settings.error();
            config.devices[std::string(name.str())] = std::move(*settings);
        }
        return {};
    }

    Result<DeviceSettings> readDevice(const toml::table& table, const std::string& label) const {
        if (Status s = checkKeys(table, kDeviceKeys, " in [" + label + "]"); !s) return s.error();
        DeviceSettings settings;
        settings.where = at(table.source());
        Status status = readOptional(table, "precision", settings.precision, &ConfigReader::readOneOf, kPrecisions);
        if (status) status = readOptional(table, "layout", settings.layout, &ConfigReader::readOneOf, kLayouts);
        if (status) status = readOptional(table, "threads", settings.threads, &ConfigReader::readSmallInteger, 1);
        if (!status) return status.error();
        return settings;
    }

    Status readRules(const toml::table& root, PartitionConfig& config) const {
        const toml::node* node = root.get("rule");
        if (!node) return {};
        const std::string_view expected = "an array of tables [[rule]]";
        if (!node->is_array()) return typeError(*node, "rule", expected);
        for (const toml::node& item : *node->as_array()) {
            if (!item.is_table()) return itemTypeError(item, "rule", expected);
            Result<Rule> rule = readRule(*item.as_table());
            if (!rule) return rule.error();
            config.rules.push_back(std::move(*rule));
        }
        return {};
    }

    Result<Rule> readRule(const toml::table& table) const {
        if (Status s = checkKeys(table, kRuleKeys, " in [[rule]]"); !s) return s.error();
        Rule rule;
        rule.where = at(table.source());
        Status status = readOptional(table, "ops", rule.ops, &ConfigReader::readStringArray);
        if (status) status = readOptional(table, "nodes", rule.nodes, &ConfigReader::readStringArray);
        if (status) status = readOptional(table, "inputs", rule.inputs, &ConfigReader::readStringArray);
        if (status) status = readOptional(table, "outputs", rule.outputs, &ConfigReader::readStringArray);
        if (status) status = readOptional(table, "device", rule.device, &ConfigReader::readNonEmptyString, "a name");
        if (const toml::node* device = table.get("device")) rule.deviceWhere = at(device->source());
        if (status) status = readOptional(table, "group", rule.group, &ConfigReader::readNonEmptyString, "a name");
        if (!status) return status.error();
        if (rule.ops.empty() && rule.nodes.empty() && rule.inputs.empty() && rule.outputs.empty()) {
            return Error(rule.where,
                         "[[rule]] has no selector; expected at least one of ops, nodes, inputs, outputs");
        }
        if (rule.device.empty() && rule.group.empty()) {
            return Error(rule.where, "[[rule]] has neither device nor group; expected device = \"NAME\" or "
                                     "group = \"NAME\"");
        }
        return rule;
    }

    // Paddle rules go first so that hand-written [[rule]]s, which come later and
    // therefore win, can override them.
    Status readPaddleRules(const toml::table& root, PartitionConfig& config) const {
        if (config.paddleConfig.empty()) return {};
        const fs::path folder = fs::path(file_).parent_path();
        const std::string paddlePath = (folder / config.paddleConfig).string();
        Result<std::string> text = readTextFile(paddlePath);
        if (!text) {
            const toml::node* node = root.at_path("partition.paddle_config").node();
            return Error(at(node->source()), "cannot read paddle_config: " + text.error().message());
        }
        Result<std::vector<Rule>> paddleRules = parsePaddleConfig(*text, paddlePath);
        if (!paddleRules) return paddleRules.error();
        config.rules.insert(config.rules.begin(), std::make_move_iterator(paddleRules->begin()),
                            std::make_move_iterator(paddleRules->end()));
        return {};
    }

    std::string file_;
};

// Matching -------------------------------------------------------------------------------

// Whether every name in `wanted` is the name of one of `values`.
bool allAmong(const Graph& graph, const std::vector<ValueId>& values, const std::vector<std::string>& wanted) {
    return std::all_of(wanted.begin(), wanted.end(), [&](const std::string& name) {
        return std::any_of(values.begin(), values.end(),
                           [&](ValueId id) { return id != kNoValue && graph.value(id).name == name; });
    });
}

// Validation -----------------------------------------------------------------------------

// Op types of the default ONNX domain, in every version the library knows.
class ConfigValidator {
public:
    ConfigValidator(const PartitionConfig& config, const Graph& graph, const std::vector<std::string>& knownDevices)
        : config_(config), graph_(graph) {
        std::set<std::string> devices(knownDevices.begin(), knownDevices.end());
        devices.insert("host");
        devices_.assign(devices.begin(), devices.end());
        for (NodeId id : graph.nodeIds()) graphOps_.insert(graph.node(id).opType);
    }

    Status check() const {
        for (const std::string& target : config_.targets) {
            if (Status s = checkDevice(target, " in targets", config_.targetsWhere); !s) return s;
        }
        for (const auto& [name, settings] : config_.devices) {
            if (Status s = checkDevice(name, " in [device." + name + "]", settings.where); !s) return s;
        }
        if (Status s = checkShapes(); !s) return s;
        for (const Rule& rule : config_.rules) {
            if (Status s = checkRule(rule); !s) return s;
        }
        return {};
    }

private:
    Status checkDevice(const std::string& name, const std::string& context, const SourceLocation& where) const {
        if (std::binary_search(devices_.begin(), devices_.end(), name)) return {};
        return Error(where, "unknown device '" + shortenedForMessage(name) + "'" + context + "; expected one of: " + joinText(devices_));
    }

    Status checkShapes() const {
        std::vector<std::string> inputs;
        for (ValueId id : graph_.inputs()) inputs.push_back(graph_.value(id).name);
        for (const auto& [name, dims] : config_.shapes) {
            if (std::find(inputs.begin(), inputs.end(), name) != inputs.end()) continue;
            const auto where = config_.shapesWhere.find(name);
            return Error(where != config_.shapesWhere.end() ? where->second : SourceLocation{config_.path},
                         "shape for unknown input '" + shortenedForMessage(name) + "'; expected one of: " + joinText(inputs));
        }
        return {};
    }

    Status checkRule(const Rule& rule) const {
        if (!rule.device.empty()) {
            if (Status s = checkDevice(rule.device, " in [[rule]]", rule.where); !s) return s;
        }
        if (Status s = checkOps(rule); !s) return s;
        if (Status s = checkNodeGlobs(rule); !s) return s;
        if (Status s = checkTensors(rule); !s) return s;
        if (!rule.group.empty() && !matchesSomeNode(rule)) {
            return Error(rule.where, "group '" + shortenedForMessage(rule.group) +
                                         "' matches no node; expected selectors that match nodes of the model");
        }
        return {};
    }

    // Ops the model itself uses count as known, so custom-domain ops can be named.
    Status checkOps(const Rule& rule) const {
        const std::vector<std::string>& known = onnxOpTypes();
        for (const std::string& op : rule.ops) {
            if (graphOps_.contains(op) || std::binary_search(known.begin(), known.end(), op)) continue;
            return Error(rule.where, unknownMessage("op", op, "", known, "an op type of the ONNX default domain"));
        }
        return {};
    }

    Status checkNodeGlobs(const Rule& rule) const {
        for (const std::string& pattern : rule.nodes) {
            if (matchesSomeNode(pattern)) continue;
            return Error(rule.where, "'" + shortenedForMessage(pattern) +
                                         "' in nodes matches no node; expected the name or glob of a node in the "
                                         "model");
        }
        return {};
    }

    Status checkTensors(const Rule& rule) const {
        for (const auto& [key, names] : {std::pair{"inputs", &rule.inputs}, std::pair{"outputs", &rule.outputs}}) {
            for (const std::string& name : *names) {
                if (graph_.findValue(name)) continue;
                return Error(rule.where, "unknown tensor '" + shortenedForMessage(name) + "' in " + key +
                                             "; expected the name of a tensor in the model");
            }
        }
        return {};
    }

    bool matchesSomeNode(const std::string& pattern) const {
        const std::vector<NodeId> ids = graph_.nodeIds();
        return std::any_of(ids.begin(), ids.end(), [&](NodeId id) { return globMatch(pattern, graph_.node(id).name); });
    }

    bool matchesSomeNode(const Rule& rule) const {
        const std::vector<NodeId> ids = graph_.nodeIds();
        return std::any_of(ids.begin(), ids.end(), [&](NodeId id) { return rule.matches(graph_, graph_.node(id)); });
    }

    const PartitionConfig& config_;
    const Graph& graph_;
    std::vector<std::string> devices_; // sorted, with "host"
    std::set<std::string> graphOps_;   // op types the model uses (custom domains included)
};

} // namespace

Result<PartitionConfig> parsePartitionConfig(const std::string& text, const std::string& path) {
    return ConfigReader(path).read(text);
}

Result<PartitionConfig> loadPartitionConfig(const std::string& path) {
    Result<std::string> text = readTextFile(path);
    if (!text) return text.error();
    return parsePartitionConfig(*text, path);
}

bool Rule::matches(const Graph& graph, const Node& node) const {
    if (!ops.empty() && std::find(ops.begin(), ops.end(), node.opType) == ops.end()) return false;
    if (!nodes.empty() &&
        std::none_of(nodes.begin(), nodes.end(), [&](const std::string& glob) { return globMatch(glob, node.name); })) {
        return false;
    }
    return allAmong(graph, node.inputs, inputs) && allAmong(graph, node.outputs, outputs);
}

const Rule* decidingDeviceRule(const PartitionConfig& config, const Graph& graph, const Node& node) {
    const Rule* chosen = nullptr;
    for (const Rule& rule : config.rules) {
        if (!rule.device.empty() && rule.matches(graph, node)) chosen = &rule;
    }
    return chosen;
}

Status validatePartitionConfig(const PartitionConfig& config, const Graph& graph,
                               const std::vector<std::string>& knownDevices) {
    return ConfigValidator(config, graph, knownDevices).check();
}

} // namespace fusebox
