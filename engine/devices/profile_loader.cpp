// Reads device profiles (profiles/*.toml, format in docs/format-profiles.md). Anything
// the reader does not understand is an error at FILE:LINE:COL, never silently ignored:
// a typo in a hand-edited profile must not quietly widen or narrow what a device accepts.
#include "devices/device_profile.h"
#include "onnx/op_schemas.h"

#include "core/file_io.h"
#include "core/text.h"
#include "core/toml_support.h"

#include <onnx/defs/schema.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <limits>
#include <set>
#include <span>

namespace fusebox {

namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kTopLevelKeys = {"adapter", "description", "accept_all", "precisions",
                                                "layouts", "element_types", "cost", "ops"};
const std::vector<std::string> kCostKeys = {"peak_gflops", "memory_gbps", "launch_us", "transfer_gbps"};
const std::vector<std::string> kOpKeys = {"ranks", "element_types", "attributes", "constant_inputs"};
const std::vector<std::string> kLayouts = {"NCHW", "NHWC"};

constexpr int kLatestOpset = std::numeric_limits<int>::max(); // any op ONNX ever defined
constexpr int64_t kMaxRank = 64;                              // far beyond what any runtime handles

// "a, b, c", or "(none)" for an empty list.
template <typename Range>
std::string joinNames(const Range& names) {
    std::string text = joinText(names);
    return text.empty() ? "(none)" : text;
}

std::string precisionChoices() {
    std::vector<std::string_view> names;
    for (int i = 0; i <= static_cast<int>(Precision::INT8); ++i) names.push_back(precisionName(static_cast<Precision>(i)));
    return joinNames(names);
}

std::string elementTypeChoices() {
    std::vector<std::string_view> names;
    for (int32_t i = 1; const auto type = elementTypeFromOnnx(i); ++i) names.push_back(elementTypeName(*type));
    return joinNames(names);
}

std::string attributeChoices(const onnx::OpSchema& schema) {
    std::vector<std::string_view> names;
    for (const auto& [name, attribute] : schema.attributes()) names.push_back(name);
    return joinNames(names);
}

// Op types of the default ONNX domain, in every version the library knows: the
// candidates for "did you mean" when a profile names an op ONNX does not define.
// Which TOML values may stand for an allowed value of an ONNX attribute.
enum class ValueKind { Integer, Number, String };

std::optional<ValueKind> constrainableKind(onnx::AttributeProto::AttributeType type) {
    switch (type) {
    case onnx::AttributeProto::INT:
    case onnx::AttributeProto::INTS: return ValueKind::Integer;
    case onnx::AttributeProto::FLOAT:
    case onnx::AttributeProto::FLOATS: return ValueKind::Number;
    case onnx::AttributeProto::STRING:
    case onnx::AttributeProto::STRINGS: return ValueKind::String;
    default: return std::nullopt; // tensors, graphs, sparse tensors, type protos
    }
}

// Reads one parsed profile file. Keys are named in messages by their path
// ("ops.Conv.ranks[0]") so a person finds them even without the line number.
class ProfileReader {
public:
    explicit ProfileReader(std::string path) : path_(std::move(path)) {}

    Result<DeviceProfile> read(const toml::table& root) const {
        DeviceProfile profile;
        profile.name = fs::path(path_).stem().string();
        profile.sourcePath = path_;
        profile.precisions = {Precision::FP32};
        profile.layouts = {"NCHW"};
        profile.elementTypes = {ElementType::Float32};
        Status status = checkKeys(root, kTopLevelKeys, "");
        if (status) status = readOptional(root, "adapter", "", profile.adapter, &ProfileReader::readString);
        if (status) status = readOptional(root, "description", "", profile.description, &ProfileReader::readString);
        if (status) status = readOptional(root, "accept_all", "", profile.acceptAll, &ProfileReader::readBool);
        if (status) status = readOptional(root, "precisions", "", profile.precisions, &ProfileReader::readPrecisions);
        if (status) status = readOptional(root, "layouts", "", profile.layouts, &ProfileReader::readLayouts);
        if (status) status = readOptional(root, "element_types", "", profile.elementTypes, &ProfileReader::readElementTypes);
        if (status) status = checkAcceptAll(root, profile);
        if (status) status = readOptional(root, "cost", "", profile.cost, &ProfileReader::readCost, profile.precisions);
        if (status) status = readOptional(root, "ops", "", profile.ops, &ProfileReader::readOps);
        if (!status) return status.error();
        return profile;
    }

private:
    std::string path_;

    // Reads table[key] into `target` when the key is present (else the default stays):
    // `read(node, keyPath, extra...)` is one of the readers below.
    template <typename T, typename Read, typename... Extra>
    Status readOptional(const toml::table& table, std::string_view key, const std::string& prefix, T& target,
                        Read read, const Extra&... extra) const {
        return readIfPresent(table, key, target, [&](const toml::node& node) {
            return std::invoke(read, *this, node, prefix + std::string(key), extra...);
        });
    }

    Error errorAt(const toml::source_region& where, const std::string& what) const {
        return Error(tomlLocation(where, path_), what);
    }

    Error typeError(const toml::node& node, const std::string& key, const std::string& expected) const {
        return errorAt(node.source(), key + ": got " + std::string(tomlTypeName(node)) + "; expected " + expected);
    }

    Error unknownName(const toml::source_region& where, const std::string& key, std::string_view what,
                      std::string_view name, const std::string& choices) const {
        return errorAt(where, key + ": unknown " + std::string(what) + " '" + std::string(name) +
                                  "'; expected one of: " + choices);
    }

    // An unknown key close to a known one gets "did you mean 'X'?" instead of the list.
    Status checkKeys(const toml::table& table, std::span<const std::string> known, const std::string& where) const {
        for (const auto& [key, value] : table) {
            if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
            const std::string place = where.empty() ? "" : " in [" + where + "]";
            return errorAt(key.source(), "unknown key '" + shortenedForMessage(key.str()) + "'" + place + "; " +
                                             didYouMeanOr(key.str(), known, "one of: " + joinNames(known)));
        }
        return {};
    }

    // With accept_all the op list and type limits would be ignored, so they are refused.
    Status checkAcceptAll(const toml::table& root, const DeviceProfile& profile) const {
        if (!profile.acceptAll) return {};
        for (std::string_view key : {"ops", "element_types"}) {
            if (const toml::node* node = root.get(key)) {
                return errorAt(node->source(), std::string(key) +
                                                   ": has no effect with accept_all = true; expected either "
                                                   "accept_all or a list of accepted ops");
            }
        }
        return {};
    }

    // Scalars ------------------------------------------------------------------------

    Result<std::string> readString(const toml::node& node, const std::string& key) const {
        if (const auto* text = node.as_string()) return text->get();
        return typeError(node, key, "a string");
    }

    Result<bool> readBool(const toml::node& node, const std::string& key) const {
        if (const auto* flag = node.as_boolean()) return flag->get();
        return typeError(node, key, "true or false");
    }

    Result<double> readNumber(const toml::node& node, const std::string& key) const {
        std::optional<double> number;
        if (const auto* integer = node.as_integer()) number = static_cast<double>(integer->get());
        if (const auto* floating = node.as_floating_point()) number = floating->get();
        if (!number) return typeError(node, key, "a number");
        if (!std::isfinite(*number) || *number < 0) {
            return errorAt(node.source(), key + ": negative or not finite; expected a number >= 0");
        }
        return *number;
    }

    Result<int64_t> readInteger(const toml::node& node, const std::string& key, int64_t min, int64_t max) const {
        const auto* integer = node.as_integer();
        if (!integer) return typeError(node, key, "an integer");
        if (integer->get() < min || integer->get() > max) {
            return errorAt(node.source(), key + ": " + std::to_string(integer->get()) +
                                              " is out of range; expected an integer from " + std::to_string(min) +
                                              " to " + std::to_string(max));
        }
        return integer->get();
    }

    // A name from a fixed set: precision, element type, layout.
    template <typename T, typename Lookup>
    Result<T> readNamed(const toml::node& node, const std::string& key, std::string_view what,
                        const std::string& choices, Lookup lookup) const {
        const auto* text = node.as_string();
        if (!text) return typeError(node, key, "a " + std::string(what) + " name (" + choices + ")");
        std::optional<T> value = lookup(text->get());
        if (!value) return unknownName(node.source(), key, what, text->get(), choices);
        return *value;
    }

    // Arrays -------------------------------------------------------------------------

    // `readItem(node, key)` reads one element; `arrayOf` says what the elements are.
    template <typename T, typename ReadItem>
    Result<std::vector<T>> readList(const toml::node& node, const std::string& key, std::string_view arrayOf,
                                    ReadItem readItem) const {
        const toml::array* array = node.as_array();
        if (!array) return typeError(node, key, "an array of " + std::string(arrayOf));
        std::vector<T> items;
        for (std::size_t i = 0; i < array->size(); ++i) {
            Result<T> item = readItem(*array->get(i), key + "[" + std::to_string(i) + "]");
            if (!item) return item.error();
            items.push_back(std::move(*item));
        }
        return items;
    }

    // The first entry of precisions and layouts is the default, so they cannot be empty.
    template <typename T>
    Result<std::vector<T>> requireEntries(const toml::node& node, const std::string& key,
                                          Result<std::vector<T>> list) const {
        if (!list || !list->empty()) return list;
        return errorAt(node.source(), key + ": empty list; expected at least one entry (the first is the default)");
    }

    Result<std::vector<Precision>> readPrecisions(const toml::node& node, const std::string& key) const {
        const std::string choices = precisionChoices();
        return requireEntries(node, key, readList<Precision>(node, key, "precision names", [&](const auto& n, const auto& k) {
            return readNamed<Precision>(n, k, "precision", choices, precisionFromName);
        }));
    }

    Result<std::vector<std::string>> readLayouts(const toml::node& node, const std::string& key) const {
        const auto lookup = [](std::string_view name) -> std::optional<std::string> {
            if (std::find(kLayouts.begin(), kLayouts.end(), name) == kLayouts.end()) return std::nullopt;
            return std::string(name);
        };
        const std::string choices = joinNames(kLayouts);
        return requireEntries(node, key, readList<std::string>(node, key, "layout names", [&](const auto& n, const auto& k) {
            return readNamed<std::string>(n, k, "layout", choices, lookup);
        }));
    }

    // An empty list is allowed: it accepts every element type.
    Result<std::vector<ElementType>> readElementTypes(const toml::node& node, const std::string& key) const {
        const auto lookup = [](std::string_view name) -> std::optional<ElementType> {
            const auto type = elementTypeFromName(name);
            if (type == ElementType::Undefined) return std::nullopt;
            return type;
        };
        const std::string choices = elementTypeChoices();
        return readList<ElementType>(node, key, "element type names", [&](const auto& n, const auto& k) {
            return readNamed<ElementType>(n, k, "element type", choices, lookup);
        });
    }

    // [cost] --------------------------------------------------------------------------

    Result<CostModel> readCost(const toml::node& node, const std::string& key,
                               const std::vector<Precision>& precisions) const {
        const toml::table* table = node.as_table();
        if (!table) return typeError(node, key, "a table ([cost])");
        CostModel cost;
        const std::string prefix = key + ".";
        Status status = checkKeys(*table, kCostKeys, key);
        if (status) status = readOptional(*table, "peak_gflops", prefix, cost.peakGflops, &ProfileReader::readPeaks, precisions);
        if (status) status = readOptional(*table, "memory_gbps", prefix, cost.memoryGBps, &ProfileReader::readNumber);
        if (status) status = readOptional(*table, "launch_us", prefix, cost.launchUs, &ProfileReader::readNumber);
        if (status) status = readOptional(*table, "transfer_gbps", prefix, cost.transferGBps, &ProfileReader::readNumber);
        if (!status) return status.error();
        return cost;
    }

    Result<std::map<Precision, double>> readPeaks(const toml::node& node, const std::string& key,
                                                  const std::vector<Precision>& precisions) const {
        const toml::table* table = node.as_table();
        if (!table) return typeError(node, key, "a table of precision = GFLOP/s, e.g. { fp32 = 100.0 }");
        std::map<Precision, double> peaks;
        for (const auto& [name, value] : *table) {
            const std::string entry = key + "." + std::string(name.str());
            const std::optional<Precision> precision = precisionFromName(name.str());
            if (!precision) return unknownName(name.source(), key, "precision", name.str(), precisionChoices());
            if (std::find(precisions.begin(), precisions.end(), *precision) == precisions.end()) {
                std::vector<std::string_view> listed;
                for (Precision p : precisions) listed.push_back(precisionName(p));
                return errorAt(name.source(), entry + ": " + std::string(name.str()) +
                                                  " is not in precisions; expected one of: " + joinNames(listed));
            }
            auto gflops = readNumber(value, entry);
            if (!gflops) return gflops.error();
            peaks[*precision] = *gflops;
        }
        return peaks;
    }

    // [ops.X] -------------------------------------------------------------------------

    Result<std::map<std::string, OpConstraint>> readOps(const toml::node& node, const std::string& key) const {
        const toml::table* table = node.as_table();
        if (!table) return typeError(node, key, "a table of ops ([ops.Conv], [ops.Relu], ...)");
        std::map<std::string, OpConstraint> ops;
        for (const auto& [name, value] : *table) {
            auto op = readOp(name, value, key + "." + std::string(name.str()));
            if (!op) return op.error();
            ops.emplace(op->opType, std::move(*op));
        }
        return ops;
    }

    Result<OpConstraint> readOp(const toml::key& name, const toml::node& node, const std::string& key) const {
        OpConstraint op;
        op.opType = std::string(name.str());
        const onnx::OpSchema* schema = onnx::OpSchemaRegistry::Schema(op.opType, kLatestOpset, "");
        if (!schema) {
            return errorAt(name.source(), key + ": ONNX defines no op '" + op.opType + "' in the default domain; " +
                                              didYouMeanOr(op.opType, onnxOpTypes(),
                                                           "an ONNX op type such as Conv (names are case-sensitive)"));
        }
        const toml::table* table = node.as_table();
        if (!table) return typeError(node, key, "a table ([" + key + "])");
        const std::string prefix = key + ".";
        Status status = checkKeys(*table, kOpKeys, key);
        if (status) status = readOptional(*table, "ranks", prefix, op.ranks, &ProfileReader::readRanks);
        if (status) status = readOptional(*table, "element_types", prefix, op.elementTypes, &ProfileReader::readElementTypes);
        if (status) status = readOptional(*table, "attributes", prefix, op.attributeValues, &ProfileReader::readAttributes, *schema);
        if (status) status = readOptional(*table, "constant_inputs", prefix, op.constantInputs, &ProfileReader::readInputIndices, *schema);
        if (!status) return status.error();
        return op;
    }

    Result<std::vector<int64_t>> readRanks(const toml::node& node, const std::string& key) const {
        return readList<int64_t>(node, key, "integers", [&](const auto& n, const auto& k) {
            return readInteger(n, k, 0, kMaxRank);
        });
    }

    Result<std::vector<int>> readInputIndices(const toml::node& node, const std::string& key,
                                              const onnx::OpSchema& schema) const {
        const int64_t lastInput = schema.max_input() - 1;
        return readList<int>(node, key, "input indices", [&](const auto& n, const auto& k) -> Result<int> {
            auto index = readInteger(n, k, 0, lastInput);
            if (!index) return index.error();
            return static_cast<int>(*index);
        });
    }

    Result<std::map<std::string, std::vector<std::string>>> readAttributes(const toml::node& node,
                                                                           const std::string& key,
                                                                           const onnx::OpSchema& schema) const {
        const toml::table* table = node.as_table();
        if (!table) return typeError(node, key, "a table of attribute = [allowed values]");
        std::map<std::string, std::vector<std::string>> attributes;
        for (const auto& [name, values] : *table) {
            const std::string attributeName(name.str());
            const std::string entry = key + "." + attributeName;
            const auto found = schema.attributes().find(attributeName);
            if (found == schema.attributes().end()) {
                return errorAt(name.source(), entry + ": " + schema.Name() + " has no attribute '" + attributeName +
                                                  "'; expected one of: " + attributeChoices(schema));
            }
            const std::optional<ValueKind> kind = constrainableKind(found->second.type);
            if (!kind) {
                return errorAt(name.source(), entry + ": this attribute holds tensors or graphs and cannot be "
                                                      "constrained; expected an int, float or string attribute");
            }
            auto allowed = readList<std::string>(values, entry, "allowed values", [&](const auto& n, const auto& k) {
                return readAllowedValue(n, k, *kind);
            });
            if (!allowed) return allowed.error();
            if (allowed->empty()) {
                return errorAt(values.source(), entry + ": empty list; expected at least one allowed value");
            }
            attributes.emplace(attributeName, std::move(*allowed));
        }
        return attributes;
    }

    // Allowed values are kept as text, written by attributeToString like the node's
    // attribute in supports(); a float attribute is a float, so 0.1 becomes 0.1f first.
    Result<std::string> readAllowedValue(const toml::node& node, const std::string& key, ValueKind kind) const {
        const auto* integer = node.as_integer();
        switch (kind) {
        case ValueKind::Integer:
            if (integer) return attributeToString(integer->get());
            return typeError(node, key, "an integer");
        case ValueKind::Number:
            if (integer) return attributeToString(static_cast<float>(integer->get()));
            if (const auto* floating = node.as_floating_point()) return attributeToString(static_cast<float>(floating->get()));
            return typeError(node, key, "a number");
        case ValueKind::String: return readString(node, key);
        }
        return typeError(node, key, "a value");
    }
};

} // namespace

Result<DeviceProfile> loadDeviceProfile(const std::string& path) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status)) return Error(SourceLocation{path}, "no such profile file");
    if (fs::is_directory(status)) return Error(SourceLocation{path}, "is a folder; expected a profile file (*.toml)");
    auto text = readTextFile(path);
    if (!text) return text.error();
    auto root = parseToml(*text, path);
    if (!root) return root.error();
    return ProfileReader(path).read(*root);
}

Result<std::vector<DeviceProfile>> loadDeviceProfiles(const std::string& directory) {
    std::error_code error;
    if (!fs::is_directory(directory, error)) {
        return Error(SourceLocation{directory}, "no such profiles folder; expected a folder of *.toml device profiles");
    }
    std::vector<fs::path> files;
    for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
        if (it->path().extension() == ".toml" && it->is_regular_file(error)) files.push_back(it->path());
    }
    if (error) return Error(SourceLocation{directory}, "cannot list the folder: " + error.message(), ErrorKind::Failed);
    if (files.empty()) return Error(SourceLocation{directory}, "no device profiles; expected *.toml files in this folder");
    std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) { return a.stem() < b.stem(); });

    std::vector<DeviceProfile> profiles;
    for (const fs::path& file : files) {
        auto profile = loadDeviceProfile(file.string());
        if (!profile) return profile.error();
        profiles.push_back(std::move(*profile));
    }
    return profiles;
}

std::string defaultProfilesDirectory() {
    if (const char* fromEnvironment = std::getenv("FUSEBOX_PROFILES"); fromEnvironment && *fromEnvironment) {
        return fromEnvironment;
    }
    std::error_code error;
    if (fs::is_directory(FUSEBOX_SOURCE_PROFILES, error)) return FUSEBOX_SOURCE_PROFILES;
    return FUSEBOX_INSTALLED_PROFILES;
}

} // namespace fusebox
