// Host kernels for ops that make constants or change only the shape of a tensor:
// Constant, ConstantOfShape, Shape, Size, Reshape, Flatten, Squeeze, Unsqueeze,
// Range, EyeLike, NonZero. Reshape-like ops share the input buffer (Tensor::reshaped).
#include "kernel_util.h"

#include "ir/constant_ops.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace fusebox::host {

namespace {

Status constantKernel(KernelContext& ctx) {
    auto value = constantNodeValue(ctx.attributes());
    if (!value) return ctx.fail(value.error().message());
    ctx.setOutput(0, Tensor::fromConstant(*value));
    return {};
}

Status constantOfShapeKernel(KernelContext& ctx) {
    auto dims = integerInput(ctx, 0, "shape");
    if (!dims) return dims.error();
    for (int64_t d : *dims) {
        if (d < 0) return ctx.fail("negative dimension in shape " + dimsText(*dims));
    }
    // Default: a float32 zero, which allocate() already provides.
    auto value = ctx.attributes().get<TensorData>("value");
    const ElementType type = value ? value->type() : ElementType::Float32;
    const std::size_t size = elementSize(type);
    if (size == 0) return unsupportedType(ctx, type);
    Tensor out = Tensor::allocate(type, *dims);
    if (value) {
        if (value->bytes().size() < size) return ctx.fail("attribute 'value' must hold one element");
        for (int64_t i = 0; i < out.elementCount(); ++i) std::memcpy(out.raw() + i * size, value->bytes().data(), size);
    }
    ctx.setOutput(0, std::move(out));
    return {};
}

Status shapeKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    const std::vector<int64_t> dims = shapeOpResult(ctx.attributes(), x->dims());
    ctx.setOutput(0, Tensor::fromValues(ElementType::Int64, {int64_t(dims.size())}, dims));
    return {};
}

Status sizeKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    ctx.setOutput(0, Tensor::fromValues(ElementType::Int64, {}, std::vector<int64_t>{x->elementCount()}));
    return {};
}

Status reshapeKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    std::vector<int64_t> shape;
    if (ctx.opset() < 5) {
        shape = ctx.attributes().getInts("shape");
    } else {
        auto values = integerInput(ctx, 1, "shape");
        if (!values) return values.error();
        shape = std::move(*values);
    }
    const bool allowZero = ctx.attributes().getInt("allowzero", 0) != 0;
    int64_t inferred = -1;
    int64_t known = 1;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] == 0 && !allowZero) {
            if (i >= x->rank()) return ctx.fail("shape " + dimsText(shape) + " copies dimension " + std::to_string(i) + " the input lacks");
            shape[i] = x->dim(i);
        }
        if (shape[i] == -1) {
            if (inferred >= 0) return ctx.fail("shape " + dimsText(shape) + " has more than one -1");
            inferred = int64_t(i);
            continue;
        }
        if (shape[i] < 0) return ctx.fail("invalid dimension in shape " + dimsText(shape));
        known *= shape[i];
    }
    const int64_t count = x->elementCount();
    if (inferred >= 0) {
        if (known == 0 || count % known != 0) return ctx.fail("cannot reshape " + dimsText(x->dims()) + " to " + dimsText(shape));
        shape[std::size_t(inferred)] = count / known;
    } else if (known != count) {
        return ctx.fail("cannot reshape " + dimsText(x->dims()) + " to " + dimsText(shape));
    }
    ctx.setOutput(0, x->reshaped(shape));
    return {};
}

Status flattenKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    const int64_t rank = int64_t(x->rank());
    int64_t axis = ctx.attributes().getInt("axis", 1);
    if (axis < 0) axis += rank;
    if (axis < 0 || axis > rank) return ctx.fail("axis out of range for rank " + std::to_string(rank));
    ctx.setOutput(0, x->reshaped({product(x->dims(), 0, std::size_t(axis)), product(x->dims(), std::size_t(axis))}));
    return {};
}

// Axes from the attribute (before opset 13) or the optional second input.
Result<std::vector<int64_t>> axesArgument(const KernelContext& ctx, bool* given) {
    *given = false;
    if (ctx.opset() < 13) {
        *given = ctx.attributes().has("axes");
        return ctx.attributes().getInts("axes");
    }
    if (!ctx.input(1)) return std::vector<int64_t>{};
    *given = true;
    return integerInput(ctx, 1, "axes");
}

Status squeezeKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    bool given = false;
    auto axes = axesArgument(ctx, &given);
    if (!axes) return axes.error();
    const int64_t rank = int64_t(x->rank());
    std::vector<bool> drop(x->rank(), false);
    if (!given) {
        for (std::size_t i = 0; i < x->rank(); ++i) drop[i] = x->dim(i) == 1;
    }
    for (int64_t axis : *axes) {
        auto normalized = normalizeAxis(axis, rank);
        if (!normalized) return ctx.fail("axis " + std::to_string(axis) + " out of range for rank " + std::to_string(rank));
        if (x->dim(std::size_t(*normalized)) != 1)
            return ctx.fail("cannot squeeze axis " + std::to_string(axis) + " of size " + std::to_string(x->dim(std::size_t(*normalized))));
        drop[std::size_t(*normalized)] = true;
    }
    std::vector<int64_t> dims;
    for (std::size_t i = 0; i < x->rank(); ++i) {
        if (!drop[i]) dims.push_back(x->dim(i));
    }
    ctx.setOutput(0, x->reshaped(dims));
    return {};
}

Status unsqueezeKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    bool given = false;
    auto axes = axesArgument(ctx, &given);
    if (!axes) return axes.error();
    if (!given) return ctx.fail("missing axes");
    // Axes count in the output's rank.
    const int64_t rank = int64_t(x->rank() + axes->size());
    std::vector<bool> inserted(std::size_t(rank), false);
    for (int64_t axis : *axes) {
        auto normalized = normalizeAxis(axis, rank);
        if (!normalized) return ctx.fail("axis " + std::to_string(axis) + " out of range for output rank " + std::to_string(rank));
        if (inserted[std::size_t(*normalized)]) return ctx.fail("axis " + std::to_string(axis) + " repeated");
        inserted[std::size_t(*normalized)] = true;
    }
    std::vector<int64_t> dims;
    std::size_t next = 0;
    for (std::size_t i = 0; i < inserted.size(); ++i) dims.push_back(inserted[i] ? 1 : x->dim(next++));
    ctx.setOutput(0, x->reshaped(dims));
    return {};
}

Status rangeKernel(KernelContext& ctx) {
    const Tensor* start = ctx.input(0);
    const Tensor* limit = ctx.input(1);
    const Tensor* delta = ctx.input(2);
    if (!start || !limit || !delta) return ctx.fail("needs start, limit and delta");
    if (start->elementCount() != 1 || limit->elementCount() != 1 || delta->elementCount() != 1)
        return ctx.fail("start, limit and delta must be scalars");
    Status status;
    const bool known = dispatchNumeric(start->type(), [&](auto zero) {
        using T = decltype(zero);
        const T first = start->data<T>()[0];
        const T step = delta->data<T>()[0];
        if (step == T(0)) {
            status = ctx.fail("delta must not be zero");
            return;
        }
        // The count as ONNX defines it: ceil((limit - start) / delta), at least 0.
        const double span = double(limit->data<T>()[0]) - double(first);
        const int64_t count = std::max<int64_t>(0, int64_t(std::ceil(span / double(step))));
        Tensor out = Tensor::allocate(start->type(), {count});
        for (int64_t i = 0; i < count; ++i) out.data<T>()[i] = T(first + T(i) * step);
        ctx.setOutput(0, std::move(out));
    });
    if (!known) return unsupportedType(ctx, start->type());
    return status;
}

Status eyeLikeKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    if (x->rank() != 2) return ctx.fail("input must be 2-D, got " + dimsText(x->dims()));
    ElementType type = x->type();
    if (auto dtype = ctx.attributes().get<int64_t>("dtype")) {
        auto mapped = elementTypeFromOnnx(int32_t(*dtype));
        if (!mapped) return ctx.fail("unknown dtype " + std::to_string(*dtype));
        type = *mapped;
    }
    const int64_t k = ctx.attributes().getInt("k", 0);
    Tensor out = Tensor::allocate(type, x->dims());
    const bool known = dispatchAny(type, [&](auto zero) {
        using T = decltype(zero);
        // Float16/BFloat16 are moved as bits, so their 1 is written as a bit pattern.
        const T one = type == ElementType::Float16 ? T(0x3c00) : type == ElementType::BFloat16 ? T(0x3f80) : T(1);
        for (int64_t row = 0; row < x->dim(0); ++row) {
            const int64_t col = row + k;
            if (col >= 0 && col < x->dim(1)) out.data<T>()[row * x->dim(1) + col] = one;
        }
    });
    if (!known) return unsupportedType(ctx, type);
    ctx.setOutput(0, std::move(out));
    return {};
}

Status nonZeroKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    std::vector<std::vector<int64_t>> hits;
    const bool known = dispatchAny(x->type(), [&](auto zero) {
        using T = decltype(zero);
        const T* data = x->data<T>();
        int64_t k = 0;
        for (NdIndex it(x->dims()); it.valid(); it.next()) {
            if (data[k++] != T(0)) hits.push_back(it.index());
        }
    });
    if (!known) return unsupportedType(ctx, x->type());
    // One row per axis, one column per non-zero element.
    const int64_t count = int64_t(hits.size());
    Tensor out = Tensor::allocate(ElementType::Int64, {int64_t(x->rank()), count});
    for (std::size_t axis = 0; axis < x->rank(); ++axis) {
        for (int64_t i = 0; i < count; ++i) out.data<int64_t>()[int64_t(axis) * count + i] = hits[std::size_t(i)][axis];
    }
    ctx.setOutput(0, std::move(out));
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(Constant, constantKernel);
FUSEBOX_HOST_KERNEL(ConstantOfShape, constantOfShapeKernel);
FUSEBOX_HOST_KERNEL(Shape, shapeKernel);
FUSEBOX_HOST_KERNEL(Size, sizeKernel);
FUSEBOX_HOST_KERNEL(Reshape, reshapeKernel);
FUSEBOX_HOST_KERNEL(Flatten, flattenKernel);
FUSEBOX_HOST_KERNEL(Squeeze, squeezeKernel);
FUSEBOX_HOST_KERNEL(Unsqueeze, unsqueezeKernel);
FUSEBOX_HOST_KERNEL(Range, rangeKernel);
FUSEBOX_HOST_KERNEL(EyeLike, eyeLikeKernel);
FUSEBOX_HOST_KERNEL(NonZero, nonZeroKernel);

} // namespace fusebox::host
