// Conv and ConvTranspose (float32, any number of spatial axes): im2col / col2im around
// one OpenBLAS GEMM per image and group.
#include "ir/spatial_window.h"
#include "kernel_util.h"
#include "pointwise_fusion.h"

#include <cblas.h>

#include <algorithm>

namespace fusebox::host {

namespace {

// Walks the spatial positions of the column matrix: for row (channel, kernel offset)
// and each output position, the input element it reads, or -1 in the padding.
class ColumnMap {
public:
    ColumnMap(const std::vector<int64_t>& input, const std::vector<int64_t>& output, const SpatialWindow& w)
        : input_(input), output_(output), w_(w) {}

    // Calls f(column, inputOffset) for every output position; inputOffset < 0 in padding.
    template <typename F>
    void forRow(const std::vector<int64_t>& kernelIndex, F&& f) const {
        const std::size_t rank = input_.size();
        std::vector<int64_t> position(rank, 0);
        const int64_t columns = product(output_);
        for (int64_t column = 0; column < columns; ++column) {
            int64_t offset = 0;
            bool inside = true;
            for (std::size_t i = 0; i < rank; ++i) {
                const int64_t at = position[i] * w_.strides[i] - w_.padBegin[i] + kernelIndex[i] * w_.dilations[i];
                inside = inside && at >= 0 && at < input_[i];
                offset = offset * input_[i] + at;
            }
            f(column, inside ? offset : -1);
            for (std::size_t i = rank; i-- > 0;) { // next output position, last axis fastest
                if (++position[i] < output_[i]) break;
                position[i] = 0;
            }
        }
    }

    template <typename F>
    void forEachRow(int64_t channels, F&& f) const {
        const int64_t kernelSize = product(w_.kernel);
        std::vector<int64_t> kernelIndex(w_.rank());
        for (int64_t c = 0; c < channels; ++c) {
            for (int64_t k = 0; k < kernelSize; ++k) {
                int64_t rest = k;
                for (std::size_t i = w_.rank(); i-- > 0;) {
                    kernelIndex[i] = rest % w_.kernel[i];
                    rest /= w_.kernel[i];
                }
                f(c * kernelSize + k, c, kernelIndex);
            }
        }
    }

private:
    std::vector<int64_t> input_, output_;
    const SpatialWindow& w_;
};

// im2col for 2-D images, for the output positions [first, last) only (row-major over
// the output plane): the matrix has (last - first) columns. Working on a block of
// columns at a time keeps the matrix in cache and lets threads take blocks of their own.
void im2col2d(const float* image, int64_t channels, const std::vector<int64_t>& in, const std::vector<int64_t>& out,
              const SpatialWindow& w, int64_t first, int64_t last, float* col) {
    const int64_t height = in[0], width = in[1], outW = out[1], span = last - first;
    for (int64_t c = 0; c < channels; ++c) {
        const float* plane = image + c * height * width;
        for (int64_t kh = 0; kh < w.kernel[0]; ++kh) {
            for (int64_t kw = 0; kw < w.kernel[1]; ++kw) {
                int64_t oh = first / outW, ow = first % outW;
                for (int64_t k = 0; k < span;) {
                    // The rest of this output row, or of the block.
                    const int64_t run = std::min(outW - ow, span - k);
                    const int64_t ih = oh * w.strides[0] - w.padBegin[0] + kh * w.dilations[0];
                    float* target = col + k;
                    if (ih < 0 || ih >= height) {
                        std::fill(target, target + run, 0.0f);
                    } else {
                        // Zeros left and right of the columns that fall inside the image, a
                        // plain copy (vectorised) in between.
                        const float* source = plane + ih * width;
                        const int64_t shift = kw * w.dilations[1] - w.padBegin[1], stride = w.strides[1];
                        const int64_t inside = std::clamp<int64_t>(shift >= 0 ? 0 : (-shift + stride - 1) / stride - ow, 0, run);
                        const int64_t past = width - 1 - shift < 0 ? 0 : (width - 1 - shift) / stride + 1; // first column past the image
                        const int64_t end = std::clamp<int64_t>(past - ow, inside, run);
                        std::fill(target, target + inside, 0.0f);
                        if (stride == 1) {
                            std::copy(source + ow + inside + shift, source + ow + end + shift, target + inside);
                        } else {
                            for (int64_t j = inside; j < end; ++j) target[j] = source[(ow + j) * stride + shift];
                        }
                        std::fill(target + end, target + run, 0.0f);
                    }
                    k += run;
                    ow = 0;
                    ++oh;
                }
                col += span;
            }
        }
    }
}

// col2im for 2-D images, the inverse walk of im2col2d: each column-matrix row (output
// channel, kernel row, kernel column) is added into the output plane.
void col2im2d(const float* col, int64_t channels, const std::vector<int64_t>& out, const std::vector<int64_t>& in,
              const SpatialWindow& w, float* image) {
    const int64_t height = out[0], width = out[1], inH = in[0], inW = in[1];
    for (int64_t c = 0; c < channels; ++c) {
        float* plane = image + c * height * width;
        for (int64_t kh = 0; kh < w.kernel[0]; ++kh) {
            for (int64_t kw = 0; kw < w.kernel[1]; ++kw) {
                const int64_t shift = kw * w.dilations[1] - w.padBegin[1], stride = w.strides[1];
                const int64_t first = shift >= 0 ? 0 : (-shift + stride - 1) / stride;
                const int64_t last = std::min(inW, (width - 1 - shift) / stride + 1);
                for (int64_t ih = 0; ih < inH; ++ih) {
                    const int64_t oh = ih * w.strides[0] - w.padBegin[0] + kh * w.dilations[0];
                    if (oh < 0 || oh >= height) continue;
                    float* row = plane + oh * width;
                    const float* source = col + ih * inW;
                    for (int64_t iw = first; iw < last; ++iw) row[iw * stride + shift] += source[iw];
                }
                col += inH * inW;
            }
        }
    }
}

// Depthwise 2-D convolution (one filter per channel) computed directly: as GEMMs these
// are a single row each, which BLAS handles badly.
void depthwise2d(const float* image, const float* weights, const float* bias, int64_t firstChannel, int64_t endChannel,
                 const std::vector<int64_t>& in, const std::vector<int64_t>& out, const SpatialWindow& w, float* result) {
    const int64_t height = in[0], width = in[1], outH = out[0], outW = out[1];
    const int64_t kernelH = w.kernel[0], kernelW = w.kernel[1];
    for (int64_t c = firstChannel; c < endChannel; ++c) {
        const float* plane = image + c * height * width;
        const float* filter = weights + c * kernelH * kernelW;
        float* target = result + c * outH * outW;
        std::fill(target, target + outH * outW, bias ? bias[c] : 0.0f);
        for (int64_t oh = 0; oh < outH; ++oh) {
            float* row = target + oh * outW;
            for (int64_t kh = 0; kh < kernelH; ++kh) {
                const int64_t ih = oh * w.strides[0] - w.padBegin[0] + kh * w.dilations[0];
                if (ih < 0 || ih >= height) continue;
                const float* source = plane + ih * width;
                for (int64_t kw = 0; kw < kernelW; ++kw) {
                    // The output columns whose input column lies inside the image: a plain
                    // loop without bounds checks, which the compiler vectorises.
                    const int64_t shift = kw * w.dilations[1] - w.padBegin[1], stride = w.strides[1];
                    const int64_t first = shift >= 0 ? 0 : (-shift + stride - 1) / stride;
                    const int64_t last = std::min(outW, (width - 1 - shift) / stride + 1);
                    const float weight = filter[kh * kernelW + kw];
                    if (stride == 1) {
                        for (int64_t ow = first; ow < last; ++ow) row[ow] += source[ow + shift] * weight;
                    } else {
                        for (int64_t ow = first; ow < last; ++ow) row[ow] += source[ow * stride + shift] * weight;
                    }
                }
            }
        }
    }
}

Status convKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    const Tensor* w = ctx.input(1);
    const Tensor* bias = ctx.input(2);
    if (!x || !w) return ctx.fail("needs X and W");
    if (x->type() != ElementType::Float32 || w->type() != ElementType::Float32) return unsupportedType(ctx, x->type());
    if (x->rank() < 3 || w->rank() != x->rank()) return ctx.fail("X " + dimsText(x->dims()) + " and W " + dimsText(w->dims()) + " must have the same rank >= 3");
    const int64_t group = ctx.attributes().getInt("group", 1);
    const int64_t batch = x->dim(0), channels = x->dim(1), filters = w->dim(0);
    if (group <= 0 || channels % group != 0 || filters % group != 0 || w->dim(1) * group != channels) {
        return ctx.fail("W " + dimsText(w->dims()) + " does not fit X " + dimsText(x->dims()) + " with group " + std::to_string(group));
    }
    const std::vector<int64_t> spatial(x->dims().begin() + 2, x->dims().end());
    auto window = readSpatialWindow(ctx.node(), spatial, std::vector<int64_t>(w->dims().begin() + 2, w->dims().end()));
    if (!window) return window.error();
    std::vector<int64_t> outSpatial;
    for (std::size_t i = 0; i < spatial.size(); ++i) outSpatial.push_back(windowOutputSize(spatial[i], *window, i, false));
    if (bias && bias->elementCount() != filters) return ctx.fail("B must have " + std::to_string(filters) + " values");

    std::vector<int64_t> outDims{batch, filters};
    outDims.insert(outDims.end(), outSpatial.begin(), outSpatial.end());
    Tensor y = Tensor::allocate(ElementType::Float32, outDims, Tensor::Fill::None); // every element is written below
    const int64_t groupChannels = channels / group, groupFilters = filters / group;
    const int64_t rows = groupChannels * product(window->kernel), columns = product(outSpatial);
    const int64_t inputPlane = product(spatial);
    Tensor col; // the im2col matrix, from the buffer pool: a model asks for the same sizes every run
    const ColumnMap map(spatial, outSpatial, *window);
    const float* xData = x->data<float>();
    // The fused element-wise steps after this Conv run on each block of output as soon as
    // it is written (bias added), not in a pass of their own over the whole output.
    const PreparedChain* epilogue = ctx.epilogue() && ctx.epilogue()->dims() == outDims ? ctx.epilogue() : nullptr;
    float* yData = y.data<float>();
    const bool planar = spatial.size() == 2;
    if (planar && group == channels && filters == channels) { // depthwise
        for (int64_t n = 0; n < batch; ++n) {
            parallelFor(channels, ctx.threads(), [&](int64_t begin, int64_t end) {
                depthwise2d(xData + n * channels * inputPlane, w->data<float>(), bias ? bias->data<float>() : nullptr, begin, end,
                            spatial, outSpatial, *window, yData + n * filters * columns);
                if (epilogue) epilogue->apply(yData, n, begin, end, 0, columns);
            });
        }
        if (epilogue) ctx.epilogueDone();
        ctx.setOutput(0, std::move(y));
        return {};
    }
    const bool pointwise = product(window->kernel) == 1 &&
                           std::all_of(window->strides.begin(), window->strides.end(), [](int64_t v) { return v == 1; }) &&
                           std::all_of(window->padBegin.begin(), window->padBegin.end(), [](int64_t v) { return v == 0; }) &&
                           std::all_of(window->padEnd.begin(), window->padEnd.end(), [](int64_t v) { return v == 0; });
    // The output matrix (filters x columns) is split across threads along its longer side:
    // late layers have few columns (7x7 = 49 in resnet50 against 512 filters), and split by
    // columns each thread's GEMM is narrow and packs all of the weights again.
    const bool byFilters = groupFilters > columns;
    if (!pointwise && (!planar || byFilters)) col = Tensor::allocate(ElementType::Float32, {rows, columns}, Tensor::Fill::None);
    // Column blocks of about 256 KiB of im2col matrix: each thread builds and multiplies its own.
    const int64_t tile = std::max<int64_t>(64, (int64_t{1} << 16) / rows);
    for (int64_t n = 0; n < batch; ++n) {
        for (int64_t g = 0; g < group; ++g) {
            const float* image = xData + (n * channels + g * groupChannels) * inputPlane;
            const float* weights = w->data<float>() + g * groupFilters * rows;
            float* result = y.data<float>() + (n * filters + g * groupFilters) * columns;
            const float* groupBias = bias ? bias->data<float>() + g * groupFilters : nullptr;
            // Output rows [firstFilter, +filterCount) and columns [first, +count), the
            // columns read from `matrix` (leading dimension ldb); the bias is added while
            // the block is still in cache, by the thread that computed it.
            auto multiply = [&](const float* matrix, int64_t ldb, int64_t firstFilter, int64_t filterCount, int64_t first, int64_t count) {
                float* block = result + firstFilter * columns + first;
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, static_cast<int>(filterCount), static_cast<int>(count),
                            static_cast<int>(rows), 1.0f, weights + firstFilter * rows, static_cast<int>(rows), matrix,
                            static_cast<int>(ldb), 0.0f, block, static_cast<int>(columns));
                if (groupBias) {
                    for (int64_t f = 0; f < filterCount; ++f) {
                        const float b = groupBias[firstFilter + f];
                        std::for_each(block + f * columns, block + f * columns + count, [b](float& v) { v += b; });
                    }
                }
                const int64_t channel = g * groupFilters + firstFilter;
                if (epilogue) epilogue->apply(yData, n, channel, channel + filterCount, first, count);
            };
            if (planar && !pointwise && !byFilters) {
                parallelFor(columns, ctx.threads(), [&](int64_t begin, int64_t end) {
                    Tensor block = Tensor::allocate(ElementType::Float32, {rows, tile}, Tensor::Fill::None);
                    for (int64_t first = begin; first < end; first += tile) {
                        const int64_t last = std::min(end, first + tile);
                        im2col2d(image, groupChannels, spatial, outSpatial, *window, first, last, block.data<float>());
                        multiply(block.data<float>(), last - first, 0, groupFilters, first, last - first);
                    }
                });
            } else {
                const float* matrix = image; // a 1x1 stride-1 unpadded convolution reads the image as it is
                if (!pointwise && planar) {
                    im2col2d(image, groupChannels, spatial, outSpatial, *window, 0, columns, col.data<float>());
                    matrix = col.data<float>();
                } else if (!pointwise) {
                    map.forEachRow(groupChannels, [&](int64_t row, int64_t c, const std::vector<int64_t>& k) {
                        float* out = col.data<float>() + row * columns;
                        const float* plane = image + c * inputPlane;
                        map.forRow(k, [&](int64_t column, int64_t offset) { out[column] = offset >= 0 ? plane[offset] : 0.0f; });
                    });
                    matrix = col.data<float>();
                }
                if (byFilters) {
                    parallelFor(groupFilters, ctx.threads(),
                                [&](int64_t begin, int64_t end) { multiply(matrix, columns, begin, end - begin, 0, columns); });
                } else {
                    // Column tiles of about 256 KiB of output, so that the bias and the
                    // fused chain find each tile in cache.
                    const int64_t outputTile = std::max<int64_t>(64, (int64_t{1} << 16) / groupFilters);
                    parallelFor(columns, ctx.threads(), [&](int64_t begin, int64_t end) {
                        for (int64_t first = begin; first < end; first += outputTile) {
                            const int64_t count = std::min(outputTile, end - first);
                            multiply(matrix + first, columns, 0, groupFilters, first, count);
                        }
                    });
                }
            }
        }
    }
    if (epilogue) ctx.epilogueDone();
    ctx.setOutput(0, std::move(y));
    return {};
}

Status convTransposeKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    const Tensor* w = ctx.input(1);
    const Tensor* bias = ctx.input(2);
    if (!x || !w) return ctx.fail("needs X and W");
    if (x->type() != ElementType::Float32 || w->type() != ElementType::Float32) return unsupportedType(ctx, x->type());
    if (x->rank() < 3 || w->rank() != x->rank()) return ctx.fail("X and W must have the same rank >= 3");
    const Attributes& a = ctx.attributes();
    const int64_t group = a.getInt("group", 1);
    const int64_t batch = x->dim(0), channels = x->dim(1);
    if (group <= 0 || w->dim(0) != channels || channels % group != 0) return ctx.fail("W " + dimsText(w->dims()) + " does not fit X " + dimsText(x->dims()));
    const int64_t groupFilters = w->dim(1), filters = groupFilters * group, groupChannels = channels / group;
    const std::vector<int64_t> spatial(x->dims().begin() + 2, x->dims().end());
    const std::size_t rank = spatial.size();

    SpatialWindow window;
    window.kernel = a.getInts("kernel_shape");
    if (window.kernel.empty()) window.kernel.assign(w->dims().begin() + 2, w->dims().end());
    window.strides = a.getInts("strides");
    window.dilations = a.getInts("dilations");
    if (window.strides.empty()) window.strides.assign(rank, 1);
    if (window.dilations.empty()) window.dilations.assign(rank, 1);
    std::vector<int64_t> outputPadding = a.getInts("output_padding");
    if (outputPadding.empty()) outputPadding.assign(rank, 0);
    const std::vector<int64_t> pads = a.getInts("pads");
    const std::vector<int64_t> outputShape = a.getInts("output_shape");
    const std::string autoPad = a.getString("auto_pad", "NOTSET");
    window.padBegin.assign(rank, 0);
    window.padEnd.assign(rank, 0);
    std::vector<int64_t> outSpatial(rank);
    for (std::size_t i = 0; i < rank; ++i) {
        const int64_t full = window.strides[i] * (spatial[i] - 1) + outputPadding[i] + (window.kernel[i] - 1) * window.dilations[i] + 1;
        if (!outputShape.empty() || autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
            const int64_t target = !outputShape.empty() ? outputShape[outputShape.size() - rank + i] : spatial[i] * window.strides[i];
            // A target beyond the full size is padded with zeros at the end (negative total);
            // otherwise SAME_UPPER puts the odd extra pad at the end, as ONNX Runtime does.
            const int64_t total = full - target;
            window.padBegin[i] = total <= 0 ? 0 : autoPad == "SAME_LOWER" ? total - total / 2 : total / 2;
            window.padEnd[i] = total - window.padBegin[i];
        } else if (pads.size() == 2 * rank) {
            window.padBegin[i] = pads[i];
            window.padEnd[i] = pads[rank + i];
        }
        outSpatial[i] = full - window.padBegin[i] - window.padEnd[i];
        if (outSpatial[i] <= 0) return ctx.fail("the output would be empty");
    }
    if (bias && bias->elementCount() != filters) return ctx.fail("B must have " + std::to_string(filters) + " values");

    std::vector<int64_t> outDims{batch, filters};
    outDims.insert(outDims.end(), outSpatial.begin(), outSpatial.end());
    Tensor y = Tensor::allocate(ElementType::Float32, outDims);
    const int64_t inputPlane = product(spatial), outputPlane = product(outSpatial);
    const int64_t rows = groupFilters * product(window.kernel);
    Tensor col = Tensor::allocate(ElementType::Float32, {rows, inputPlane}, Tensor::Fill::None); // written by the GEMM
    // col2im: the column matrix's rows are (output channel, kernel offset) over input
    // positions; scattering them back is a convolution's im2col with roles swapped.
    const ColumnMap map(outSpatial, spatial, window);
    for (int64_t n = 0; n < batch; ++n) {
        for (int64_t g = 0; g < group; ++g) {
            const float* image = x->data<float>() + (n * channels + g * groupChannels) * inputPlane;
            const float* weights = w->data<float>() + g * groupChannels * rows;
            cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, static_cast<int>(rows), static_cast<int>(inputPlane),
                        static_cast<int>(groupChannels), 1.0f, weights, static_cast<int>(rows), image,
                        static_cast<int>(inputPlane), 0.0f, col.data<float>(), static_cast<int>(inputPlane));
            float* out = y.data<float>() + (n * filters + g * groupFilters) * outputPlane;
            if (rank == 2) {
                col2im2d(col.data<float>(), groupFilters, outSpatial, spatial, window, out);
                continue;
            }
            map.forEachRow(groupFilters, [&](int64_t row, int64_t f, const std::vector<int64_t>& k) {
                const float* source = col.data<float>() + row * inputPlane;
                float* plane = out + f * outputPlane;
                map.forRow(k, [&](int64_t column, int64_t offset) {
                    if (offset >= 0) plane[offset] += source[column];
                });
            });
        }
        if (bias) {
            for (int64_t f = 0; f < filters; ++f) {
                float* plane = y.data<float>() + (n * filters + f) * outputPlane;
                const float b = bias->data<float>()[f];
                std::for_each(plane, plane + outputPlane, [b](float& v) { v += b; });
            }
        }
    }
    ctx.setOutput(0, std::move(y));
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(Conv, convKernel);
FUSEBOX_HOST_KERNEL(ConvTranspose, convTransposeKernel);

} // namespace fusebox::host
