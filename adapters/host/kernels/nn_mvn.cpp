// MeanVarianceNormalization: (X - mean) / (std + 1e-9) over `axes` (default [0, 2, 3]),
// as ONNX's function body defines it. Two passes in double (mean, then squared
// deviations) keep the statistics accurate on large planes.
#include "kernel_util.h"

#include <cmath>

namespace fusebox::host {

namespace {

Status mvnKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("needs input X");
    const int64_t rank = static_cast<int64_t>(x->rank());
    const std::vector<int64_t> axes =
        ctx.attributes().has("axes") ? ctx.attributes().getInts("axes") : std::vector<int64_t>{0, 2, 3};
    // Statistics have X's shape with the reduced axes set to 1; broadcast strides map
    // every element of X onto its statistics slot.
    std::vector<int64_t> statDims = x->dims();
    for (int64_t a : axes) {
        const auto axis = normalizeAxis(a, rank);
        if (!axis) return ctx.fail("axis " + std::to_string(a) + " is out of range for X " + dimsText(x->dims()));
        statDims[static_cast<std::size_t>(*axis)] = 1;
    }
    const int64_t groups = product(statDims);
    const double count = groups > 0 ? static_cast<double>(x->elementCount() / groups) : 0.0;
    const std::vector<int64_t> statStrides = broadcastStrides(statDims, x->dims());
    Tensor y = Tensor::allocate(x->type(), x->dims());
    const bool ok = dispatchFloat(x->type(), [&](auto tag) {
        using T = decltype(tag);
        const T* src = x->data<T>();
        T* dst = y.data<T>();
        std::vector<double> mean(static_cast<std::size_t>(groups), 0.0), var(mean.size(), 0.0);
        int64_t i = 0;
        for (NdIndex it(x->dims()); it.valid(); it.next()) mean[it.offset(statStrides)] += static_cast<double>(src[i++]);
        for (double& m : mean) m /= count;
        i = 0;
        for (NdIndex it(x->dims()); it.valid(); it.next()) {
            const double d = static_cast<double>(src[i++]) - mean[it.offset(statStrides)];
            var[it.offset(statStrides)] += d * d;
        }
        i = 0;
        for (NdIndex it(x->dims()); it.valid(); it.next(), ++i) {
            const int64_t s = it.offset(statStrides);
            dst[i] = static_cast<T>((static_cast<double>(src[i]) - mean[s]) / (std::sqrt(var[s] / count) + 1e-9));
        }
    });
    if (!ok) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(y));
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(MeanVarianceNormalization, computeHalfInFloat32<mvnKernel>);

} // namespace fusebox::host
