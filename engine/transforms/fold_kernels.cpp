#include "transforms/fold_kernels.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <numeric>
#include <type_traits>
#include <unordered_map>
#include <utility>

namespace fusebox {

namespace {

using Dims = std::vector<int64_t>;
using Folded = std::optional<TensorData>;
using Kernel = Folded (*)(const Node&, const FoldInputs&);

// ONNX stores bool as one byte per element; std::vector<bool> cannot hold that.
template <typename T>
using Stored = std::conditional_t<std::is_same_v<T, bool>, uint8_t, T>;

// Shapes and sizes ----------------------------------------------------------------------

// Element count, or nullopt for a negative dim or for dims whose non-zero product exceeds
// 2^48 (even next to a zero dim), so stride and offset arithmetic can never overflow.
std::optional<int64_t> elementCountOf(const Dims& dims) {
    constexpr int64_t kMaxVolume = int64_t(1) << 48;
    int64_t volume = 1;
    bool empty = false;
    for (int64_t d : dims) {
        if (d < 0 || (d > 0 && volume > kMaxVolume / d)) return std::nullopt;
        if (d == 0) empty = true;
        else volume *= d;
    }
    return empty ? 0 : volume;
}

int64_t product(Dims::const_iterator begin, Dims::const_iterator end) {
    return std::accumulate(begin, end, int64_t(1), std::multiplies<>());
}

// Whether a result of this type and dims stays within kMaxFoldedBytes.
bool fits(ElementType type, const Dims& dims) {
    const std::size_t size = elementSize(type);
    const auto count = elementCountOf(dims);
    return size > 0 && count && static_cast<std::size_t>(*count) <= kMaxFoldedBytes / size;
}

// Zero-filled storage for a result, or nullopt when it would be too large.
std::optional<std::vector<std::byte>> allocate(ElementType type, const Dims& dims) {
    if (!fits(type, dims)) return std::nullopt;
    return std::vector<std::byte>(static_cast<std::size_t>(*elementCountOf(dims)) * elementSize(type));
}

// Fixed-size elements and exactly as many bytes as the dims need; kernels rely on it.
bool isWellFormed(const TensorData& data) {
    const std::size_t size = elementSize(data.type());
    const auto count = elementCountOf(data.dims());
    return size > 0 && count && data.bytes().size() % size == 0 &&
           data.bytes().size() / size == static_cast<std::size_t>(*count);
}

// Row-major strides, in elements.
Dims stridesOf(const Dims& dims) {
    Dims strides(dims.size(), 1);
    for (std::size_t d = dims.size(); d-- > 1;) strides[d - 1] = strides[d] * dims[d];
    return strides;
}

// Maps a possibly negative axis into [0, rank); nullopt when out of range.
std::optional<std::size_t> normalizeAxis(int64_t axis, std::size_t rank) {
    const auto r = static_cast<int64_t>(rank);
    if (axis < -r || axis >= r) return std::nullopt;
    return static_cast<std::size_t>(axis < 0 ? axis + r : axis);
}

// Numpy broadcasting of two shapes; nullopt when they are incompatible.
std::optional<Dims> broadcastDims(const Dims& a, const Dims& b) {
    const std::size_t rank = std::max(a.size(), b.size());
    auto dimAt = [rank](const Dims& dims, std::size_t i) {
        const std::size_t shift = rank - dims.size();
        return i < shift ? int64_t(1) : dims[i - shift];
    };
    Dims out(rank);
    for (std::size_t i = 0; i < rank; ++i) {
        const int64_t x = dimAt(a, i), y = dimAt(b, i);
        if (x != y && x != 1 && y != 1) return std::nullopt;
        out[i] = x == 1 ? y : x;
    }
    return out;
}

// Strides that read a tensor of `dims` broadcast to `outDims`: 0 along broadcast axes.
Dims broadcastStrides(const Dims& dims, const Dims& outDims) {
    const Dims own = stridesOf(dims);
    Dims strides(outDims.size(), 0);
    const std::size_t shift = outDims.size() - dims.size();
    for (std::size_t i = 0; i < dims.size(); ++i) {
        if (dims[i] != 1) strides[i + shift] = own[i];
    }
    return strides;
}

// Visits every element of a row-major index space `dims`, passing one element offset per
// operand: base + sum(index[d] * strides[d]). Strides may be 0 (broadcast) or negative
// (reversed slice). This one walker serves Slice, Transpose, Expand and the binary ops.
template <std::size_t N, typename Visit>
void walk(const Dims& dims, std::array<int64_t, N> offsets, const std::array<Dims, N>& strides, Visit&& visit) {
    const int64_t total = product(dims.begin(), dims.end());
    Dims index(dims.size(), 0);
    for (int64_t n = 0; n < total; ++n) {
        visit(offsets);
        for (std::size_t d = dims.size(); d-- > 0;) {
            for (std::size_t k = 0; k < N; ++k) offsets[k] += strides[k][d];
            if (++index[d] < dims[d]) break;
            for (std::size_t k = 0; k < N; ++k) offsets[k] -= strides[k][d] * dims[d];
            index[d] = 0;
        }
    }
}

// memcpy with empty ranges allowed: their pointers may be null, which memcpy forbids.
void copyBytes(std::byte* to, const std::byte* from, std::size_t count) {
    if (count > 0) std::memcpy(to, from, count);
}

// Copies the elements of `src` addressed by (base, strides) into a new tensor of `outDims`.
Folded copyStrided(const TensorData& src, const Dims& outDims, int64_t base, const Dims& strides) {
    auto bytes = allocate(src.type(), outDims);
    if (!bytes) return std::nullopt;
    const std::size_t size = elementSize(src.type());
    std::byte* out = bytes->data();
    walk<1>(outDims, {base}, {strides}, [&](const std::array<int64_t, 1>& offset) {
        std::memcpy(out, src.bytes().data() + offset[0] * static_cast<int64_t>(size), size);
        out += size;
    });
    return TensorData::fromBytes(src.type(), outDims, std::move(*bytes));
}

// The same elements under new dims (Reshape, Squeeze, Unsqueeze). A copy rather than a
// view: chained views would nest their owners without bound.
Folded withDims(const TensorData& data, Dims dims) {
    if (!fits(data.type(), dims) || elementCountOf(dims) != data.elementCount()) return std::nullopt;
    std::vector<std::byte> bytes(data.bytes().begin(), data.bytes().end());
    return TensorData::fromBytes(data.type(), std::move(dims), std::move(bytes));
}

// Inputs and attributes ------------------------------------------------------------------

bool present(const FoldInputs& in, std::size_t i) { return i < in.size() && in[i] != nullptr; }

bool isUnary(const FoldInputs& in) { return in.size() == 1 && in[0]; }

bool isBinary(const FoldInputs& in) {
    return in.size() == 2 && in[0] && in[1] && in[0]->type() == in[1]->type();
}

// An int32 or int64 tensor (indices, axes, shapes) as int64 values.
std::optional<Dims> readInts(const TensorData* data) {
    if (!data) return std::nullopt;
    if (data->type() == ElementType::Int64) return data->values<int64_t>();
    if (data->type() == ElementType::Int32) {
        const auto narrow = data->values<int32_t>();
        return Dims(narrow.begin(), narrow.end());
    }
    return std::nullopt;
}

// Squeeze/Unsqueeze take `axes` as an attribute before opset 13 and as input 1 since.
bool hasAxes(const Node& node, const FoldInputs& in) { return node.attributes.has("axes") || present(in, 1); }

std::optional<Dims> axesOf(const Node& node, const FoldInputs& in) {
    if (auto axes = node.attributes.get<Dims>("axes")) return axes;
    return present(in, 1) ? readInts(in[1]) : std::nullopt;
}

// Calls f(T{}) with the C++ type of a type the arithmetic kernels compute in.
template <typename F>
Folded withNumericType(ElementType type, F&& f) {
    switch (type) {
    case ElementType::Float32: return f(float{});
    case ElementType::Float64: return f(double{});
    case ElementType::Int32: return f(int32_t{});
    case ElementType::Int64: return f(int64_t{});
    default: return std::nullopt;
    }
}

// The numeric types plus bool: what Cast converts between.
template <typename F>
Folded withCastType(ElementType type, F&& f) {
    if (type == ElementType::Bool) return f(bool{});
    return withNumericType(type, std::forward<F>(f));
}

// Element-wise arithmetic --------------------------------------------------------------

// Signed integer overflow is undefined behaviour; wrap like the hardware does instead.
template <typename T, typename Op>
T wrapping(T a, T b, Op op) {
    if constexpr (std::is_integral_v<T>) {
        using U = std::make_unsigned_t<T>;
        return static_cast<T>(op(static_cast<U>(a), static_cast<U>(b)));
    } else {
        return op(a, b);
    }
}

// Applies `op` to the broadcast elements of `a` and `b` (both stored as T).
template <typename T, typename R, typename Op>
Folded broadcastBinary(const TensorData& a, const TensorData& b, ElementType resultType, Op op) {
    const auto dims = broadcastDims(a.dims(), b.dims());
    if (!dims || !fits(resultType, *dims)) return std::nullopt;
    const std::vector<T> x = a.values<T>();
    const std::vector<T> y = b.values<T>();
    std::vector<R> out;
    out.reserve(static_cast<std::size_t>(*elementCountOf(*dims)));
    walk<2>(*dims, {0, 0}, {broadcastStrides(a.dims(), *dims), broadcastStrides(b.dims(), *dims)},
            [&](const std::array<int64_t, 2>& offset) { out.push_back(op(x[offset[0]], y[offset[1]])); });
    return TensorData::fromValues(resultType, *dims, out);
}

// Add/Sub/Mul/Div: same-typed numeric inputs, numpy broadcasting, result of that type.
template <typename Op>
Folded arithmetic(const FoldInputs& in, Op op) {
    if (!isBinary(in)) return std::nullopt;
    return withNumericType(in[0]->type(), [&](auto zero) {
        using T = decltype(zero);
        return broadcastBinary<T, T>(*in[0], *in[1], in[0]->type(), [&](T a, T b) { return T(op(a, b)); });
    });
}

Folded add(const Node&, const FoldInputs& in) {
    return arithmetic(in, [](auto a, auto b) { return wrapping(a, b, std::plus<>()); });
}

Folded sub(const Node&, const FoldInputs& in) {
    return arithmetic(in, [](auto a, auto b) { return wrapping(a, b, std::minus<>()); });
}

Folded mul(const Node&, const FoldInputs& in) {
    return arithmetic(in, [](auto a, auto b) { return wrapping(a, b, std::multiplies<>()); });
}

Folded div(const Node&, const FoldInputs& in) {
    bool undefined = false; // integer division by zero (or min / -1) has no result
    Folded result = arithmetic(in, [&undefined](auto a, auto b) {
        using T = decltype(a);
        if constexpr (std::is_integral_v<T>) {
            if (b == 0 || (b == -1 && a == std::numeric_limits<T>::min())) {
                undefined = true;
                return T(0);
            }
        }
        return T(a / b); // integers truncate toward zero, as ONNX runtimes do
    });
    if (undefined) return std::nullopt;
    return result;
}

Folded equal(const Node&, const FoldInputs& in) {
    if (!isBinary(in)) return std::nullopt;
    return withCastType(in[0]->type(), [&](auto zero) {
        using T = Stored<decltype(zero)>;
        return broadcastBinary<T, uint8_t>(*in[0], *in[1], ElementType::Bool,
                                           [](T a, T b) { return uint8_t(a == b); });
    });
}

// Floor/Ceil: defined for floating-point types only.
template <typename Op>
Folded roundFloat(const FoldInputs& in, Op op) {
    if (!isUnary(in) || !fits(in[0]->type(), in[0]->dims())) return std::nullopt;
    return withNumericType(in[0]->type(), [&](auto zero) -> Folded {
        using T = decltype(zero);
        if constexpr (!std::is_floating_point_v<T>) {
            return std::nullopt;
        } else {
            std::vector<T> values = in[0]->values<T>();
            for (T& v : values) v = op(v);
            return TensorData::fromValues(in[0]->type(), in[0]->dims(), values);
        }
    });
}

Folded floor(const Node&, const FoldInputs& in) {
    return roundFloat(in, [](auto v) { return std::floor(v); });
}

Folded ceil(const Node&, const FoldInputs& in) {
    return roundFloat(in, [](auto v) { return std::ceil(v); });
}

// Constants ---------------------------------------------------------------------------------

Folded constant(const Node& node, const FoldInputs&) {
    const Attributes& a = node.attributes;
    if (auto tensor = a.get<TensorData>("value")) return tensor;
    if (auto f = a.get<float>("value_float")) return TensorData::fromValues(ElementType::Float32, {}, std::vector<float>{*f});
    if (auto fs = a.get<std::vector<float>>("value_floats")) {
        return TensorData::fromValues(ElementType::Float32, {int64_t(fs->size())}, *fs);
    }
    if (auto i = a.get<int64_t>("value_int")) return TensorData::fromValues(ElementType::Int64, {}, Dims{*i});
    if (auto is = a.get<Dims>("value_ints")) return TensorData::fromValues(ElementType::Int64, {int64_t(is->size())}, *is);
    return std::nullopt; // strings and sparse tensors are not folded
}

Folded constantOfShape(const Node& node, const FoldInputs& in) {
    if (!isUnary(in) || in[0]->type() != ElementType::Int64 || in[0]->dims().size() != 1) return std::nullopt;
    const TensorData fill = node.attributes.get<TensorData>("value").value_or(
        TensorData::fromValues(ElementType::Float32, {1}, std::vector<float>{0.0f}));
    const Dims dims = in[0]->values<int64_t>();
    if (!isWellFormed(fill) || fill.elementCount() != 1) return std::nullopt;
    auto bytes = allocate(fill.type(), dims);
    if (!bytes) return std::nullopt;
    const std::size_t size = fill.bytes().size();
    for (std::size_t offset = 0; offset < bytes->size(); offset += size) {
        std::memcpy(bytes->data() + offset, fill.bytes().data(), size);
    }
    return TensorData::fromBytes(fill.type(), dims, std::move(*bytes));
}

Folded identity(const Node&, const FoldInputs& in) {
    if (!isUnary(in)) return std::nullopt;
    return *in[0]; // shares the data, nothing is copied
}

// Casting -------------------------------------------------------------------------------------

// One element; nullopt where C++ leaves the conversion undefined (NaN or an out-of-range
// float to an integer). Floats truncate toward zero, as ONNX specifies.
template <typename To, typename From>
std::optional<Stored<To>> convert(From v) {
    if constexpr (std::is_same_v<To, bool>) {
        return Stored<To>(v != From(0));
    } else if constexpr (std::is_integral_v<To> && std::is_floating_point_v<From>) {
        const auto low = static_cast<From>(std::numeric_limits<To>::min()); // -2^(n-1), exact
        if (!(v >= low && v < -low)) return std::nullopt;
        return static_cast<To>(v);
    } else {
        return static_cast<To>(v);
    }
}

template <typename To, typename From>
Folded convertAll(const TensorData& src, ElementType toType) {
    if (!fits(toType, src.dims())) return std::nullopt;
    std::vector<Stored<To>> out;
    out.reserve(static_cast<std::size_t>(src.elementCount()));
    for (Stored<From> v : src.values<Stored<From>>()) {
        const auto converted = convert<To>(v);
        if (!converted) return std::nullopt;
        out.push_back(*converted);
    }
    return TensorData::fromValues(toType, src.dims(), out);
}

Folded cast(const Node& node, const FoldInputs& in) {
    const auto to = elementTypeFromOnnx(static_cast<int32_t>(node.attributes.getInt("to", 0)));
    if (!isUnary(in) || !to) return std::nullopt;
    if (*to == in[0]->type()) return *in[0];
    return withCastType(in[0]->type(), [&](auto from) {
        return withCastType(*to, [&](auto target) {
            return convertAll<decltype(target), decltype(from)>(*in[0], *to);
        });
    });
}

// Shape manipulation --------------------------------------------------------------------------

Folded shape(const Node& node, const FoldInputs& in) {
    if (!isUnary(in)) return std::nullopt;
    return evaluateShape(node, in[0]->dims());
}

Folded gather(const Node& node, const FoldInputs& in) {
    if (in.size() != 2 || !in[0] || !in[1]) return std::nullopt;
    const TensorData& data = *in[0];
    const auto axis = normalizeAxis(node.attributes.getInt("axis", 0), data.dims().size());
    auto indices = readInts(in[1]);
    if (!axis || !indices) return std::nullopt;
    const int64_t axisDim = data.dims()[*axis];
    for (int64_t& i : *indices) {
        if (i < -axisDim || i >= axisDim) return std::nullopt;
        if (i < 0) i += axisDim;
    }
    // data.dims[:axis] + indices.dims + data.dims[axis+1:]
    const auto axisIt = data.dims().begin() + static_cast<std::ptrdiff_t>(*axis);
    Dims outDims(data.dims().begin(), axisIt);
    outDims.insert(outDims.end(), in[1]->dims().begin(), in[1]->dims().end());
    outDims.insert(outDims.end(), axisIt + 1, data.dims().end());
    auto bytes = allocate(data.type(), outDims);
    if (!bytes) return std::nullopt;

    const int64_t outer = product(data.dims().begin(), axisIt);
    const auto inner = static_cast<std::size_t>(product(axisIt + 1, data.dims().end())) * elementSize(data.type());
    std::byte* out = bytes->data();
    for (int64_t o = 0; o < outer; ++o) {
        for (int64_t i : *indices) {
            copyBytes(out, data.bytes().data() + static_cast<std::size_t>(o * axisDim + i) * inner, inner);
            out += inner;
        }
    }
    return TensorData::fromBytes(data.type(), std::move(outDims), std::move(*bytes));
}

Folded unsqueeze(const Node& node, const FoldInputs& in) {
    if (in.empty() || !in[0]) return std::nullopt;
    const auto axes = axesOf(node, in);
    if (!axes) return std::nullopt;
    const std::size_t rank = in[0]->dims().size() + axes->size();
    std::vector<bool> inserted(rank, false);
    for (int64_t a : *axes) {
        const auto axis = normalizeAxis(a, rank); // negative axes count from the output's end
        if (!axis || inserted[*axis]) return std::nullopt;
        inserted[*axis] = true;
    }
    Dims dims;
    auto next = in[0]->dims().begin();
    for (std::size_t d = 0; d < rank; ++d) dims.push_back(inserted[d] ? 1 : *next++);
    return withDims(*in[0], std::move(dims));
}

Folded squeeze(const Node& node, const FoldInputs& in) {
    if (in.empty() || !in[0]) return std::nullopt;
    const Dims& dims = in[0]->dims();
    std::vector<bool> removed(dims.size(), false);
    if (hasAxes(node, in)) {
        const auto axes = axesOf(node, in);
        if (!axes) return std::nullopt;
        for (int64_t a : *axes) {
            const auto axis = normalizeAxis(a, dims.size());
            if (!axis || dims[*axis] != 1) return std::nullopt;
            removed[*axis] = true;
        }
    } else {
        for (std::size_t d = 0; d < dims.size(); ++d) removed[d] = dims[d] == 1;
    }
    Dims out;
    for (std::size_t d = 0; d < dims.size(); ++d) {
        if (!removed[d]) out.push_back(dims[d]);
    }
    return withDims(*in[0], std::move(out));
}

Folded concat(const Node& node, const FoldInputs& in) {
    const auto axisAttr = node.attributes.get<int64_t>("axis");
    if (in.empty() || !axisAttr || std::find(in.begin(), in.end(), nullptr) != in.end()) return std::nullopt;
    const TensorData& first = *in[0];
    const auto axis = normalizeAxis(*axisAttr, first.dims().size());
    if (!axis) return std::nullopt;
    Dims outDims = first.dims();
    outDims[*axis] = 0;
    for (const TensorData* part : in) {
        if (part->type() != first.type() || part->dims().size() != outDims.size()) return std::nullopt;
        for (std::size_t d = 0; d < outDims.size(); ++d) {
            if (d != *axis && part->dims()[d] != outDims[d]) return std::nullopt;
        }
        if (part->dims()[*axis] > std::numeric_limits<int64_t>::max() - outDims[*axis]) return std::nullopt;
        outDims[*axis] += part->dims()[*axis];
    }
    auto bytes = allocate(first.type(), outDims);
    if (!bytes) return std::nullopt;

    // Each outer index takes one contiguous chunk from every part in turn.
    const auto axisIt = outDims.begin() + static_cast<std::ptrdiff_t>(*axis);
    const int64_t outer = product(outDims.begin(), axisIt);
    const int64_t inner = product(axisIt + 1, outDims.end()) * static_cast<int64_t>(elementSize(first.type()));
    std::byte* out = bytes->data();
    for (int64_t o = 0; o < outer; ++o) {
        for (const TensorData* part : in) {
            const auto chunk = static_cast<std::size_t>(part->dims()[*axis] * inner);
            copyBytes(out, part->bytes().data() + static_cast<std::size_t>(o) * chunk, chunk);
            out += chunk;
        }
    }
    return TensorData::fromBytes(first.type(), std::move(outDims), std::move(*bytes));
}

struct SliceParams {
    Dims starts, ends, axes, steps;
};

// Slice takes starts/ends/axes/steps as inputs since opset 10, as attributes before.
std::optional<SliceParams> sliceParams(const Node& node, const FoldInputs& in) {
    SliceParams p;
    if (node.attributes.has("starts")) {
        p.starts = node.attributes.getInts("starts");
        p.ends = node.attributes.getInts("ends");
        p.axes = node.attributes.getInts("axes");
    } else {
        auto starts = present(in, 1) ? readInts(in[1]) : std::nullopt;
        auto ends = present(in, 2) ? readInts(in[2]) : std::nullopt;
        auto axes = present(in, 3) ? readInts(in[3]) : Dims();
        auto steps = present(in, 4) ? readInts(in[4]) : Dims();
        if (!starts || !ends || !axes || !steps) return std::nullopt;
        p = {std::move(*starts), std::move(*ends), std::move(*axes), std::move(*steps)};
    }
    if (p.axes.empty()) {
        p.axes.resize(p.starts.size());
        std::iota(p.axes.begin(), p.axes.end(), 0);
    }
    if (p.steps.empty()) p.steps.assign(p.starts.size(), 1);
    const std::size_t n = p.starts.size();
    if (p.ends.size() != n || p.axes.size() != n || p.steps.size() != n) return std::nullopt;
    return p;
}

// First index and element count of start:end:step over a dim of size `dim`, with
// negative indices counted from the end and out-of-range ones clamped, as ONNX does.
std::pair<int64_t, int64_t> sliceRange(int64_t start, int64_t end, int64_t step, int64_t dim) {
    if (dim == 0) return {0, 0};
    if (start < 0) start += dim;
    if (end < 0) end += dim;
    if (step > 0) {
        start = std::clamp<int64_t>(start, 0, dim);
        end = std::clamp<int64_t>(end, 0, dim);
        return {start, end > start ? 1 + (end - start - 1) / step : 0};
    }
    start = std::clamp<int64_t>(start, 0, dim - 1);
    end = std::clamp<int64_t>(end, -1, dim - 1);
    return {start, start > end ? 1 + (start - end - 1) / -step : 0};
}

Folded slice(const Node& node, const FoldInputs& in) {
    if (in.empty() || !in[0]) return std::nullopt;
    const auto params = sliceParams(node, in);
    if (!params) return std::nullopt;
    const Dims& dims = in[0]->dims();
    const Dims inStrides = stridesOf(dims);
    Dims outDims = dims;
    Dims strides = inStrides;
    int64_t base = 0;
    std::vector<bool> seen(dims.size(), false);
    for (std::size_t i = 0; i < params->axes.size(); ++i) {
        const auto axis = normalizeAxis(params->axes[i], dims.size());
        const int64_t step = params->steps[i];
        if (!axis || seen[*axis] || step == 0 || step == std::numeric_limits<int64_t>::min()) return std::nullopt;
        seen[*axis] = true;
        const auto [start, count] = sliceRange(params->starts[i], params->ends[i], step, dims[*axis]);
        outDims[*axis] = count;
        if (count > 0) base += start * inStrides[*axis];
        strides[*axis] = count > 1 ? step * inStrides[*axis] : 0; // a huge step never overflows
    }
    return copyStrided(*in[0], outDims, base, strides);
}

// Resolves Reshape's 0 (copy the input dim, unless allowzero) and -1 (inferred) entries.
std::optional<Dims> reshapeDims(const Dims& input, Dims target, bool allowZero) {
    std::optional<std::size_t> inferred;
    for (std::size_t i = 0; i < target.size(); ++i) {
        if (target[i] == -1) {
            if (inferred) return std::nullopt;
            inferred = i;
        } else if (target[i] == 0 && !allowZero) {
            if (i >= input.size()) return std::nullopt;
            target[i] = input[i];
        } else if (target[i] < 0) {
            return std::nullopt;
        }
    }
    const auto total = elementCountOf(input);
    if (!total) return std::nullopt;
    if (inferred) {
        target[*inferred] = 1;
        const auto known = elementCountOf(target);
        if (!known || *known == 0 || *total % *known != 0) return std::nullopt;
        target[*inferred] = *total / *known;
    }
    if (elementCountOf(target) != total) return std::nullopt;
    return target;
}

Folded reshape(const Node& node, const FoldInputs& in) {
    if (in.empty() || !in[0]) return std::nullopt;
    // Before opset 5 the target is the `shape` attribute.
    const auto target = present(in, 1) ? readInts(in[1]) : node.attributes.get<Dims>("shape");
    if (!target) return std::nullopt;
    auto dims = reshapeDims(in[0]->dims(), *target, node.attributes.getInt("allowzero", 0) != 0);
    if (!dims) return std::nullopt;
    return withDims(*in[0], std::move(*dims));
}

Folded transpose(const Node& node, const FoldInputs& in) {
    if (!isUnary(in)) return std::nullopt;
    const Dims& dims = in[0]->dims();
    Dims perm = node.attributes.getInts("perm");
    if (perm.empty()) { // default: reverse the axes
        perm.resize(dims.size());
        std::iota(perm.rbegin(), perm.rend(), 0);
    }
    if (perm.size() != dims.size()) return std::nullopt;
    const Dims inStrides = stridesOf(dims);
    Dims outDims, strides;
    std::vector<bool> used(dims.size(), false);
    for (int64_t p : perm) {
        const auto axis = normalizeAxis(p, dims.size());
        if (!axis || used[*axis]) return std::nullopt;
        used[*axis] = true;
        outDims.push_back(dims[*axis]);
        strides.push_back(inStrides[*axis]);
    }
    return copyStrided(*in[0], outDims, 0, strides);
}

Folded expand(const Node&, const FoldInputs& in) {
    if (in.size() != 2 || !in[0] || !in[1]) return std::nullopt;
    const auto shape = readInts(in[1]);
    if (!shape) return std::nullopt;
    const auto dims = broadcastDims(in[0]->dims(), *shape);
    if (!dims) return std::nullopt;
    return copyStrided(*in[0], *dims, 0, broadcastStrides(in[0]->dims(), *dims));
}

Folded range(const Node&, const FoldInputs& in) {
    if (in.size() != 3 || !in[0] || !in[1] || !in[2]) return std::nullopt;
    const ElementType type = in[0]->type();
    for (const TensorData* scalar : in) {
        if (scalar->type() != type || scalar->elementCount() != 1) return std::nullopt;
    }
    return withNumericType(type, [&](auto zero) -> Folded {
        using T = decltype(zero);
        const T start = in[0]->values<T>()[0], limit = in[1]->values<T>()[0], delta = in[2]->values<T>()[0];
        if (delta == T(0)) return std::nullopt;
        const double n = std::ceil((double(limit) - double(start)) / double(delta));
        if (std::isnan(n) || n > double(kMaxFoldedBytes)) return std::nullopt;
        const auto count = static_cast<int64_t>(std::max(n, 0.0));
        if (!fits(type, {count})) return std::nullopt;
        std::vector<T> values(static_cast<std::size_t>(count));
        for (int64_t i = 0; i < count; ++i) {
            values[static_cast<std::size_t>(i)] = wrapping(start, wrapping(T(i), delta, std::multiplies<>()), std::plus<>());
        }
        return TensorData::fromValues(type, {count}, values);
    });
}

// Op type -> kernel. Adding an op is one function and one line here.
const std::unordered_map<std::string_view, Kernel>& kernels() {
    static const std::unordered_map<std::string_view, Kernel> table = {
        {"Add", add},
        {"Cast", cast},
        {"Ceil", ceil},
        {"Concat", concat},
        {"Constant", constant},
        {"ConstantOfShape", constantOfShape},
        {"Div", div},
        {"Equal", equal},
        {"Expand", expand},
        {"Floor", floor},
        {"Gather", gather},
        {"Identity", identity},
        {"Mul", mul},
        {"Range", range},
        {"Reshape", reshape},
        {"Shape", shape},
        {"Slice", slice},
        {"Squeeze", squeeze},
        {"Sub", sub},
        {"Transpose", transpose},
        {"Unsqueeze", unsqueeze},
    };
    return table;
}

} // namespace

std::optional<TensorData> evaluateShape(const Node& shapeNode, const std::vector<int64_t>& dims) {
    const auto rank = static_cast<int64_t>(dims.size());
    auto clampToRank = [rank](int64_t i) { return std::clamp<int64_t>(i < 0 ? i + rank : i, 0, rank); };
    const int64_t start = clampToRank(shapeNode.attributes.getInt("start", 0));
    const int64_t end = std::max(start, clampToRank(shapeNode.attributes.getInt("end", rank)));
    const Dims out(dims.begin() + start, dims.begin() + end);
    return TensorData::fromValues(ElementType::Int64, {end - start}, out);
}

bool hasFoldKernel(std::string_view opType) { return kernels().contains(opType); }

std::optional<std::vector<TensorData>> evaluateConstantNode(const Node& node, const FoldInputs& inputs) {
    if (!node.domain.empty() || node.outputs.size() != 1) return std::nullopt;
    const auto kernel = kernels().find(node.opType);
    if (kernel == kernels().end()) return std::nullopt;
    for (const TensorData* input : inputs) {
        if (input && !isWellFormed(*input)) return std::nullopt;
    }
    Folded result = kernel->second(node, inputs);
    if (!result || !isWellFormed(*result)) return std::nullopt;
    return std::vector<TensorData>{std::move(*result)};
}

} // namespace fusebox
