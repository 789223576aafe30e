#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace fusebox {

// Tensor element types. The numbering follows ONNX's TensorProto.DataType so that
// conversion at the import boundary is a cast, and the list stays familiar.
enum class ElementType : int32_t {
    Undefined = 0,
    Float32 = 1,
    UInt8 = 2,
    Int8 = 3,
    UInt16 = 4,
    Int16 = 5,
    Int32 = 6,
    Int64 = 7,
    String = 8,
    Bool = 9,
    Float16 = 10,
    Float64 = 11,
    UInt32 = 12,
    UInt64 = 13,
    Complex64 = 14,
    Complex128 = 15,
    BFloat16 = 16,
};

// Lower-case short name as used in JSON and tables: "float32", "int64", ...
std::string_view elementTypeName(ElementType type);
std::optional<ElementType> elementTypeFromName(std::string_view name);

// Bytes per element; 0 for String and Undefined (no fixed size).
std::size_t elementSize(ElementType type);

// Maps an ONNX TensorProto.DataType number; nullopt for numbers this build does not know.
std::optional<ElementType> elementTypeFromOnnx(int32_t onnxDataType);

} // namespace fusebox
