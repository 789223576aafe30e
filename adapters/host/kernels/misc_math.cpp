// Assorted ops: Det, MaxUnpool, GridSample, RoiAlign and TfIdfVectorizer (int inputs).
#include "kernel_util.h"

#include <algorithm>
#include <map>

namespace fusebox::host {

namespace {

// Det of [..., M, M] by LU decomposition with partial pivoting, in double precision.
template <typename T>
void determinants(const Tensor& input, Tensor& out, int64_t m) {
    std::vector<double> a(static_cast<std::size_t>(m * m));
    for (int64_t b = 0; b < out.elementCount(); ++b) {
        const T* src = input.data<T>() + b * m * m;
        for (std::size_t i = 0; i < a.size(); ++i) a[i] = static_cast<double>(src[i]);
        double det = 1;
        for (int64_t col = 0; col < m && det != 0; ++col) {
            int64_t pivot = col;
            for (int64_t r = col + 1; r < m; ++r)
                if (std::abs(a[static_cast<std::size_t>(r * m + col)]) > std::abs(a[static_cast<std::size_t>(pivot * m + col)])) pivot = r;
            const double p = a[static_cast<std::size_t>(pivot * m + col)];
            if (p == 0) {
                det = 0;
                break;
            }
            if (pivot != col) {
                for (int64_t k = 0; k < m; ++k) std::swap(a[static_cast<std::size_t>(pivot * m + k)], a[static_cast<std::size_t>(col * m + k)]);
                det = -det; // a row swap flips the sign
            }
            det *= p;
            for (int64_t r = col + 1; r < m; ++r) {
                const double factor = a[static_cast<std::size_t>(r * m + col)] / p;
                for (int64_t k = col; k < m; ++k) a[static_cast<std::size_t>(r * m + k)] -= factor * a[static_cast<std::size_t>(col * m + k)];
            }
        }
        out.data<T>()[b] = static_cast<T>(det);
    }
}

Status detKernel(KernelContext& ctx) {
    const Tensor* input = ctx.input(0);
    if (!input) return ctx.fail("the input is missing");
    const std::size_t rank = input->rank();
    if (rank < 2 || input->dim(rank - 1) != input->dim(rank - 2)) return ctx.fail("the input needs shape [..., M, M], got " + dimsText(input->dims()));
    Tensor out = Tensor::allocate(input->type(), std::vector<int64_t>(input->dims().begin(), input->dims().end() - 2));
    if (!dispatchFloat(input->type(), [&](auto typed) { determinants<decltype(typed)>(*input, out, input->dim(rank - 1)); }))
        return unsupportedType(ctx, input->type());
    ctx.setOutput(0, std::move(out));
    return {};
}

// MaxUnpool: scatters X into a zero tensor at the flat positions MaxPool reported.
Status maxUnpoolKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    const Tensor* indices = ctx.input(1);
    if (!x || !indices) return ctx.fail("X and I are required");
    if (x->rank() < 3) return ctx.fail("X needs shape [N, C, spatial...], got " + dimsText(x->dims()));
    if (indices->dims() != x->dims()) return ctx.fail("I must have the shape of X");
    const std::size_t spatial = x->rank() - 2;
    // The indices count positions in the shape MaxPool's input had by default.
    const std::vector<int64_t> kernel = ctx.attributes().getInts("kernel_shape");
    std::vector<int64_t> strides = ctx.attributes().getInts("strides"), pads = ctx.attributes().getInts("pads");
    if (kernel.size() != spatial) return ctx.fail("kernel_shape needs one entry per spatial axis");
    if (strides.empty()) strides.assign(spatial, 1);
    if (pads.empty()) pads.assign(2 * spatial, 0);
    if (strides.size() != spatial || pads.size() != 2 * spatial) return ctx.fail("strides or pads have the wrong length");
    std::vector<int64_t> inferred{x->dim(0), x->dim(1)};
    for (std::size_t i = 0; i < spatial; ++i)
        inferred.push_back((x->dim(i + 2) - 1) * strides[i] + kernel[i] - pads[i] - pads[i + spatial]);
    for (int64_t d : inferred)
        if (d < 1) return ctx.fail("kernel_shape, strides and pads give the empty unpooled shape " + dimsText(inferred));
    std::vector<int64_t> outDims = inferred;
    if (ctx.input(2)) {
        auto shape = integerInput(ctx, 2, "output_shape");
        if (!shape) return shape.error();
        outDims = *shape;
        if (outDims.size() != x->rank() || outDims[0] != x->dim(0) || outDims[1] != x->dim(1))
            return ctx.fail("output_shape " + dimsText(outDims) + " does not fit X " + dimsText(x->dims()));
    }
    for (int64_t d : outDims)
        if (d < 0) return ctx.fail("the output shape " + dimsText(outDims) + " has a negative size");
    auto positions = integerValues(*indices);
    if (!positions) return ctx.fail("I must be int64");
    Tensor out = Tensor::allocate(x->type(), outDims);
    const int64_t total = product(inferred);
    const std::vector<int64_t> outStrides = stridesOf(outDims);
    for (int64_t& p : *positions) {
        if (p < 0 || p >= total) return ctx.fail("index " + std::to_string(p) + " is outside the unpooled size of " + std::to_string(total) + " elements");
        // Same coordinates in a larger output_shape: unravel in the default shape, ravel in the output.
        int64_t rest = p, moved = 0;
        for (std::size_t d = inferred.size(); d-- > 0;) {
            const int64_t coordinate = rest % inferred[d];
            rest /= inferred[d];
            if (coordinate >= outDims[d]) return ctx.fail("output_shape " + dimsText(outDims) + " is smaller than the unpooled shape " + dimsText(inferred));
            moved += coordinate * outStrides[d];
        }
        p = moved;
    }
    if (!dispatchAny(x->type(), [&](auto typed) {
            using T = decltype(typed);
            for (std::size_t i = 0; i < positions->size(); ++i) out.data<T>()[(*positions)[i]] = x->data<T>()[i];
        }))
        return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(out));
    return {};
}

// GridSample (4-D): follows ONNX's reference / ONNX Runtime step by step, including
// where the padding mode is applied, since the conformance data depends on it.
enum class Padding { Zeros, Border, Reflection };

double reflect(double x, double low, double high) {
    const double range = high - low;
    if (range <= 0) return low;
    if (x < low) {
        const double dx = low - x;
        const auto n = static_cast<int64_t>(dx / range);
        const double r = dx - static_cast<double>(n) * range;
        return n % 2 == 0 ? low + r : high - r;
    }
    if (x > high) {
        const double dx = x - high;
        const auto n = static_cast<int64_t>(dx / range);
        const double r = dx - static_cast<double>(n) * range;
        return n % 2 == 0 ? high - r : low + r;
    }
    return x;
}

struct Plane {
    const double* data;
    int64_t height, width;
    Padding padding;
    double border[4]; // x_min, y_min, x_max, y_max
    double at(int64_t y, int64_t x) const {
        switch (padding) {
        case Padding::Zeros:
            return x >= 0 && x < width && y >= 0 && y < height ? data[y * width + x] : 0.0;
        case Padding::Border:
            return data[std::clamp<int64_t>(y, 0, height - 1) * width + std::clamp<int64_t>(x, 0, width - 1)];
        case Padding::Reflection:
            x = static_cast<int64_t>(reflect(static_cast<double>(x), border[0], border[2]));
            y = static_cast<int64_t>(reflect(static_cast<double>(y), border[1], border[3]));
            return data[std::clamp<int64_t>(y, 0, height - 1) * width + std::clamp<int64_t>(x, 0, width - 1)];
        }
        return 0;
    }
};

// Cubic convolution weights (A = -0.75) for the 4 taps around a fraction t.
void cubicWeights(double t, double w[4]) {
    constexpr double A = -0.75;
    w[0] = ((A * (t + 1) - 5 * A) * (t + 1) + 8 * A) * (t + 1) - 4 * A;
    w[1] = ((A + 2) * t - (A + 3)) * t * t + 1;
    w[2] = ((A + 2) * (1 - t) - (A + 3)) * (1 - t) * (1 - t) + 1;
    w[3] = ((A * (2 - t) - 5 * A) * (2 - t) + 8 * A) * (2 - t) - 4 * A;
}

template <typename T>
void gridSample(const Tensor& input, const Tensor& grid, Tensor& out, const std::string& mode, Padding padding, bool alignCorners) {
    const int64_t n = input.dim(0), c = input.dim(1), h = input.dim(2), w = input.dim(3);
    const int64_t oh = grid.dim(1), ow = grid.dim(2);
    const double xMin = alignCorners ? 0 : -0.5, xMax = alignCorners ? double(w - 1) : double(w) - 0.5;
    const double yMin = alignCorners ? 0 : -0.5, yMax = alignCorners ? double(h - 1) : double(h) - 0.5;
    auto denormalize = [&](double v, int64_t size) {
        return alignCorners ? (v + 1) / 2 * double(size - 1) : ((v + 1) * double(size) - 1) / 2;
    };
    std::vector<double> plane(static_cast<std::size_t>(h * w));
    for (int64_t b = 0; b < n; ++b) {
        for (int64_t ch = 0; ch < c; ++ch) {
            const T* src = input.data<T>() + (b * c + ch) * h * w;
            for (std::size_t i = 0; i < plane.size(); ++i) plane[i] = static_cast<double>(src[i]);
            const Plane p{plane.data(), h, w, padding, {xMin, yMin, xMax, yMax}};
            T* dst = out.data<T>() + (b * c + ch) * oh * ow;
            for (int64_t i = 0; i < oh * ow; ++i) {
                const T* g = grid.data<T>() + (b * oh * ow + i) * 2;
                double x = denormalize(static_cast<double>(g[0]), w), y = denormalize(static_cast<double>(g[1]), h);
                if (mode == "nearest") {
                    x = std::nearbyint(x); // half to even, like the reference
                    y = std::nearbyint(y);
                }
                if (x < xMin || x > xMax || y < yMin || y > yMax) {
                    if (padding == Padding::Border) {
                        x = std::clamp(x, 0.0, double(w - 1));
                        y = std::clamp(y, 0.0, double(h - 1));
                    } else if (padding == Padding::Reflection) {
                        x = reflect(x, xMin, xMax);
                        y = reflect(y, yMin, yMax);
                    }
                }
                double value = 0;
                if (mode == "nearest") {
                    value = p.at(static_cast<int64_t>(y), static_cast<int64_t>(x));
                } else if (mode == "bilinear") {
                    const auto x1 = static_cast<int64_t>(std::floor(x)), y1 = static_cast<int64_t>(std::floor(y));
                    const double dx = x - double(x1), dy = y - double(y1);
                    value = (1 - dy) * ((1 - dx) * p.at(y1, x1) + dx * p.at(y1, x1 + 1)) +
                            dy * ((1 - dx) * p.at(y1 + 1, x1) + dx * p.at(y1 + 1, x1 + 1));
                } else { // bicubic over the 4x4 neighbourhood
                    const auto x0 = static_cast<int64_t>(std::floor(x)) - 1, y0 = static_cast<int64_t>(std::floor(y)) - 1;
                    double wx[4], wy[4];
                    cubicWeights(x - double(x0) - 1, wx);
                    cubicWeights(y - double(y0) - 1, wy);
                    for (int64_t r = 0; r < 4; ++r) {
                        double row = 0;
                        for (int64_t k = 0; k < 4; ++k) row += wx[k] * p.at(y0 + r, x0 + k);
                        value += wy[r] * row;
                    }
                }
                dst[i] = static_cast<T>(value);
            }
        }
    }
}

Status gridSampleKernel(KernelContext& ctx) {
    const Tensor* input = ctx.input(0);
    const Tensor* grid = ctx.input(1);
    if (!input || !grid) return ctx.fail("X and grid are required");
    if (input->rank() != 4 || grid->rank() != 4 || grid->dim(3) != 2 || grid->dim(0) != input->dim(0))
        return ctx.fail("only 2-D sampling is supported: X [N, C, H, W] with grid [N, H_out, W_out, 2], got X " +
                        dimsText(input->dims()) + " and grid " + dimsText(grid->dims()));
    if (grid->type() != input->type()) return ctx.fail("X and grid need the same element type");
    if (input->dim(2) < 1 || input->dim(3) < 1) return ctx.fail("X has an empty spatial axis");
    std::string mode = ctx.attributes().getString("mode", "bilinear");
    if (mode == "linear") mode = "bilinear"; // opset 20 names
    if (mode == "cubic") mode = "bicubic";
    if (mode != "bilinear" && mode != "nearest" && mode != "bicubic") return ctx.fail("unknown mode '" + mode + "'");
    const std::string paddingName = ctx.attributes().getString("padding_mode", "zeros");
    Padding padding;
    if (paddingName == "zeros") padding = Padding::Zeros;
    else if (paddingName == "border") padding = Padding::Border;
    else if (paddingName == "reflection") padding = Padding::Reflection;
    else return ctx.fail("unknown padding_mode '" + paddingName + "'");
    const bool alignCorners = ctx.attributes().getInt("align_corners", 0) != 0;
    Tensor out = Tensor::allocate(input->type(), {input->dim(0), input->dim(1), grid->dim(1), grid->dim(2)});
    if (!dispatchFloat(input->type(), [&](auto typed) { gridSample<decltype(typed)>(*input, *grid, out, mode, padding, alignCorners); }))
        return unsupportedType(ctx, input->type());
    ctx.setOutput(0, std::move(out));
    return {};
}

// RoiAlign: average (or max) of bilinear samples on a regular grid in each output bin,
// with ONNX Runtime's edge handling.
template <typename T>
Status roiAlign(KernelContext& ctx, const Tensor& x, const Tensor& rois, const std::vector<int64_t>& batchIndices) {
    const int64_t channels = x.dim(1), height = x.dim(2), width = x.dim(3);
    const int64_t outH = ctx.attributes().getInt("output_height", 1), outW = ctx.attributes().getInt("output_width", 1);
    const int64_t samplingRatio = ctx.attributes().getInt("sampling_ratio", 0);
    const double scale = ctx.attributes().getFloat("spatial_scale", 1.0f);
    const bool isMax = ctx.attributes().getString("mode", "avg") == "max";
    // Opset 16 added half_pixel (its default); opset 10 behaved like output_half_pixel.
    const bool halfPixel = ctx.opset() >= 16 && ctx.attributes().getString("coordinate_transformation_mode", "half_pixel") == "half_pixel";
    if (outH < 1 || outW < 1 || samplingRatio < 0) return ctx.fail("output_height/output_width must be positive and sampling_ratio non-negative");
    const int64_t count = rois.dim(0);
    Tensor out = Tensor::allocate(x.type(), {count, channels, outH, outW});
    const double offset = halfPixel ? 0.5 : 0.0;
    for (int64_t r = 0; r < count; ++r) {
        const int64_t b = batchIndices[static_cast<std::size_t>(r)];
        if (b < 0 || b >= x.dim(0)) return ctx.fail("batch index " + std::to_string(b) + " is out of range");
        const T* box = rois.data<T>() + r * 4;
        const double x0 = double(box[0]) * scale - offset, y0 = double(box[1]) * scale - offset;
        double roiW = double(box[2]) * scale - offset - x0, roiH = double(box[3]) * scale - offset - y0;
        if (!halfPixel) {
            roiW = std::max(roiW, 1.0);
            roiH = std::max(roiH, 1.0);
        }
        const double binH = roiH / double(outH), binW = roiW / double(outW);
        const int64_t gridH = samplingRatio > 0 ? samplingRatio : static_cast<int64_t>(std::ceil(roiH / double(outH)));
        const int64_t gridW = samplingRatio > 0 ? samplingRatio : static_cast<int64_t>(std::ceil(roiW / double(outW)));
        const double samples = double(std::max<int64_t>(gridH * gridW, 1));
        for (int64_t c = 0; c < channels; ++c) {
            const T* plane = x.data<T>() + (b * channels + c) * height * width;
            T* dst = out.data<T>() + ((r * channels + c) * outH) * outW;
            for (int64_t ph = 0; ph < outH; ++ph) {
                for (int64_t pw = 0; pw < outW; ++pw) {
                    double sum = 0, best = 0;
                    bool first = true;
                    for (int64_t iy = 0; iy < gridH; ++iy) {
                        for (int64_t ix = 0; ix < gridW; ++ix) {
                            double y = y0 + double(ph) * binH + (double(iy) + 0.5) * binH / double(gridH);
                            double xx = x0 + double(pw) * binW + (double(ix) + 0.5) * binW / double(gridW);
                            double w[4] = {0, 0, 0, 0}, v[4] = {0, 0, 0, 0};
                            if (!(y < -1.0 || y > double(height) || xx < -1.0 || xx > double(width))) {
                                y = std::max(y, 0.0);
                                xx = std::max(xx, 0.0);
                                auto yLow = static_cast<int64_t>(y), xLow = static_cast<int64_t>(xx);
                                int64_t yHigh = yLow + 1, xHigh = xLow + 1;
                                if (yLow >= height - 1) { yLow = yHigh = height - 1; y = double(yLow); }
                                if (xLow >= width - 1) { xLow = xHigh = width - 1; xx = double(xLow); }
                                const double ly = y - double(yLow), lx = xx - double(xLow), hy = 1 - ly, hx = 1 - lx;
                                w[0] = hy * hx, w[1] = hy * lx, w[2] = ly * hx, w[3] = ly * lx;
                                v[0] = double(plane[yLow * width + xLow]), v[1] = double(plane[yLow * width + xHigh]);
                                v[2] = double(plane[yHigh * width + xLow]), v[3] = double(plane[yHigh * width + xHigh]);
                            }
                            if (isMax) {
                                // ONNX Runtime takes the largest weighted corner, not the interpolated value.
                                const double m = std::max({w[0] * v[0], w[1] * v[1], w[2] * v[2], w[3] * v[3]});
                                best = first ? m : std::max(best, m);
                                first = false;
                            } else {
                                sum += w[0] * v[0] + w[1] * v[1] + w[2] * v[2] + w[3] * v[3];
                            }
                        }
                    }
                    dst[ph * outW + pw] = static_cast<T>(isMax ? best : sum / samples);
                }
            }
        }
    }
    ctx.setOutput(0, std::move(out));
    return {};
}

Status roiAlignKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    const Tensor* rois = ctx.input(1);
    if (!x || !rois || !ctx.input(2)) return ctx.fail("X, rois and batch_indices are required");
    if (x->rank() != 4) return ctx.fail("X needs shape [N, C, H, W], got " + dimsText(x->dims()));
    if (rois->rank() != 2 || rois->dim(1) != 4 || rois->type() != x->type()) return ctx.fail("rois needs shape [num_rois, 4] and the type of X");
    auto batchIndices = integerInput(ctx, 2, "batch_indices");
    if (!batchIndices) return batchIndices.error();
    if (static_cast<int64_t>(batchIndices->size()) != rois->dim(0)) return ctx.fail("batch_indices needs one entry per roi");
    Status status;
    if (!dispatchFloat(x->type(), [&](auto typed) { status = roiAlign<decltype(typed)>(ctx, *x, *rois, *batchIndices); }))
        return unsupportedType(ctx, x->type());
    return status;
}

// TfIdfVectorizer over int n-grams: counts each pooled n-gram (with up to max_skip_count
// skipped items between its elements) per row, then weighs the counts.
Status tfIdfKernel(KernelContext& ctx) {
    const Tensor* input = ctx.input(0);
    if (!input) return ctx.fail("the input is missing");
    auto values = integerValues(*input);
    if (!values) return ctx.fail("only int32/int64 inputs are supported (pool_strings is not)");
    if (input->rank() != 1 && input->rank() != 2) return ctx.fail("the input needs shape [C] or [N, C], got " + dimsText(input->dims()));
    const Attributes& at = ctx.attributes();
    const int64_t minGram = at.getInt("min_gram_length", 1), maxGram = at.getInt("max_gram_length", 1), maxSkip = at.getInt("max_skip_count", 0);
    const std::string mode = at.getString("mode", "TF");
    const std::vector<int64_t> counts = at.getInts("ngram_counts"), indexes = at.getInts("ngram_indexes"), pool = at.getInts("pool_int64s");
    const std::vector<float> weights = at.get<std::vector<float>>("weights").value_or(std::vector<float>{});
    if (minGram < 1 || maxGram < minGram || maxSkip < 0) return ctx.fail("need 1 <= min_gram_length <= max_gram_length and max_skip_count >= 0");
    if (mode != "TF" && mode != "IDF" && mode != "TFIDF") return ctx.fail("unknown mode '" + mode + "'");
    if (pool.empty() || indexes.empty()) return ctx.fail("pool_int64s and ngram_indexes are required");

    // n-gram (as its items) -> index into ngram_indexes, grouped by size.
    std::map<std::vector<int64_t>, std::size_t> grams;
    std::size_t next = 0;
    for (std::size_t g = 0; g < counts.size(); ++g) {
        const int64_t size = static_cast<int64_t>(g) + 1;
        const int64_t begin = counts[g], end = g + 1 < counts.size() ? counts[g + 1] : static_cast<int64_t>(pool.size());
        if (begin < 0 || end < begin || end > static_cast<int64_t>(pool.size()) || (end - begin) % size != 0)
            return ctx.fail("ngram_counts does not split pool_int64s into whole n-grams");
        for (int64_t i = begin; i < end; i += size) grams[std::vector<int64_t>(pool.begin() + i, pool.begin() + i + size)] = next++;
    }
    if (next != indexes.size()) return ctx.fail("ngram_indexes needs one entry per pooled n-gram");
    if (!weights.empty() && weights.size() != indexes.size()) return ctx.fail("weights needs one entry per pooled n-gram");
    const int64_t outSize = *std::max_element(indexes.begin(), indexes.end()) + 1;
    if (*std::min_element(indexes.begin(), indexes.end()) < 0) return ctx.fail("ngram_indexes must not be negative");

    const int64_t rows = input->rank() == 2 ? input->dim(0) : 1, length = input->dims().back();
    Tensor out = Tensor::allocate(ElementType::Float32, input->rank() == 2 ? std::vector<int64_t>{rows, outSize} : std::vector<int64_t>{outSize});
    std::vector<int64_t> gram;
    for (int64_t r = 0; r < rows; ++r) {
        std::vector<double> tf(static_cast<std::size_t>(outSize), 0.0);
        std::vector<double> weightOf(static_cast<std::size_t>(outSize), 1.0);
        const int64_t* row = values->data() + r * length;
        for (int64_t n = minGram; n <= maxGram; ++n) {
            // Unigrams have no gaps to skip: count them once.
            for (int64_t skip = 0; skip <= (n == 1 ? 0 : maxSkip); ++skip) {
                for (int64_t start = 0; start + (n - 1) * (skip + 1) < length; ++start) {
                    gram.clear();
                    for (int64_t k = 0; k < n; ++k) gram.push_back(row[start + k * (skip + 1)]);
                    auto hit = grams.find(gram);
                    if (hit == grams.end()) continue;
                    const auto slot = static_cast<std::size_t>(indexes[hit->second]);
                    tf[slot] += 1;
                    if (!weights.empty()) weightOf[slot] = weights[hit->second];
                }
            }
        }
        float* dst = out.data<float>() + r * outSize;
        for (std::size_t i = 0; i < tf.size(); ++i) {
            const double value = mode == "TF" ? tf[i] : mode == "IDF" ? (tf[i] > 0 ? weightOf[i] : 0.0) : tf[i] * weightOf[i];
            dst[i] = static_cast<float>(value);
        }
    }
    ctx.setOutput(0, std::move(out));
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(Det, detKernel);
FUSEBOX_HOST_KERNEL(MaxUnpool, maxUnpoolKernel);
FUSEBOX_HOST_KERNEL(GridSample, gridSampleKernel);
FUSEBOX_HOST_KERNEL(RoiAlign, roiAlignKernel);
FUSEBOX_HOST_KERNEL(TfIdfVectorizer, tfIdfKernel);

} // namespace fusebox::host
