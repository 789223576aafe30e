// Host kernels for Resize (opsets 10, 11, 13) and the deprecated Upsample.
//
// Interpolation is separable: for every axis and output coordinate we precompute the
// source indices ("taps") and weights, following the ONNX reference implementation
// (edge-clamped neighbours, coordinate transforms on scale * input length). An output
// element is the weighted sum over the Cartesian product of its per-axis taps, which
// covers nearest (1 tap), N-D linear (2 taps) and cubic (4 taps) alike.
#include "kernel_util.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace fusebox::host {

namespace {

struct Tap {
    int64_t index;
    double weight;
};

// Per axis and output coordinate: the taps, or none when the coordinate falls outside
// the crop box of tf_crop_and_resize (the output is then the extrapolation value).
using AxisTaps = std::vector<std::vector<Tap>>;

struct ResizeSpec {
    std::string mode = "nearest";           // nearest, linear, cubic
    std::string coordinates = "half_pixel"; // coordinate_transformation_mode
    std::string nearestMode = "round_prefer_floor"; // or round_prefer_ceil, floor, ceil, simple
    double cubicA = -0.75;
    bool excludeOutside = false;
    double extrapolation = 0.0;
    std::vector<double> scales;    // per axis
    std::vector<int64_t> outDims;  // per axis
    std::vector<double> roi;       // starts then ends, per axis (tf_crop_and_resize)
};

// Maps an output coordinate to the input, as the ONNX reference does; `outLength` is
// scale * input length (not rounded), which matters for align_corners on downscaling.
std::optional<double> sourceCoordinate(const ResizeSpec& spec, std::size_t axis, int64_t x, int64_t inLength) {
    const double scale = spec.scales[axis];
    const double outLength = scale * double(inLength);
    const double in = double(inLength);
    const std::string& mode = spec.coordinates;
    if (mode == "align_corners") return outLength == 1 ? 0.0 : double(x) * (in - 1) / (outLength - 1);
    if (mode == "asymmetric") return double(x) / scale;
    if (mode == "tf_half_pixel_for_nn") return (double(x) + 0.5) / scale;
    if (mode == "pytorch_half_pixel") return outLength == 1 ? -0.5 : (double(x) + 0.5) / scale - 0.5;
    if (mode == "tf_crop_and_resize") {
        const std::size_t rank = spec.outDims.size();
        const double start = spec.roi[axis], end = spec.roi[axis + rank];
        const double source = outLength == 1 ? (end - start) * (in - 1) / 2 + start * (in - 1)
                                             : double(x) * (end - start) * (in - 1) / (outLength - 1) + start * (in - 1);
        if (source < 0 || source > in - 1) return std::nullopt; // outside the crop: extrapolate
        return source;
    }
    return (double(x) + 0.5) / scale - 0.5; // half_pixel
}

std::vector<double> cubicCoefficients(double t, double a) {
    const double s = 1 - t;
    return {((a * (t + 1) - 5 * a) * (t + 1) + 8 * a) * (t + 1) - 4 * a, ((a + 2) * t - (a + 3)) * t * t + 1,
            ((a + 2) * s - (a + 3)) * s * s + 1, ((a * (s + 1) - 5 * a) * (s + 1) + 8 * a) * (s + 1) - 4 * a};
}

int64_t nearestIndex(const std::string& mode, double x, double scale) {
    const double base = std::floor(x), ratio = x - base;
    if (ratio == 0) return int64_t(base);
    if (mode == "floor") return int64_t(base);
    if (mode == "ceil") return int64_t(base) + 1;
    if (mode == "round_prefer_ceil") return int64_t(base) + (ratio >= 0.5 ? 1 : 0);
    if (mode == "simple") return int64_t(base) + (scale < 1 ? 1 : 0); // opset 10/Upsample: floor, ceil when shrinking
    return int64_t(base) + (ratio > 0.5 ? 1 : 0); // round_prefer_floor
}

AxisTaps axisTaps(const ResizeSpec& spec, std::size_t axis, int64_t inLength) {
    AxisTaps result(std::size_t(spec.outDims[axis]));
    for (int64_t x = 0; x < spec.outDims[axis]; ++x) {
        auto source = sourceCoordinate(spec, axis, x, inLength);
        if (!source) continue;
        std::vector<Tap>& taps = result[std::size_t(x)];
        auto clampIndex = [inLength](int64_t i) { return std::clamp(i, int64_t(0), inLength - 1); };
        if (spec.mode == "nearest") {
            taps.push_back({clampIndex(nearestIndex(spec.nearestMode, *source, spec.scales[axis])), 1.0});
            continue;
        }
        const double base = std::floor(*source), ratio = *source - base;
        std::vector<double> weights;
        int64_t first = int64_t(base);
        if (spec.mode == "linear") {
            weights = {1 - ratio, ratio};
        } else {
            weights = cubicCoefficients(ratio, spec.cubicA);
            first -= 1;
        }
        if (spec.excludeOutside) {
            double sum = 0;
            for (std::size_t k = 0; k < weights.size(); ++k) {
                const int64_t i = first + int64_t(k);
                if (i < 0 || i >= inLength) weights[k] = 0;
                sum += weights[k];
            }
            if (sum != 0) {
                for (double& w : weights) w /= sum;
            }
        }
        for (std::size_t k = 0; k < weights.size(); ++k) {
            if (weights[k] != 0) taps.push_back({clampIndex(first + int64_t(k)), weights[k]});
        }
        if (taps.empty()) taps.push_back({clampIndex(int64_t(base)), 0.0}); // keeps "inside" distinct from "cropped"
    }
    return result;
}

Status runResize(KernelContext& ctx, const Tensor& x, const ResizeSpec& spec) {
    const std::size_t rank = x.rank();
    std::vector<AxisTaps> taps;
    for (std::size_t axis = 0; axis < rank; ++axis) taps.push_back(axisTaps(spec, axis, x.dim(axis)));
    const std::vector<int64_t> strides = stridesOf(x.dims());
    Tensor out = Tensor::allocate(x.type(), spec.outDims);
    const bool interpolates = spec.mode != "nearest";
    const bool cropsAny = std::any_of(taps.begin(), taps.end(), [](const AxisTaps& axis) {
        return std::any_of(axis.begin(), axis.end(), [](const std::vector<Tap>& t) { return t.empty(); });
    });
    if (!interpolates && !cropsAny && rank > 0) {
        // Nearest is separable: each output element reads the source offset of its index
        // along every axis; the last axis runs as a plain loop.
        std::vector<std::vector<int64_t>> offsets(rank);
        for (std::size_t a = 0; a < rank; ++a) {
            for (const std::vector<Tap>& t : taps[a]) offsets[a].push_back(t.front().index * strides[a]);
        }
        const std::vector<int64_t> outer(spec.outDims.begin(), spec.outDims.end() - 1);
        const std::vector<int64_t>& inner = offsets.back();
        auto copy = [&](auto zero) {
            using T = decltype(zero);
            const T* in = x.data<T>();
            T* dst = out.data<T>();
            for (NdIndex it(outer); it.valid(); it.next()) {
                int64_t base = 0;
                for (std::size_t a = 0; a + 1 < rank; ++a) base += offsets[a][std::size_t(it[a])];
                for (int64_t offset : inner) *dst++ = in[base + offset];
            }
        };
        if (!dispatchAny(x.type(), copy)) return unsupportedType(ctx, x.type());
        ctx.setOutput(0, std::move(out));
        return {};
    }
    auto body = [&](auto zero) {
        using T = decltype(zero);
        const T* in = x.data<T>();
        T* dst = out.data<T>();
        std::vector<const std::vector<Tap>*> local(rank);
        std::vector<std::size_t> pick(rank);
        for (NdIndex it(spec.outDims); it.valid(); it.next()) {
            bool cropped = false;
            for (std::size_t a = 0; a < rank; ++a) {
                local[a] = &taps[a][std::size_t(it[a])];
                cropped = cropped || local[a]->empty();
            }
            if (cropped) {
                *dst++ = T(spec.extrapolation);
                continue;
            }
            // Odometer over the per-axis taps.
            double sum = 0;
            std::fill(pick.begin(), pick.end(), 0);
            while (true) {
                int64_t offset = 0;
                double weight = 1;
                for (std::size_t a = 0; a < rank; ++a) {
                    const Tap& tap = (*local[a])[pick[a]];
                    offset += tap.index * strides[a];
                    weight *= tap.weight;
                }
                if (!interpolates) {
                    *dst = in[offset];
                    break;
                }
                sum += weight * double(in[offset]);
                std::size_t a = rank;
                while (a > 0 && ++pick[a - 1] == local[a - 1]->size()) pick[--a] = 0;
                if (a == 0) break;
            }
            if (interpolates) *dst = std::is_integral_v<T> ? T(std::nearbyint(sum)) : T(sum);
            ++dst;
        }
    };
    // Nearest only copies, so any type works; interpolation needs arithmetic.
    const bool known = interpolates ? dispatchNumeric(x.type(), body) : dispatchAny(x.type(), body);
    if (!known) return unsupportedType(ctx, x.type());
    ctx.setOutput(0, std::move(out));
    return {};
}

// The values of a float tensor (scales, roi).
std::optional<std::vector<double>> floatValues(const Tensor& t) {
    std::optional<std::vector<double>> values;
    dispatchFloat(t.type(), [&](auto zero) {
        using T = decltype(zero);
        values = std::vector<double>(t.data<T>(), t.data<T>() + t.elementCount());
    });
    return values;
}

std::optional<std::string> validMode(const std::string& mode) {
    if (mode == "nearest" || mode == "linear" || mode == "cubic") return mode;
    if (mode == "bilinear") return std::string("linear"); // Upsample-1 spelling
    return std::nullopt;
}

// Output dims from scales (floor(scale * length), as the reference computes them).
Status outputFromScales(const KernelContext& ctx, const Tensor& x, ResizeSpec& spec) {
    if (spec.scales.size() != x.rank()) return ctx.fail("needs one scale per axis (rank " + std::to_string(x.rank()) + ")");
    for (std::size_t i = 0; i < x.rank(); ++i) {
        if (!(spec.scales[i] > 0)) return ctx.fail("scales must be positive");
        spec.outDims.push_back(int64_t(std::floor(spec.scales[i] * double(x.dim(i)))));
    }
    return {};
}

Status resizeKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    const Attributes& attrs = ctx.attributes();
    ResizeSpec spec;
    auto mode = validMode(attrs.getString("mode", "nearest"));
    if (!mode) return ctx.fail("unsupported mode '" + attrs.getString("mode", "") + "'");
    spec.mode = *mode;
    const std::size_t rank = x->rank();
    const Tensor* scales = nullptr;
    const Tensor* sizes = nullptr;
    if (ctx.opset() < 11) {
        // Resize-10: scales only, asymmetric coordinates, nearest as onnxruntime does it.
        spec.coordinates = "asymmetric";
        spec.nearestMode = "simple";
        scales = ctx.input(1);
    } else {
        spec.coordinates = attrs.getString("coordinate_transformation_mode", "half_pixel");
        spec.nearestMode = attrs.getString("nearest_mode", "round_prefer_floor");
        spec.cubicA = attrs.getFloat("cubic_coeff_a", -0.75f);
        spec.excludeOutside = attrs.getInt("exclude_outside", 0) != 0;
        spec.extrapolation = attrs.getFloat("extrapolation_value", 0.0f);
        scales = ctx.input(2);
        sizes = ctx.input(3);
        if (const Tensor* roi = ctx.input(1); roi && roi->elementCount() > 0) {
            auto values = floatValues(*roi);
            if (!values) return ctx.fail("roi must be a float tensor");
            spec.roi = std::move(*values);
        }
    }
    static const char* const kCoordinates[] = {"half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel",
                                               "tf_crop_and_resize", "tf_half_pixel_for_nn"};
    if (std::find(std::begin(kCoordinates), std::end(kCoordinates), spec.coordinates) == std::end(kCoordinates))
        return ctx.fail("unsupported coordinate_transformation_mode '" + spec.coordinates + "'");
    static const char* const kNearest[] = {"round_prefer_floor", "round_prefer_ceil", "floor", "ceil", "simple"};
    if (std::find(std::begin(kNearest), std::end(kNearest), spec.nearestMode) == std::end(kNearest))
        return ctx.fail("unsupported nearest_mode '" + spec.nearestMode + "'");
    if (spec.coordinates == "tf_crop_and_resize" && spec.roi.size() != 2 * rank)
        return ctx.fail("tf_crop_and_resize needs a roi of 2 * rank values");

    if (scales && scales->elementCount() > 0) {
        auto values = floatValues(*scales);
        if (!values) return ctx.fail("scales must be a float tensor");
        spec.scales = std::move(*values);
        if (Status s = outputFromScales(ctx, *x, spec); !s) return s;
    } else if (sizes && sizes->elementCount() > 0) {
        auto values = integerValues(*sizes);
        if (!values || values->size() != rank) return ctx.fail("sizes must be int64 with one value per axis");
        spec.outDims = std::move(*values);
        for (std::size_t i = 0; i < rank; ++i) {
            if (spec.outDims[i] < 0) return ctx.fail("sizes must not be negative");
            // Scale is output / input; an empty input axis keeps a neutral scale.
            spec.scales.push_back(x->dim(i) > 0 ? double(spec.outDims[i]) / double(x->dim(i)) : 1.0);
        }
    } else {
        return ctx.fail("needs scales or sizes");
    }
    for (std::size_t i = 0; i < rank; ++i) {
        if (x->dim(i) == 0 && spec.outDims[i] > 0) return ctx.fail("cannot resize an empty axis");
    }
    return runResize(ctx, *x, spec);
}

Status upsampleKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    ResizeSpec spec;
    auto mode = validMode(ctx.attributes().getString("mode", "nearest"));
    if (!mode || *mode == "cubic") return ctx.fail("unsupported mode '" + ctx.attributes().getString("mode", "") + "'");
    spec.mode = *mode;
    spec.coordinates = "asymmetric";
    spec.nearestMode = "simple";
    if (ctx.opset() < 9) {
        auto scales = ctx.attributes().get<std::vector<float>>("scales");
        if (!scales) return ctx.fail("missing scales attribute");
        spec.scales.assign(scales->begin(), scales->end());
    } else {
        const Tensor* scales = ctx.input(1);
        auto values = scales ? floatValues(*scales) : std::nullopt;
        if (!values) return ctx.fail("needs a float scales input");
        spec.scales = std::move(*values);
    }
    if (Status s = outputFromScales(ctx, *x, spec); !s) return s;
    return runResize(ctx, *x, spec);
}

} // namespace

FUSEBOX_HOST_KERNEL(Resize, resizeKernel);
FUSEBOX_HOST_KERNEL(Upsample, upsampleKernel);

} // namespace fusebox::host
