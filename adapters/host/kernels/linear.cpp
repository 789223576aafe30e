// Gemm and MatMul (float32) on OpenBLAS.
#include "kernel_util.h"

#include <cblas.h>

namespace fusebox::host {

namespace {

Status gemmKernel(KernelContext& ctx) {
    const Tensor* a = ctx.input(0);
    const Tensor* b = ctx.input(1);
    const Tensor* c = ctx.input(2);
    if (!a || !b) return ctx.fail("needs A and B");
    if (a->type() != ElementType::Float32 || b->type() != ElementType::Float32) return unsupportedType(ctx, a->type());
    if (a->rank() != 2 || b->rank() != 2) return ctx.fail("A " + dimsText(a->dims()) + " and B " + dimsText(b->dims()) + " must be matrices");
    const Attributes& attrs = ctx.attributes();
    const bool transA = attrs.getInt("transA", 0) != 0, transB = attrs.getInt("transB", 0) != 0;
    const float alpha = attrs.getFloat("alpha", 1.0f), beta = attrs.getFloat("beta", 1.0f);
    const int64_t m = transA ? a->dim(1) : a->dim(0), k = transA ? a->dim(0) : a->dim(1);
    const int64_t n = transB ? b->dim(0) : b->dim(1);
    if ((transB ? b->dim(1) : b->dim(0)) != k) return ctx.fail("A " + dimsText(a->dims()) + " and B " + dimsText(b->dims()) + " do not multiply");
    Tensor y = Tensor::allocate(ElementType::Float32, {m, n});
    float* out = y.data<float>();
    float betaUsed = 0.0f;
    if (c && beta != 0.0f) {
        if (c->type() != ElementType::Float32) return unsupportedType(ctx, c->type());
        if (!broadcastShapes(c->dims(), {m, n}) || c->rank() > 2) return ctx.fail("C " + dimsText(c->dims()) + " does not broadcast to " + dimsText({m, n}));
        const std::vector<int64_t> strides = broadcastStrides(c->dims(), {m, n});
        for (int64_t i = 0; i < m; ++i) {
            for (int64_t j = 0; j < n; ++j) out[i * n + j] = c->data<float>()[i * strides[0] + j * strides[1]];
        }
        betaUsed = beta;
    }
    // Each thread computes a block of rows of Y.
    parallelFor(m, ctx.threads(), [&](int64_t begin, int64_t end) {
        const float* rowsOfA = a->data<float>() + (transA ? begin : begin * a->dim(1));
        cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    static_cast<int>(end - begin), static_cast<int>(n), static_cast<int>(k), alpha, rowsOfA,
                    static_cast<int>(a->dim(1)), b->data<float>(), static_cast<int>(b->dim(1)), betaUsed, out + begin * n,
                    static_cast<int>(n));
    });
    ctx.setOutput(0, std::move(y));
    return {};
}

// Numpy matmul: 1-D operands are promoted and the added axis removed again; the batch
// axes broadcast.
Status matMulKernel(KernelContext& ctx) {
    const Tensor* a = ctx.input(0);
    const Tensor* b = ctx.input(1);
    if (!a || !b) return ctx.fail("needs A and B");
    if (a->type() != ElementType::Float32 || b->type() != ElementType::Float32) return unsupportedType(ctx, a->type());
    if (a->rank() == 0 || b->rank() == 0) return ctx.fail("operands must have rank >= 1");
    std::vector<int64_t> da = a->dims(), db = b->dims();
    const bool vectorA = da.size() == 1, vectorB = db.size() == 1;
    if (vectorA) da.insert(da.begin(), 1);
    if (vectorB) db.push_back(1);
    const int64_t m = da[da.size() - 2], k = da.back(), n = db.back();
    if (db[db.size() - 2] != k) return ctx.fail("A " + dimsText(a->dims()) + " and B " + dimsText(b->dims()) + " do not multiply");
    const std::vector<int64_t> batchA(da.begin(), da.end() - 2), batchB(db.begin(), db.end() - 2);
    const auto batch = broadcastShapes(batchA, batchB);
    if (!batch) return ctx.fail("batch dims of A " + dimsText(a->dims()) + " and B " + dimsText(b->dims()) + " do not broadcast");
    std::vector<int64_t> outDims = *batch;
    if (!vectorA) outDims.push_back(m);
    if (!vectorB) outDims.push_back(n);
    Tensor y = Tensor::allocate(ElementType::Float32, outDims);
    const std::vector<int64_t> stridesA = broadcastStrides(batchA, *batch), stridesB = broadcastStrides(batchB, *batch);
    int64_t index = 0;
    for (NdIndex it(*batch); it.valid(); it.next(), ++index) {
        const float* pa = a->data<float>() + it.offset(stridesA) * m * k;
        const float* pb = b->data<float>() + it.offset(stridesB) * k * n;
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, static_cast<int>(m), static_cast<int>(n), static_cast<int>(k), 1.0f, pa,
                    static_cast<int>(k), pb, static_cast<int>(n), 0.0f, y.data<float>() + index * m * n, static_cast<int>(n));
    }
    ctx.setOutput(0, std::move(y));
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(Gemm, gemmKernel);
FUSEBOX_HOST_KERNEL(MatMul, matMulKernel);

} // namespace fusebox::host
