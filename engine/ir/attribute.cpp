#include "ir/attribute.h"

#include "core/text.h"
#include "ir/graph.h"

#include <sstream>

namespace fusebox {

void Attributes::set(std::string name, AttributeValue value) {
    for (Attribute& item : items_) {
        if (item.name == name) {
            item.value = std::move(value);
            return;
        }
    }
    items_.push_back({std::move(name), std::move(value)});
}

const AttributeValue* Attributes::find(std::string_view name) const {
    for (const Attribute& item : items_) {
        if (item.name == name) return &item.value;
    }
    return nullptr;
}

namespace {

std::string tensorSummary(const TensorData& tensor) {
    std::string text = "<";
    text.append(elementTypeName(tensor.type())).append(" ").append(joinInts(tensor.dims(), "x"));
    return text + ">";
}

std::string graphSummary(const std::shared_ptr<Graph>& graph) {
    return "<graph " + std::to_string(graph ? graph->nodeCount() : 0) + " nodes>";
}

std::string floatToString(float value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

} // namespace

std::string attributeToString(const AttributeValue& value) {
    struct Visitor {
        std::string operator()(int64_t v) const { return std::to_string(v); }
        std::string operator()(float v) const { return floatToString(v); }
        std::string operator()(const std::string& v) const { return '"' + v + '"'; }
        std::string operator()(const TensorData& v) const { return tensorSummary(v); }
        std::string operator()(const std::shared_ptr<Graph>& v) const { return graphSummary(v); }
        std::string operator()(const std::vector<int64_t>& v) const {
            return joinBracketed(v, [](int64_t x) { return std::to_string(x); });
        }
        std::string operator()(const std::vector<float>& v) const { return joinBracketed(v, floatToString); }
        std::string operator()(const std::vector<std::string>& v) const {
            return joinBracketed(v, [](const std::string& x) { return '"' + x + '"'; });
        }
        std::string operator()(const std::vector<TensorData>& v) const { return joinBracketed(v, tensorSummary); }
        std::string operator()(const std::vector<std::shared_ptr<Graph>>& v) const {
            return joinBracketed(v, graphSummary);
        }
    };
    return std::visit(Visitor{}, value);
}

} // namespace fusebox
