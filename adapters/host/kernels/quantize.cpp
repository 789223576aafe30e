// Linear quantization: QuantizeLinear, DequantizeLinear, DynamicQuantizeLinear.
//
// Scales are per tensor (one element) or per axis (1-D, one per slice of `axis`).
// Rounding is half to even (std::nearbyint in the default rounding mode), as numpy's
// rint which the ONNX reference uses; the arithmetic is done in the scale's float type
// so results match the reference bit for bit.
#include "kernel_util.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

namespace fusebox::host {

namespace {

// Maps a flat element index to the index into the scale / zero-point vectors.
struct Channels {
    int64_t inner = 1; // elements after the axis
    int64_t size = 1;  // 1 for per-tensor
    int64_t of(int64_t i) const { return size == 1 ? 0 : (i / inner) % size; }
};

Result<Channels> channelsFor(const KernelContext& ctx, const Tensor& x, const Tensor& scale, const Tensor* zeroPoint) {
    if (zeroPoint && zeroPoint->elementCount() != scale.elementCount())
        return ctx.fail("zero point has " + std::to_string(zeroPoint->elementCount()) + " elements but scale has " +
                        std::to_string(scale.elementCount()));
    if (ctx.attributes().getInt("block_size", 0) != 0) return ctx.fail("blocked quantization is not supported");
    Channels channels;
    if (scale.elementCount() == 1) return channels;
    if (scale.rank() != 1) return ctx.fail("scale must be a scalar or a 1-D tensor");
    const int64_t axisAttr = ctx.attributes().getInt("axis", 1);
    auto axis = normalizeAxis(axisAttr, static_cast<int64_t>(x.rank()));
    if (!axis) return ctx.fail("axis " + std::to_string(axisAttr) + " is out of range for rank " + std::to_string(x.rank()));
    const auto a = static_cast<std::size_t>(*axis);
    if (scale.dim(0) != x.dim(a))
        return ctx.fail("scale has " + std::to_string(scale.dim(0)) + " elements but axis " + std::to_string(*axis) +
                        " has size " + std::to_string(x.dim(a)));
    channels.inner = product(x.dims(), a + 1);
    channels.size = scale.dim(0);
    return channels;
}

template <typename F>
bool dispatchQuantized(ElementType type, F&& f) {
    switch (type) {
    case ElementType::UInt8: f(uint8_t{}); return true;
    case ElementType::Int8: f(int8_t{}); return true;
    case ElementType::UInt16: f(uint16_t{}); return true;
    case ElementType::Int16: f(int16_t{}); return true;
    default: return false;
    }
}

// QuantizeLinear ---------------------------------------------------------------------

template <typename X, typename S, typename Q>
void runQuantize(const Tensor& x, const Tensor& scale, const Tensor* zeroPoint, const Channels& channels, Tensor& y) {
    const X* in = x.data<X>();
    const S* scales = scale.data<S>();
    Q* out = y.data<Q>();
    constexpr S lo = static_cast<S>(std::numeric_limits<Q>::min());
    constexpr S hi = static_cast<S>(std::numeric_limits<Q>::max());
    const int64_t count = x.elementCount();
    for (int64_t i = 0; i < count; ++i) {
        const int64_t c = channels.of(i);
        const S zp = zeroPoint ? static_cast<S>(zeroPoint->data<Q>()[c]) : S{0};
        const S q = std::nearbyint(static_cast<S>(in[i]) / scales[c]) + zp;
        out[i] = std::isnan(q) ? Q{0} : static_cast<Q>(std::clamp(q, lo, hi)); // saturate
    }
}

Status quantizeLinear(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    const Tensor* scale = ctx.input(1);
    const Tensor* zeroPoint = ctx.input(2);
    if (!x || !scale) return ctx.fail("missing input 'x' or 'y_scale'");
    auto channels = channelsFor(ctx, *x, *scale, zeroPoint);
    if (!channels) return channels.error();

    // The zero point's type is the output type; without one, output_dtype (opset 21) or uint8.
    ElementType outType = ElementType::UInt8;
    if (zeroPoint) {
        outType = zeroPoint->type();
    } else if (int64_t dtype = ctx.attributes().getInt("output_dtype", 0); dtype != 0) {
        auto type = elementTypeFromOnnx(static_cast<int32_t>(dtype));
        if (!type) return ctx.fail("output_dtype " + std::to_string(dtype) + " is not a known type");
        outType = *type;
    }
    Tensor y = Tensor::allocate(outType, x->dims());
    bool typesOk = false;
    const bool scaleOk = dispatchFloat(scale->type(), [&](auto scaleTag) {
        using S = decltype(scaleTag);
        dispatchQuantized(outType, [&](auto quantTag) {
            using Q = decltype(quantTag);
            auto run = [&](auto xTag) { runQuantize<decltype(xTag), S, Q>(*x, *scale, zeroPoint, *channels, y); };
            if (x->type() == ElementType::Int32) {
                run(int32_t{});
                typesOk = true;
            } else {
                typesOk = dispatchFloat(x->type(), run);
            }
        });
    });
    if (!scaleOk) return unsupportedType(ctx, scale->type());
    if (!typesOk) return ctx.fail("cannot quantize " + std::string(elementTypeName(x->type())) + " to " +
                                  std::string(elementTypeName(outType)));
    ctx.setOutput(0, std::move(y));
    return {};
}

// DequantizeLinear -------------------------------------------------------------------

template <typename Q, typename S>
void runDequantize(const Tensor& x, const Tensor& scale, const Tensor* zeroPoint, const Channels& channels, Tensor& y) {
    const Q* in = x.data<Q>();
    const S* scales = scale.data<S>();
    S* out = y.data<S>();
    const int64_t count = x.elementCount();
    for (int64_t i = 0; i < count; ++i) {
        const int64_t c = channels.of(i);
        const S zp = zeroPoint ? static_cast<S>(zeroPoint->data<Q>()[c]) : S{0};
        out[i] = (static_cast<S>(in[i]) - zp) * scales[c];
    }
}

Status dequantizeLinear(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    const Tensor* scale = ctx.input(1);
    const Tensor* zeroPoint = ctx.input(2);
    if (!x || !scale) return ctx.fail("missing input 'x' or 'x_scale'");
    if (zeroPoint && zeroPoint->type() != x->type())
        return ctx.fail("zero point type " + std::string(elementTypeName(zeroPoint->type())) + " differs from input type " +
                        std::string(elementTypeName(x->type())));
    auto channels = channelsFor(ctx, *x, *scale, zeroPoint);
    if (!channels) return channels.error();

    Tensor y = Tensor::allocate(scale->type(), x->dims());
    bool typesOk = false;
    const bool scaleOk = dispatchFloat(scale->type(), [&](auto scaleTag) {
        using S = decltype(scaleTag);
        auto run = [&](auto quantTag) { runDequantize<decltype(quantTag), S>(*x, *scale, zeroPoint, *channels, y); };
        if (x->type() == ElementType::Int32) {
            run(int32_t{});
            typesOk = true;
        } else {
            typesOk = dispatchQuantized(x->type(), run);
        }
    });
    if (!scaleOk) return unsupportedType(ctx, scale->type());
    if (!typesOk) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(y));
    return {};
}

// DynamicQuantizeLinear --------------------------------------------------------------

// uint8 with a range that always includes 0, so 0 is exactly representable.
Status dynamicQuantizeLinear(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input 'x'");
    if (x->type() != ElementType::Float32) return unsupportedType(ctx, x->type());
    const float* in = x->data<float>();
    const int64_t count = x->elementCount();
    float lo = 0, hi = 0;
    for (int64_t i = 0; i < count; ++i) {
        if (std::isnan(in[i])) return ctx.fail("input contains NaN");
        lo = std::min(lo, in[i]);
        hi = std::max(hi, in[i]);
    }
    const float scale = (hi - lo) / 255.0f;
    const float zeroPoint = scale == 0 ? 0.0f : std::nearbyint(std::clamp(0.0f - lo / scale, 0.0f, 255.0f));

    Tensor y = Tensor::allocate(ElementType::UInt8, x->dims());
    for (int64_t i = 0; i < count; ++i) {
        const float q = scale == 0 ? 0.0f : std::nearbyint(in[i] / scale) + zeroPoint;
        y.data<uint8_t>()[i] = static_cast<uint8_t>(std::clamp(q, 0.0f, 255.0f));
    }
    ctx.setOutput(0, std::move(y));
    ctx.setOutput(1, Tensor::fromValues<float>(ElementType::Float32, {}, {scale}));
    ctx.setOutput(2, Tensor::fromValues<uint8_t>(ElementType::UInt8, {}, {static_cast<uint8_t>(zeroPoint)}));
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(QuantizeLinear, quantizeLinear);
FUSEBOX_HOST_KERNEL(DequantizeLinear, dequantizeLinear);
FUSEBOX_HOST_KERNEL(DynamicQuantizeLinear, dynamicQuantizeLinear);

} // namespace fusebox::host
