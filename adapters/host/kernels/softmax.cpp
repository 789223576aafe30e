// Softmax, LogSoftmax and Hardmax (float32). Before opset 13 they flatten the input to
// 2-D at `axis` (default 1); from 13 they act along one axis (default -1).
#include "kernel_util.h"

#include <cmath>
#include <limits>

namespace fusebox::host {

namespace {

enum class Kind { Softmax, LogSoftmax, Hardmax };

Status softmaxFamily(KernelContext& ctx, Kind kind) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("needs an input");
    if (x->type() != ElementType::Float32) return unsupportedType(ctx, x->type());
    const bool perAxis = ctx.opset() >= 13;
    const int64_t rank = static_cast<int64_t>(x->rank());
    const auto axis = normalizeAxis(ctx.attributes().getInt("axis", perAxis ? -1 : 1), std::max<int64_t>(rank, 1));
    if (!axis) return ctx.fail("axis out of range for " + dimsText(x->dims()));
    const auto a = static_cast<std::size_t>(*axis);
    // Rows of `length` elements `stride` apart: one row per (outer, inner) pair.
    const int64_t outer = product(x->dims(), 0, a);
    const int64_t length = perAxis ? (rank == 0 ? 1 : x->dim(a)) : product(x->dims(), a);
    const int64_t inner = perAxis ? product(x->dims(), a + 1) : 1;
    Tensor y = Tensor::allocate(ElementType::Float32, x->dims());
    const float* in = x->data<float>();
    float* out = y.data<float>();
    for (int64_t o = 0; o < outer; ++o) {
        for (int64_t j = 0; j < inner; ++j) {
            const int64_t base = o * length * inner + j;
            float maximum = -std::numeric_limits<float>::infinity();
            int64_t argmax = 0;
            for (int64_t i = 0; i < length; ++i) {
                if (in[base + i * inner] > maximum) {
                    maximum = in[base + i * inner];
                    argmax = i;
                }
            }
            if (kind == Kind::Hardmax) {
                for (int64_t i = 0; i < length; ++i) out[base + i * inner] = i == argmax ? 1.0f : 0.0f;
                continue;
            }
            double sum = 0;
            for (int64_t i = 0; i < length; ++i) sum += std::exp(static_cast<double>(in[base + i * inner] - maximum));
            const double logSum = std::log(sum);
            for (int64_t i = 0; i < length; ++i) {
                const double shifted = in[base + i * inner] - maximum;
                out[base + i * inner] = static_cast<float>(kind == Kind::LogSoftmax ? shifted - logSum : std::exp(shifted) / sum);
            }
        }
    }
    ctx.setOutput(0, std::move(y));
    return {};
}

Status softmaxKernel(KernelContext& ctx) { return softmaxFamily(ctx, Kind::Softmax); }
Status logSoftmaxKernel(KernelContext& ctx) { return softmaxFamily(ctx, Kind::LogSoftmax); }
Status hardmaxKernel(KernelContext& ctx) { return softmaxFamily(ctx, Kind::Hardmax); }

} // namespace

FUSEBOX_HOST_KERNEL(Softmax, softmaxKernel);
FUSEBOX_HOST_KERNEL(LogSoftmax, logSoftmaxKernel);
FUSEBOX_HOST_KERNEL(Hardmax, hardmaxKernel);

} // namespace fusebox::host
