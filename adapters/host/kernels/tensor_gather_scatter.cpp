// Host kernels that read or write elements at given indices: Gather, GatherElements,
// GatherND, ScatterElements (and its deprecated alias Scatter), ScatterND.
// Negative indices count from the end; any index still outside the axis is an error.
#include "kernel_util.h"

#include <algorithm>
#include <cstring>

namespace fusebox::host {

namespace {

// Maps a possibly negative index into [0, size) or reports it.
Result<int64_t> checkedIndex(const KernelContext& ctx, int64_t index, std::size_t axis, int64_t size) {
    const int64_t resolved = index < 0 ? index + size : index;
    if (resolved < 0 || resolved >= size)
        return ctx.fail("index " + std::to_string(index) + " out of range for axis " + std::to_string(axis) + " of size " +
                        std::to_string(size));
    return resolved;
}

Status gatherKernel(KernelContext& ctx) {
    const Tensor* data = ctx.input(0);
    if (!data) return ctx.fail("missing input 'data'");
    auto indices = integerInput(ctx, 1, "indices");
    if (!indices) return indices.error();
    const std::size_t size = elementSize(data->type());
    if (size == 0) return unsupportedType(ctx, data->type());
    auto axisOpt = normalizeAxis(ctx.attributes().getInt("axis", 0), int64_t(data->rank()));
    if (!axisOpt) return ctx.fail("axis out of range for rank " + std::to_string(data->rank()));
    const std::size_t axis = std::size_t(*axisOpt);
    const int64_t length = data->dim(axis);
    std::vector<int64_t> dims(data->dims().begin(), data->dims().begin() + std::ptrdiff_t(axis));
    const std::vector<int64_t>& indexDims = ctx.input(1)->dims();
    dims.insert(dims.end(), indexDims.begin(), indexDims.end());
    dims.insert(dims.end(), data->dims().begin() + std::ptrdiff_t(axis) + 1, data->dims().end());
    std::vector<int64_t> resolved(indices->size());
    for (std::size_t i = 0; i < indices->size(); ++i) {
        auto index = checkedIndex(ctx, (*indices)[i], axis, length);
        if (!index) return index.error();
        resolved[i] = *index;
    }
    Tensor out = Tensor::allocate(data->type(), dims);
    // One contiguous block of the trailing axes per (outer position, index).
    const int64_t outer = product(data->dims(), 0, axis);
    const std::size_t block = std::size_t(product(data->dims(), axis + 1)) * size;
    std::byte* dst = out.raw();
    for (int64_t o = 0; o < outer; ++o) {
        for (int64_t index : resolved) {
            std::memcpy(dst, data->raw() + std::size_t(o * length + index) * block, block);
            dst += block;
        }
    }
    ctx.setOutput(0, std::move(out));
    return {};
}

// Checks the shared shape rules of GatherElements/ScatterElements: same rank, and no
// axis other than `axis` larger in the indices than in the data.
Status checkElementShapes(const KernelContext& ctx, const Tensor& data, const Tensor& indices, std::size_t axis) {
    bool ok = data.rank() == indices.rank();
    for (std::size_t i = 0; ok && i < data.rank(); ++i) ok = i == axis || indices.dim(i) <= data.dim(i);
    if (!ok) return ctx.fail("indices " + dimsText(indices.dims()) + " do not fit data " + dimsText(data.dims()));
    return {};
}

// Offsets into `data` for every element of `indices` (GatherElements/ScatterElements).
Result<std::vector<int64_t>> elementOffsets(const KernelContext& ctx, const Tensor& data, const Tensor& indicesTensor,
                                            const std::vector<int64_t>& indices, std::size_t axis) {
    const std::vector<int64_t> strides = stridesOf(data.dims());
    std::vector<int64_t> offsets;
    offsets.reserve(indices.size());
    std::size_t k = 0;
    for (NdIndex it(indicesTensor.dims()); it.valid(); it.next()) {
        auto index = checkedIndex(ctx, indices[k++], axis, data.dim(axis));
        if (!index) return index.error();
        offsets.push_back(it.offset(strides) + (*index - it[axis]) * strides[axis]);
    }
    return offsets;
}

Status gatherElementsKernel(KernelContext& ctx) {
    const Tensor* data = ctx.input(0);
    const Tensor* indexTensor = ctx.input(1);
    if (!data || !indexTensor) return ctx.fail("needs data and indices");
    auto indices = integerInput(ctx, 1, "indices");
    if (!indices) return indices.error();
    auto axisOpt = normalizeAxis(ctx.attributes().getInt("axis", 0), int64_t(data->rank()));
    if (!axisOpt) return ctx.fail("axis out of range for rank " + std::to_string(data->rank()));
    const std::size_t axis = std::size_t(*axisOpt);
    if (Status s = checkElementShapes(ctx, *data, *indexTensor, axis); !s) return s;
    auto offsets = elementOffsets(ctx, *data, *indexTensor, *indices, axis);
    if (!offsets) return offsets.error();
    Tensor out = Tensor::allocate(data->type(), indexTensor->dims());
    const bool known = dispatchAny(data->type(), [&](auto zero) {
        using T = decltype(zero);
        for (std::size_t i = 0; i < offsets->size(); ++i) out.data<T>()[i] = data->data<T>()[(*offsets)[i]];
    });
    if (!known) return unsupportedType(ctx, data->type());
    ctx.setOutput(0, std::move(out));
    return {};
}

// Where GatherND/ScatterND read or write: for each index tuple in the last axis of
// `indices`, the offset of a slice of `sliceSize` elements in `data`.
struct NdSlices {
    std::vector<int64_t> offsets;
    int64_t sliceSize = 0;
};

Result<NdSlices> ndSlices(const KernelContext& ctx, const Tensor& data, const Tensor& indexTensor,
                          const std::vector<int64_t>& indices, std::size_t batchDims) {
    const std::size_t q = indexTensor.rank();
    if (q < 1 || batchDims >= q || batchDims >= data.rank()) return ctx.fail("indices rank or batch_dims out of range");
    const std::size_t k = std::size_t(indexTensor.dim(q - 1));
    if (batchDims + k > data.rank())
        return ctx.fail("index tuples of length " + std::to_string(k) + " do not fit data " + dimsText(data.dims()));
    for (std::size_t i = 0; i < batchDims; ++i) {
        if (indexTensor.dim(i) != data.dim(i)) return ctx.fail("batch dimensions of indices and data differ");
    }
    const std::vector<int64_t> strides = stridesOf(data.dims());
    const int64_t batches = product(data.dims(), 0, batchDims);
    const int64_t batchStride = product(data.dims(), batchDims);
    const int64_t perBatch = product(indexTensor.dims(), batchDims, q - 1);
    NdSlices result;
    result.sliceSize = product(data.dims(), batchDims + k);
    for (int64_t b = 0; b < batches; ++b) {
        for (int64_t j = 0; j < perBatch; ++j) {
            const int64_t* tuple = indices.data() + (b * perBatch + j) * int64_t(k);
            int64_t offset = b * batchStride;
            for (std::size_t m = 0; m < k; ++m) {
                auto index = checkedIndex(ctx, tuple[m], batchDims + m, data.dim(batchDims + m));
                if (!index) return index.error();
                offset += *index * strides[batchDims + m];
            }
            result.offsets.push_back(offset);
        }
    }
    return result;
}

Status gatherNdKernel(KernelContext& ctx) {
    const Tensor* data = ctx.input(0);
    const Tensor* indexTensor = ctx.input(1);
    if (!data || !indexTensor) return ctx.fail("needs data and indices");
    auto indices = integerInput(ctx, 1, "indices");
    if (!indices) return indices.error();
    const std::size_t size = elementSize(data->type());
    if (size == 0) return unsupportedType(ctx, data->type());
    const int64_t batchDims = ctx.attributes().getInt("batch_dims", 0);
    if (batchDims < 0) return ctx.fail("batch_dims must not be negative");
    auto slices = ndSlices(ctx, *data, *indexTensor, *indices, std::size_t(batchDims));
    if (!slices) return slices.error();
    // Output: indices.shape[:-1] + data.shape[batch_dims + k:].
    std::vector<int64_t> dims(indexTensor->dims().begin(), indexTensor->dims().end() - 1);
    const std::size_t k = std::size_t(indexTensor->dims().back());
    dims.insert(dims.end(), data->dims().begin() + std::ptrdiff_t(std::size_t(batchDims) + k), data->dims().end());
    Tensor out = Tensor::allocate(data->type(), dims);
    const std::size_t block = std::size_t(slices->sliceSize) * size;
    for (std::size_t i = 0; i < slices->offsets.size(); ++i)
        std::memcpy(out.raw() + i * block, data->raw() + std::size_t(slices->offsets[i]) * size, block);
    ctx.setOutput(0, std::move(out));
    return {};
}

enum class Reduction { None, Add, Mul, Max, Min };

Result<Reduction> reductionAttribute(const KernelContext& ctx, ElementType type) {
    const std::string name = ctx.attributes().getString("reduction", "none");
    Reduction reduction;
    if (name == "none") reduction = Reduction::None;
    else if (name == "add") reduction = Reduction::Add;
    else if (name == "mul") reduction = Reduction::Mul;
    else if (name == "max") reduction = Reduction::Max;
    else if (name == "min") reduction = Reduction::Min;
    else return ctx.fail("unknown reduction '" + name + "'");
    // Half-precision values are only moved as bits here, never combined.
    if (reduction != Reduction::None && (type == ElementType::Float16 || type == ElementType::BFloat16))
        return ctx.fail("reduction '" + name + "' is not supported for " + std::string(elementTypeName(type)));
    return reduction;
}

template <typename T>
T combine(Reduction reduction, T current, T update) {
    switch (reduction) {
    case Reduction::Add: return T(current + update);
    case Reduction::Mul: return T(current * update);
    case Reduction::Max: return std::max(current, update);
    case Reduction::Min: return std::min(current, update);
    case Reduction::None: break;
    }
    return update;
}

// Output = copy of data, then each update written (or combined) at its offset in order.
Status scatterInto(KernelContext& ctx, const Tensor& data, const Tensor& updates, const std::vector<int64_t>& offsets,
                   int64_t sliceSize, Reduction reduction) {
    Tensor out = Tensor::allocate(data.type(), data.dims());
    std::memcpy(out.raw(), data.raw(), data.byteSize());
    const bool known = dispatchAny(data.type(), [&](auto zero) {
        using T = decltype(zero);
        T* dst = out.data<T>();
        const T* src = updates.data<T>();
        for (std::size_t i = 0; i < offsets.size(); ++i) {
            for (int64_t j = 0; j < sliceSize; ++j) {
                T& target = dst[offsets[i] + j];
                target = combine(reduction, target, src[int64_t(i) * sliceSize + j]);
            }
        }
    });
    if (!known) return unsupportedType(ctx, data.type());
    ctx.setOutput(0, std::move(out));
    return {};
}

Status scatterElementsKernel(KernelContext& ctx) {
    const Tensor* data = ctx.input(0);
    const Tensor* indexTensor = ctx.input(1);
    const Tensor* updates = ctx.input(2);
    if (!data || !indexTensor || !updates) return ctx.fail("needs data, indices and updates");
    auto indices = integerInput(ctx, 1, "indices");
    if (!indices) return indices.error();
    if (updates->dims() != indexTensor->dims() || updates->type() != data->type())
        return ctx.fail("updates " + dimsText(updates->dims()) + " must match indices " + dimsText(indexTensor->dims()) +
                        " and the data type");
    auto axisOpt = normalizeAxis(ctx.attributes().getInt("axis", 0), int64_t(data->rank()));
    if (!axisOpt) return ctx.fail("axis out of range for rank " + std::to_string(data->rank()));
    const std::size_t axis = std::size_t(*axisOpt);
    if (Status s = checkElementShapes(ctx, *data, *indexTensor, axis); !s) return s;
    auto reduction = reductionAttribute(ctx, data->type());
    if (!reduction) return reduction.error();
    auto offsets = elementOffsets(ctx, *data, *indexTensor, *indices, axis);
    if (!offsets) return offsets.error();
    return scatterInto(ctx, *data, *updates, *offsets, 1, *reduction);
}

Status scatterNdKernel(KernelContext& ctx) {
    const Tensor* data = ctx.input(0);
    const Tensor* indexTensor = ctx.input(1);
    const Tensor* updates = ctx.input(2);
    if (!data || !indexTensor || !updates) return ctx.fail("needs data, indices and updates");
    auto indices = integerInput(ctx, 1, "indices");
    if (!indices) return indices.error();
    auto reduction = reductionAttribute(ctx, data->type());
    if (!reduction) return reduction.error();
    auto slices = ndSlices(ctx, *data, *indexTensor, *indices, 0);
    if (!slices) return slices.error();
    // updates.shape must be indices.shape[:-1] + data.shape[k:].
    std::vector<int64_t> expected(indexTensor->dims().begin(), indexTensor->dims().end() - 1);
    expected.insert(expected.end(), data->dims().begin() + std::ptrdiff_t(indexTensor->dims().back()), data->dims().end());
    if (updates->dims() != expected || updates->type() != data->type())
        return ctx.fail("updates " + dimsText(updates->dims()) + " must have shape " + dimsText(expected) + " and the data type");
    return scatterInto(ctx, *data, *updates, slices->offsets, slices->sliceSize, *reduction);
}

} // namespace

FUSEBOX_HOST_KERNEL(Gather, gatherKernel);
FUSEBOX_HOST_KERNEL(GatherElements, gatherElementsKernel);
FUSEBOX_HOST_KERNEL(GatherND, gatherNdKernel);
FUSEBOX_HOST_KERNEL(ScatterElements, scatterElementsKernel);
FUSEBOX_HOST_KERNEL(Scatter, scatterElementsKernel);
FUSEBOX_HOST_KERNEL(ScatterND, scatterNdKernel);

} // namespace fusebox::host
