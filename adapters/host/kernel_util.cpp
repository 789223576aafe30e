#include "kernel_util.h"

#include "core/text.h"

#include <algorithm>

namespace fusebox::host {

std::optional<std::vector<int64_t>> broadcastShapes(const std::vector<int64_t>& a, const std::vector<int64_t>& b) {
    const std::size_t rank = std::max(a.size(), b.size());
    std::vector<int64_t> out(rank);
    for (std::size_t i = 0; i < rank; ++i) {
        const int64_t da = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
        const int64_t db = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
        if (da != db && da != 1 && db != 1) return std::nullopt;
        out[i] = da == 1 ? db : da;
    }
    return out;
}

std::vector<int64_t> stridesOf(const std::vector<int64_t>& dims) {
    std::vector<int64_t> strides(dims.size(), 1);
    for (std::size_t i = dims.size(); i-- > 1;) strides[i - 1] = strides[i] * dims[i];
    return strides;
}

std::vector<int64_t> broadcastStrides(const std::vector<int64_t>& dims, const std::vector<int64_t>& target) {
    const std::vector<int64_t> own = stridesOf(dims);
    std::vector<int64_t> strides(target.size(), 0);
    const std::size_t offset = target.size() - dims.size();
    for (std::size_t i = 0; i < dims.size(); ++i) strides[offset + i] = dims[i] == 1 ? 0 : own[i];
    return strides;
}

std::optional<int64_t> normalizeAxis(int64_t axis, int64_t rank) {
    if (axis < -rank || axis >= rank) return std::nullopt;
    return axis < 0 ? axis + rank : axis;
}

std::optional<std::vector<int64_t>> integerValues(const Tensor& tensor) {
    const int64_t count = tensor.elementCount();
    if (tensor.type() == ElementType::Int64) return std::vector<int64_t>(tensor.data<int64_t>(), tensor.data<int64_t>() + count);
    if (tensor.type() == ElementType::Int32) return std::vector<int64_t>(tensor.data<int32_t>(), tensor.data<int32_t>() + count);
    return std::nullopt;
}

int64_t product(const std::vector<int64_t>& dims, std::size_t from, std::size_t to) {
    int64_t result = 1;
    for (std::size_t i = from; i < std::min(to, dims.size()); ++i) result *= dims[i];
    return result;
}

std::string dimsText(const std::vector<int64_t>& dims) {
    std::string text = "[";
    return text.append(joinInts(dims, ", ")).append("]");
}

Result<std::vector<int64_t>> integerInput(const KernelContext& ctx, std::size_t index, const char* what) {
    const Tensor* tensor = ctx.input(index);
    if (!tensor) return ctx.fail(std::string("missing input '") + what + "'");
    auto values = integerValues(*tensor);
    if (!values) return ctx.fail(std::string("input '") + what + "' must be int32 or int64");
    return std::move(*values);
}

Error unsupportedType(const KernelContext& ctx, ElementType type) {
    return ctx.fail("element type " + std::string(elementTypeName(type)) + " is not supported");
}

} // namespace fusebox::host
