#pragma once

#include "ir/element_type.h"

#include <cstddef>
#include <cstring>
#include <memory>
#include <span>
#include <vector>

namespace fusebox {

// Constant tensor contents. Usually a view into memory someone else owns (the parsed
// protobuf or a mapped external-data file); `owner` keeps that memory alive for as long
// as any copy of this TensorData exists, so weights are never copied on import.
class TensorData {
public:
    TensorData() = default;
    TensorData(ElementType type, std::vector<int64_t> dims, std::span<const std::byte> bytes,
               std::shared_ptr<const void> owner)
        : type_(type), dims_(std::move(dims)), bytes_(bytes), owner_(std::move(owner)) {}

    // Takes ownership of `bytes` (used where the source needs converting, e.g. typed
    // protobuf fields, or for results of constant folding).
    static TensorData fromBytes(ElementType type, std::vector<int64_t> dims, std::vector<std::byte> bytes);

    template <typename T>
    static TensorData fromValues(ElementType type, std::vector<int64_t> dims, const std::vector<T>& values) {
        std::vector<std::byte> bytes(values.size() * sizeof(T));
        if (!bytes.empty()) std::memcpy(bytes.data(), values.data(), bytes.size());
        return fromBytes(type, std::move(dims), std::move(bytes));
    }

    ElementType type() const { return type_; }
    const std::vector<int64_t>& dims() const { return dims_; }
    std::span<const std::byte> bytes() const { return bytes_; }
    int64_t elementCount() const;

    // Copies the elements out; memory views may be unaligned, so no typed span is offered.
    template <typename T>
    std::vector<T> values() const {
        std::vector<T> out(bytes_.size() / sizeof(T));
        if (!out.empty()) std::memcpy(out.data(), bytes_.data(), out.size() * sizeof(T));
        return out;
    }

private:
    ElementType type_ = ElementType::Undefined;
    std::vector<int64_t> dims_;
    std::span<const std::byte> bytes_;
    std::shared_ptr<const void> owner_;
};

} // namespace fusebox
