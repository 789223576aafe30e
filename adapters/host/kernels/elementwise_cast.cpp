// Cast and CastLike between all numeric types, bool, float16 and bfloat16.
// Strings are out of scope and reported as unsupported.
#include "kernel_util.h"

#include <cmath>
#include <limits>
#include <type_traits>

namespace fusebox::host {

namespace {

// Tags for the two 16-bit float formats (stored as their bit patterns).
struct Half {
    uint16_t bits;
};
struct BFloat16 {
    uint16_t bits;
};

template <typename F>
bool dispatchCastable(ElementType type, F&& f) {
    switch (type) {
    case ElementType::Float16: f(Half{}); return true;
    case ElementType::BFloat16: f(BFloat16{}); return true;
    case ElementType::Bool: f(bool{}); return true;
    default: return dispatchNumeric(type, f);
    }
}

// Float to integer truncates toward zero. NaN and out-of-range values are undefined in
// ONNX; they saturate here (and NaN gives 0) instead of being undefined behaviour in C++.
template <typename To>
To floatToInteger(double v) {
    if (std::isnan(v)) return To(0);
    if (v <= double(std::numeric_limits<To>::lowest())) return std::numeric_limits<To>::lowest();
    if (v >= double(std::numeric_limits<To>::max())) return std::numeric_limits<To>::max();
    return To(v);
}

template <typename To, typename From>
To convert(From v) {
    if constexpr (std::is_same_v<From, Half>) return convert<To>(halfToFloat(v.bits));
    else if constexpr (std::is_same_v<From, BFloat16>) return convert<To>(bfloat16ToFloat(v.bits));
    else if constexpr (std::is_same_v<To, Half>) return Half{floatToHalf(convert<float>(v))};
    else if constexpr (std::is_same_v<To, BFloat16>) return BFloat16{floatToBFloat16(convert<float>(v))};
    else if constexpr (std::is_same_v<To, bool>) return v != From(0);
    else if constexpr (std::is_integral_v<To> && std::is_floating_point_v<From>) return floatToInteger<To>(v);
    else return static_cast<To>(v);
}

Result<Tensor> castTo(const KernelContext& ctx, const Tensor& x, ElementType to) {
    if (x.type() == ElementType::String || to == ElementType::String)
        return ctx.fail("casting to or from string is not supported");
    Tensor out = Tensor::allocate(to, x.dims());
    bool supported = false;
    dispatchCastable(x.type(), [&](auto fromTag) {
        using From = decltype(fromTag);
        supported = dispatchCastable(to, [&](auto toTag) {
            using To = decltype(toTag);
            const From* src = reinterpret_cast<const From*>(x.raw());
            To* dst = reinterpret_cast<To*>(out.raw());
            for (int64_t i = 0; i < x.elementCount(); ++i) dst[i] = convert<To>(src[i]);
        });
    });
    if (!supported) return ctx.fail("cannot cast " + std::string(elementTypeName(x.type())) + " to " +
                                    std::string(elementTypeName(to)));
    return out;
}

Status finish(KernelContext& ctx, Result<Tensor> result) {
    if (!result) return result.error();
    ctx.setOutput(0, std::move(*result));
    return {};
}

Status castKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    const auto to = ctx.attributes().get<int64_t>("to");
    if (!to) return ctx.fail("missing attribute 'to'");
    const auto type = elementTypeFromOnnx(int32_t(*to));
    if (!type) return ctx.fail("unknown target type " + std::to_string(*to));
    return finish(ctx, castTo(ctx, *x, *type));
}

Status castLikeKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    const Tensor* like = ctx.input(1);
    if (!x || !like) return ctx.fail("needs two inputs");
    return finish(ctx, castTo(ctx, *x, like->type()));
}

} // namespace

FUSEBOX_HOST_KERNEL(Cast, castKernel);
FUSEBOX_HOST_KERNEL(CastLike, castLikeKernel);

} // namespace fusebox::host
