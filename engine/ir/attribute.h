#pragma once

#include "ir/tensor_data.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace fusebox {

class Graph;

// Typed node attribute values. Graph-valued attributes are the bodies of If/Loop/Scan.
using AttributeValue = std::variant<int64_t, float, std::string, TensorData, std::shared_ptr<Graph>,
                                    std::vector<int64_t>, std::vector<float>, std::vector<std::string>,
                                    std::vector<TensorData>, std::vector<std::shared_ptr<Graph>>>;

struct Attribute {
    std::string name;
    AttributeValue value;
};

// A node's attributes in file order, with typed look-ups.
class Attributes {
public:
    void set(std::string name, AttributeValue value);
    const AttributeValue* find(std::string_view name) const;
    bool has(std::string_view name) const { return find(name) != nullptr; }

    template <typename T>
    std::optional<T> get(std::string_view name) const {
        const AttributeValue* value = find(name);
        if (!value) return std::nullopt;
        if (const T* typed = std::get_if<T>(value)) return *typed;
        return std::nullopt;
    }
    int64_t getInt(std::string_view name, int64_t fallback) const { return get<int64_t>(name).value_or(fallback); }
    float getFloat(std::string_view name, float fallback) const { return get<float>(name).value_or(fallback); }
    std::string getString(std::string_view name, std::string fallback) const {
        return get<std::string>(name).value_or(std::move(fallback));
    }
    std::vector<int64_t> getInts(std::string_view name) const {
        return get<std::vector<int64_t>>(name).value_or(std::vector<int64_t>{});
    }

    const std::vector<Attribute>& all() const { return items_; }
    std::size_t size() const { return items_.size(); }

private:
    std::vector<Attribute> items_;
};

// Short text form of a value for tables and the inspector: "3", "[1, 1]", "<graph 12 nodes>".
std::string attributeToString(const AttributeValue& value);

} // namespace fusebox
