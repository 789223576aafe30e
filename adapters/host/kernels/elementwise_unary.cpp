// Unary elementwise ops: math functions and activations from one table, their integer
// forms (Abs, Neg, Sign, Relu), predicates (IsNaN, IsInf, Not), Clip, Identity, Dropout.
#include "kernel_util.h"
#include "unary_functions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>
#include <utility>

namespace fusebox::host {

namespace {

struct UnaryOp {
    FloatFunction function;
    std::vector<std::pair<const char*, float>> params = {}; // float attribute name and its ONNX default
};

double sigmoid(double x) { return x >= 0 ? 1 / (1 + std::exp(-x)) : std::exp(x) / (1 + std::exp(x)); }

const std::map<std::string, UnaryOp>& unaryOps() {
    static const std::map<std::string, UnaryOp> ops = {
        {"Abs", {[](double x, const double*) { return std::fabs(x); }}},
        {"Neg", {[](double x, const double*) { return -x; }}},
        {"Sign", {[](double x, const double*) { return x > 0 ? 1.0 : x < 0 ? -1.0 : x; }}}, // keeps NaN and 0
        {"Reciprocal", {[](double x, const double*) { return 1 / x; }}},
        {"Floor", {[](double x, const double*) { return std::floor(x); }}},
        {"Ceil", {[](double x, const double*) { return std::ceil(x); }}},
        {"Round", {[](double x, const double*) { return std::nearbyint(x); }}}, // default mode: half to even
        {"Sqrt", {[](double x, const double*) { return std::sqrt(x); }}},
        {"Exp", {[](double x, const double*) { return std::exp(x); }}},
        {"Log", {[](double x, const double*) { return std::log(x); }}},
        {"Sin", {[](double x, const double*) { return std::sin(x); }}},
        {"Cos", {[](double x, const double*) { return std::cos(x); }}},
        {"Tan", {[](double x, const double*) { return std::tan(x); }}},
        {"Asin", {[](double x, const double*) { return std::asin(x); }}},
        {"Acos", {[](double x, const double*) { return std::acos(x); }}},
        {"Atan", {[](double x, const double*) { return std::atan(x); }}},
        {"Sinh", {[](double x, const double*) { return std::sinh(x); }}},
        {"Cosh", {[](double x, const double*) { return std::cosh(x); }}},
        {"Asinh", {[](double x, const double*) { return std::asinh(x); }}},
        {"Acosh", {[](double x, const double*) { return std::acosh(x); }}},
        {"Atanh", {[](double x, const double*) { return std::atanh(x); }}},
        {"Erf", {[](double x, const double*) { return std::erf(x); }}},
        {"Tanh", {[](double x, const double*) { return std::tanh(x); }}},
        {"Sigmoid", {[](double x, const double*) { return sigmoid(x); }}},
        {"Relu", {[](double x, const double*) { return x < 0 ? 0.0 : x; }}}, // NaN stays NaN
        {"HardSigmoid", {[](double x, const double* p) { return std::clamp(p[0] * x + p[1], 0.0, 1.0); },
                         {{"alpha", 0.2f}, {"beta", 0.5f}}}},
        {"HardSwish", {[](double x, const double*) { return x * std::clamp(x / 6 + 0.5, 0.0, 1.0); }}},
        {"LeakyRelu", {[](double x, const double* p) { return x < 0 ? p[0] * x : x; }, {{"alpha", 0.01f}}}},
        {"Elu", {[](double x, const double* p) { return x < 0 ? p[0] * std::expm1(x) : x; }, {{"alpha", 1.0f}}}},
        {"Selu", {[](double x, const double* p) { return p[1] * (x > 0 ? x : p[0] * std::expm1(x)); },
                  {{"alpha", 1.67326319217681884765625f}, {"gamma", 1.05070102214813232421875f}}}},
        {"Celu", {[](double x, const double* p) { return std::max(0.0, x) + std::min(0.0, p[0] * std::expm1(x / p[0])); },
                  {{"alpha", 1.0f}}}},
        {"ThresholdedRelu", {[](double x, const double* p) { return x > p[0] ? x : 0.0; }, {{"alpha", 1.0f}}}},
        // log(1 + e^x) without overflow for large x.
        {"Softplus", {[](double x, const double*) { return std::max(x, 0.0) + std::log1p(std::exp(-std::fabs(x))); }}},
        {"Softsign", {[](double x, const double*) { return x / (1 + std::fabs(x)); }}},
        {"Shrink", {[](double x, const double* p) { return x < -p[1] ? x + p[0] : x > p[1] ? x - p[0] : 0.0; },
                    {{"bias", 0.0f}, {"lambd", 0.5f}}}},
    };
    return ops;
}

// Large tensors are split across `threads`; small ones are not worth a thread.
template <typename T, typename F>
Tensor mapElements(const Tensor& x, ElementType outType, F f, int threads = 1) {
    using R = std::invoke_result_t<F, T>;
    constexpr int64_t kElementsPerThread = 1 << 15;
    Tensor out = Tensor::allocate(outType, x.dims(), Tensor::Fill::None); // every element is written
    const T* in = x.data<T>();
    R* dst = out.data<R>();
    const int64_t n = x.elementCount();
    parallelFor(n, n >= 2 * kElementsPerThread ? threads : 1, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) dst[i] = f(in[i]);
    });
    return out;
}

// Two's complement negation without signed overflow (the minimum maps to itself).
template <typename T>
T negate(T v) {
    using U = std::make_unsigned_t<T>;
    return T(U(U(0) - U(v)));
}

// Abs, Neg, Sign and Relu also take integer tensors (Neg and Relu only signed ones).
template <typename T>
std::optional<Tensor> integerUnary(const std::string& op, const Tensor& x) {
    if constexpr (std::is_signed_v<T>) {
        if (op == "Abs") return mapElements<T>(x, x.type(), [](T v) { return v < 0 ? negate(v) : v; });
        if (op == "Neg") return mapElements<T>(x, x.type(), [](T v) { return negate(v); });
        if (op == "Sign") return mapElements<T>(x, x.type(), [](T v) { return T(v > 0 ? 1 : v < 0 ? -1 : 0); });
        if (op == "Relu") return mapElements<T>(x, x.type(), [](T v) { return v < 0 ? T(0) : v; });
    } else {
        if (op == "Abs") return mapElements<T>(x, x.type(), [](T v) { return v; });
        if (op == "Sign") return mapElements<T>(x, x.type(), [](T v) { return T(v > 0 ? 1 : 0); });
    }
    return std::nullopt;
}

Status unaryKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    const std::string& op = ctx.node().opType;
    const UnaryFunction function = *unaryFunction(ctx.node()); // registered for table ops only

    std::optional<Tensor> out;
    const bool isFloat = dispatchFloat(x->type(), [&](auto tag) {
        using T = decltype(tag);
        if (op == "Relu") { // the most common activation: worth a loop the compiler vectorises
            out = mapElements<T>(*x, x->type(), [](T v) { return v < 0 ? T(0) : v; }, ctx.threads());
            return;
        }
        out = mapElements<T>(*x, x->type(), [&](T v) { return T(function.function(double(v), function.params)); }, ctx.threads());
    });
    if (!isFloat) {
        dispatchNumeric(x->type(), [&](auto tag) {
            if constexpr (std::is_integral_v<decltype(tag)>) out = integerUnary<decltype(tag)>(op, *x);
        });
    }
    if (!out) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(*out));
    return {};
}

} // namespace

std::optional<UnaryFunction> unaryFunction(const Node& node) {
    auto it = unaryOps().find(node.opType);
    if (it == unaryOps().end()) return std::nullopt;
    UnaryFunction function;
    function.function = it->second.function;
    for (std::size_t i = 0; i < it->second.params.size(); ++i) {
        const auto& [name, fallback] = it->second.params[i];
        function.params[i] = node.attributes.get<float>(name).value_or(fallback);
    }
    return function;
}

namespace {

// Registers every op of the table with the one kernel that looks itself up by op type.
[[maybe_unused]] const bool kRegisteredUnaryTable = [] {
    for (const auto& entry : unaryOps()) KernelRegistry::add(entry.first.c_str(), computeHalfInFloat32<unaryKernel>);
    return true;
}();

Status isNaNKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    std::optional<Tensor> out;
    dispatchFloat(x->type(), [&](auto tag) {
        using T = decltype(tag);
        out = mapElements<T>(*x, ElementType::Bool, [](T v) { return std::isnan(v); });
    });
    if (!out) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(*out));
    return {};
}

Status isInfKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    const bool positive = ctx.attributes().getInt("detect_positive", 1) != 0;
    const bool negative = ctx.attributes().getInt("detect_negative", 1) != 0;
    std::optional<Tensor> out;
    dispatchFloat(x->type(), [&](auto tag) {
        using T = decltype(tag);
        out = mapElements<T>(*x, ElementType::Bool,
                             [&](T v) { return std::isinf(v) && (v > 0 ? positive : negative); });
    });
    if (!out) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(*out));
    return {};
}

Status notKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    if (x->type() != ElementType::Bool) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, mapElements<bool>(*x, ElementType::Bool, [](bool v) { return !v; }));
    return {};
}

// Clip: bounds are attributes before opset 11 and optional scalar inputs from then on.
Status clipKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    std::optional<Tensor> out;
    std::optional<Error> error;
    dispatchNumeric(x->type(), [&](auto tag) {
        using T = decltype(tag);
        T bounds[2] = {std::numeric_limits<T>::lowest(), std::numeric_limits<T>::max()};
        const char* names[2] = {"min", "max"};
        for (int k = 0; k < 2; ++k) {
            if (ctx.opset() < 11) {
                if (auto value = ctx.attributes().get<float>(names[k])) bounds[k] = T(*value);
            } else if (const Tensor* bound = ctx.input(1 + k)) {
                if (bound->type() != x->type() || bound->elementCount() != 1) {
                    error = ctx.fail(std::string(names[k]) + " must be a single " +
                                     std::string(elementTypeName(x->type())) + " value");
                    return;
                }
                bounds[k] = bound->data<T>()[0];
            }
        }
        // max(NaN, lo) and min(NaN, hi) return NaN; min > max gives max, as ONNX specifies.
        out = mapElements<T>(*x, x->type(), [&](T v) { return std::min(std::max(v, bounds[0]), bounds[1]); });
    });
    if (error) return *error;
    if (!out) return unsupportedType(ctx, x->type());
    ctx.setOutput(0, std::move(*out));
    return {};
}

// Identity shares the input buffer: tensors are never written after they are produced.
Status identityKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    ctx.setOutput(0, *x);
    return {};
}

// Inference-only Dropout: the data passes through and the mask keeps everything.
Status dropoutKernel(KernelContext& ctx) {
    const Tensor* x = ctx.input(0);
    if (!x) return ctx.fail("missing input");
    if (const Tensor* training = ctx.input(2); training && ctx.opset() >= 12) {
        if (training->type() != ElementType::Bool || training->elementCount() != 1)
            return ctx.fail("training_mode must be a single bool");
        if (training->data<bool>()[0]) return ctx.fail("training mode is not supported, only inference");
    }
    ctx.setOutput(0, *x);
    if (!ctx.wantsOutput(1)) return {};
    // The mask is bool from opset 10; before that it has the data's type.
    if (ctx.opset() >= 10) {
        Tensor mask = Tensor::allocate(ElementType::Bool, x->dims());
        std::fill_n(mask.data<bool>(), mask.elementCount(), true);
        ctx.setOutput(1, std::move(mask));
        return {};
    }
    Tensor mask = Tensor::allocate(x->type(), x->dims());
    const bool filled = dispatchFloat(x->type(), [&](auto tag) {
        using T = decltype(tag);
        std::fill_n(mask.data<T>(), mask.elementCount(), T(1));
    });
    if (!filled) return unsupportedType(ctx, x->type());
    ctx.setOutput(1, std::move(mask));
    return {};
}

} // namespace

FUSEBOX_HOST_KERNEL(IsNaN, computeHalfInFloat32<isNaNKernel>);
FUSEBOX_HOST_KERNEL(IsInf, computeHalfInFloat32<isInfKernel>);
FUSEBOX_HOST_KERNEL(Not, notKernel);
FUSEBOX_HOST_KERNEL(Clip, computeHalfInFloat32<clipKernel>);
FUSEBOX_HOST_KERNEL(Identity, identityKernel);
FUSEBOX_HOST_KERNEL(Dropout, dropoutKernel);

} // namespace fusebox::host
