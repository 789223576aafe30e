// Reductions (ReduceSum ... ReduceLogSumExp) and ArgMax/ArgMin.
//
// All ten Reduce* ops share one loop: each op is a small policy with an accumulator
// type, init(), add() and finish(). Floating inputs accumulate in double and integer
// inputs in 64 bits, so the reference is at least as accurate as any backend.
#include "kernel_util.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

namespace fusebox::host {

namespace {

template <typename T>
using Wide = std::conditional_t<std::is_floating_point_v<T>, double,
                                std::conditional_t<std::is_signed_v<T>, int64_t, uint64_t>>;

template <typename T>
struct SumOp {
    using Acc = Wide<T>;
    static Acc init() { return 0; }
    static void add(Acc& a, T x) { a += static_cast<Acc>(x); }
    static T finish(Acc a, int64_t) { return static_cast<T>(a); }
};

template <typename T>
struct MeanOp {
    using Acc = Wide<T>;
    static Acc init() { return 0; }
    static void add(Acc& a, T x) { a += static_cast<Acc>(x); }
    static T finish(Acc a, int64_t n) {
        if constexpr (std::is_floating_point_v<T>) return static_cast<T>(a / static_cast<double>(n)); // 0/0 = NaN
        else return n == 0 ? T{0} : static_cast<T>(a / static_cast<Acc>(n));
    }
};

template <typename T>
struct ProdOp {
    using Acc = Wide<T>;
    static Acc init() { return 1; }
    static void add(Acc& a, T x) { a *= static_cast<Acc>(x); }
    static T finish(Acc a, int64_t) { return static_cast<T>(a); }
};

template <typename T>
bool isNan(T x) {
    if constexpr (std::is_floating_point_v<T>) return std::isnan(x);
    else return false;
}

template <typename T>
struct MaxOp {
    using Acc = T;
    // ONNX (opset 18) defines the max of an empty set as the type's lowest value (-inf).
    static Acc init() {
        if constexpr (std::numeric_limits<T>::has_infinity) return -std::numeric_limits<T>::infinity();
        else return std::numeric_limits<T>::lowest();
    }
    static void add(Acc& a, T x) {
        if (x > a || isNan(x)) a = x; // NaN propagates
    }
    static T finish(Acc a, int64_t) { return a; }
};

template <typename T>
struct MinOp {
    using Acc = T;
    static Acc init() {
        if constexpr (std::numeric_limits<T>::has_infinity) return std::numeric_limits<T>::infinity();
        else return std::numeric_limits<T>::max();
    }
    static void add(Acc& a, T x) {
        if (x < a || isNan(x)) a = x;
    }
    static T finish(Acc a, int64_t) { return a; }
};

template <typename T>
struct L1Op {
    using Acc = Wide<T>;
    static Acc init() { return 0; }
    static void add(Acc& a, T x) {
        if constexpr (std::is_signed_v<T>) a += static_cast<Acc>(x < 0 ? -x : x);
        else a += static_cast<Acc>(x);
    }
    static T finish(Acc a, int64_t) { return static_cast<T>(a); }
};

template <typename T>
struct SumSquareOp {
    using Acc = Wide<T>;
    static Acc init() { return 0; }
    static void add(Acc& a, T x) { a += static_cast<Acc>(x) * static_cast<Acc>(x); }
    static T finish(Acc a, int64_t) { return static_cast<T>(a); }
};

template <typename T>
struct L2Op : SumSquareOp<T> {
    static T finish(Wide<T> a, int64_t) { return static_cast<T>(std::sqrt(static_cast<double>(a))); }
};

template <typename T>
struct LogSumOp {
    using Acc = double;
    static Acc init() { return 0; }
    static void add(Acc& a, T x) { a += static_cast<double>(x); }
    static T finish(Acc a, int64_t) { return static_cast<T>(std::log(a)); }
};

// Online log-sum-exp: keeps the running max so large inputs do not overflow exp().
template <typename T>
struct LogSumExpOp {
    struct Acc {
        double max = -std::numeric_limits<double>::infinity();
        double sum = 0;
    };
    static Acc init() { return {}; }
    static void add(Acc& a, T value) {
        const double x = static_cast<double>(value);
        if (std::isnan(x)) {
            a.max = x;
        } else if (x > a.max) {
            a.sum = a.sum * std::exp(a.max - x) + 1;
            a.max = x;
        } else if (x != -std::numeric_limits<double>::infinity()) {
            a.sum += std::exp(x - a.max);
        }
    }
    static T finish(Acc a, int64_t) {
        return static_cast<T>(a.sum == 0 ? a.max : a.max + std::log(a.sum)); // empty: -inf
    }
};

struct ReducePlan {
    std::vector<int64_t> outDims;    // the output's dims (keepdims applied)
    std::vector<int64_t> outStrides; // per input axis: stride in the output, 0 for reduced axes
    int64_t reducedCount = 1;        // elements folded into each output element
    bool identity = false;           // noop_with_empty_axes with no axes: output = input
};

// Axes come from the attribute before `axesInputOpset` and from input 1 from then on.
Result<ReducePlan> planReduction(const KernelContext& ctx, const Tensor& x, int64_t axesInputOpset) {
    const auto rank = static_cast<int64_t>(x.rank());
    std::vector<int64_t> axes;
    if (ctx.opset() >= axesInputOpset) {
        if (const Tensor* axesTensor = ctx.input(1)) {
            auto values = integerValues(*axesTensor);
            if (!values) return ctx.fail("axes must be an int64 tensor");
            axes = *values;
        }
    } else {
        axes = ctx.attributes().getInts("axes");
    }
    const bool keepdims = ctx.attributes().getInt("keepdims", 1) != 0;
    const bool noopWithEmptyAxes = ctx.attributes().getInt("noop_with_empty_axes", 0) != 0;

    ReducePlan plan;
    if (axes.empty() && noopWithEmptyAxes) {
        plan.identity = true;
        plan.outDims = x.dims();
        return plan;
    }
    std::vector<bool> reduced(static_cast<std::size_t>(rank), axes.empty()); // empty axes: reduce all
    for (int64_t axis : axes) {
        auto normalized = normalizeAxis(axis, rank);
        if (!normalized) return ctx.fail("axis " + std::to_string(axis) + " is out of range for rank " + std::to_string(rank));
        if (reduced[static_cast<std::size_t>(*normalized)]) return ctx.fail("axis " + std::to_string(axis) + " is repeated");
        reduced[static_cast<std::size_t>(*normalized)] = true;
    }

    std::vector<int64_t> keptDims = x.dims();
    for (std::size_t i = 0; i < keptDims.size(); ++i)
        if (reduced[i]) {
            plan.reducedCount *= keptDims[i];
            keptDims[i] = 1;
        }
    plan.outStrides = stridesOf(keptDims);
    for (std::size_t i = 0; i < keptDims.size(); ++i)
        if (reduced[i]) plan.outStrides[i] = 0;
    for (std::size_t i = 0; i < keptDims.size(); ++i)
        if (keepdims || !reduced[i]) plan.outDims.push_back(keptDims[i]);
    return plan;
}

template <template <typename> class Op, typename T>
void runReduction(const Tensor& x, const ReducePlan& plan, Tensor& out) {
    using Acc = typename Op<T>::Acc;
    std::vector<Acc> acc(static_cast<std::size_t>(out.elementCount()), Op<T>::init());
    const std::vector<int64_t>& dims = x.dims();
    const int64_t count = x.elementCount();
    const T* in = x.data<T>();
    std::vector<int64_t> index(dims.size(), 0);
    int64_t o = 0; // output offset of the current input element, kept up to date like an odometer
    for (int64_t i = 0; i < count; ++i) {
        Op<T>::add(acc[static_cast<std::size_t>(o)], in[i]);
        for (std::size_t d = dims.size(); d-- > 0;) {
            o += plan.outStrides[d];
            if (++index[d] < dims[d]) break;
            o -= plan.outStrides[d] * dims[d];
            index[d] = 0;
        }
    }
    T* result = out.data<T>();
    for (std::size_t i = 0; i < acc.size(); ++i) result[i] = Op<T>::finish(acc[i], plan.reducedCount);
}

template <template <typename> class Op>
Status reduce(KernelContext& ctx, int64_t axesInputOpset) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input 'data'");
    auto plan = planReduction(ctx, *x, axesInputOpset);
    if (!plan) return plan.error();
    if (plan->identity) {
        ctx.setOutput(0, *x);
        return {};
    }
    Tensor out = Tensor::allocate(x->type(), plan->outDims);
    const bool ok = dispatchNumeric(x->type(), [&](auto tag) { runReduction<Op, decltype(tag)>(*x, *plan, out); });
    if (!ok) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(out));
    return {};
}

// ReduceSum took axes as an input from opset 13, the others from opset 18.
Status reduceSum(KernelContext& ctx) { return reduce<SumOp>(ctx, 13); }
Status reduceMean(KernelContext& ctx) { return reduce<MeanOp>(ctx, 18); }
Status reduceMax(KernelContext& ctx) { return reduce<MaxOp>(ctx, 18); }
Status reduceMin(KernelContext& ctx) { return reduce<MinOp>(ctx, 18); }
Status reduceProd(KernelContext& ctx) { return reduce<ProdOp>(ctx, 18); }
Status reduceL1(KernelContext& ctx) { return reduce<L1Op>(ctx, 18); }
Status reduceL2(KernelContext& ctx) { return reduce<L2Op>(ctx, 18); }
Status reduceLogSum(KernelContext& ctx) { return reduce<LogSumOp>(ctx, 18); }
Status reduceLogSumExp(KernelContext& ctx) { return reduce<LogSumExpOp>(ctx, 18); }
Status reduceSumSquare(KernelContext& ctx) { return reduce<SumSquareOp>(ctx, 18); }

// ArgMax/ArgMin ----------------------------------------------------------------------

template <typename T, bool Max>
void runArg(const T* in, int64_t outer, int64_t n, int64_t inner, bool selectLast, int64_t* out) {
    for (int64_t o = 0; o < outer; ++o)
        for (int64_t j = 0; j < inner; ++j) {
            const T* base = in + o * n * inner + j;
            int64_t best = 0;
            for (int64_t k = 1; k < n; ++k) {
                const T v = base[k * inner];
                const T b = base[best * inner];
                const bool better = Max ? v > b : v < b;
                if (better || (selectLast && v == b)) best = k;
            }
            out[o * inner + j] = best;
        }
}

template <bool Max>
Status argReduce(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input 'data'");
    const auto rank = static_cast<int64_t>(x->rank());
    const int64_t axisAttr = ctx.attributes().getInt("axis", 0);
    auto axis = normalizeAxis(axisAttr, std::max<int64_t>(rank, 1));
    if (!axis || rank == 0) return ctx.fail("axis " + std::to_string(axisAttr) + " is out of range for rank " + std::to_string(rank));
    const auto a = static_cast<std::size_t>(*axis);
    const int64_t n = x->dim(a);
    if (n == 0) return ctx.fail("cannot take the arg of an empty axis");
    const bool keepdims = ctx.attributes().getInt("keepdims", 1) != 0;
    const bool selectLast = ctx.attributes().getInt("select_last_index", 0) != 0;

    std::vector<int64_t> outDims = x->dims();
    if (keepdims) outDims[a] = 1;
    else outDims.erase(outDims.begin() + static_cast<std::ptrdiff_t>(a));
    Tensor out = Tensor::allocate(ElementType::Int64, outDims);
    const int64_t outer = product(x->dims(), 0, a);
    const int64_t inner = product(x->dims(), a + 1);
    const bool ok = dispatchNumeric(x->type(), [&](auto tag) {
        using T = decltype(tag);
        runArg<T, Max>(x->data<T>(), outer, n, inner, selectLast, out.data<int64_t>());
    });
    if (!ok) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(out));
    return {};
}

Status argMax(KernelContext& ctx) { return argReduce<true>(ctx); }
Status argMin(KernelContext& ctx) { return argReduce<false>(ctx); }

} // namespace

FUSEBOX_HOST_KERNEL(ReduceSum, reduceSum);
FUSEBOX_HOST_KERNEL(ReduceMean, reduceMean);
FUSEBOX_HOST_KERNEL(ReduceMax, reduceMax);
FUSEBOX_HOST_KERNEL(ReduceMin, reduceMin);
FUSEBOX_HOST_KERNEL(ReduceProd, reduceProd);
FUSEBOX_HOST_KERNEL(ReduceL1, reduceL1);
FUSEBOX_HOST_KERNEL(ReduceL2, reduceL2);
FUSEBOX_HOST_KERNEL(ReduceLogSum, reduceLogSum);
FUSEBOX_HOST_KERNEL(ReduceLogSumExp, reduceLogSumExp);
FUSEBOX_HOST_KERNEL(ReduceSumSquare, reduceSumSquare);
FUSEBOX_HOST_KERNEL(ArgMax, argMax);
FUSEBOX_HOST_KERNEL(ArgMin, argMin);

} // namespace fusebox::host
