// Recurrent layers: RNN, GRU, LSTM (ONNX semantics, layout 0 and 1).
//
// One driver handles what the three share: input checks, directions, sequence_lens,
// layouts and outputs. The input projection X*W^T of all time steps is one gemm per
// direction; each step then needs H*R^T (one gemm) and the cell's element-wise math.
// Internally everything is in layout 0: X [seq, batch, input], states [dir, batch, hidden].
#include "kernel_util.h"

#include <cblas.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <type_traits>

namespace fusebox::host {

namespace {

enum class Cell { Rnn, Gru, Lstm };

// C[m,n] = A[m,k] * B[n,k]^T, row-major.
template <typename T>
void gemmTransB(int64_t m, int64_t n, int64_t k, const T* a, const T* b, T* c) {
    if (m == 0 || n == 0) return;
    if (k == 0) { // BLAS rejects lda = 0; an empty product is 0
        std::fill_n(c, m * n, T{0});
        return;
    }
    if constexpr (std::is_same_v<T, float>)
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, int(m), int(n), int(k), 1.0f, a, int(k), b, int(k), 0.0f, c, int(n));
    else
        cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, int(m), int(n), int(k), 1.0, a, int(k), b, int(k), 0.0, c, int(n));
}

// The activation functions ONNX allows in recurrent layers.
struct Activation {
    std::string name; // lower case
    double alpha = 0;
    double beta = 0;

    double operator()(double x) const {
        if (name == "sigmoid") return 1 / (1 + std::exp(-x));
        if (name == "tanh") return std::tanh(x);
        if (name == "relu") return std::max(x, 0.0);
        if (name == "affine") return alpha * x + beta;
        if (name == "leakyrelu") return x >= 0 ? x : alpha * x;
        if (name == "thresholdedrelu") return x > alpha ? x : 0;
        if (name == "scaledtanh") return alpha * std::tanh(beta * x);
        if (name == "hardsigmoid") return std::clamp(alpha * x + beta, 0.0, 1.0);
        if (name == "elu") return x >= 0 ? x : alpha * (std::exp(x) - 1);
        if (name == "softsign") return x / (1 + std::abs(x));
        return std::log1p(std::exp(x)); // softplus; parseActivations rejects other names
    }
};

// Reads `activations` (with their alpha/beta, consumed in order by the functions that
// take them) or the cell's defaults, one set per direction.
Result<std::vector<Activation>> parseActivations(const KernelContext& ctx, Cell cell, int64_t directions) {
    std::vector<std::string> names;
    if (auto given = ctx.attributes().get<std::vector<std::string>>("activations")) names = *given;
    const std::size_t perDirection = cell == Cell::Rnn ? 1 : cell == Cell::Gru ? 2 : 3;
    if (names.empty()) {
        const std::vector<std::string> defaults = cell == Cell::Rnn   ? std::vector<std::string>{"Tanh"}
                                                  : cell == Cell::Gru ? std::vector<std::string>{"Sigmoid", "Tanh"}
                                                                      : std::vector<std::string>{"Sigmoid", "Tanh", "Tanh"};
        for (int64_t d = 0; d < directions; ++d) names.insert(names.end(), defaults.begin(), defaults.end());
    } else if (names.size() == perDirection && directions == 2) {
        names.insert(names.end(), names.begin(), names.end()); // one list for both directions
    }
    if (names.size() != perDirection * static_cast<std::size_t>(directions))
        return ctx.fail("expected " + std::to_string(perDirection * directions) + " activations, got " + std::to_string(names.size()));

    const auto alphas = ctx.attributes().get<std::vector<float>>("activation_alpha").value_or(std::vector<float>{});
    const auto betas = ctx.attributes().get<std::vector<float>>("activation_beta").value_or(std::vector<float>{});
    std::size_t nextAlpha = 0, nextBeta = 0;
    auto take = [](const std::vector<float>& list, std::size_t& next, double fallback) {
        return next < list.size() ? double(list[next++]) : fallback;
    };
    std::vector<Activation> result;
    for (const std::string& original : names) {
        Activation a;
        for (char ch : original) a.name += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        const std::string& n = a.name;
        if (n == "affine" || n == "scaledtanh") {
            a.alpha = take(alphas, nextAlpha, 1.0);
            a.beta = take(betas, nextBeta, n == "affine" ? 0.0 : 1.0);
        } else if (n == "hardsigmoid") {
            a.alpha = take(alphas, nextAlpha, 0.2);
            a.beta = take(betas, nextBeta, 0.5);
        } else if (n == "leakyrelu") {
            a.alpha = take(alphas, nextAlpha, 0.01);
        } else if (n == "thresholdedrelu" || n == "elu") {
            a.alpha = take(alphas, nextAlpha, 1.0);
        } else if (n != "sigmoid" && n != "tanh" && n != "relu" && n != "softsign" && n != "softplus") {
            return ctx.fail("unknown activation '" + original + "'");
        }
        result.push_back(a);
    }
    return result;
}

// [A, B, rest...] -> [B, A, rest...]: converts between layout 0 and 1.
template <typename T>
std::vector<T> swapLeadingAxes(const T* in, int64_t a, int64_t b, int64_t rest) {
    std::vector<T> out(static_cast<std::size_t>(a * b * rest));
    for (int64_t i = 0; i < a; ++i)
        for (int64_t j = 0; j < b; ++j) std::copy_n(in + (i * b + j) * rest, rest, out.data() + (j * a + i) * rest);
    return out;
}

// Checks that an optional input has exactly the expected dims.
Status expectDims(const KernelContext& ctx, const Tensor* t, const char* name, const std::vector<int64_t>& dims) {
    if (!t || t->dims() == dims) return {};
    std::string text;
    for (int64_t d : dims) text += (text.empty() ? "" : ", ") + std::to_string(d);
    return ctx.fail(std::string(name) + " must have shape [" + text + "]");
}

template <typename T>
Status runRecurrent(KernelContext& ctx, Cell cell) {
    const Tensor& xIn = *ctx.input(0);
    const Tensor& w = *ctx.input(1);
    const Tensor& r = *ctx.input(2);
    const Tensor* bias = ctx.input(3);
    const Tensor* sequenceLens = ctx.input(4);
    const Tensor* initialH = ctx.input(5);
    const Tensor* initialC = cell == Cell::Lstm ? ctx.input(6) : nullptr;
    const Tensor* peepholes = cell == Cell::Lstm ? ctx.input(7) : nullptr;

    const int64_t gates = cell == Cell::Rnn ? 1 : cell == Cell::Gru ? 3 : 4;
    const std::string direction = ctx.attributes().getString("direction", "forward");
    if (direction != "forward" && direction != "reverse" && direction != "bidirectional")
        return ctx.fail("unknown direction '" + direction + "'");
    const int64_t directions = direction == "bidirectional" ? 2 : 1;
    const bool batchFirst = ctx.attributes().getInt("layout", 0) == 1;
    const double clip = ctx.attributes().getFloat("clip", 0.0f);
    const bool linearBeforeReset = ctx.attributes().getInt("linear_before_reset", 0) != 0;
    const bool inputForget = ctx.attributes().getInt("input_forget", 0) != 0;

    if (xIn.rank() != 3 || w.rank() != 3 || r.rank() != 3) return ctx.fail("X, W and R must have rank 3");
    const int64_t seq = xIn.dim(batchFirst ? 1 : 0);
    const int64_t batch = xIn.dim(batchFirst ? 0 : 1);
    const int64_t inputSize = xIn.dim(2);
    const int64_t hidden = ctx.attributes().getInt("hidden_size", r.dim(2));
    const int64_t gh = gates * hidden;
    if (Status s = expectDims(ctx, &w, "W", {directions, gh, inputSize}); !s) return s;
    if (Status s = expectDims(ctx, &r, "R", {directions, gh, hidden}); !s) return s;
    if (Status s = expectDims(ctx, bias, "B", {directions, 2 * gh}); !s) return s;
    if (Status s = expectDims(ctx, sequenceLens, "sequence_lens", {batch}); !s) return s;
    const std::vector<int64_t> stateDims = batchFirst ? std::vector<int64_t>{batch, directions, hidden}
                                                      : std::vector<int64_t>{directions, batch, hidden};
    if (Status s = expectDims(ctx, initialH, "initial_h", stateDims); !s) return s;
    if (Status s = expectDims(ctx, initialC, "initial_c", stateDims); !s) return s;
    if (Status s = expectDims(ctx, peepholes, "P", {directions, 3 * hidden}); !s) return s;
    for (const Tensor* t : {&w, &r, bias, initialH, initialC, peepholes})
        if (t && t->type() != xIn.type()) return ctx.fail("all float inputs must have the type of X");

    std::vector<int64_t> lengths(static_cast<std::size_t>(batch), seq);
    if (sequenceLens) {
        auto values = integerValues(*sequenceLens);
        if (!values) return ctx.fail("sequence_lens must be int32");
        lengths = *values;
        for (int64_t len : lengths)
            if (len < 0 || len > seq) return ctx.fail("sequence length " + std::to_string(len) + " is outside [0, " + std::to_string(seq) + "]");
    }
    auto activations = parseActivations(ctx, cell, directions);
    if (!activations) return activations.error();

    // Everything below works in layout 0.
    const std::vector<T> x = batchFirst ? swapLeadingAxes(xIn.data<T>(), batch, seq, inputSize)
                                        : std::vector<T>(xIn.data<T>(), xIn.data<T>() + xIn.elementCount());
    auto stateOrZero = [&](const Tensor* t) {
        if (!t) return std::vector<T>(static_cast<std::size_t>(directions * batch * hidden), T{0});
        if (batchFirst) return swapLeadingAxes(t->data<T>(), batch, directions, hidden);
        return std::vector<T>(t->data<T>(), t->data<T>() + t->elementCount());
    };
    std::vector<T> hState = stateOrZero(initialH);
    std::vector<T> cState = stateOrZero(initialC);
    std::vector<T> y(static_cast<std::size_t>(seq * directions * batch * hidden), T{0});

    auto clipped = [&](double v) { return clip > 0 ? std::clamp(v, -clip, clip) : v; };
    std::vector<T> xProj(static_cast<std::size_t>(seq * batch * gh));
    std::vector<T> hProj(static_cast<std::size_t>(batch * gh));
    std::vector<T> resetH(static_cast<std::size_t>(batch * hidden)); // GRU: r (.) H
    std::vector<T> resetProj(static_cast<std::size_t>(batch * hidden));
    std::vector<T> next(static_cast<std::size_t>(batch * hidden));

    for (int64_t d = 0; d < directions; ++d) {
        const bool reverse = direction == "reverse" || d == 1;
        const T* wd = w.data<T>() + d * gh * inputSize;
        const T* rd = r.data<T>() + d * gh * hidden;
        const T* wb = bias ? bias->data<T>() + d * 2 * gh : nullptr;
        const T* rb = bias ? wb + gh : nullptr;
        const T* p = peepholes ? peepholes->data<T>() + d * 3 * hidden : nullptr;
        const Activation* act = activations->data() + d * (cell == Cell::Rnn ? 1 : cell == Cell::Gru ? 2 : 3);
        T* h = hState.data() + d * batch * hidden;
        T* c = cState.data() + d * batch * hidden;

        gemmTransB(seq * batch, gh, inputSize, x.data(), wd, xProj.data());
        for (int64_t step = 0; step < seq; ++step) {
            const int64_t t = reverse ? seq - 1 - step : step;
            gemmTransB(batch, gh, hidden, h, rd, hProj.data());
            // Pre-activation of gate g for batch row b and unit j: x part + h part + biases.
            auto pre = [&](int64_t b, int64_t g, int64_t j) {
                const int64_t k = g * hidden + j;
                double v = double(xProj[std::size_t((t * batch + b) * gh + k)]) + double(hProj[std::size_t(b * gh + k)]);
                if (bias) v += double(wb[k]) + double(rb[k]);
                return v;
            };
            if (cell == Cell::Gru && !linearBeforeReset) {
                // The candidate needs (r (.) H) * Rh^T, so r comes first.
                for (int64_t b = 0; b < batch; ++b)
                    for (int64_t j = 0; j < hidden; ++j)
                        resetH[std::size_t(b * hidden + j)] = T(act[0](clipped(pre(b, 1, j))) * double(h[b * hidden + j]));
                gemmTransB(batch, hidden, hidden, resetH.data(), rd + 2 * hidden * hidden, resetProj.data());
            }
            for (int64_t b = 0; b < batch; ++b) {
                if (t >= lengths[std::size_t(b)]) continue; // past this sequence's end: state frozen, Y stays 0
                for (int64_t j = 0; j < hidden; ++j) {
                    const std::size_t at = std::size_t(b * hidden + j);
                    const double hPrev = double(h[at]);
                    double hNew = 0;
                    if (cell == Cell::Rnn) {
                        hNew = act[0](clipped(pre(b, 0, j)));
                    } else if (cell == Cell::Gru) {
                        const double z = act[0](clipped(pre(b, 0, j)));
                        const double rGate = act[0](clipped(pre(b, 1, j)));
                        const int64_t k = 2 * hidden + j;
                        const double xPart = double(xProj[std::size_t((t * batch + b) * gh + k)]) + (bias ? double(wb[k]) : 0.0);
                        const double rbh = bias ? double(rb[k]) : 0.0;
                        const double hPart = linearBeforeReset ? rGate * (double(hProj[std::size_t(b * gh + k)]) + rbh)
                                                               : double(resetProj[at]) + rbh;
                        const double candidate = act[1](clipped(xPart + hPart));
                        hNew = (1 - z) * candidate + z * hPrev;
                    } else { // LSTM, gates i, o, f, c; peepholes i, o, f
                        const double cPrev = double(c[at]);
                        const double i = act[0](clipped(pre(b, 0, j) + (p ? double(p[j]) * cPrev : 0.0)));
                        const double f = inputForget ? 1 - i : act[0](clipped(pre(b, 2, j) + (p ? double(p[2 * hidden + j]) * cPrev : 0.0)));
                        const double candidate = act[1](clipped(pre(b, 3, j)));
                        const double cNew = f * cPrev + i * candidate;
                        const double o = act[0](clipped(pre(b, 1, j) + (p ? double(p[hidden + j]) * cNew : 0.0)));
                        c[at] = T(cNew);
                        hNew = o * act[2](cNew);
                    }
                    next[at] = T(hNew);
                    y[std::size_t(((t * directions + d) * batch + b) * hidden + j)] = T(hNew);
                }
            }
            // Commit after the whole batch: the gemm above read the previous state.
            for (int64_t b = 0; b < batch; ++b)
                if (t < lengths[std::size_t(b)]) std::copy_n(next.data() + b * hidden, hidden, h + b * hidden);
        }
    }

    auto output = [&](std::size_t index, const std::vector<T>& data, std::vector<int64_t> dims) {
        if (!ctx.wantsOutput(index)) return;
        Tensor t = Tensor::allocate(xIn.type(), std::move(dims));
        std::copy(data.begin(), data.end(), t.data<T>());
        ctx.setOutput(index, std::move(t));
    };
    if (batchFirst) {
        // [seq, dir, batch, hidden] -> [batch, seq, dir, hidden]; states [dir, batch, h] -> [batch, dir, h].
        output(0, swapLeadingAxes(y.data(), seq * directions, batch, hidden), {batch, seq, directions, hidden});
        output(1, swapLeadingAxes(hState.data(), directions, batch, hidden), stateDims);
        if (cell == Cell::Lstm) output(2, swapLeadingAxes(cState.data(), directions, batch, hidden), stateDims);
    } else {
        output(0, y, {seq, directions, batch, hidden});
        output(1, hState, stateDims);
        if (cell == Cell::Lstm) output(2, cState, stateDims);
    }
    return {};
}

Status recurrent(KernelContext& ctx, Cell cell) {
    if (!ctx.input(0) || !ctx.input(1) || !ctx.input(2)) return ctx.fail("inputs X, W and R are required");
    Status status;
    const bool ok = dispatchFloat(ctx.input(0)->type(), [&](auto tag) { status = runRecurrent<decltype(tag)>(ctx, cell); });
    if (!ok) return unsupportedType(ctx, ctx.input(0)->type());
    return status;
}

Status rnn(KernelContext& ctx) { return recurrent(ctx, Cell::Rnn); }
Status gru(KernelContext& ctx) { return recurrent(ctx, Cell::Gru); }
Status lstm(KernelContext& ctx) { return recurrent(ctx, Cell::Lstm); }

} // namespace

FUSEBOX_HOST_KERNEL(RNN, rnn);
FUSEBOX_HOST_KERNEL(GRU, gru);
FUSEBOX_HOST_KERNEL(LSTM, lstm);

} // namespace fusebox::host
