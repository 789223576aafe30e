#include "runtime/tensor.h"

#include <cstdlib>
#include <mutex>
#include <unordered_map>
#include <cstring>

namespace fusebox {

namespace {

constexpr std::size_t kAlignment = 64; // cache line; what SIMD kernels and BLAS like


int64_t countOf(const std::vector<int64_t>& dims) {
    int64_t count = 1;
    for (int64_t d : dims) count *= d;
    return count;
}

// Freed buffers wait here for the next tensor of the same size: a model allocates the
// same sizes every run, and fresh large allocations cost a page fault per 4 KiB.
class BufferPool {
public:
    void* take(std::size_t bytes) {
        {
            std::lock_guard lock(mutex_);
            auto it = free_.find(bytes);
            if (it != free_.end() && !it->second.empty()) {
                void* memory = it->second.back();
                it->second.pop_back();
                return memory;
            }
        }
        return std::aligned_alloc(kAlignment, bytes);
    }
    void give(void* memory, std::size_t bytes) {
        std::lock_guard lock(mutex_);
        auto& list = free_[bytes];
        if (list.size() < kKeptPerSize) list.push_back(memory);
        else std::free(memory);
    }

private:
    static constexpr std::size_t kKeptPerSize = 8;
    std::mutex mutex_;
    std::unordered_map<std::size_t, std::vector<void*>> free_;
};

BufferPool& pool() {
    static BufferPool* instance = new BufferPool(); // never destroyed: tensors may outlive static destruction
    return *instance;
}

} // namespace

Tensor Tensor::allocate(ElementType type, std::vector<int64_t> dims, Fill fill) {
    Tensor t;
    t.type_ = type;
    t.dims_ = std::move(dims);
    t.count_ = countOf(t.dims_);
    const std::size_t bytes = std::max(kAlignment, (t.byteSize() + kAlignment - 1) / kAlignment * kAlignment);
    void* memory = pool().take(bytes);
    if (!memory) throw std::bad_alloc(); // out of memory is not a user error; nothing to recover
    if (fill == Fill::Zeros) std::memset(memory, 0, bytes);
    t.owner_ = std::shared_ptr<void>(memory, [bytes](void* p) { pool().give(p, bytes); });
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
    t.count_ = countOf(t.dims_);
    auto holder = std::make_shared<TensorData>(data); // keeps the constant's owner alive
    t.data_ = const_cast<std::byte*>(data.bytes().data()); // constants are never written: see class comment
    t.owner_ = std::move(holder);
    return t;
}

TensorData Tensor::toConstant() const {
    return TensorData(type_, dims_, std::span<const std::byte>(data_, data_ ? byteSize() : 0), owner_);
}

Tensor Tensor::reshaped(std::vector<int64_t> dims) const {
    Tensor t = *this;
    t.dims_ = std::move(dims);
    t.count_ = countOf(t.dims_);
    assert(t.count_ == count_);
    return t;
}

Tensor Tensor::reinterpreted(ElementType type) const {
    assert(elementSize(type) == elementSize(type_));
    Tensor t = *this;
    t.type_ = type;
    return t;
}

} // namespace fusebox
