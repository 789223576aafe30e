// NegativeLogLikelihoodLoss and SoftmaxCrossEntropyLoss (float32, float64).
#include "kernel_util.h"

#include <cmath>

namespace fusebox::host {

namespace {

// Per-position weights and losses of NLL over input [N, C, d...] and target [N, d...].
template <typename T>
Status nll(KernelContext& ctx, const T* input, const std::vector<int64_t>& inputDims, const Tensor& target, const Tensor* weight,
           std::size_t outputIndex) {
    const auto labels = integerValues(target);
    if (!labels) return ctx.fail("the target must be int32 or int64");
    if (inputDims.size() < 2) return ctx.fail("the input needs shape [N, C, ...]");
    const int64_t batch = inputDims[0], classes = inputDims[1], inner = product(inputDims, 2);
    if (static_cast<int64_t>(labels->size()) != batch * inner) return ctx.fail("the target shape does not match the input");
    if (weight && weight->elementCount() != classes) return ctx.fail("the weight needs one value per class");
    const bool hasIgnore = ctx.attributes().has("ignore_index");
    const int64_t ignore = ctx.attributes().getInt("ignore_index", 0);
    const std::string reduction = ctx.attributes().getString("reduction", "mean");

    std::vector<double> losses(labels->size());
    double weightSum = 0, lossSum = 0;
    for (int64_t n = 0; n < batch; ++n) {
        for (int64_t i = 0; i < inner; ++i) {
            const std::size_t at = static_cast<std::size_t>(n * inner + i);
            const int64_t label = (*labels)[at];
            if (hasIgnore && label == ignore) continue;
            if (label < 0 || label >= classes) return ctx.fail("target " + std::to_string(label) + " is not a class index below " + std::to_string(classes));
            const double w = weight ? static_cast<double>(weight->data<T>()[label]) : 1.0;
            losses[at] = -static_cast<double>(input[(n * classes + label) * inner + i]) * w;
            weightSum += w;
            lossSum += losses[at];
        }
    }
    constexpr ElementType type = std::is_same_v<T, float> ? ElementType::Float32 : ElementType::Float64;
    if (reduction == "none") {
        std::vector<int64_t> dims{batch};
        dims.insert(dims.end(), inputDims.begin() + 2, inputDims.end());
        Tensor out = Tensor::allocate(type, dims);
        for (std::size_t i = 0; i < losses.size(); ++i) out.data<T>()[i] = static_cast<T>(losses[i]);
        ctx.setOutput(outputIndex, std::move(out));
        return {};
    }
    if (reduction != "sum" && reduction != "mean") return ctx.fail("reduction must be none, sum or mean");
    Tensor out = Tensor::allocate(type, {});
    out.data<T>()[0] = static_cast<T>(reduction == "sum" ? lossSum : (weightSum != 0 ? lossSum / weightSum : 0.0));
    ctx.setOutput(outputIndex, std::move(out));
    return {};
}

Status nllKernel(KernelContext& ctx) {
    const Tensor* input = ctx.input(0);
    const Tensor* target = ctx.input(1);
    if (!input || !target) return ctx.fail("needs input and target");
    Status status;
    if (!dispatchFloat(input->type(), [&](auto zero) {
            using T = decltype(zero);
            status = nll<T>(ctx, input->data<T>(), input->dims(), *target, ctx.input(2), 0);
        })) {
        return unsupportedType(ctx, input->type());
    }
    return status;
}

// Log-softmax over axis 1 of [N, C, d...], then NLL.
Status softmaxCrossEntropyKernel(KernelContext& ctx) {
    const Tensor* scores = ctx.input(0);
    const Tensor* labels = ctx.input(1);
    if (!scores || !labels) return ctx.fail("needs scores and labels");
    if (scores->rank() < 2) return ctx.fail("scores need shape [N, C, ...]");
    Status status;
    if (!dispatchFloat(scores->type(), [&](auto zero) {
            using T = decltype(zero);
            const int64_t batch = scores->dim(0), classes = scores->dim(1), inner = product(scores->dims(), 2);
            Tensor logProb = Tensor::allocate(scores->type(), scores->dims());
            const T* in = scores->data<T>();
            T* out = logProb.data<T>();
            for (int64_t n = 0; n < batch; ++n) {
                for (int64_t i = 0; i < inner; ++i) {
                    double maximum = -INFINITY, sum = 0;
                    for (int64_t c = 0; c < classes; ++c) maximum = std::max(maximum, double(in[(n * classes + c) * inner + i]));
                    for (int64_t c = 0; c < classes; ++c) sum += std::exp(double(in[(n * classes + c) * inner + i]) - maximum);
                    const double logSum = std::log(sum) + maximum;
                    for (int64_t c = 0; c < classes; ++c) out[(n * classes + c) * inner + i] = static_cast<T>(in[(n * classes + c) * inner + i] - logSum);
                }
            }
            status = nll<T>(ctx, logProb.data<T>(), scores->dims(), *labels, ctx.input(2), 0);
            if (status && ctx.wantsOutput(1)) ctx.setOutput(1, std::move(logProb));
        })) {
        return unsupportedType(ctx, scores->type());
    }
    return status;
}

} // namespace

FUSEBOX_HOST_KERNEL(NegativeLogLikelihoodLoss, nllKernel);
FUSEBOX_HOST_KERNEL(SoftmaxCrossEntropyLoss, softmaxCrossEntropyKernel);

} // namespace fusebox::host
