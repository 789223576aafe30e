#pragma once
// Helpers every kernel family needs: broadcasting, axes, strides, type dispatch.

#include "kernel.h"
#include "worker_pool.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <optional>
#include <thread>
#include <type_traits>
#include <vector>

namespace fusebox::host {

// Numpy-style broadcast of two shapes; nullopt when they are incompatible.
std::optional<std::vector<int64_t>> broadcastShapes(const std::vector<int64_t>& a, const std::vector<int64_t>& b);

// Row-major strides of `dims`; stride 0 for dims of size 1 when broadcasting `dims`
// (right-aligned) to `target`.
std::vector<int64_t> stridesOf(const std::vector<int64_t>& dims);
std::vector<int64_t> broadcastStrides(const std::vector<int64_t>& dims, const std::vector<int64_t>& target);

// A negative axis counts from the end; nullopt when outside [-rank, rank).
std::optional<int64_t> normalizeAxis(int64_t axis, int64_t rank);

// The values of an integer tensor (int64 or int32), e.g. axes/shape/pads inputs.
std::optional<std::vector<int64_t>> integerValues(const Tensor& tensor);

int64_t product(const std::vector<int64_t>& dims, std::size_t from = 0, std::size_t to = SIZE_MAX);

// Calls f(T{}) with T the C++ type of `type` for the listed families; returns false
// when the type is not among them (the kernel then reports it as unsupported).
template <typename F>
bool dispatchFloat(ElementType type, F&& f) {
    switch (type) {
    case ElementType::Float32: f(float{}); return true;
    case ElementType::Float64: f(double{}); return true;
    default: return false;
    }
}

template <typename F>
bool dispatchNumeric(ElementType type, F&& f) {
    switch (type) {
    case ElementType::Float32: f(float{}); return true;
    case ElementType::Float64: f(double{}); return true;
    case ElementType::Int8: f(int8_t{}); return true;
    case ElementType::UInt8: f(uint8_t{}); return true;
    case ElementType::Int16: f(int16_t{}); return true;
    case ElementType::UInt16: f(uint16_t{}); return true;
    case ElementType::Int32: f(int32_t{}); return true;
    case ElementType::UInt32: f(uint32_t{}); return true;
    case ElementType::Int64: f(int64_t{}); return true;
    case ElementType::UInt64: f(uint64_t{}); return true;
    default: return false;
    }
}

// Numeric types plus bool (stored as one byte): for ops that only move data.
template <typename F>
bool dispatchAny(ElementType type, F&& f) {
    if (type == ElementType::Bool) {
        f(bool{});
        return true;
    }
    if (type == ElementType::Float16 || type == ElementType::BFloat16) {
        f(uint16_t{}); // moved as bit patterns
        return true;
    }
    return dispatchNumeric(type, std::forward<F>(f));
}

// Splits [0, count) into `threads` contiguous blocks and runs f(begin, end) on each, the
// first block on the calling thread, the others on the shared worker threads. OpenBLAS
// itself runs single-threaded: its idle workers spin and take the CPU from the kernels in
// between GEMMs.
template <typename F>
void parallelFor(int64_t count, int threads, F&& f) {
    const int64_t blocks = std::max<int64_t>(1, std::min<int64_t>(threads, count));
    using Body = std::remove_reference_t<F>;
    runBlocks(count, blocks, [](void* body, int64_t begin, int64_t end) { (*static_cast<Body*>(body))(begin, end); },
              const_cast<void*>(static_cast<const void*>(&f)));
}

// "[1, 3, 224, 224]" for messages.
std::string dimsText(const std::vector<int64_t>& dims);

// An int32/int64 input such as a shape, axes or indices list, with an error naming it.
Result<std::vector<int64_t>> integerInput(const KernelContext& ctx, std::size_t index, const char* what);

// "element type int8 is not supported" as a kernel error.
Error unsupportedType(const KernelContext& ctx, ElementType type);

// Steps through every multi-index of `dims` in row-major order (once for a scalar,
// never for an empty tensor), so kernels need no hand-written nested loops:
//   for (NdIndex it(dims); it.valid(); it.next()) out[k++] = in[it.offset(strides)];
class NdIndex {
public:
    explicit NdIndex(std::vector<int64_t> dims)
        : dims_(std::move(dims)), index_(dims_.size(), 0), valid_(product(dims_) > 0) {}

    bool valid() const { return valid_; }
    const std::vector<int64_t>& index() const { return index_; }
    int64_t operator[](std::size_t axis) const { return index_[axis]; }
    void next() {
        for (std::size_t i = dims_.size(); i-- > 0;) {
            if (++index_[i] < dims_[i]) return;
            index_[i] = 0;
        }
        valid_ = false;
    }
    // Sum of index * stride: the element's position in a (possibly strided) buffer.
    int64_t offset(const std::vector<int64_t>& strides) const {
        int64_t result = 0;
        for (std::size_t i = 0; i < index_.size(); ++i) result += index_[i] * strides[i];
        return result;
    }

private:
    std::vector<int64_t> dims_;
    std::vector<int64_t> index_;
    bool valid_;
};

// Fills a dense `dims`-shaped `dst` from `src` read at `start + sum(index * srcStrides)`.
// Strides may be negative (reversed slices) or zero (broadcasting): one routine serves
// Transpose, Slice, Expand, DepthToSpace and friends.
template <typename T>
void copyStrided(const T* src, int64_t start, const std::vector<int64_t>& srcStrides, T* dst,
                 const std::vector<int64_t>& dims) {
    if (dims.empty()) {
        if (product(dims) > 0) dst[0] = src[start];
        return;
    }
    // The innermost axis runs as a plain loop; NdIndex walks the outer ones.
    const std::vector<int64_t> outer(dims.begin(), dims.end() - 1);
    const int64_t inner = dims.back();
    const int64_t innerStride = srcStrides.back();
    for (NdIndex it(outer); it.valid(); it.next()) {
        const T* from = src + start + it.offset(srcStrides);
        for (int64_t i = 0; i < inner; ++i) *dst++ = from[i * innerStride];
    }
}

// float16 / bfloat16 <-> float32 (round to nearest even): Cast, and ops that compute
// half-precision tensors in float32.
inline float halfToFloat(uint16_t h) {
    const uint32_t sign = uint32_t(h & 0x8000) << 16;
    const uint32_t exponent = (h >> 10) & 0x1f;
    const uint32_t mantissa = h & 0x3ff;
    if (exponent == 0) { // zero or subnormal: mantissa * 2^-24
        const float magnitude = std::ldexp(float(mantissa), -24);
        return sign ? -magnitude : magnitude;
    }
    if (exponent == 31) return std::bit_cast<float>(sign | 0x7f800000u | (mantissa << 13)); // inf / NaN
    return std::bit_cast<float>(sign | ((exponent + 112) << 23) | (mantissa << 13));
}

inline uint16_t floatToHalf(float value) {
    uint32_t bits = std::bit_cast<uint32_t>(value);
    const uint32_t sign = (bits >> 16) & 0x8000;
    bits &= 0x7fffffff;
    if (bits >= 0x47800000u) return uint16_t(sign | (bits > 0x7f800000u ? 0x7e00 : 0x7c00)); // >= 2^16: inf, NaN
    if (bits < 0x38800000u) { // below 2^-14: subnormal half; the float addition does the rounding
        const uint32_t magic = 126u << 23; // 0.5f aligns the 10 mantissa bits at the bottom
        const float sum = std::bit_cast<float>(bits) + std::bit_cast<float>(magic);
        return uint16_t(sign | (std::bit_cast<uint32_t>(sum) - magic));
    }
    const uint32_t odd = (bits >> 13) & 1;
    bits += (uint32_t(15 - 127) << 23) + 0xfff + odd; // rebias the exponent, round half to even
    return uint16_t(sign | (bits >> 13));
}

inline float bfloat16ToFloat(uint16_t b) { return std::bit_cast<float>(uint32_t(b) << 16); }

inline uint16_t floatToBFloat16(float value) {
    const uint32_t bits = std::bit_cast<uint32_t>(value);
    if (std::isnan(value)) return uint16_t((bits >> 16) | 0x40); // keep it a (quiet) NaN
    return uint16_t((bits + 0x7fff + ((bits >> 16) & 1)) >> 16);
}

// A float16/bfloat16 tensor as float32, and back (for kernels that compute in float32).
inline Tensor halfTensorToFloat32(const Tensor& t) {
    Tensor out = Tensor::allocate(ElementType::Float32, t.dims());
    const bool brain = t.type() == ElementType::BFloat16;
    for (int64_t i = 0; i < t.elementCount(); ++i) {
        const uint16_t bits = t.data<uint16_t>()[i];
        out.data<float>()[i] = brain ? bfloat16ToFloat(bits) : halfToFloat(bits);
    }
    return out;
}

inline Tensor float32ToHalfTensor(const Tensor& t, ElementType halfType) {
    Tensor out = Tensor::allocate(halfType, t.dims());
    const bool brain = halfType == ElementType::BFloat16;
    for (int64_t i = 0; i < t.elementCount(); ++i) {
        const float value = t.data<float>()[i];
        out.data<uint16_t>()[i] = brain ? floatToBFloat16(value) : floatToHalf(value);
    }
    return out;
}

// Runs a float32 kernel on float16/bfloat16 inputs: they are widened to float32, and
// float32 outputs narrowed back when the first non-bool input was half precision.
//   FUSEBOX_HOST_KERNEL(Add, computeHalfInFloat32<addKernel>)
template <Kernel K>
Status computeHalfInFloat32(KernelContext& ctx) {
    auto isHalf = [](ElementType t) { return t == ElementType::Float16 || t == ElementType::BFloat16; };
    bool anyHalf = false;
    ElementType halfType = ElementType::Undefined;
    bool decided = false;
    for (std::size_t i = 0; i < ctx.inputCount(); ++i) {
        const Tensor* in = ctx.input(i);
        if (!in) continue;
        anyHalf = anyHalf || isHalf(in->type());
        if (!decided && in->type() != ElementType::Bool) {
            decided = true;
            if (isHalf(in->type())) halfType = in->type();
        }
    }
    if (!anyHalf) return K(ctx);

    std::vector<Tensor> widened(ctx.inputCount());
    std::vector<const Tensor*> inputs(ctx.inputCount(), nullptr);
    for (std::size_t i = 0; i < ctx.inputCount(); ++i) {
        const Tensor* in = ctx.input(i);
        if (in && isHalf(in->type())) widened[i] = halfTensorToFloat32(*in);
        inputs[i] = in && isHalf(in->type()) ? &widened[i] : in;
    }
    KernelContext inner(ctx.graph(), ctx.node(), ctx.opset(), std::move(inputs), ctx.runSubgraph(), ctx.threads());
    if (Status status = K(inner); !status) return status;
    for (std::size_t i = 0; i < inner.outputCount(); ++i) {
        Tensor& out = inner.outputs()[i];
        if (halfType != ElementType::Undefined && out.type() == ElementType::Float32) out = float32ToHalfTensor(out, halfType);
        ctx.setOutput(i, std::move(out));
    }
    return {};
}

} // namespace fusebox::host
