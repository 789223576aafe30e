// Ordering ops: TopK, Unique, NonMaxSuppression.
#include "kernel_util.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <string>
#include <type_traits>

namespace fusebox::host {

namespace {

// Total order for sorting: NaN counts as larger than every number, as in numpy.
template <typename T>
bool lessThan(T a, T b) {
    if constexpr (std::is_floating_point_v<T>) {
        if (std::isnan(a)) return false;
        if (std::isnan(b)) return true;
    }
    return a < b;
}

// TopK -------------------------------------------------------------------------------

template <typename T>
void runTopK(const Tensor& x, std::size_t axis, int64_t k, bool largest, Tensor& values, Tensor& indices) {
    const int64_t n = x.dim(axis);
    const int64_t outer = product(x.dims(), 0, axis);
    const int64_t inner = product(x.dims(), axis + 1);
    const T* in = x.data<T>();
    T* outValues = values.data<T>();
    int64_t* outIndices = indices.data<int64_t>();
    std::vector<int64_t> order(static_cast<std::size_t>(n));
    for (int64_t o = 0; o < outer; ++o)
        for (int64_t j = 0; j < inner; ++j) {
            const T* base = in + o * n * inner + j;
            std::iota(order.begin(), order.end(), int64_t{0});
            // Equal values keep the smaller index first (the ONNX tie rule).
            auto before = [&](int64_t a, int64_t b) {
                const T va = base[a * inner];
                const T vb = base[b * inner];
                if (largest ? lessThan(vb, va) : lessThan(va, vb)) return true;
                if (largest ? lessThan(va, vb) : lessThan(vb, va)) return false;
                return a < b;
            };
            std::partial_sort(order.begin(), order.begin() + k, order.end(), before);
            for (int64_t i = 0; i < k; ++i) {
                const int64_t at = (o * k + i) * inner + j;
                outValues[at] = base[order[static_cast<std::size_t>(i)] * inner];
                outIndices[at] = order[static_cast<std::size_t>(i)];
            }
        }
}

Status topK(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input 'X'");
    int64_t k = 0;
    if (ctx.opset() >= 10) {
        const Tensor* kTensor = ctx.input(1);
        if (!kTensor) return ctx.fail("missing input 'K'");
        auto values = integerValues(*kTensor);
        if (!values || values->size() != 1) return ctx.fail("K must be a single int64 value");
        k = values->front();
    } else {
        k = ctx.attributes().getInt("k", -1);
    }
    const auto rank = static_cast<int64_t>(x->rank());
    const int64_t axisAttr = ctx.attributes().getInt("axis", -1);
    auto axis = normalizeAxis(axisAttr, rank);
    if (!axis) return ctx.fail("axis " + std::to_string(axisAttr) + " is out of range for rank " + std::to_string(rank));
    const auto a = static_cast<std::size_t>(*axis);
    if (k < 0 || k > x->dim(a))
        return ctx.fail("k " + std::to_string(k) + " is out of range for axis of size " + std::to_string(x->dim(a)));
    // `sorted` = 0 leaves the order unspecified; sorted output is a valid answer to both.
    const bool largest = ctx.attributes().getInt("largest", 1) != 0;

    std::vector<int64_t> outDims = x->dims();
    outDims[a] = k;
    Tensor values = Tensor::allocate(x->type(), outDims);
    Tensor indices = Tensor::allocate(ElementType::Int64, outDims);
    const bool ok = dispatchNumeric(x->type(), [&](auto tag) { runTopK<decltype(tag)>(*x, a, k, largest, values, indices); });
    if (!ok) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(values));
    ctx.setOutput(1, std::move(indices));
    return {};
}

// Unique -----------------------------------------------------------------------------

// Unique works on "items": single elements without an axis, slices along the axis
// with one. The tensor is viewed as [outer, n, inner] and item i is every element
// with middle index i, compared lexicographically in (outer, inner) order.
template <typename T>
void runUnique(KernelContext& ctx, const Tensor& x, std::optional<std::size_t> axis, bool sorted) {
    const std::vector<int64_t> dims = axis ? x.dims() : std::vector<int64_t>{x.elementCount()};
    const std::size_t a = axis.value_or(0);
    const int64_t outer = product(dims, 0, a);
    const int64_t n = dims[a];
    const int64_t inner = product(dims, a + 1);
    const T* in = x.data<T>();

    auto compare = [&](int64_t p, int64_t q) { // <0, 0, >0 like strcmp
        for (int64_t o = 0; o < outer; ++o)
            for (int64_t j = 0; j < inner; ++j) {
                const T vp = in[(o * n + p) * inner + j];
                const T vq = in[(o * n + q) * inner + j];
                if (lessThan(vp, vq)) return -1;
                if (lessThan(vq, vp)) return 1;
            }
        return 0;
    };
    // A stable sort puts each group's first occurrence at the group's start.
    std::vector<int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), int64_t{0});
    std::stable_sort(order.begin(), order.end(), [&](int64_t p, int64_t q) { return compare(p, q) < 0; });

    struct Group {
        int64_t first;
        int64_t count;
    };
    std::vector<Group> groups;
    std::vector<std::size_t> groupOf(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i == 0 || compare(order[i - 1], order[i]) != 0) groups.push_back({order[i], 0});
        groups.back().count++;
        groupOf[static_cast<std::size_t>(order[i])] = groups.size() - 1;
    }
    std::vector<std::size_t> rank(groups.size()); // group -> output position
    std::iota(rank.begin(), rank.end(), std::size_t{0});
    if (!sorted) {
        std::vector<std::size_t> byFirst = rank;
        std::sort(byFirst.begin(), byFirst.end(), [&](std::size_t p, std::size_t q) { return groups[p].first < groups[q].first; });
        for (std::size_t pos = 0; pos < byFirst.size(); ++pos) rank[byFirst[pos]] = pos;
    }

    const auto unique = static_cast<int64_t>(groups.size());
    std::vector<int64_t> yDims = dims;
    yDims[a] = unique;
    Tensor y = Tensor::allocate(x.type(), yDims);
    Tensor indices = Tensor::allocate(ElementType::Int64, {unique});
    Tensor inverse = Tensor::allocate(ElementType::Int64, {n});
    Tensor counts = Tensor::allocate(ElementType::Int64, {unique});
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto pos = static_cast<int64_t>(rank[g]);
        indices.data<int64_t>()[pos] = groups[g].first;
        counts.data<int64_t>()[pos] = groups[g].count;
        for (int64_t o = 0; o < outer; ++o)
            for (int64_t j = 0; j < inner; ++j)
                y.data<T>()[(o * unique + pos) * inner + j] = in[(o * n + groups[g].first) * inner + j];
    }
    for (std::size_t i = 0; i < groupOf.size(); ++i) inverse.data<int64_t>()[i] = static_cast<int64_t>(rank[groupOf[i]]);
    ctx.setOutput(0, std::move(y));
    if (ctx.outputCount() > 1) ctx.setOutput(1, std::move(indices));
    if (ctx.outputCount() > 2) ctx.setOutput(2, std::move(inverse));
    if (ctx.outputCount() > 3) ctx.setOutput(3, std::move(counts));
}

Status unique(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input 'X'");
    std::optional<std::size_t> axis;
    if (auto axisAttr = ctx.attributes().get<int64_t>("axis")) {
        auto normalized = normalizeAxis(*axisAttr, static_cast<int64_t>(x->rank()));
        if (!normalized)
            return ctx.fail("axis " + std::to_string(*axisAttr) + " is out of range for rank " + std::to_string(x->rank()));
        axis = static_cast<std::size_t>(*normalized);
    }
    const bool sorted = ctx.attributes().getInt("sorted", 1) != 0;
    if (x->type() == ElementType::Float16 || x->type() == ElementType::BFloat16) return unsupportedType(ctx, x->type());
    const bool ok = dispatchAny(x->type(), [&](auto tag) { runUnique<decltype(tag)>(ctx, *x, axis, sorted); });
    if (!ok) return unsupportedType(ctx, x->type());
    return {};
}


// NonMaxSuppression ------------------------------------------------------------------

struct Box {
    float yMin, xMin, yMax, xMax;
};

// center_point_box 0: two opposite corners [y1, x1, y2, x2] in any order; 1: [xc, yc, w, h].
Box boxAt(const float* b, bool centerPoint) {
    if (centerPoint) return {b[1] - b[3] / 2, b[0] - b[2] / 2, b[1] + b[3] / 2, b[0] + b[2] / 2};
    return {std::min(b[0], b[2]), std::min(b[1], b[3]), std::max(b[0], b[2]), std::max(b[1], b[3])};
}

float intersectionOverUnion(const Box& a, const Box& b) {
    const float areaA = (a.yMax - a.yMin) * (a.xMax - a.xMin);
    const float areaB = (b.yMax - b.yMin) * (b.xMax - b.xMin);
    if (areaA <= 0 || areaB <= 0) return 0;
    const float h = std::max(0.0f, std::min(a.yMax, b.yMax) - std::max(a.yMin, b.yMin));
    const float w = std::max(0.0f, std::min(a.xMax, b.xMax) - std::max(a.xMin, b.xMin));
    const float intersection = h * w;
    return intersection / (areaA + areaB - intersection);
}

// Reads an optional scalar input as a double; `fallback` when it is omitted.
std::optional<double> optionalScalar(const Tensor* t, double fallback) {
    if (!t) return fallback;
    if (t->elementCount() != 1) return std::nullopt;
    switch (t->type()) {
    case ElementType::Float32: return double(t->data<float>()[0]);
    case ElementType::Float64: return t->data<double>()[0];
    case ElementType::Int64: return double(t->data<int64_t>()[0]);
    case ElementType::Int32: return double(t->data<int32_t>()[0]);
    default: return std::nullopt;
    }
}

Status nonMaxSuppression(KernelContext& ctx) {
    const Tensor* boxes = ctx.input(0);
    const Tensor* scores = ctx.input(1);
    if (!boxes || !scores) return ctx.fail("missing input 'boxes' or 'scores'");
    if (boxes->type() != ElementType::Float32 || scores->type() != ElementType::Float32)
        return ctx.fail("boxes and scores must be float32");
    if (boxes->rank() != 3 || boxes->dim(2) != 4) return ctx.fail("boxes must have shape [batches, boxes, 4]");
    if (scores->rank() != 3 || scores->dim(0) != boxes->dim(0) || scores->dim(2) != boxes->dim(1))
        return ctx.fail("scores must have shape [batches, classes, boxes] matching boxes");
    const auto maxPerClass = optionalScalar(ctx.input(2), 0);
    const auto iouThreshold = optionalScalar(ctx.input(3), 0);
    const auto scoreThreshold = optionalScalar(ctx.input(4), -std::numeric_limits<double>::infinity());
    if (!maxPerClass || !iouThreshold || !scoreThreshold)
        return ctx.fail("max_output_boxes_per_class, iou_threshold and score_threshold must be scalars");
    const bool centerPoint = ctx.attributes().getInt("center_point_box", 0) != 0;

    const int64_t batches = boxes->dim(0), classes = scores->dim(1), count = boxes->dim(1);
    std::vector<int64_t> selected; // triples (batch, class, box)
    for (int64_t n = 0; n < batches; ++n)
        for (int64_t c = 0; c < classes; ++c) {
            const float* classScores = scores->data<float>() + (n * classes + c) * count;
            std::vector<int64_t> candidates;
            for (int64_t i = 0; i < count; ++i)
                if (classScores[i] > *scoreThreshold) candidates.push_back(i);
            // Highest score first; equal scores keep the lower box index first.
            std::stable_sort(candidates.begin(), candidates.end(),
                             [&](int64_t a, int64_t b) { return classScores[a] > classScores[b]; });
            std::vector<Box> kept;
            for (int64_t i : candidates) {
                if (static_cast<double>(kept.size()) >= *maxPerClass) break;
                const Box box = boxAt(boxes->data<float>() + (n * count + i) * 4, centerPoint);
                const bool suppressed = std::any_of(kept.begin(), kept.end(), [&](const Box& k) {
                    return intersectionOverUnion(k, box) > *iouThreshold;
                });
                if (suppressed) continue;
                kept.push_back(box);
                selected.insert(selected.end(), {n, c, i});
            }
        }
    const auto rows = static_cast<int64_t>(selected.size() / 3);
    ctx.setOutput(0, rows == 0 ? Tensor::allocate(ElementType::Int64, {0, 3})
                               : Tensor::fromValues(ElementType::Int64, {rows, 3}, selected));
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(TopK, topK);
FUSEBOX_HOST_KERNEL(Unique, unique);
FUSEBOX_HOST_KERNEL(NonMaxSuppression, nonMaxSuppression);

} // namespace fusebox::host
