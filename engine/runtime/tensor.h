#pragma once
// A runtime tensor: element type, dims and a buffer. Copies share the buffer (cheap,
// like a view); kernels write only into tensors they allocated themselves.

#include "ir/element_type.h"
#include "ir/tensor_data.h"

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace fusebox {

class Tensor {
public:
    Tensor() = default;

    enum class Fill { Zeros, None };
    // A new buffer of elementCount(dims) elements, 64-byte aligned, zero-filled unless
    // the caller writes every element itself (Fill::None).
    static Tensor allocate(ElementType type, std::vector<int64_t> dims, Fill fill = Fill::Zeros);
    // The constant's bytes, shared without a copy when they are suitably aligned.
    static Tensor fromConstant(const TensorData& data);
    // The other way: this tensor's buffer as constant data, shared without a copy (constant
    // folding keeps kernel results). The buffer must not be written afterwards.
    TensorData toConstant() const;
    // A scalar or vector of the given values (tests and small helpers).
    template <typename T>
    static Tensor fromValues(ElementType type, std::vector<int64_t> dims, const std::vector<T>& values) {
        Tensor t = allocate(type, std::move(dims));
        assert(values.size() * sizeof(T) == t.byteSize());
        for (std::size_t i = 0; i < values.size(); ++i) t.data<T>()[i] = values[i];
        return t;
    }

    bool empty() const { return !data_ && dims_.empty() && type_ == ElementType::Undefined; }
    ElementType type() const { return type_; }
    const std::vector<int64_t>& dims() const { return dims_; }
    std::size_t rank() const { return dims_.size(); }
    int64_t dim(std::size_t axis) const { return dims_[axis]; }
    int64_t elementCount() const { return count_; }
    std::size_t byteSize() const { return static_cast<std::size_t>(elementCount()) * elementSize(type_); }

    template <typename T>
    T* data() { return reinterpret_cast<T*>(data_); }
    template <typename T>
    const T* data() const { return reinterpret_cast<const T*>(data_); }
    std::byte* raw() { return data_; }
    const std::byte* raw() const { return data_; }

    // Same buffer, other dims with the same element count (Reshape, Flatten, Squeeze...).
    Tensor reshaped(std::vector<int64_t> dims) const;
    // Same buffer read as another type of the same size (uint16 bits as bfloat16).
    Tensor reinterpreted(ElementType type) const;

private:
    ElementType type_ = ElementType::Undefined;
    std::vector<int64_t> dims_;
    std::shared_ptr<const void> owner_;
    std::byte* data_ = nullptr;
    int64_t count_ = 1; // product of dims_, kept because kernels ask for it in loops
};

} // namespace fusebox
