// Host kernels that move or select elements without arithmetic (plus CumSum, Trilu and
// OneHot, which sit naturally beside them): Transpose, Concat, Split, Slice, Pad, Expand,
// Tile, DepthToSpace, SpaceToDepth, Trilu, CumSum, Compress, ReverseSequence, OneHot.
#include "kernel_util.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace fusebox::host {

namespace {

// A new `dims`-shaped tensor read from `x` at start + sum(index * strides).
Result<Tensor> stridedView(const KernelContext& ctx, const Tensor& x, int64_t start, const std::vector<int64_t>& strides,
                           const std::vector<int64_t>& dims) {
    Tensor out = Tensor::allocate(x.type(), dims);
    const bool known = dispatchAny(x.type(), [&](auto zero) {
        using T = decltype(zero);
        copyStrided(x.data<T>(), start, strides, out.data<T>(), dims);
    });
    if (!known) return unsupportedType(ctx, x.type());
    return out;
}

// x reshaped to `split` (same element count) and then transposed by `perm`.
Result<Tensor> reshapeTranspose(const KernelContext& ctx, const Tensor& x, const std::vector<int64_t>& split,
                                const std::vector<int64_t>& perm, const std::vector<int64_t>& outDims) {
    const std::vector<int64_t> strides = stridesOf(split);
    std::vector<int64_t> dims(perm.size()), permuted(perm.size());
    for (std::size_t i = 0; i < perm.size(); ++i) {
        dims[i] = split[std::size_t(perm[i])];
        permuted[i] = strides[std::size_t(perm[i])];
    }
    auto out = stridedView(ctx, x, 0, permuted, dims);
    if (!out) return out;
    return out->reshaped(outDims);
}

Status transposeKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    const std::size_t rank = x->rank();
    std::vector<int64_t> perm = ctx.attributes().getInts("perm");
    if (!ctx.attributes().has("perm")) {
        for (std::size_t i = 0; i < rank; ++i) perm.push_back(int64_t(rank - 1 - i));
    }
    if (perm.size() != rank) return ctx.fail("perm " + dimsText(perm) + " does not match rank " + std::to_string(rank));
    std::vector<bool> seen(rank, false);
    for (int64_t& p : perm) {
        auto axis = normalizeAxis(p, int64_t(rank));
        if (!axis || seen[std::size_t(*axis)]) return ctx.fail("perm " + dimsText(perm) + " is not a permutation");
        seen[std::size_t(*axis)] = true;
        p = *axis;
    }
    std::vector<int64_t> dims;
    for (int64_t p : perm) dims.push_back(x->dim(std::size_t(p)));
    auto out = reshapeTranspose(ctx, *x, x->dims(), perm, dims);
    if (!out) return out.error();
    ctx.setOutput(0, std::move(*out));
    return {};
}

Status concatKernel(KernelContext& ctx) {
    std::vector<const Tensor*> parts;
    for (std::size_t i = 0; i < ctx.inputCount(); ++i) {
        if (ctx.input(i)) parts.push_back(ctx.input(i));
    }
    if (parts.empty()) return ctx.fail("needs at least one input");
    const Tensor& first = *parts.front();
    const std::size_t size = elementSize(first.type());
    if (size == 0) return unsupportedType(ctx, first.type());
    auto axisOpt = normalizeAxis(ctx.attributes().getInt("axis", ctx.opset() < 4 ? 1 : 0), int64_t(first.rank()));
    if (!axisOpt) return ctx.fail("axis out of range for rank " + std::to_string(first.rank()));
    const std::size_t axis = std::size_t(*axisOpt);
    std::vector<int64_t> dims = first.dims();
    dims[axis] = 0;
    for (const Tensor* part : parts) {
        bool compatible = part->type() == first.type() && part->rank() == first.rank();
        for (std::size_t i = 0; compatible && i < first.rank(); ++i) compatible = i == axis || part->dim(i) == first.dim(i);
        if (!compatible) return ctx.fail("cannot concatenate " + dimsText(first.dims()) + " and " + dimsText(part->dims()));
        dims[axis] += part->dim(axis);
    }
    Tensor out = Tensor::allocate(first.type(), dims);
    // Each input contributes one contiguous block per outer index.
    const int64_t outer = product(dims, 0, axis);
    std::byte* dst = out.raw();
    for (int64_t o = 0; o < outer; ++o) {
        for (const Tensor* part : parts) {
            const std::size_t block = std::size_t(product(part->dims(), axis)) * size;
            if (block) std::memcpy(dst, part->raw() + std::size_t(o) * block, block);
            dst += block;
        }
    }
    ctx.setOutput(0, std::move(out));
    return {};
}

Status splitKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    const std::size_t size = elementSize(x->type());
    if (size == 0) return unsupportedType(ctx, x->type());
    auto axisOpt = normalizeAxis(ctx.attributes().getInt("axis", 0), int64_t(x->rank()));
    if (!axisOpt) return ctx.fail("axis out of range for rank " + std::to_string(x->rank()));
    const std::size_t axis = std::size_t(*axisOpt);
    const int64_t length = x->dim(axis);
    std::vector<int64_t> split;
    if (ctx.opset() < 13) {
        split = ctx.attributes().getInts("split");
    } else if (ctx.input(1)) {
        auto values = integerInput(ctx, 1, "split");
        if (!values) return values.error();
        split = std::move(*values);
    }
    const int64_t parts = int64_t(ctx.outputCount());
    if (split.empty()) {
        if (parts == 0 || length % parts != 0)
            return ctx.fail("cannot split axis of size " + std::to_string(length) + " into " + std::to_string(parts) + " equal parts");
        split.assign(std::size_t(parts), length / parts);
    }
    int64_t total = 0;
    for (int64_t s : split) total += s < 0 ? length + 1 : s; // a negative part poisons the sum
    if (int64_t(split.size()) != parts || total != length)
        return ctx.fail("split " + dimsText(split) + " does not cover axis of size " + std::to_string(length) + " with " +
                        std::to_string(parts) + " outputs");
    const int64_t outer = product(x->dims(), 0, axis);
    const std::size_t inner = std::size_t(product(x->dims(), axis + 1)) * size;
    int64_t offset = 0;
    for (std::size_t k = 0; k < split.size(); ++k) {
        std::vector<int64_t> dims = x->dims();
        dims[axis] = split[k];
        Tensor out = Tensor::allocate(x->type(), dims);
        const std::size_t block = std::size_t(split[k]) * inner;
        for (int64_t o = 0; o < outer && block; ++o)
            std::memcpy(out.raw() + std::size_t(o) * block, x->raw() + (std::size_t(o * length + offset)) * inner, block);
        offset += split[k];
        ctx.setOutput(k, std::move(out));
    }
    return {};
}

Status sliceKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    const int64_t rank = int64_t(x->rank());
    std::vector<int64_t> starts, ends, axes, steps;
    if (ctx.opset() < 10) {
        starts = ctx.attributes().getInts("starts");
        ends = ctx.attributes().getInts("ends");
        axes = ctx.attributes().getInts("axes");
    } else {
        auto s = integerInput(ctx, 1, "starts");
        if (!s) return s.error();
        auto e = integerInput(ctx, 2, "ends");
        if (!e) return e.error();
        starts = std::move(*s);
        ends = std::move(*e);
        if (ctx.input(3)) {
            auto a = integerInput(ctx, 3, "axes");
            if (!a) return a.error();
            axes = std::move(*a);
        }
        if (ctx.input(4)) {
            auto st = integerInput(ctx, 4, "steps");
            if (!st) return st.error();
            steps = std::move(*st);
        }
    }
    if (axes.empty()) {
        for (std::size_t i = 0; i < starts.size(); ++i) axes.push_back(int64_t(i));
    }
    if (steps.empty()) steps.assign(starts.size(), 1);
    if (ends.size() != starts.size() || axes.size() != starts.size() || steps.size() != starts.size())
        return ctx.fail("starts, ends, axes and steps must have the same length");

    std::vector<int64_t> dims = x->dims();
    const std::vector<int64_t> inStrides = stridesOf(x->dims());
    std::vector<int64_t> strides = inStrides;
    std::vector<bool> seen(std::size_t(rank), false);
    int64_t start = 0;
    for (std::size_t i = 0; i < axes.size(); ++i) {
        auto axisOpt = normalizeAxis(axes[i], rank);
        if (!axisOpt || seen[std::size_t(*axisOpt)]) return ctx.fail("invalid or repeated axis " + std::to_string(axes[i]));
        const std::size_t axis = std::size_t(*axisOpt);
        seen[axis] = true;
        const int64_t dim = x->dim(axis), step = steps[i];
        if (step == 0) return ctx.fail("step must not be zero");
        // Negative positions count from the end; then clamp so that a positive step
        // walks [0, dim] and a negative one walks [-1, dim - 1] (INT_MAX ends included).
        int64_t b = starts[i] < 0 ? starts[i] + dim : starts[i];
        int64_t e = ends[i] < 0 ? ends[i] + dim : ends[i];
        int64_t count = 0;
        if (dim == 0) {
            count = 0; // also keeps the clamps below well-defined
        } else if (step > 0) {
            b = std::clamp(b, int64_t(0), dim);
            e = std::clamp(e, int64_t(0), dim);
            count = e > b ? 1 + (e - b - 1) / step : 0;
        } else {
            b = std::clamp(b, int64_t(0), dim - 1);
            e = std::clamp(e, int64_t(-1), dim - 1);
            // -INT64_MIN overflows; any step that large takes one element anyway.
            count = b > e ? 1 + (b - e - 1) / (step == std::numeric_limits<int64_t>::min() ? dim : -step) : 0;
        }
        dims[axis] = count;
        strides[axis] = count > 1 ? inStrides[axis] * step : 0; // huge steps would overflow the product
        if (count > 0) start += b * inStrides[axis];
    }
    auto out = stridedView(ctx, *x, start, strides, dims);
    if (!out) return out.error();
    ctx.setOutput(0, std::move(*out));
    return {};
}

Status padKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    const std::size_t rank = x->rank();
    std::vector<int64_t> pads;
    if (ctx.opset() < 11) {
        pads = ctx.attributes().getInts(ctx.opset() < 2 ? "paddings" : "pads");
    } else {
        auto values = integerInput(ctx, 1, "pads");
        if (!values) return values.error();
        pads = std::move(*values);
    }
    if (pads.size() != 2 * rank) return ctx.fail("pads " + dimsText(pads) + " must have 2 * rank = " + std::to_string(2 * rank) + " values");
    const std::string mode = ctx.attributes().getString("mode", "constant");
    if (mode != "constant" && mode != "reflect" && mode != "edge") return ctx.fail("unsupported mode '" + mode + "'");
    const bool isConstant = mode == "constant", isEdge = mode == "edge";
    std::vector<int64_t> dims(rank);
    for (std::size_t i = 0; i < rank; ++i) {
        dims[i] = x->dim(i) + pads[i] + pads[i + rank];
        if (dims[i] < 0) return ctx.fail("pads " + dimsText(pads) + " crop more than the input holds");
        if (mode != "constant" && x->dim(i) == 0 && dims[i] > 0) return ctx.fail("cannot " + mode + "-pad an empty axis");
    }
    const Tensor* constant = ctx.input(2);
    const std::vector<int64_t> strides = stridesOf(x->dims());
    Tensor out = Tensor::allocate(x->type(), dims);
    const bool known = dispatchAny(x->type(), [&](auto zero) {
        using T = decltype(zero);
        T fill = T(0);
        if (ctx.opset() >= 11 && constant && constant->elementCount() > 0) fill = constant->data<T>()[0];
        else if (ctx.opset() < 11) fill = T(ctx.attributes().getFloat("value", 0.0f));
        const T* in = x->data<T>();
        T* dst = out.data<T>();
        for (NdIndex it(dims); it.valid(); it.next()) {
            int64_t offset = 0;
            bool inside = true;
            for (std::size_t i = 0; i < rank; ++i) {
                const int64_t n = x->dim(i);
                int64_t p = it[i] - pads[i];
                if (p < 0 || p >= n) {
                    if (isConstant) {
                        inside = false;
                        break;
                    }
                    if (isEdge || n == 1) {
                        p = std::clamp(p, int64_t(0), n - 1);
                    } else { // reflect: mirror without repeating the edge, period 2 * (n - 1)
                        const int64_t period = 2 * (n - 1);
                        p = ((p % period) + period) % period;
                        if (p >= n) p = period - p;
                    }
                }
                offset += p * strides[i];
            }
            *dst++ = inside ? in[offset] : fill;
        }
    });
    if (!known) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(out));
    return {};
}

Status expandKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    auto shape = integerInput(ctx, 1, "shape");
    if (!shape) return shape.error();
    // Bidirectional: the shape may itself have 1s where the input is larger.
    auto dims = broadcastShapes(x->dims(), *shape);
    if (!dims) return ctx.fail("cannot expand " + dimsText(x->dims()) + " to " + dimsText(*shape));
    auto out = stridedView(ctx, *x, 0, broadcastStrides(x->dims(), *dims), *dims);
    if (!out) return out.error();
    ctx.setOutput(0, std::move(*out));
    return {};
}

Status tileKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    auto repeats = integerInput(ctx, 1, "repeats");
    if (!repeats) return repeats.error();
    const std::size_t rank = x->rank();
    if (repeats->size() != rank) return ctx.fail("repeats " + dimsText(*repeats) + " must have one value per axis");
    std::vector<int64_t> dims(rank);
    for (std::size_t i = 0; i < rank; ++i) {
        if ((*repeats)[i] < 0) return ctx.fail("negative repeat " + dimsText(*repeats));
        dims[i] = x->dim(i) * (*repeats)[i];
    }
    const std::vector<int64_t> strides = stridesOf(x->dims());
    Tensor out = Tensor::allocate(x->type(), dims);
    const bool known = dispatchAny(x->type(), [&](auto zero) {
        using T = decltype(zero);
        T* dst = out.data<T>();
        for (NdIndex it(dims); it.valid(); it.next()) {
            int64_t offset = 0;
            for (std::size_t i = 0; i < rank; ++i) offset += (it[i] % x->dim(i)) * strides[i];
            *dst++ = x->data<T>()[offset];
        }
    });
    if (!known) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(out));
    return {};
}

Status depthToSpaceKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    const int64_t b = ctx.attributes().getInt("blocksize", 0);
    if (x->rank() != 4 || b <= 0 || x->dim(1) % (b * b) != 0)
        return ctx.fail("needs a 4-D input whose channels divide by blocksize^2, got " + dimsText(x->dims()));
    const int64_t n = x->dim(0), c = x->dim(1) / (b * b), h = x->dim(2), w = x->dim(3);
    const bool crd = ctx.attributes().getString("mode", "DCR") == "CRD";
    auto out = crd ? reshapeTranspose(ctx, *x, {n, c, b, b, h, w}, {0, 1, 4, 2, 5, 3}, {n, c, h * b, w * b})
                   : reshapeTranspose(ctx, *x, {n, b, b, c, h, w}, {0, 3, 4, 1, 5, 2}, {n, c, h * b, w * b});
    if (!out) return out.error();
    ctx.setOutput(0, std::move(*out));
    return {};
}

Status spaceToDepthKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    const int64_t b = ctx.attributes().getInt("blocksize", 0);
    if (x->rank() != 4 || b <= 0 || x->dim(2) % b != 0 || x->dim(3) % b != 0)
        return ctx.fail("needs a 4-D input whose height and width divide by blocksize, got " + dimsText(x->dims()));
    const int64_t n = x->dim(0), c = x->dim(1), h = x->dim(2) / b, w = x->dim(3) / b;
    auto out = reshapeTranspose(ctx, *x, {n, c, h, b, w, b}, {0, 3, 5, 1, 2, 4}, {n, c * b * b, h, w});
    if (!out) return out.error();
    ctx.setOutput(0, std::move(*out));
    return {};
}

Status triluKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    if (x->rank() < 2) return ctx.fail("input must have rank >= 2");
    int64_t k = 0;
    if (ctx.input(1)) {
        auto values = integerInput(ctx, 1, "k");
        if (!values) return values.error();
        if (values->size() != 1) return ctx.fail("k must be a scalar");
        k = values->front();
    }
    const bool upper = ctx.attributes().getInt("upper", 1) != 0;
    const int64_t rows = x->dim(x->rank() - 2), cols = x->dim(x->rank() - 1);
    Tensor out = Tensor::allocate(x->type(), x->dims());
    const std::size_t size = elementSize(x->type());
    if (size == 0) return unsupportedType(ctx, x->type());
    // Kept elements are copied; the rest stay zero from allocate().
    const int64_t matrices = product(x->dims(), 0, x->rank() - 2);
    for (int64_t m = 0; m < matrices; ++m) {
        for (int64_t i = 0; i < rows; ++i) {
            for (int64_t j = 0; j < cols; ++j) {
                if (upper ? j - i >= k : j - i <= k) {
                    const std::size_t at = std::size_t((m * rows + i) * cols + j) * size;
                    std::memcpy(out.raw() + at, x->raw() + at, size);
                }
            }
        }
    }
    ctx.setOutput(0, std::move(out));
    return {};
}

Status cumSumKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    auto axisValues = integerInput(ctx, 1, "axis");
    if (!axisValues) return axisValues.error();
    if (axisValues->size() != 1) return ctx.fail("axis must be a scalar");
    auto axisOpt = normalizeAxis(axisValues->front(), int64_t(x->rank()));
    if (!axisOpt) return ctx.fail("axis out of range for rank " + std::to_string(x->rank()));
    const std::size_t axis = std::size_t(*axisOpt);
    const bool exclusive = ctx.attributes().getInt("exclusive", 0) != 0;
    const bool reverse = ctx.attributes().getInt("reverse", 0) != 0;
    const int64_t outer = product(x->dims(), 0, axis), length = x->dim(axis), inner = product(x->dims(), axis + 1);
    Tensor out = Tensor::allocate(x->type(), x->dims());
    const bool known = dispatchNumeric(x->type(), [&](auto zero) {
        using T = decltype(zero);
        for (int64_t o = 0; o < outer; ++o) {
            for (int64_t i = 0; i < inner; ++i) {
                T sum = T(0);
                for (int64_t step = 0; step < length; ++step) {
                    const int64_t t = reverse ? length - 1 - step : step;
                    const int64_t at = (o * length + t) * inner + i;
                    if (exclusive) {
                        out.data<T>()[at] = sum;
                        sum = T(sum + x->data<T>()[at]);
                    } else {
                        sum = T(sum + x->data<T>()[at]);
                        out.data<T>()[at] = sum;
                    }
                }
            }
        }
    });
    if (!known) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(out));
    return {};
}

Status compressKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    const Tensor* condition = ctx.input(1);
    if (!x || !condition) return ctx.fail("needs input and condition");
    if (condition->rank() != 1 || condition->type() != ElementType::Bool) return ctx.fail("condition must be a 1-D bool tensor");
    const std::size_t size = elementSize(x->type());
    if (size == 0) return unsupportedType(ctx, x->type());
    // Without an axis the input is treated as flattened.
    Tensor input = *x;
    std::size_t axis = 0;
    if (auto a = ctx.attributes().get<int64_t>("axis")) {
        auto normalized = normalizeAxis(*a, int64_t(x->rank()));
        if (!normalized) return ctx.fail("axis out of range for rank " + std::to_string(x->rank()));
        axis = std::size_t(*normalized);
    } else {
        input = x->reshaped({x->elementCount()});
    }
    const int64_t length = input.dim(axis);
    if (condition->dim(0) > length) return ctx.fail("condition is longer than the axis (" + std::to_string(length) + ")");
    std::vector<int64_t> kept;
    for (int64_t i = 0; i < condition->dim(0); ++i) {
        if (condition->data<bool>()[i]) kept.push_back(i);
    }
    std::vector<int64_t> dims = input.dims();
    dims[axis] = int64_t(kept.size());
    Tensor out = Tensor::allocate(x->type(), dims);
    const int64_t outer = product(dims, 0, axis);
    const std::size_t inner = std::size_t(product(dims, axis + 1)) * size;
    std::byte* dst = out.raw();
    for (int64_t o = 0; o < outer; ++o) {
        for (int64_t i : kept) {
            std::memcpy(dst, input.raw() + std::size_t(o * length + i) * inner, inner);
            dst += inner;
        }
    }
    ctx.setOutput(0, std::move(out));
    return {};
}

Status reverseSequenceKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    auto lengths = integerInput(ctx, 1, "sequence_lens");
    if (!lengths) return lengths.error();
    const int64_t batchAxis = ctx.attributes().getInt("batch_axis", 1), timeAxis = ctx.attributes().getInt("time_axis", 0);
    if (x->rank() < 2 || batchAxis < 0 || timeAxis < 0 || batchAxis > 1 || timeAxis > 1 || batchAxis == timeAxis)
        return ctx.fail("batch_axis and time_axis must be 0 and 1 in some order on an input of rank >= 2");
    const std::size_t b = std::size_t(batchAxis), t = std::size_t(timeAxis);
    if (int64_t(lengths->size()) != x->dim(b)) return ctx.fail("sequence_lens needs one value per batch entry");
    for (int64_t len : *lengths) {
        if (len < 0 || len > x->dim(t)) return ctx.fail("sequence length " + std::to_string(len) + " out of range");
    }
    const std::vector<int64_t> strides = stridesOf(x->dims());
    Tensor out = Tensor::allocate(x->type(), x->dims());
    const bool known = dispatchAny(x->type(), [&](auto zero) {
        using T = decltype(zero);
        T* dst = out.data<T>();
        for (NdIndex it(x->dims()); it.valid(); it.next()) {
            const int64_t len = (*lengths)[std::size_t(it[b])];
            const int64_t time = it[t] < len ? len - 1 - it[t] : it[t];
            *dst++ = x->data<T>()[it.offset(strides) + (time - it[t]) * strides[t]];
        }
    });
    if (!known) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(out));
    return {};
}

// The first element of a numeric tensor as a double (OneHot's depth may be any type).
std::optional<double> firstNumber(const Tensor& t) {
    std::optional<double> value;
    if (t.elementCount() < 1) return value;
    dispatchNumeric(t.type(), [&](auto zero) { value = double(t.data<decltype(zero)>()[0]); });
    return value;
}

Status oneHotKernel(KernelContext& ctx) {
    const Tensor* indices = ctx.input(0);
    const Tensor* depthTensor = ctx.input(1);
    const Tensor* values = ctx.input(2);
    if (!indices || !depthTensor || !values) return ctx.fail("needs indices, depth and values");
    auto depthValue = firstNumber(*depthTensor);
    if (!depthValue || depthTensor->elementCount() != 1) return ctx.fail("depth must be a numeric scalar");
    const int64_t depth = int64_t(*depthValue);
    if (depth < 1) return ctx.fail("depth must be positive");
    if (values->elementCount() != 2) return ctx.fail("values must hold [off, on]");
    const int64_t outRank = int64_t(indices->rank()) + 1;
    auto axisOpt = normalizeAxis(ctx.attributes().getInt("axis", -1), outRank);
    if (!axisOpt) return ctx.fail("axis out of range for output rank " + std::to_string(outRank));
    const std::size_t axis = std::size_t(*axisOpt);
    std::vector<int64_t> dims = indices->dims();
    dims.insert(dims.begin() + std::ptrdiff_t(axis), depth);
    std::vector<double> where;
    const bool numeric = dispatchNumeric(indices->type(), [&](auto zero) {
        using T = decltype(zero);
        where.assign(indices->data<T>(), indices->data<T>() + indices->elementCount());
    });
    if (!numeric) return unsupportedType(ctx, indices->type());
    Tensor out = Tensor::allocate(values->type(), dims);
    const int64_t outer = product(indices->dims(), 0, axis), inner = product(indices->dims(), axis);
    const bool known = dispatchAny(values->type(), [&](auto zero) {
        using T = decltype(zero);
        const T off = values->data<T>()[0], on = values->data<T>()[1];
        T* dst = out.data<T>();
        std::fill(dst, dst + out.elementCount(), off);
        for (int64_t o = 0; o < outer; ++o) {
            for (int64_t i = 0; i < inner; ++i) {
                int64_t hot = int64_t(where[std::size_t(o * inner + i)]);
                if (hot < 0) hot += depth;
                if (hot >= 0 && hot < depth) dst[(o * depth + hot) * inner + i] = on; // others stay "off"
            }
        }
    });
    if (!known) return unsupportedType(ctx, values->type());
    ctx.setOutput(0, std::move(out));
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(Transpose, transposeKernel);
FUSEBOX_HOST_KERNEL(Concat, concatKernel);
FUSEBOX_HOST_KERNEL(Split, splitKernel);
FUSEBOX_HOST_KERNEL(Slice, sliceKernel);
FUSEBOX_HOST_KERNEL(Pad, padKernel);
FUSEBOX_HOST_KERNEL(Expand, expandKernel);
FUSEBOX_HOST_KERNEL(Tile, tileKernel);
FUSEBOX_HOST_KERNEL(DepthToSpace, depthToSpaceKernel);
FUSEBOX_HOST_KERNEL(SpaceToDepth, spaceToDepthKernel);
FUSEBOX_HOST_KERNEL(Trilu, triluKernel);
FUSEBOX_HOST_KERNEL(CumSum, cumSumKernel);
FUSEBOX_HOST_KERNEL(Compress, compressKernel);
FUSEBOX_HOST_KERNEL(ReverseSequence, reverseSequenceKernel);
FUSEBOX_HOST_KERNEL(OneHot, oneHotKernel);

} // namespace fusebox::host
