// Signal processing: window functions, MelWeightMatrix, DFT and STFT.
// Complex tensors are real tensors with a trailing axis of 2 (real, imaginary); a real
// signal has a trailing axis of 1. Transforms are naive O(n^2) sums in double precision:
// this is the reference the faster adapters are checked against.
#include "kernel_util.h"

#include <complex>
#include <numbers>

namespace fusebox::host {

namespace {

using Complex = std::complex<double>;

// `values` as a tensor of `type` (the ops' output_datatype attribute).
std::optional<Tensor> tensorOf(ElementType type, const std::vector<int64_t>& dims, const std::vector<double>& values) {
    if (type == ElementType::Float16 || type == ElementType::BFloat16) {
        Tensor wide = Tensor::allocate(ElementType::Float32, dims, Tensor::Fill::None);
        for (std::size_t i = 0; i < values.size(); ++i) wide.data<float>()[i] = static_cast<float>(values[i]);
        return float32ToHalfTensor(wide, type);
    }
    Tensor out = Tensor::allocate(type, dims, Tensor::Fill::None);
    const bool known = dispatchNumeric(type, [&](auto typed) {
        using T = decltype(typed);
        for (std::size_t i = 0; i < values.size(); ++i) out.data<T>()[i] = static_cast<T>(values[i]);
    });
    if (!known) return std::nullopt;
    return out;
}

// A required scalar int input (window size, frame step, ...).
Result<int64_t> scalarInt(const KernelContext& ctx, std::size_t index, const char* what) {
    auto values = integerInput(ctx, index, what);
    if (!values) return values.error();
    if (values->size() != 1) return ctx.fail(std::string(what) + " must be a single int value");
    return (*values)[0];
}

// A required scalar float input (MelWeightMatrix's edge frequencies).
Result<double> scalarFloat(const KernelContext& ctx, std::size_t index, const char* what) {
    const Tensor* t = ctx.input(index);
    if (!t || t->elementCount() != 1) return ctx.fail(std::string(what) + " must be a single value");
    double value = 0;
    if (!dispatchFloat(t->type(), [&](auto typed) { value = static_cast<double>(t->data<decltype(typed)>()[0]); }))
        return unsupportedType(ctx, t->type());
    return value;
}

ElementType outputType(const KernelContext& ctx) {
    return static_cast<ElementType>(ctx.attributes().getInt("output_datatype", static_cast<int64_t>(ElementType::Float32)));
}

// Hann, Hamming and Blackman are sums of cosines: a0 - a1 cos(2πn/N) + a2 cos(4πn/N),
// with N = size (periodic) or size - 1 (symmetric).
Status cosineWindow(KernelContext& ctx, double a0, double a1, double a2) {
    auto size = scalarInt(ctx, 0, "size");
    if (!size) return size.error();
    if (*size < 0) return ctx.fail("size must not be negative, got " + std::to_string(*size));
    const bool periodic = ctx.attributes().getInt("periodic", 1) != 0;
    const double span = static_cast<double>(periodic ? *size : *size - 1);
    std::vector<double> values(static_cast<std::size_t>(*size), 1.0); // a one-point symmetric window is 1
    if (span > 0) {
        for (std::size_t n = 0; n < values.size(); ++n) {
            const double phase = 2 * std::numbers::pi * static_cast<double>(n) / span;
            values[n] = a0 - a1 * std::cos(phase) + a2 * std::cos(2 * phase);
        }
    }
    auto out = tensorOf(outputType(ctx), {*size}, values);
    if (!out) return unsupportedType(ctx, outputType(ctx));
    ctx.setOutput(0, std::move(*out));
    return {};
}

Status hannKernel(KernelContext& ctx) { return cosineWindow(ctx, 0.5, 0.5, 0); }
Status hammingKernel(KernelContext& ctx) { return cosineWindow(ctx, 25.0 / 46.0, 1 - 25.0 / 46.0, 0); }
Status blackmanKernel(KernelContext& ctx) { return cosineWindow(ctx, 0.42, 0.5, 0.08); }

// Triangular filters evenly spaced on the mel scale, mapped onto the DFT bins of a
// one-sided spectrum: output [dft_length / 2 + 1, num_mel_bins].
Status melWeightMatrixKernel(KernelContext& ctx) {
    auto bins = scalarInt(ctx, 0, "num_mel_bins");
    auto dftLength = scalarInt(ctx, 1, "dft_length");
    auto sampleRate = scalarInt(ctx, 2, "sample_rate");
    auto lower = scalarFloat(ctx, 3, "lower_edge_hertz");
    auto upper = scalarFloat(ctx, 4, "upper_edge_hertz");
    if (!bins) return bins.error();
    if (!dftLength) return dftLength.error();
    if (!sampleRate) return sampleRate.error();
    if (!lower) return lower.error();
    if (!upper) return upper.error();
    if (*bins < 1 || *dftLength < 1 || *sampleRate < 1) return ctx.fail("num_mel_bins, dft_length and sample_rate must be positive");
    if (*lower < 0 || *upper < *lower) return ctx.fail("the edge frequencies need 0 <= lower_edge_hertz <= upper_edge_hertz");

    const int64_t spectrumBins = *dftLength / 2 + 1;
    auto toMel = [](double hz) { return 2595 * std::log10(1 + hz / 700); };
    const double lowMel = toMel(*lower), highMel = toMel(*upper);
    // num_mel_bins + 2 edge points, as in ONNX's reference: the step divides the mel
    // range by the number of points (not intervals).
    const int64_t points = *bins + 2;
    const double step = (highMel - lowMel) / static_cast<double>(points);
    std::vector<int64_t> edges(static_cast<std::size_t>(points));
    for (int64_t i = 0; i < points; ++i) {
        const double hz = 700 * (std::pow(10.0, (static_cast<double>(i) * step + lowMel) / 2595) - 1);
        edges[static_cast<std::size_t>(i)] = static_cast<int64_t>(std::floor(static_cast<double>(*dftLength + 1) * hz / static_cast<double>(*sampleRate)));
    }
    std::vector<double> values(static_cast<std::size_t>(spectrumBins * *bins), 0.0);
    auto at = [&](int64_t bin, int64_t mel) -> double* {
        return bin >= 0 && bin < spectrumBins ? &values[static_cast<std::size_t>(bin * *bins + mel)] : nullptr;
    };
    for (int64_t m = 0; m < *bins; ++m) {
        const int64_t left = edges[static_cast<std::size_t>(m)], center = edges[static_cast<std::size_t>(m + 1)],
                      right = edges[static_cast<std::size_t>(m + 2)];
        if (center == left) {
            if (double* v = at(center, m)) *v = 1;
        } else {
            for (int64_t j = left; j <= center; ++j)
                if (double* v = at(j, m)) *v = static_cast<double>(j - left) / static_cast<double>(center - left);
        }
        for (int64_t j = center; j < right; ++j)
            if (double* v = at(j, m)) *v = static_cast<double>(right - j) / static_cast<double>(right - center);
    }
    auto out = tensorOf(outputType(ctx), {spectrumBins, *bins}, values);
    if (!out) return unsupportedType(ctx, outputType(ctx));
    ctx.setOutput(0, std::move(*out));
    return {};
}

// X[k] = sum_n x[n] e^(-+2πi kn/N), scaled by 1/N for the inverse; x is zero-padded or
// truncated to N points and only the first `outLength` bins are kept.
void transform(const std::vector<Complex>& x, int64_t n, bool inverse, std::vector<Complex>& out, int64_t outLength) {
    std::vector<Complex> twiddle(static_cast<std::size_t>(n));
    const double sign = inverse ? 1.0 : -1.0;
    for (int64_t i = 0; i < n; ++i)
        twiddle[static_cast<std::size_t>(i)] = std::polar(1.0, sign * 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n));
    const int64_t used = std::min<int64_t>(n, static_cast<int64_t>(x.size()));
    out.assign(static_cast<std::size_t>(outLength), Complex{});
    for (int64_t k = 0; k < outLength; ++k) {
        Complex sum{};
        for (int64_t i = 0; i < used; ++i) sum += x[static_cast<std::size_t>(i)] * twiddle[static_cast<std::size_t>((k * i) % n)];
        out[static_cast<std::size_t>(k)] = inverse ? sum / static_cast<double>(n) : sum;
    }
}

template <typename T>
Status dft(KernelContext& ctx, const Tensor& input, int64_t axis, int64_t length, bool inverse, bool onesided) {
    const std::vector<int64_t>& dims = input.dims();
    const std::size_t last = dims.size() - 1;
    const bool complexInput = dims[last] == 2;
    const int64_t bins = onesided ? length / 2 + 1 : length;
    std::vector<int64_t> outDims = dims;
    outDims[static_cast<std::size_t>(axis)] = bins;
    outDims[last] = 2;
    Tensor out = Tensor::allocate(input.type(), outDims);
    const std::vector<int64_t> inStrides = stridesOf(dims), outStrides = stridesOf(outDims);
    const auto a = static_cast<std::size_t>(axis);

    // One transform per line along `axis`: walk every other index.
    std::vector<int64_t> lineDims = dims;
    lineDims[a] = 1;
    lineDims[last] = 1;
    std::vector<Complex> x(static_cast<std::size_t>(dims[a])), y;
    for (NdIndex it(lineDims); it.valid(); it.next()) {
        const T* from = input.data<T>() + it.offset(inStrides);
        for (int64_t i = 0; i < dims[a]; ++i) {
            const T* p = from + i * inStrides[a];
            x[static_cast<std::size_t>(i)] = Complex(static_cast<double>(p[0]), complexInput ? static_cast<double>(p[1]) : 0.0);
        }
        transform(x, length, inverse, y, bins);
        T* to = out.data<T>() + it.offset(outStrides);
        for (int64_t k = 0; k < bins; ++k) {
            to[k * outStrides[a]] = static_cast<T>(y[static_cast<std::size_t>(k)].real());
            to[k * outStrides[a] + 1] = static_cast<T>(y[static_cast<std::size_t>(k)].imag());
        }
    }
    ctx.setOutput(0, std::move(out));
    return {};
}

Status dftKernel(KernelContext& ctx) {
    const Tensor* input = ctx.input(0);
    if (!input) return ctx.fail("the input is missing");
    const int64_t rank = static_cast<int64_t>(input->rank());
    if (rank < 2 || (input->dims().back() != 1 && input->dims().back() != 2))
        return ctx.fail("the input needs shape [..., 1] (real) or [..., 2] (complex), got " + dimsText(input->dims()));
    // Opset 20 moved the axis from an attribute (default 1) to an input (default -2).
    int64_t axis = ctx.attributes().getInt("axis", 1);
    if (ctx.opset() >= 20) {
        axis = -2;
        if (ctx.input(2)) {
            auto value = scalarInt(ctx, 2, "axis");
            if (!value) return value.error();
            axis = *value;
        }
    }
    const auto normalized = normalizeAxis(axis, rank);
    if (!normalized || *normalized == rank - 1) return ctx.fail("axis " + std::to_string(axis) + " is out of range for an input of rank " + std::to_string(rank));
    int64_t length = input->dim(static_cast<std::size_t>(*normalized));
    if (ctx.input(1)) {
        auto value = scalarInt(ctx, 1, "dft_length");
        if (!value) return value.error();
        length = *value;
    }
    if (length < 1) return ctx.fail("dft_length must be positive, got " + std::to_string(length));
    const bool inverse = ctx.attributes().getInt("inverse", 0) != 0;
    const bool onesided = ctx.attributes().getInt("onesided", 0) != 0;
    Status status;
    if (!dispatchFloat(input->type(), [&](auto typed) {
            status = dft<decltype(typed)>(ctx, *input, *normalized, length, inverse, onesided);
        }))
        return unsupportedType(ctx, input->type());
    return status;
}

// STFT: signal [batch, length, 1|2] cut into frames of frame_length every frame_step
// samples, each multiplied by the window and transformed: [batch, frames, bins, 2].
template <typename T>
Status stft(KernelContext& ctx, const Tensor& signal, int64_t step, const Tensor* window, int64_t frameLength) {
    const int64_t batch = signal.dim(0), length = signal.dim(1), channels = signal.dim(2);
    const bool onesided = ctx.attributes().getInt("onesided", 1) != 0;
    const int64_t bins = onesided ? frameLength / 2 + 1 : frameLength;
    const int64_t frames = length >= frameLength ? (length - frameLength) / step + 1 : 0;
    Tensor out = Tensor::allocate(signal.type(), {batch, frames, bins, 2});
    std::vector<Complex> x(static_cast<std::size_t>(frameLength)), y;
    T* to = out.data<T>();
    for (int64_t b = 0; b < batch; ++b) {
        for (int64_t f = 0; f < frames; ++f) {
            const T* from = signal.data<T>() + (b * length + f * step) * channels;
            for (int64_t i = 0; i < frameLength; ++i) {
                const double w = window ? static_cast<double>(window->data<T>()[i]) : 1.0;
                const T* p = from + i * channels;
                x[static_cast<std::size_t>(i)] = w * Complex(static_cast<double>(p[0]), channels == 2 ? static_cast<double>(p[1]) : 0.0);
            }
            transform(x, frameLength, false, y, bins);
            for (const Complex& value : y) {
                *to++ = static_cast<T>(value.real());
                *to++ = static_cast<T>(value.imag());
            }
        }
    }
    ctx.setOutput(0, std::move(out));
    return {};
}

Status stftKernel(KernelContext& ctx) {
    const Tensor* signal = ctx.input(0);
    if (!signal) return ctx.fail("the signal is missing");
    if (signal->rank() != 3 || (signal->dim(2) != 1 && signal->dim(2) != 2))
        return ctx.fail("the signal needs shape [batch, length, 1 or 2], got " + dimsText(signal->dims()));
    auto step = scalarInt(ctx, 1, "frame_step");
    if (!step) return step.error();
    if (*step < 1) return ctx.fail("frame_step must be positive, got " + std::to_string(*step));
    const Tensor* window = ctx.input(2);
    int64_t frameLength = -1;
    if (window) {
        if (window->rank() != 1 || window->type() != signal->type()) return ctx.fail("the window must be a 1-D tensor of the signal's type");
        frameLength = window->dim(0);
    }
    if (ctx.input(3)) {
        auto value = scalarInt(ctx, 3, "frame_length");
        if (!value) return value.error();
        if (window && *value != frameLength) return ctx.fail("frame_length " + std::to_string(*value) + " differs from the window length " + std::to_string(frameLength));
        frameLength = *value;
    }
    if (frameLength < 1) return ctx.fail("a window or a positive frame_length is required");
    Status status;
    if (!dispatchFloat(signal->type(), [&](auto typed) { status = stft<decltype(typed)>(ctx, *signal, *step, window, frameLength); }))
        return unsupportedType(ctx, signal->type());
    return status;
}

} // namespace

FUSEBOX_HOST_KERNEL(HannWindow, hannKernel);
FUSEBOX_HOST_KERNEL(HammingWindow, hammingKernel);
FUSEBOX_HOST_KERNEL(BlackmanWindow, blackmanKernel);
FUSEBOX_HOST_KERNEL(MelWeightMatrix, melWeightMatrixKernel);
FUSEBOX_HOST_KERNEL(DFT, computeHalfInFloat32<dftKernel>);
FUSEBOX_HOST_KERNEL(STFT, computeHalfInFloat32<stftKernel>);

} // namespace fusebox::host
