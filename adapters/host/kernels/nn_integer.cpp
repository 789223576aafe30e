// MatMulInteger and ConvInteger: 8-bit operands minus their zero points, int32 results.
// Products of centred 8-bit values are exact in double and so are their sums (far below
// 2^53), so both run as float64 GEMMs on OpenBLAS and convert back exactly.
#include "kernel_util.h"
#include "ir/spatial_window.h"

#include <cblas.h>

namespace fusebox::host {

namespace {

// `t` minus its zero point as doubles. The zero point is a scalar, or a vector applying
// along `axis` of `t` (per row of A, per column of B, per output channel of W).
Result<std::vector<double>> centred(const KernelContext& ctx, const Tensor& t, const Tensor* zeroPoint, const char* name,
                                    int64_t axis) {
    if (t.type() != ElementType::UInt8 && t.type() != ElementType::Int8) return unsupportedType(ctx, t.type());
    auto read = [&](const Tensor& u, int64_t i) {
        return u.type() == ElementType::UInt8 ? double(u.data<uint8_t>()[i]) : double(u.data<int8_t>()[i]);
    };
    std::vector<double> out(std::size_t(t.elementCount()));
    const int64_t inner = axis >= 0 ? product(t.dims(), std::size_t(axis) + 1) : 1;
    const int64_t axisSize = axis >= 0 ? t.dim(std::size_t(axis)) : 1;
    if (zeroPoint) {
        if (zeroPoint->type() != t.type()) return ctx.fail(std::string(name) + " must have the element type of its operand");
        const bool perAxis = zeroPoint->elementCount() != 1;
        if (perAxis && (axis < 0 || zeroPoint->rank() != 1 || zeroPoint->dim(0) != axisSize))
            return ctx.fail(std::string(name) + " " + dimsText(zeroPoint->dims()) + " must be a scalar or have " +
                            std::to_string(axisSize) + " values");
        for (int64_t i = 0; i < t.elementCount(); ++i)
            out[std::size_t(i)] = read(t, i) - read(*zeroPoint, perAxis ? i / inner % axisSize : 0);
        return out;
    }
    for (int64_t i = 0; i < t.elementCount(); ++i) out[std::size_t(i)] = read(t, i);
    return out;
}

void dgemm(int64_t m, int64_t n, int64_t k, const double* a, const double* b, double* c) {
    if (m == 0 || n == 0 || k == 0) return; // c is zero-initialised
    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, blasint(m), blasint(n), blasint(k), 1.0, a, blasint(k), b,
                blasint(n), 0.0, c, blasint(n));
}

Tensor toInt32(const std::vector<double>& values, std::vector<int64_t> dims) {
    Tensor out = Tensor::allocate(ElementType::Int32, std::move(dims));
    for (std::size_t i = 0; i < values.size(); ++i) out.data<int32_t>()[i] = int32_t(values[i]);
    return out;
}

Status matMulIntegerKernel(KernelContext& ctx) {
    const Tensor* a = ctx.input(0);
    const Tensor* b = ctx.input(1);
    if (!a || !b) return ctx.fail("needs inputs A and B");
    if (a->rank() == 0 || b->rank() == 0) return ctx.fail("inputs must not be scalars");
    // numpy rules: 1-D A is a row, 1-D B a column; batch axes broadcast.
    std::vector<int64_t> aDims = a->dims(), bDims = b->dims();
    if (aDims.size() == 1) aDims.insert(aDims.begin(), 1);
    if (bDims.size() == 1) bDims.push_back(1);
    const int64_t m = aDims[aDims.size() - 2], k = aDims.back(), n = bDims.back();
    if (bDims[bDims.size() - 2] != k)
        return ctx.fail("inner dimensions differ: A " + dimsText(a->dims()) + " and B " + dimsText(b->dims()));
    const std::vector<int64_t> aBatch(aDims.begin(), aDims.end() - 2), bBatch(bDims.begin(), bDims.end() - 2);
    const auto batch = broadcastShapes(aBatch, bBatch);
    if (!batch) return ctx.fail("batch dimensions of A " + dimsText(a->dims()) + " and B " + dimsText(b->dims()) + " do not broadcast");
    Result<std::vector<double>> ad = centred(ctx, *a, ctx.input(2), "a_zero_point", int64_t(a->rank()) - 2);
    if (!ad) return ad.error();
    Result<std::vector<double>> bd = centred(ctx, *b, ctx.input(3), "b_zero_point", int64_t(b->rank()) - 1);
    if (!bd) return bd.error();

    std::vector<int64_t> outDims = *batch;
    if (a->rank() > 1) outDims.push_back(m);
    if (b->rank() > 1) outDims.push_back(n);
    std::vector<double> y(std::size_t(product(outDims)), 0.0);
    const std::vector<int64_t> aStrides = broadcastStrides(aBatch, *batch), bStrides = broadcastStrides(bBatch, *batch);
    int64_t offset = 0;
    for (NdIndex it(*batch); it.valid(); it.next(), offset += m * n)
        dgemm(m, n, k, ad->data() + it.offset(aStrides) * m * k, bd->data() + it.offset(bStrides) * k * n, y.data() + offset);
    ctx.setOutput(0, toInt32(y, outDims));
    return {};
}

Status convIntegerKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    const Tensor* w = ctx.input(1);
    if (!x || !w) return ctx.fail("needs inputs x and w");
    if (x->rank() < 3) return ctx.fail("input x must have rank >= 3 (N, C, spatial...), got " + dimsText(x->dims()));
    if (w->rank() != x->rank()) return ctx.fail("weights w " + dimsText(w->dims()) + " must have the rank of x " + dimsText(x->dims()));
    const int64_t group = ctx.attributes().getInt("group", 1);
    const int64_t batch = x->dim(0), channels = x->dim(1), outChannels = w->dim(0);
    if (group < 1 || channels % group != 0 || outChannels % group != 0 || w->dim(1) * group != channels)
        return ctx.fail("weights w " + dimsText(w->dims()) + " do not fit x " + dimsText(x->dims()) + " with group " +
                        std::to_string(group));
    if (ctx.input(2) && ctx.input(2)->elementCount() != 1) return ctx.fail("x_zero_point must be a scalar");
    Result<std::vector<double>> xd = centred(ctx, *x, ctx.input(2), "x_zero_point", -1);
    if (!xd) return xd.error();
    Result<std::vector<double>> wd = centred(ctx, *w, ctx.input(3), "w_zero_point", 0);
    if (!wd) return wd.error();

    const std::vector<int64_t> image(x->dims().begin() + 2, x->dims().end());
    const std::vector<int64_t> kernel(w->dims().begin() + 2, w->dims().end());
    Result<SpatialWindow> window = readSpatialWindow(ctx.node(), image, kernel);
    if (!window) return window.error();
    if (window->kernel != kernel) return ctx.fail("kernel_shape " + dimsText(window->kernel) + " does not match w " + dimsText(w->dims()));
    std::vector<int64_t> out;
    for (std::size_t i = 0; i < image.size(); ++i) {
        out.push_back(windowOutputSize(image[i], *window, i, false));
        if (out.back() < 1) return ctx.fail("kernel does not fit the padded input " + dimsText(x->dims()));
    }

    // im2col per group: rows (channel, tap), columns output positions; padding reads the
    // zero point, i.e. 0 once centred.
    const int64_t groupIn = channels / group, groupOut = outChannels / group, taps = product(kernel);
    const int64_t imageSize = product(image), outSize = product(out), depth = groupIn * taps;
    const std::vector<int64_t> imageStrides = stridesOf(image);
    std::vector<double> col(std::size_t(depth * outSize)), y(std::size_t(batch * outChannels * outSize), 0.0);
    for (int64_t n = 0; n < batch; ++n)
        for (int64_t g = 0; g < group; ++g) {
            double* c = col.data();
            for (int64_t ch = 0; ch < groupIn; ++ch) {
                const double* plane = xd->data() + (n * channels + g * groupIn + ch) * imageSize;
                for (NdIndex tap(kernel); tap.valid(); tap.next())
                    for (NdIndex o(out); o.valid(); o.next()) {
                        int64_t offset = 0;
                        bool inside = true;
                        for (std::size_t i = 0; i < image.size() && inside; ++i) {
                            const int64_t p = o[i] * window->strides[i] + tap[i] * window->dilations[i] - window->padBegin[i];
                            inside = p >= 0 && p < image[i];
                            offset += p * imageStrides[i];
                        }
                        *c++ = inside ? plane[offset] : 0.0;
                    }
            }
            dgemm(groupOut, outSize, depth, wd->data() + g * groupOut * depth, col.data(),
                  y.data() + (n * outChannels + g * groupOut) * outSize);
        }
    std::vector<int64_t> outDims{batch, outChannels};
    outDims.insert(outDims.end(), out.begin(), out.end());
    ctx.setOutput(0, toInt32(y, outDims));
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(MatMulInteger, matMulIntegerKernel);
FUSEBOX_HOST_KERNEL(ConvInteger, convIntegerKernel);

} // namespace fusebox::host
