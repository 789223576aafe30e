#include "ir/element_type.h"

#include <array>

namespace fusebox {

namespace {

struct TypeInfo {
    ElementType type;
    std::string_view name;
    std::size_t size;
};

constexpr std::array kTypes{
    TypeInfo{ElementType::Undefined, "undefined", 0}, TypeInfo{ElementType::Float32, "float32", 4},
    TypeInfo{ElementType::UInt8, "uint8", 1},         TypeInfo{ElementType::Int8, "int8", 1},
    TypeInfo{ElementType::UInt16, "uint16", 2},       TypeInfo{ElementType::Int16, "int16", 2},
    TypeInfo{ElementType::Int32, "int32", 4},         TypeInfo{ElementType::Int64, "int64", 8},
    TypeInfo{ElementType::String, "string", 0},       TypeInfo{ElementType::Bool, "bool", 1},
    TypeInfo{ElementType::Float16, "float16", 2},     TypeInfo{ElementType::Float64, "float64", 8},
    TypeInfo{ElementType::UInt32, "uint32", 4},       TypeInfo{ElementType::UInt64, "uint64", 8},
    TypeInfo{ElementType::Complex64, "complex64", 8}, TypeInfo{ElementType::Complex128, "complex128", 16},
    TypeInfo{ElementType::BFloat16, "bfloat16", 2},
};

const TypeInfo* findInfo(ElementType type) {
    const auto index = static_cast<std::size_t>(type);
    return index < kTypes.size() ? &kTypes[index] : nullptr;
}

} // namespace

std::string_view elementTypeName(ElementType type) {
    const TypeInfo* info = findInfo(type);
    return info ? info->name : "undefined";
}

std::optional<ElementType> elementTypeFromName(std::string_view name) {
    for (const TypeInfo& info : kTypes) {
        if (info.name == name) return info.type;
    }
    return std::nullopt;
}

std::size_t elementSize(ElementType type) {
    const TypeInfo* info = findInfo(type);
    return info ? info->size : 0;
}

std::optional<ElementType> elementTypeFromOnnx(int32_t onnxDataType) {
    if (onnxDataType < 0 || onnxDataType >= static_cast<int32_t>(kTypes.size())) return std::nullopt;
    return static_cast<ElementType>(onnxDataType);
}

} // namespace fusebox
