// Normalisations (float32): BatchNormalization (inference), InstanceNormalization,
// LayerNormalization, LRN.
#include "kernel_util.h"
#include "pointwise_fusion.h"

#include <cmath>

namespace fusebox::host {

namespace {

bool allFloat(const KernelContext& ctx) {
    for (std::size_t i = 0; i < ctx.inputCount(); ++i) {
        if (ctx.input(i) && ctx.input(i)->type() != ElementType::Float32) return false;
    }
    return true;
}

Status batchNormKernel(KernelContext& ctx) {
    if (ctx.attributes().getInt("training_mode", 0) != 0) return ctx.fail("training mode is not supported, only inference");
    const Tensor* x = ctx.input(0);
    if (!x || ctx.inputCount() < 5) return ctx.fail("needs X, scale, B, mean and var");
    if (!allFloat(ctx)) return unsupportedType(ctx, x->type());
    if (x->rank() < 2) return ctx.fail("X needs rank >= 2");
    const int64_t channels = x->dim(1), plane = product(x->dims(), 2);
    auto affine = batchNormAffine(ctx.node(), {ctx.input(1), ctx.input(2), ctx.input(3), ctx.input(4)}, channels);
    if (!affine) return affine.error();
    const auto& [scale, shift] = *affine;
    Tensor y = Tensor::allocate(ElementType::Float32, x->dims(), Tensor::Fill::None); // every element is written
    parallelFor(x->dim(0) * channels, ctx.threads(), [&](int64_t begin, int64_t end) {
        for (int64_t planeIndex = begin; planeIndex < end; ++planeIndex) {
            const auto c = static_cast<std::size_t>(planeIndex % channels);
            const float* in = x->data<float>() + planeIndex * plane;
            float* out = y.data<float>() + planeIndex * plane;
            for (int64_t i = 0; i < plane; ++i) out[i] = in[i] * scale[c] + shift[c];
        }
    });
    ctx.setOutput(0, std::move(y));
    return {};
}

// Normalises each of `groups` consecutive runs of `size` elements, then applies
// scale/bias element `parameterOf(group, i)`; returns mean and inverse std per group.
template <typename Parameter>
void normalizeRuns(const float* in, float* out, int64_t groups, int64_t size, float epsilon, Parameter parameter,
                   float* means = nullptr, float* invStds = nullptr) {
    for (int64_t g = 0; g < groups; ++g) {
        const float* run = in + g * size;
        double mean = 0, variance = 0;
        for (int64_t i = 0; i < size; ++i) mean += run[i];
        mean /= static_cast<double>(size);
        for (int64_t i = 0; i < size; ++i) variance += (run[i] - mean) * (run[i] - mean);
        variance /= static_cast<double>(size);
        const double invStd = 1.0 / std::sqrt(variance + epsilon);
        for (int64_t i = 0; i < size; ++i) {
            const auto [scale, bias] = parameter(g, i);
            out[g * size + i] = static_cast<float>((run[i] - mean) * invStd) * scale + bias;
        }
        if (means) means[g] = static_cast<float>(mean);
        if (invStds) invStds[g] = static_cast<float>(invStd);
    }
}

Status instanceNormKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    const Tensor* scale = ctx.input(1);
    const Tensor* bias = ctx.input(2);
    if (!x || !scale || !bias) return ctx.fail("needs input, scale and B");
    if (!allFloat(ctx)) return unsupportedType(ctx, x->type());
    if (x->rank() < 3 || scale->elementCount() != x->dim(1) || bias->elementCount() != x->dim(1)) {
        return ctx.fail("scale and B need one value per channel of " + dimsText(x->dims()));
    }
    Tensor y = Tensor::allocate(ElementType::Float32, x->dims());
    const int64_t channels = x->dim(1);
    normalizeRuns(x->data<float>(), y.data<float>(), x->dim(0) * channels, product(x->dims(), 2),
                  ctx.attributes().getFloat("epsilon", 1e-5f), [&](int64_t g, int64_t) {
                      return std::pair{scale->data<float>()[g % channels], bias->data<float>()[g % channels]};
                  });
    ctx.setOutput(0, std::move(y));
    return {};
}

Status layerNormKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    const Tensor* scale = ctx.input(1);
    const Tensor* bias = ctx.input(2);
    if (!x || !scale) return ctx.fail("needs X and Scale");
    if (!allFloat(ctx)) return unsupportedType(ctx, x->type());
    const auto axis = normalizeAxis(ctx.attributes().getInt("axis", -1), static_cast<int64_t>(x->rank()));
    if (!axis) return ctx.fail("axis out of range for " + dimsText(x->dims()));
    const std::vector<int64_t> normalized(x->dims().begin() + *axis, x->dims().end());
    const int64_t size = product(normalized), groups = product(x->dims(), 0, static_cast<std::size_t>(*axis));
    for (const Tensor* p : {scale, bias}) {
        if (p && !broadcastShapes(p->dims(), normalized)) return ctx.fail("Scale and B must broadcast to " + dimsText(normalized));
    }
    const std::vector<int64_t> scaleStrides = broadcastStrides(scale->dims(), normalized);
    const std::vector<int64_t> biasStrides = bias ? broadcastStrides(bias->dims(), normalized) : std::vector<int64_t>{};
    // Element i of the normalized block in each parameter's (broadcast) layout.
    std::vector<int64_t> scaleAt(static_cast<std::size_t>(size)), biasAt(static_cast<std::size_t>(size));
    int64_t i = 0;
    for (NdIndex it(normalized); it.valid(); it.next(), ++i) {
        scaleAt[static_cast<std::size_t>(i)] = it.offset(scaleStrides);
        if (bias) biasAt[static_cast<std::size_t>(i)] = it.offset(biasStrides);
    }
    std::vector<int64_t> statDims(x->dims().begin(), x->dims().begin() + *axis);
    statDims.resize(x->rank(), 1);
    Tensor y = Tensor::allocate(ElementType::Float32, x->dims());
    Tensor mean = Tensor::allocate(ElementType::Float32, statDims), invStd = Tensor::allocate(ElementType::Float32, statDims);
    normalizeRuns(x->data<float>(), y.data<float>(), groups, size, ctx.attributes().getFloat("epsilon", 1e-5f),
                  [&](int64_t, int64_t k) {
                      return std::pair{scale->data<float>()[scaleAt[static_cast<std::size_t>(k)]],
                                       bias ? bias->data<float>()[biasAt[static_cast<std::size_t>(k)]] : 0.0f};
                  },
                  mean.data<float>(), invStd.data<float>());
    ctx.setOutput(0, std::move(y));
    if (ctx.wantsOutput(1)) ctx.setOutput(1, std::move(mean));
    if (ctx.wantsOutput(2)) ctx.setOutput(2, std::move(invStd));
    return {};
}

Status lrnKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("needs X");
    if (x->type() != ElementType::Float32) return unsupportedType(ctx, x->type());
    if (x->rank() < 3) return ctx.fail("X needs rank >= 3");
    const Attributes& a = ctx.attributes();
    const int64_t size = a.getInt("size", 0);
    if (size <= 0) return ctx.fail("size must be positive");
    const float alpha = a.getFloat("alpha", 1e-4f), beta = a.getFloat("beta", 0.75f), bias = a.getFloat("bias", 1.0f);
    const int64_t channels = x->dim(1), plane = product(x->dims(), 2);
    const int64_t before = (size - 1) / 2, after = size - 1 - before;
    Tensor y = Tensor::allocate(ElementType::Float32, x->dims());
    for (int64_t n = 0; n < x->dim(0); ++n) {
        const float* in = x->data<float>() + n * channels * plane;
        float* out = y.data<float>() + n * channels * plane;
        for (int64_t c = 0; c < channels; ++c) {
            for (int64_t i = 0; i < plane; ++i) {
                float squares = 0;
                for (int64_t k = std::max<int64_t>(0, c - before); k <= std::min(channels - 1, c + after); ++k) {
                    squares += in[k * plane + i] * in[k * plane + i];
                }
                out[c * plane + i] = in[c * plane + i] / std::pow(bias + alpha / static_cast<float>(size) * squares, beta);
            }
        }
    }
    ctx.setOutput(0, std::move(y));
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(BatchNormalization, batchNormKernel);
FUSEBOX_HOST_KERNEL(InstanceNormalization, instanceNormKernel);
FUSEBOX_HOST_KERNEL(LayerNormalization, layerNormKernel);
FUSEBOX_HOST_KERNEL(LRN, lrnKernel);

} // namespace fusebox::host
