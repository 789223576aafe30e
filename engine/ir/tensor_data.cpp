#include "ir/tensor_data.h"

namespace fusebox {

TensorData TensorData::fromBytes(ElementType type, std::vector<int64_t> dims, std::vector<std::byte> bytes) {
    auto storage = std::make_shared<const std::vector<std::byte>>(std::move(bytes));
    std::span<const std::byte> view(storage->data(), storage->size());
    return TensorData(type, std::move(dims), view, std::move(storage));
}

int64_t TensorData::elementCount() const {
    int64_t count = 1;
    for (int64_t d : dims_) count *= d;
    return count;
}

} // namespace fusebox
