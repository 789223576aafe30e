// The profile's verdict on one node: the checks run in a fixed order and the first
// refusal wins, so the reason names the most basic problem (op, type, rank, attribute,
// constant input). The file format is in docs/format-profiles.md.
#include "devices/device_profile.h"

#include "core/text.h"

#include <onnx/defs/schema.h>

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

namespace fusebox {

namespace {

constexpr std::array<std::pair<Precision, std::string_view>, 4> kPrecisionNames{{
    {Precision::FP32, "fp32"},
    {Precision::BF16, "bf16"},
    {Precision::FP16, "fp16"},
    {Precision::INT8, "int8"},
}};

// Profiles are checked against the newest schema: attribute defaults have not changed
// across the opsets real models use.
constexpr int kLatestOpset = std::numeric_limits<int>::max();

using Check = std::optional<std::string>; // the refusal reason after "<op>: ", if any

// An attribute as the texts a profile lists: one per element for lists.
struct AttributeText {
    std::vector<std::string> items;
    bool isList = false;

    std::string display() const {
        if (!isList) return items.front();
        return joinBracketed(items, [](const std::string& item) { return std::string_view(item); });
    }
};

template <typename T, typename Format>
AttributeText listText(const std::vector<T>& values, Format format) {
    AttributeText text{{}, true};
    for (const T& value : values) text.items.push_back(format(value));
    return text;
}

// The texts of an attribute; nullopt for tensors and graphs, which a profile cannot constrain.
struct AttributeTextVisitor {
    // Numbers as attributeToString writes them ("3", "0.1"), which the loader also uses.
    std::optional<AttributeText> operator()(int64_t v) const { return AttributeText{{attributeToString(v)}}; }
    std::optional<AttributeText> operator()(float v) const { return AttributeText{{attributeToString(v)}}; }
    std::optional<AttributeText> operator()(const std::string& v) const { return AttributeText{{v}}; }
    std::optional<AttributeText> operator()(const std::vector<int64_t>& v) const {
        return listText(v, [](int64_t x) { return attributeToString(x); });
    }
    std::optional<AttributeText> operator()(const std::vector<float>& v) const {
        return listText(v, [](float x) { return attributeToString(x); });
    }
    std::optional<AttributeText> operator()(const std::vector<std::string>& v) const {
        return listText(v, [](const std::string& x) { return x; });
    }
    template <typename Other>
    std::optional<AttributeText> operator()(const Other&) const {
        return std::nullopt;
    }
};

// The value ONNX assumes when a node omits the attribute; nullopt when it has none.
std::optional<AttributeValue> onnxDefault(const std::string& opType, const std::string& attribute) {
    const onnx::OpSchema* schema = onnx::OpSchemaRegistry::Schema(opType, kLatestOpset, "");
    if (!schema) return std::nullopt;
    const auto found = schema->attributes().find(attribute);
    if (found == schema->attributes().end()) return std::nullopt;
    const onnx::AttributeProto& proto = found->second.default_value;
    switch (proto.type()) {
    case onnx::AttributeProto::INT: return AttributeValue(int64_t(proto.i()));
    case onnx::AttributeProto::FLOAT: return AttributeValue(proto.f());
    case onnx::AttributeProto::STRING: return AttributeValue(proto.s());
    case onnx::AttributeProto::INTS: return AttributeValue(std::vector<int64_t>(proto.ints().begin(), proto.ints().end()));
    case onnx::AttributeProto::FLOATS: return AttributeValue(std::vector<float>(proto.floats().begin(), proto.floats().end()));
    case onnx::AttributeProto::STRINGS:
        return AttributeValue(std::vector<std::string>(proto.strings().begin(), proto.strings().end()));
    default: return std::nullopt;
    }
}

const Value* inputValue(const Graph& graph, const Node& node, std::size_t index) {
    if (index >= node.inputs.size() || node.inputs[index] == kNoValue) return nullptr;
    return &graph.value(node.inputs[index]);
}

template <typename T>
bool contains(const std::vector<T>& items, const T& item) {
    return std::find(items.begin(), items.end(), item) != items.end();
}

Check checkElementType(const Value* input, const std::vector<ElementType>& allowed, const std::string& device) {
    if (!input || input->type == ElementType::Undefined || allowed.empty() || contains(allowed, input->type)) return {};
    return "element type " + std::string(elementTypeName(input->type)) + " not supported by " + device +
           " (allowed: " + joinWith(allowed, [](ElementType t) { return elementTypeName(t); }) + ")";
}

Check checkRank(const Value* input, const std::vector<int64_t>& allowed, const std::string& device) {
    if (!input || !input->shape.rankKnown() || allowed.empty()) return {};
    const auto rank = static_cast<int64_t>(input->shape.rank());
    if (contains(allowed, rank)) return {};
    return "rank " + std::to_string(rank) + " not supported by " + device + " (allowed: " + joinInts(allowed, ", ") + ")";
}

// A list attribute passes when every element is allowed.
Check checkAttribute(const Node& node, const std::string& attribute, const std::vector<std::string>& allowed,
                     const std::string& device) {
    if (allowed.empty()) return {};
    const AttributeValue* value = node.attributes.find(attribute);
    std::optional<AttributeValue> fallback;
    if (!value) {
        fallback = onnxDefault(node.opType, attribute);
        if (!fallback) return {}; // no default to judge: the node is taken at its word
        value = &*fallback;
    }
    const std::optional<AttributeText> text = std::visit(AttributeTextVisitor{}, *value);
    const bool accepted =
        text && std::all_of(text->items.begin(), text->items.end(), [&](const auto& item) { return contains(allowed, item); });
    if (accepted) return {};
    const std::string shown = text ? text->display() : attributeToString(*value);
    return attribute + "=" + shown + (fallback ? " (ONNX default)" : "") + " not supported by " + device +
           " (allowed: " + joinText(allowed) + ")";
}

Check checkConstantInput(const Graph& graph, const Node& node, int index, const std::string& device) {
    const Value* input = inputValue(graph, node, static_cast<std::size_t>(index));
    if (!input || input->constant) return {};
    return "input " + std::to_string(index) + " (" + input->name + ") must be constant for " + device;
}

} // namespace

std::string_view precisionName(Precision precision) {
    for (const auto& [value, name] : kPrecisionNames) {
        if (value == precision) return name;
    }
    return "unknown";
}

std::optional<Precision> precisionFromName(std::string_view name) {
    for (const auto& [value, known] : kPrecisionNames) {
        if (known == name) return value;
    }
    return std::nullopt;
}

Support DeviceProfile::supports(const Graph& graph, const Node& node) const {
    if (acceptAll) return Support::yes();
    const auto refuse = [&](const std::string& why) { return Support::no(node.opType + ": " + why); };
    if (!node.domain.empty()) return refuse("custom domain '" + node.domain + "' not supported by " + name);
    const auto found = ops.find(node.opType);
    if (found == ops.end()) return refuse("op not supported by " + name);
    const OpConstraint& constraint = found->second;

    const Value* input0 = inputValue(graph, node, 0);
    const auto& types = constraint.elementTypes.empty() ? elementTypes : constraint.elementTypes;
    if (Check why = checkElementType(input0, types, name)) return refuse(*why);
    if (Check why = checkRank(input0, constraint.ranks, name)) return refuse(*why);
    for (const auto& [attribute, allowed] : constraint.attributeValues) {
        if (Check why = checkAttribute(node, attribute, allowed, name)) return refuse(*why);
    }
    for (int index : constraint.constantInputs) {
        if (Check why = checkConstantInput(graph, node, index, name)) return refuse(*why);
    }
    return adapterCheck ? adapterCheck(graph, node) : Support::yes();
}

} // namespace fusebox
