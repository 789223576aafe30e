// Binary and variadic elementwise ops with numpy broadcasting: arithmetic, Pow, Mod,
// BitShift, logic, comparisons, Max/Min/Sum/Mean, Where and PRelu. One loop,
// broadcastMap, serves them all.
#include "kernel_util.h"

#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <tuple>
#include <type_traits>
#include <utility>

namespace fusebox::host {

namespace {

// out[i] = f(in0[o0], in1[o1], ...) over the broadcast shape of all inputs, with
// TO the output and TI... the inputs' C++ element types.
template <typename TO, typename... TI, typename F, std::size_t... K>
Result<Tensor> broadcastMapImpl(const KernelContext& ctx, ElementType outType,
                                const std::array<const Tensor*, sizeof...(TI)>& in, F& f, std::index_sequence<K...>) {
    std::vector<int64_t> dims;
    for (const Tensor* t : in) {
        auto joined = broadcastShapes(dims, t->dims());
        if (!joined) return ctx.fail("incompatible shapes " + dimsText(dims) + " and " + dimsText(t->dims()) + " for broadcasting");
        dims = std::move(*joined);
    }
    Tensor out = Tensor::allocate(outType, dims);
    TO* dst = out.data<TO>();
    const std::tuple<const TI*...> src{in[K]->template data<TI>()...};
    const int64_t n = out.elementCount();
    if (n == 0) return out;

    // Fast path: every input has the output's shape or is a single element.
    // Large tensors are split across the kernel threads; small ones are not worth a thread.
    constexpr int64_t kElementsPerThread = 1 << 15;
    const int threads = n >= 2 * kElementsPerThread ? ctx.threads() : 1;
    if (((in[K]->elementCount() == n || in[K]->elementCount() == 1) && ...)) {
        const std::array<int64_t, sizeof...(TI)> step{(in[K]->elementCount() == n ? 1 : 0)...};
        parallelFor(n, threads, [&](int64_t begin, int64_t end) {
            for (int64_t i = begin; i < end; ++i) dst[i] = f(std::get<K>(src)[i * step[K]]...);
        });
        return out;
    }
    // General case: each row of the innermost axis runs as a plain loop; a row's start
    // in every input comes from its multi-index over the outer axes.
    const std::array<std::vector<int64_t>, sizeof...(TI)> strides{broadcastStrides(in[K]->dims(), dims)...};
    const std::vector<int64_t> outer(dims.begin(), dims.end() - 1);
    const int64_t inner = dims.back(), rows = product(outer);
    parallelFor(rows, threads, [&](int64_t begin, int64_t end) {
        for (int64_t row = begin; row < end; ++row) {
            std::array<int64_t, sizeof...(TI)> base{};
            for (int64_t axis = static_cast<int64_t>(outer.size()) - 1, rest = row; axis >= 0; --axis) {
                const int64_t index = rest % outer[static_cast<std::size_t>(axis)];
                rest /= outer[static_cast<std::size_t>(axis)];
                ((base[K] += index * strides[K][static_cast<std::size_t>(axis)]), ...);
            }
            TO* target = dst + row * inner;
            for (int64_t i = 0; i < inner; ++i) target[i] = f(std::get<K>(src)[base[K] + i * strides[K].back()]...);
        }
    });
    return out;
}

template <typename TO, typename... TI, typename F>
Result<Tensor> broadcastMap(const KernelContext& ctx, ElementType outType,
                            const std::array<const Tensor*, sizeof...(TI)>& in, F f) {
    return broadcastMapImpl<TO, TI...>(ctx, outType, in, f, std::index_sequence_for<TI...>{});
}

Status setResult(KernelContext& ctx, Result<Tensor> result) {
    if (!result) return result.error();
    ctx.setOutput(0, std::move(*result));
    return {};
}

// Both inputs present and of one type (what nearly every binary op requires).
Result<std::pair<const Tensor*, const Tensor*>> twoInputs(const KernelContext& ctx) {
    const Tensor* a = ctx.input(0);
    const Tensor* b = ctx.input(1);
    if (!a || !b) return ctx.fail("needs two inputs");
    if (a->type() != b->type())
        return ctx.fail("input types " + std::string(elementTypeName(a->type())) + " and " +
                        std::string(elementTypeName(b->type())) + " differ");
    return std::pair{a, b};
}

// Integer + - * wrap around like two's complement hardware instead of being undefined.
template <typename T, typename F>
T wrapping(T a, T b, F f) {
    if constexpr (std::is_integral_v<T>) {
        using U = std::make_unsigned_t<std::common_type_t<T, unsigned>>;
        return T(f(U(a), U(b)));
    } else {
        return f(a, b);
    }
}

template <typename T>
T maxOf(T a, T b) {
    if constexpr (std::is_floating_point_v<T>) {
        if (std::isnan(a) || std::isnan(b)) return std::numeric_limits<T>::quiet_NaN(); // NaN wins, as in numpy
    }
    return a < b ? b : a;
}

template <typename T>
T minOf(T a, T b) {
    if constexpr (std::is_floating_point_v<T>) {
        if (std::isnan(a) || std::isnan(b)) return std::numeric_limits<T>::quiet_NaN();
    }
    return b < a ? b : a;
}

// Add, Sub, Mul, Div, Max, Min of two tensors of type T. Integer Div truncates toward
// zero like C; division by zero is an error rather than a crash.
template <typename T>
Result<Tensor> arithmetic(const KernelContext& ctx, const std::string& op, const Tensor& a, const Tensor& b) {
    const std::array<const Tensor*, 2> in{&a, &b};
    const ElementType type = a.type();
    if (op == "Add" || op == "Sum" || op == "Mean")
        return broadcastMap<T, T, T>(ctx, type, in, [](T x, T y) { return wrapping(x, y, [](auto p, auto q) { return p + q; }); });
    if (op == "Sub") return broadcastMap<T, T, T>(ctx, type, in, [](T x, T y) { return wrapping(x, y, [](auto p, auto q) { return p - q; }); });
    if (op == "Mul") return broadcastMap<T, T, T>(ctx, type, in, [](T x, T y) { return wrapping(x, y, [](auto p, auto q) { return p * q; }); });
    if (op == "Max") return broadcastMap<T, T, T>(ctx, type, in, maxOf<T>);
    if (op == "Min") return broadcastMap<T, T, T>(ctx, type, in, minOf<T>);
    std::atomic<bool> divideByZero = false; // written from the kernel threads
    auto result = broadcastMap<T, T, T>(ctx, type, in, [&](T x, T y) {
        if constexpr (std::is_integral_v<T>) {
            if (y == 0) {
                divideByZero = true;
                return T(0);
            }
            if constexpr (std::is_signed_v<T>) {
                if (y == -1) return wrapping(T(0), x, [](auto p, auto q) { return p - q; }); // MIN / -1 overflows
            }
        }
        return T(x / y);
    });
    if (divideByZero) return ctx.fail("integer division by zero");
    return result;
}

Status arithmeticKernel(KernelContext& ctx) {
    auto inputs = twoInputs(ctx);
    if (!inputs) return inputs.error();
    const auto [a, b] = *inputs;
    std::optional<Result<Tensor>> result;
    if (!dispatchNumeric(a->type(), [&](auto tag) { result = arithmetic<decltype(tag)>(ctx, ctx.node().opType, *a, *b); }))
        return unsupportedType(ctx, a->type());
    return setResult(ctx, std::move(*result));
}

// Max, Min, Sum, Mean over any number of inputs, broadcast together.
Status variadicKernel(KernelContext& ctx) {
    const std::string& op = ctx.node().opType;
    std::vector<const Tensor*> inputs;
    for (std::size_t i = 0; i < ctx.inputCount(); ++i) {
        if (const Tensor* t = ctx.input(i)) inputs.push_back(t);
    }
    if (inputs.empty()) return ctx.fail("needs at least one input");
    for (const Tensor* t : inputs) {
        if (t->type() != inputs[0]->type()) return ctx.fail("inputs must all have one element type");
    }
    std::optional<Status> status;
    auto run = [&](auto tag) {
        using T = decltype(tag);
        Tensor acc = *inputs[0];
        for (std::size_t i = 1; i < inputs.size(); ++i) {
            auto next = arithmetic<T>(ctx, op, acc, *inputs[i]);
            if (!next) {
                status = next.error();
                return;
            }
            acc = std::move(*next);
        }
        if (op == "Mean" && inputs.size() > 1) {
            const T count = T(inputs.size());
            auto mean = broadcastMap<T, T>(ctx, acc.type(), {&acc}, [count](T v) { return v / count; });
            status = setResult(ctx, std::move(mean));
            return;
        }
        ctx.setOutput(0, std::move(acc));
        status = Status{};
    };
    const bool supported = op == "Mean" ? dispatchFloat(inputs[0]->type(), run) : dispatchNumeric(inputs[0]->type(), run);
    if (!supported) return unsupportedType(ctx, inputs[0]->type());
    return *status;
}

// x^n by squaring for integer exponents; negative n truncates 1/x^|n| toward zero.
template <typename T>
T integerPower(T base, int64_t exponent) {
    if (exponent < 0) {
        if (base == 1) return 1;
        if constexpr (std::is_signed_v<T>) {
            if (base == -1) return exponent % 2 ? T(-1) : T(1);
        }
        return 0;
    }
    T result = 1;
    while (exponent > 0) {
        if (exponent & 1) result = wrapping(result, base, [](auto p, auto q) { return p * q; });
        base = wrapping(base, base, [](auto p, auto q) { return p * q; });
        exponent >>= 1;
    }
    return result;
}

// Pow: the base decides the output type; the exponent may be any numeric type.
Status powKernel(KernelContext& ctx) {
    const Tensor* a = ctx.input(0);
    const Tensor* b = ctx.input(1);
    if (!a || !b) return ctx.fail("needs two inputs");
    std::optional<Result<Tensor>> result;
    ElementType unsupported = a->type();
    dispatchNumeric(a->type(), [&](auto baseTag) {
        using TA = decltype(baseTag);
        if constexpr (std::is_floating_point_v<TA> || std::is_same_v<TA, int32_t> || std::is_same_v<TA, int64_t>) {
            unsupported = b->type(); // the base is fine; only the exponent can still be wrong
            dispatchNumeric(b->type(), [&](auto exponentTag) {
                using TB = decltype(exponentTag);
                result = broadcastMap<TA, TA, TB>(ctx, a->type(), {a, b}, [](TA x, TB y) {
                    if constexpr (std::is_integral_v<TA> && std::is_integral_v<TB>) return integerPower(x, int64_t(y));
                    else return TA(std::pow(double(x), double(y)));
                });
            });
        }
    });
    if (!result) return unsupportedType(ctx, unsupported);
    return setResult(ctx, std::move(*result));
}

// Mod: fmod=1 is C's fmod/%; fmod=0 (integers only) takes the divisor's sign like Python.
Status modKernel(KernelContext& ctx) {
    auto inputs = twoInputs(ctx);
    if (!inputs) return inputs.error();
    const auto [a, b] = *inputs;
    const bool cStyle = ctx.attributes().getInt("fmod", 0) != 0;
    bool divideByZero = false;
    std::optional<Result<Tensor>> result;
    const bool supported = dispatchNumeric(a->type(), [&](auto tag) {
        using T = decltype(tag);
        if constexpr (std::is_floating_point_v<T>) {
            if (!cStyle) {
                result = ctx.fail("fmod must be 1 for floating point inputs");
                return;
            }
            result = broadcastMap<T, T, T>(ctx, a->type(), {a, b}, [](T x, T y) { return T(std::fmod(x, y)); });
        } else {
            result = broadcastMap<T, T, T>(ctx, a->type(), {a, b}, [&](T x, T y) {
                if (y == 0) {
                    divideByZero = true;
                    return T(0);
                }
                if constexpr (std::is_signed_v<T>) {
                    if (y == -1) return T(0); // avoids MIN % -1 overflowing
                    const T r = T(x % y);
                    return !cStyle && r != 0 && (r < 0) != (y < 0) ? T(r + y) : r;
                } else {
                    return T(x % y);
                }
            });
        }
    });
    if (!supported) return unsupportedType(ctx, a->type());
    if (divideByZero) return ctx.fail("integer division by zero");
    return setResult(ctx, std::move(*result));
}

// BitShift on unsigned integers; shifting by the bit width or more gives 0.
Status bitShiftKernel(KernelContext& ctx) {
    auto inputs = twoInputs(ctx);
    if (!inputs) return inputs.error();
    const auto [a, b] = *inputs;
    const std::string direction = ctx.attributes().getString("direction", "");
    if (direction != "LEFT" && direction != "RIGHT") return ctx.fail("direction must be LEFT or RIGHT");
    const bool left = direction == "LEFT";
    std::optional<Result<Tensor>> result;
    dispatchNumeric(a->type(), [&](auto tag) {
        using T = decltype(tag);
        if constexpr (std::is_unsigned_v<T>) {
            result = broadcastMap<T, T, T>(ctx, a->type(), {a, b}, [left](T x, T y) {
                if (y >= T(std::numeric_limits<T>::digits)) return T(0);
                return left ? T(x << y) : T(x >> y);
            });
        }
    });
    if (!result) return unsupportedType(ctx, a->type());
    return setResult(ctx, std::move(*result));
}

Status logicKernel(KernelContext& ctx) {
    auto inputs = twoInputs(ctx);
    if (!inputs) return inputs.error();
    const auto [a, b] = *inputs;
    if (a->type() != ElementType::Bool) return unsupportedType(ctx, a->type());
    const std::string& op = ctx.node().opType;
    const std::array<const Tensor*, 2> in{a, b};
    if (op == "And") return setResult(ctx, broadcastMap<bool, bool, bool>(ctx, ElementType::Bool, in, [](bool x, bool y) { return x && y; }));
    if (op == "Or") return setResult(ctx, broadcastMap<bool, bool, bool>(ctx, ElementType::Bool, in, [](bool x, bool y) { return x || y; }));
    return setResult(ctx, broadcastMap<bool, bool, bool>(ctx, ElementType::Bool, in, [](bool x, bool y) { return x != y; }));
}

template <typename T>
Result<Tensor> compare(const KernelContext& ctx, const std::string& op, const Tensor& a, const Tensor& b) {
    const std::array<const Tensor*, 2> in{&a, &b};
    const ElementType out = ElementType::Bool;
    if (op == "Equal") return broadcastMap<bool, T, T>(ctx, out, in, [](T x, T y) { return x == y; });
    if (op == "Less") return broadcastMap<bool, T, T>(ctx, out, in, [](T x, T y) { return x < y; });
    if (op == "LessOrEqual") return broadcastMap<bool, T, T>(ctx, out, in, [](T x, T y) { return x <= y; });
    if (op == "Greater") return broadcastMap<bool, T, T>(ctx, out, in, [](T x, T y) { return x > y; });
    return broadcastMap<bool, T, T>(ctx, out, in, [](T x, T y) { return x >= y; });
}

Status compareKernel(KernelContext& ctx) {
    auto inputs = twoInputs(ctx);
    if (!inputs) return inputs.error();
    const auto [a, b] = *inputs;
    const std::string& op = ctx.node().opType;
    if (a->type() == ElementType::Bool && op == "Equal") return setResult(ctx, compare<bool>(ctx, op, *a, *b));
    std::optional<Result<Tensor>> result;
    if (!dispatchNumeric(a->type(), [&](auto tag) { result = compare<decltype(tag)>(ctx, op, *a, *b); }))
        return unsupportedType(ctx, a->type());
    return setResult(ctx, std::move(*result));
}

// Where(condition, X, Y) over the broadcast of all three; X and Y of any type.
Status whereKernel(KernelContext& ctx) {
    const Tensor* condition = ctx.input(0);
    const Tensor* x = ctx.input(1);
    const Tensor* y = ctx.input(2);
    if (!condition || !x || !y) return ctx.fail("needs three inputs");
    if (condition->type() != ElementType::Bool) return ctx.fail("condition must be bool");
    if (x->type() != y->type()) return ctx.fail("X and Y must have one element type");
    std::optional<Result<Tensor>> result;
    if (!dispatchAny(x->type(), [&](auto tag) {
            using T = decltype(tag);
            result = broadcastMap<T, bool, T, T>(ctx, x->type(), {condition, x, y}, [](bool c, T p, T q) { return c ? p : q; });
        }))
        return unsupportedType(ctx, x->type());
    return setResult(ctx, std::move(*result));
}

// PRelu: the slope broadcasts to X's shape (one direction only).
Status preluKernel(KernelContext& ctx) {
    auto inputs = twoInputs(ctx);
    if (!inputs) return inputs.error();
    const auto [x, slope] = *inputs;
    if (broadcastShapes(x->dims(), slope->dims()) != std::optional(x->dims()))
        return ctx.fail("slope shape " + dimsText(slope->dims()) + " does not broadcast to " + dimsText(x->dims()));
    std::optional<Result<Tensor>> result;
    dispatchNumeric(x->type(), [&](auto tag) {
        using T = decltype(tag);
        if constexpr (std::is_signed_v<T>) {
            result = broadcastMap<T, T, T>(ctx, x->type(), {x, slope}, [](T v, T s) {
                return v < 0 ? wrapping(v, s, [](auto p, auto q) { return p * q; }) : v;
            });
        }
    });
    if (!result) return unsupportedType(ctx, x->type());
    return setResult(ctx, std::move(*result));
}

} // namespace

FUSEBOX_HOST_KERNEL(Add, computeHalfInFloat32<arithmeticKernel>);
FUSEBOX_HOST_KERNEL(Sub, computeHalfInFloat32<arithmeticKernel>);
FUSEBOX_HOST_KERNEL(Mul, computeHalfInFloat32<arithmeticKernel>);
FUSEBOX_HOST_KERNEL(Div, computeHalfInFloat32<arithmeticKernel>);
FUSEBOX_HOST_KERNEL(Max, computeHalfInFloat32<variadicKernel>);
FUSEBOX_HOST_KERNEL(Min, computeHalfInFloat32<variadicKernel>);
FUSEBOX_HOST_KERNEL(Sum, computeHalfInFloat32<variadicKernel>);
FUSEBOX_HOST_KERNEL(Mean, computeHalfInFloat32<variadicKernel>);
FUSEBOX_HOST_KERNEL(Pow, computeHalfInFloat32<powKernel>);
FUSEBOX_HOST_KERNEL(Mod, computeHalfInFloat32<modKernel>);
FUSEBOX_HOST_KERNEL(BitShift, bitShiftKernel);
FUSEBOX_HOST_KERNEL(And, logicKernel);
FUSEBOX_HOST_KERNEL(Or, logicKernel);
FUSEBOX_HOST_KERNEL(Xor, logicKernel);
FUSEBOX_HOST_KERNEL(Equal, computeHalfInFloat32<compareKernel>);
FUSEBOX_HOST_KERNEL(Less, computeHalfInFloat32<compareKernel>);
FUSEBOX_HOST_KERNEL(LessOrEqual, computeHalfInFloat32<compareKernel>);
FUSEBOX_HOST_KERNEL(Greater, computeHalfInFloat32<compareKernel>);
FUSEBOX_HOST_KERNEL(GreaterOrEqual, computeHalfInFloat32<compareKernel>);
FUSEBOX_HOST_KERNEL(Where, whereKernel);
FUSEBOX_HOST_KERNEL(PRelu, computeHalfInFloat32<preluKernel>);

} // namespace fusebox::host
