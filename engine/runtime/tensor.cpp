#include "runtime/tensor.h"

#include <cstdlib>
#include <cstring>

namespace fusebox {

namespace {

constexpr std::size_t kAlignment = 64; // cache line; what SIMD kernels and BLAS like

} // namespace

int64_t Tensor::elementCount() const {
    int64_t count = 1;
    for (int64_t d : dims_) count *= d;
    return count;
}

Tensor Tensor::allocate(ElementType type, std::vector<int64_t> dims) {
    Tensor t;
    t.type_ = type;
    t.dims_ = std::move(dims);
    const std::size_t bytes = t.byteSize();
    const std::size_t rounded = (bytes + kAlignment - 1) / kAlignment * kAlignment;
    void* memory = std::aligned_alloc(kAlignment, rounded == 0 ? kAlignment : rounded);
    if (!memory) throw std::bad_alloc(); // out of memory is not a user error; nothing to recover
    std::memset(memory, 0, rounded == 0 ? kAlignment : rounded);
    t.owner_ = std::shared_ptr<void>(memory, std::free);
    t.data_ = static_cast<std::byte*>(memory);
    return t;
}

Tensor Tensor::fromConstant(const TensorData& data) {
    const std::size_t size = elementSize(data.type());
    const auto address = reinterpret_cast<std::uintptr_t>(data.bytes().data());
    if (size == 0 || address % size != 0) {
        Tensor copy = allocate(data.type(), data.dims());
        if (!data.bytes().empty()) std::memcpy(copy.data_, data.bytes().data(), std::min(copy.byteSize(), data.bytes().size()));
        return copy;
    }
    Tensor t;
    t.type_ = data.type();
    t.dims_ = data.dims();
    auto holder = std::make_shared<TensorData>(data); // keeps the constant's owner alive
    t.data_ = const_cast<std::byte*>(data.bytes().data()); // constants are never written: see class comment
    t.owner_ = std::move(holder);
    return t;
}

Tensor Tensor::reshaped(std::vector<int64_t> dims) const {
    Tensor t = *this;
    t.dims_ = std::move(dims);
    assert(t.elementCount() == elementCount());
    return t;
}

Tensor Tensor::reinterpreted(ElementType type) const {
    assert(elementSize(type) == elementSize(type_));
    Tensor t = *this;
    t.type_ = type;
    return t;
}

} // namespace fusebox
