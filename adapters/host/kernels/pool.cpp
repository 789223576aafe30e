// Pooling (float32): MaxPool (with Indices), AveragePool, GlobalAveragePool, GlobalMaxPool.
#include "ir/spatial_window.h"
#include "kernel_util.h"

#include <limits>

namespace fusebox::host {

namespace {

enum class PoolKind { Max, Average };

// 2-D pooling with the window clipped to the image once per output row and column,
// planes split across threads; the generic walk below serves other ranks and Indices.
void pool2d(const Tensor& x, const SpatialWindow& w, const std::vector<int64_t>& out, PoolKind kind, bool countPad, Tensor& y,
            int threads) {
    const int64_t height = x.dim(2), width = x.dim(3), outH = out[0], outW = out[1];
    parallelFor(x.dim(0) * x.dim(1), threads, [&](int64_t first, int64_t last) {
        for (int64_t p = first; p < last; ++p) {
            const float* in = x.data<float>() + p * height * width;
            float* target = y.data<float>() + p * outH * outW;
            for (int64_t oh = 0; oh < outH; ++oh) {
                const int64_t h0 = oh * w.strides[0] - w.padBegin[0];
                const int64_t h1 = std::min(h0 + (w.kernel[0] - 1) * w.dilations[0] + 1, height + w.padEnd[0]);
                for (int64_t ow = 0; ow < outW; ++ow) {
                    const int64_t w0 = ow * w.strides[1] - w.padBegin[1];
                    const int64_t w1 = std::min(w0 + (w.kernel[1] - 1) * w.dilations[1] + 1, width + w.padEnd[1]);
                    float best = -std::numeric_limits<float>::infinity(), sum = 0;
                    int64_t count = 0;
                    for (int64_t h = h0; h < h1; h += w.dilations[0]) {
                        if (h < 0 || h >= height) continue;
                        for (int64_t c = w0; c < w1; c += w.dilations[1]) {
                            if (c < 0 || c >= width) continue;
                            const float v = in[h * width + c];
                            best = std::max(best, v);
                            sum += v;
                            ++count;
                        }
                    }
                    const int64_t padded = ((h1 - h0 + w.dilations[0] - 1) / w.dilations[0]) * ((w1 - w0 + w.dilations[1] - 1) / w.dilations[1]);
                    const int64_t divisor = countPad ? padded : count;
                    target[oh * outW + ow] = kind == PoolKind::Max ? best : (divisor > 0 ? sum / static_cast<float>(divisor) : 0.0f);
                }
            }
        }
    });
}

Status pool(KernelContext& ctx, PoolKind kind) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("needs X");
    if (x->type() != ElementType::Float32) return unsupportedType(ctx, x->type());
    if (x->rank() < 3) return ctx.fail("X " + dimsText(x->dims()) + " needs rank >= 3");
    const std::vector<int64_t> spatial(x->dims().begin() + 2, x->dims().end());
    auto window = readSpatialWindow(ctx.node(), spatial, {});
    if (!window) return window.error();
    const bool ceilMode = ctx.attributes().getInt("ceil_mode", 0) != 0;
    const bool countPad = ctx.attributes().getInt("count_include_pad", 0) != 0;
    std::vector<int64_t> outSpatial;
    for (std::size_t i = 0; i < spatial.size(); ++i) outSpatial.push_back(windowOutputSize(spatial[i], *window, i, ceilMode));
    std::vector<int64_t> outDims{x->dim(0), x->dim(1)};
    outDims.insert(outDims.end(), outSpatial.begin(), outSpatial.end());
    Tensor y = Tensor::allocate(ElementType::Float32, outDims);
    Tensor indices = ctx.wantsOutput(1) ? Tensor::allocate(ElementType::Int64, outDims) : Tensor();

    const int64_t planes = x->dim(0) * x->dim(1), inPlane = product(spatial), outPlane = product(outSpatial);
    const std::vector<int64_t> inStrides = stridesOf(spatial);
    const std::size_t rank = spatial.size();
    std::vector<int64_t> start(rank), end(rank);
    if (rank == 2 && indices.empty()) {
        pool2d(*x, *window, outSpatial, kind, countPad, y, ctx.threads());
        ctx.setOutput(0, std::move(y));
        return {};
    }
    for (int64_t p = 0; p < planes; ++p) {
        const float* in = x->data<float>() + p * inPlane;
        int64_t o = 0;
        for (NdIndex out(outSpatial); out.valid(); out.next(), ++o) {
            // The window in input coordinates, and its size counting the explicit padding.
            int64_t padded = 1;
            for (std::size_t i = 0; i < rank; ++i) {
                start[i] = out[i] * window->strides[i] - window->padBegin[i];
                end[i] = start[i] + (window->kernel[i] - 1) * window->dilations[i] + 1;
                padded *= (std::min(end[i], spatial[i] + window->padEnd[i]) - start[i] + window->dilations[i] - 1) / window->dilations[i];
            }
            float best = -std::numeric_limits<float>::infinity(), sum = 0;
            int64_t bestAt = -1, count = 0;
            for (NdIndex k(window->kernel); k.valid(); k.next()) {
                int64_t offset = 0;
                bool inside = true;
                for (std::size_t i = 0; i < rank && inside; ++i) {
                    const int64_t at = start[i] + k[i] * window->dilations[i];
                    inside = at >= 0 && at < spatial[i];
                    offset += at * inStrides[i];
                }
                if (!inside) continue;
                const float v = in[offset];
                if (v > best || bestAt < 0) {
                    best = v;
                    bestAt = offset;
                }
                sum += v;
                ++count;
            }
            float* result = y.data<float>() + p * outPlane + o;
            if (kind == PoolKind::Max) {
                *result = best;
                if (!indices.empty()) indices.data<int64_t>()[p * outPlane + o] = p * inPlane + bestAt;
            } else {
                const int64_t divisor = countPad ? padded : count;
                *result = divisor > 0 ? sum / static_cast<float>(divisor) : 0.0f;
            }
        }
    }
    ctx.setOutput(0, std::move(y));
    if (!indices.empty()) ctx.setOutput(1, std::move(indices));
    return {};
}

Status maxPoolKernel(KernelContext& ctx) {
    if (ctx.attributes().getInt("storage_order", 0) != 0 && ctx.wantsOutput(1)) return ctx.fail("storage_order 1 is not supported");
    return pool(ctx, PoolKind::Max);
}
Status averagePoolKernel(KernelContext& ctx) { return pool(ctx, PoolKind::Average); }

Status globalPool(KernelContext& ctx, PoolKind kind) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("needs X");
    if (x->type() != ElementType::Float32) return unsupportedType(ctx, x->type());
    if (x->rank() < 2) return ctx.fail("X needs rank >= 2");
    std::vector<int64_t> outDims(x->rank(), 1);
    outDims[0] = x->dim(0);
    outDims[1] = x->dim(1);
    Tensor y = Tensor::allocate(ElementType::Float32, outDims);
    const int64_t planes = x->dim(0) * x->dim(1), plane = product(x->dims(), 2);
    for (int64_t p = 0; p < planes; ++p) {
        const float* in = x->data<float>() + p * plane;
        float result = kind == PoolKind::Max ? -std::numeric_limits<float>::infinity() : 0.0f;
        for (int64_t i = 0; i < plane; ++i) result = kind == PoolKind::Max ? std::max(result, in[i]) : result + in[i];
        y.data<float>()[p] = kind == PoolKind::Max ? result : result / static_cast<float>(plane);
    }
    ctx.setOutput(0, std::move(y));
    return {};
}

Status globalAveragePoolKernel(KernelContext& ctx) { return globalPool(ctx, PoolKind::Average); }
Status globalMaxPoolKernel(KernelContext& ctx) { return globalPool(ctx, PoolKind::Max); }

} // namespace

FUSEBOX_HOST_KERNEL(MaxPool, maxPoolKernel);
FUSEBOX_HOST_KERNEL(AveragePool, averagePoolKernel);
FUSEBOX_HOST_KERNEL(GlobalAveragePool, globalAveragePoolKernel);
FUSEBOX_HOST_KERNEL(GlobalMaxPool, globalMaxPoolKernel);

} // namespace fusebox::host
