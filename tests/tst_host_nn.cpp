// Host NN kernels (Conv, ConvTranspose, Gemm, MatMul, pooling, softmax, normalisation, losses)
// against naive loops written here, on many random shapes and attribute combinations.
#include "kernel_util.h"
#include "support/kernel_runner.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace fusebox;
using fusebox::host::NdIndex;
using fusebox::host::product;
using fusebox::host::stridesOf;
using fusebox::test::attrs;
using fusebox::test::runOp;

namespace {

Tensor randomTensor(std::mt19937& random, std::vector<int64_t> dims) {
    Tensor t = Tensor::allocate(ElementType::Float32, std::move(dims));
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    for (int64_t i = 0; i < t.elementCount(); ++i) t.data<float>()[i] = uniform(random);
    return t;
}

// Largest |a - b| relative to max(1, |b|).
double worstError(const Tensor& a, const Tensor& b) {
    if (a.dims() != b.dims()) return INFINITY;
    double worst = 0;
    for (int64_t i = 0; i < a.elementCount(); ++i) {
        const double x = a.data<float>()[i], y = b.data<float>()[i];
        worst = std::max(worst, std::fabs(x - y) / std::max(1.0, std::fabs(y)));
    }
    return worst;
}

int64_t pick(std::mt19937& random, int64_t low, int64_t high) {
    return std::uniform_int_distribution<int64_t>(low, high)(random);
}

// Direct definition: y[n,m,o...] = b[m] + sum over c in the group and kernel k of
// x[n,c,o*s - pad + k*d] * w[m,c',k].
Tensor naiveConv(const Tensor& x, const Tensor& w, const Tensor* b, int64_t group, const std::vector<int64_t>& strides,
                 const std::vector<int64_t>& dilations, const std::vector<int64_t>& pads) {
    const std::size_t rank = x.rank() - 2;
    const int64_t filters = w.dim(0), groupChannels = w.dim(1), groupFilters = filters / group;
    std::vector<int64_t> outDims{x.dim(0), filters};
    for (std::size_t i = 0; i < rank; ++i) {
        outDims.push_back((x.dim(i + 2) + pads[i] + pads[rank + i] - dilations[i] * (w.dim(i + 2) - 1) - 1) / strides[i] + 1);
    }
    Tensor y = Tensor::allocate(ElementType::Float32, outDims);
    const auto xs = stridesOf(x.dims()), ws = stridesOf(w.dims());
    const std::vector<int64_t> kernel(w.dims().begin() + 2, w.dims().end());
    int64_t o = 0;
    for (NdIndex out(outDims); out.valid(); out.next(), ++o) {
        const int64_t n = out[0], m = out[1], g = m / groupFilters;
        double sum = b ? b->data<float>()[m] : 0.0;
        for (int64_t c = 0; c < groupChannels; ++c) {
            for (NdIndex k(kernel); k.valid(); k.next()) {
                int64_t xo = n * xs[0] + (g * groupChannels + c) * xs[1], wo = m * ws[0] + c * ws[1];
                bool inside = true;
                for (std::size_t i = 0; i < rank; ++i) {
                    const int64_t at = out[i + 2] * strides[i] - pads[i] + k[i] * dilations[i];
                    inside = inside && at >= 0 && at < x.dim(i + 2);
                    xo += at * xs[i + 2];
                    wo += k[i] * ws[i + 2];
                }
                if (inside) sum += double(x.data<float>()[xo]) * w.data<float>()[wo];
            }
        }
        y.data<float>()[o] = static_cast<float>(sum);
    }
    return y;
}

} // namespace

class TestHostNn : public QObject {
    Q_OBJECT

private slots:
    void convMatchesTheDefinition_data() {
        QTest::addColumn<int>("rank");
        QTest::addColumn<int>("seed");
        for (int rank : {1, 2, 3}) {
            for (int seed = 0; seed < 40; ++seed) QTest::newRow(qPrintable(QString("%1-D #%2").arg(rank).arg(seed))) << rank << seed;
        }
    }

    void convMatchesTheDefinition() {
        QFETCH(int, rank);
        QFETCH(int, seed);
        std::mt19937 random(static_cast<unsigned>(seed * 7 + rank));
        const int64_t group = seed % 4 == 0 ? 1 : pick(random, 1, 3);
        const bool depthwise = rank == 2 && seed % 5 == 0;
        const int64_t groupChannels = depthwise ? 1 : pick(random, 1, 3);
        const int64_t channels = depthwise ? pick(random, 2, 5) : groupChannels * group;
        const int64_t effectiveGroup = depthwise ? channels : group;
        const int64_t filters = effectiveGroup * (depthwise ? 1 : pick(random, 1, 3));
        std::vector<int64_t> xDims{pick(random, 1, 2), channels}, wDims{filters, groupChannels};
        std::vector<int64_t> strides, dilations, pads(2 * static_cast<std::size_t>(rank));
        for (int i = 0; i < rank; ++i) {
            wDims.push_back(pick(random, 1, 3));
            dilations.push_back(pick(random, 1, 2));
            strides.push_back(pick(random, 1, 3));
            pads[static_cast<std::size_t>(i)] = pick(random, 0, 2);
            pads[static_cast<std::size_t>(rank + i)] = pick(random, 0, 2);
            xDims.push_back(pick(random, dilations.back() * (wDims.back() - 1) + 1, 9));
        }
        const Tensor x = randomTensor(random, xDims), w = randomTensor(random, wDims), b = randomTensor(random, {filters});
        const bool withBias = seed % 2 == 0;
        auto result = runOp("Conv", withBias ? std::vector<Tensor>{x, w, b} : std::vector<Tensor>{x, w},
                            attrs({{"group", effectiveGroup}, {"strides", strides}, {"dilations", dilations}, {"pads", pads}}), 11, 1,
                            1 + seed % 2);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        const Tensor expected = naiveConv(x, w, withBias ? &b : nullptr, effectiveGroup, strides, dilations, pads);
        QVERIFY2(worstError((*result)[0], expected) < 1e-4, qPrintable(QString::number(worstError((*result)[0], expected))));
    }

    // How the kernel splits its GEMM across threads: more filters than output positions
    // split by filters (3x3 with padding, 1x1 and grouped; an odd filter count leaves
    // uneven blocks); a 1x1 convolution with many filters over more positions still, in
    // column tiles of about 256 KiB of output.
    void convSplitsItsGemmAcrossThreads_data() {
        QTest::addColumn<QList<qint64>>("xDims");
        QTest::addColumn<QList<qint64>>("wDims");
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("pad");
        QTest::newRow("3x3 padded") << QList<qint64>{1, 8, 3, 3} << QList<qint64>{37, 8, 3, 3} << 1 << 1;
        QTest::newRow("3x3 valid, one position") << QList<qint64>{2, 5, 3, 3} << QList<qint64>{41, 5, 3, 3} << 1 << 0;
        QTest::newRow("1x1") << QList<qint64>{1, 16, 2, 3} << QList<qint64>{33, 16, 1, 1} << 1 << 0;
        QTest::newRow("grouped 3x3") << QList<qint64>{1, 6, 4, 4} << QList<qint64>{38, 3, 3, 3} << 2 << 1;
        QTest::newRow("1x1 in column tiles") << QList<qint64>{1, 4, 33, 37} << QList<qint64>{1100, 4, 1, 1} << 1 << 0;
    }

    void convSplitsItsGemmAcrossThreads() {
        QFETCH(QList<qint64>, xDims);
        QFETCH(QList<qint64>, wDims);
        QFETCH(int, group);
        QFETCH(int, pad);
        std::mt19937 random(17);
        const Tensor x = randomTensor(random, {xDims.begin(), xDims.end()}), w = randomTensor(random, {wDims.begin(), wDims.end()});
        const Tensor b = randomTensor(random, {wDims[0]});
        const std::vector<int64_t> pads(4, pad);
        for (int threads : {1, 2, 3}) {
            auto result = runOp("Conv", {x, w, b}, attrs({{"group", int64_t{group}}, {"pads", pads}}), 11, 1, threads);
            QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
            const Tensor expected = naiveConv(x, w, &b, group, {1, 1}, {1, 1}, pads);
            QCOMPARE((*result)[0].dims(), expected.dims());
            QVERIFY2(worstError((*result)[0], expected) < 1e-4, qPrintable(QString::number(worstError((*result)[0], expected))));
        }
    }

    void convAutoPadSameKeepsTheSize() {
        std::mt19937 random(3);
        const Tensor x = randomTensor(random, {1, 2, 7, 6}), w = randomTensor(random, {3, 2, 3, 2});
        for (const char* mode : {"SAME_UPPER", "SAME_LOWER"}) {
            auto result = runOp("Conv", {x, w}, attrs({{"auto_pad", std::string(mode)}}), 11);
            QVERIFY(result.ok());
            QCOMPARE((*result)[0].dims(), (std::vector<int64_t>{1, 3, 7, 6}));
            // SAME_UPPER puts the odd pad at the end, SAME_LOWER at the beginning (kernel width 2).
            const std::vector<int64_t> pads = std::string(mode) == "SAME_UPPER" ? std::vector<int64_t>{1, 0, 1, 1}
                                                                               : std::vector<int64_t>{1, 1, 1, 0};
            QVERIFY(worstError((*result)[0], naiveConv(x, w, nullptr, 1, {1, 1}, {1, 1}, pads)) < 1e-4);
        }
    }

    void convTransposeIsTheAdjointOfConv() {
        // <conv(x), y> == <x, convTranspose(y)> for the same weights, strides and pads.
        std::mt19937 random(11);
        for (int trial = 0; trial < 20; ++trial) {
            const int64_t stride = pick(random, 1, 3), pad = pick(random, 0, 1), kernel = pick(random, 1, 3);
            const Tensor x = randomTensor(random, {1, 2, 7, 8}), w = randomTensor(random, {3, 2, kernel, kernel});
            const std::vector<int64_t> strides{stride, stride}, pads{pad, pad, pad, pad};
            const Tensor forward = naiveConv(x, w, nullptr, 1, strides, {1, 1}, pads);
            const Tensor y = randomTensor(random, forward.dims());
            // ConvTranspose weights are [C_in, C_out/g, k...]: the conv's W read the other way
            // round. output_padding restores the rows the strided conv did not reach.
            std::vector<int64_t> outputPadding;
            for (std::size_t i = 0; i < 2; ++i) {
                outputPadding.push_back(x.dim(i + 2) - (stride * (forward.dim(i + 2) - 1) + kernel - 2 * pad));
            }
            auto back = runOp("ConvTranspose", {y, w}, attrs({{"strides", strides}, {"pads", pads}, {"output_padding", outputPadding}}), 11);
            QVERIFY2(back.ok(), back.ok() ? "" : back.error().message().c_str());
            QCOMPARE((*back)[0].dims(), x.dims());
            double left = 0, right = 0;
            for (int64_t i = 0; i < forward.elementCount(); ++i) left += double(forward.data<float>()[i]) * y.data<float>()[i];
            for (int64_t i = 0; i < x.elementCount(); ++i) right += double(x.data<float>()[i]) * (*back)[0].data<float>()[i];
            QVERIFY2(std::fabs(left - right) < 1e-3 * std::max(1.0, std::fabs(left)), qPrintable(QString("%1 vs %2").arg(left).arg(right)));
        }
    }

    void gemmAndMatMulMatchLoops() {
        std::mt19937 random(5);
        for (int trial = 0; trial < 40; ++trial) {
            const int64_t m = pick(random, 1, 9), k = pick(random, 1, 9), n = pick(random, 1, 9);
            const bool transA = trial % 2, transB = trial / 2 % 2;
            const Tensor a = randomTensor(random, transA ? std::vector<int64_t>{k, m} : std::vector<int64_t>{m, k});
            const Tensor b = randomTensor(random, transB ? std::vector<int64_t>{n, k} : std::vector<int64_t>{k, n});
            const Tensor c = randomTensor(random, trial % 3 == 0 ? std::vector<int64_t>{n} : std::vector<int64_t>{m, n});
            const float alpha = 0.5f, beta = 2.0f;
            auto result = runOp("Gemm", {a, b, c}, attrs({{"transA", int64_t(transA)}, {"transB", int64_t(transB)}, {"alpha", alpha}, {"beta", beta}}),
                                13, 1, 2);
            QVERIFY(result.ok());
            Tensor expected = Tensor::allocate(ElementType::Float32, {m, n});
            for (int64_t i = 0; i < m; ++i) {
                for (int64_t j = 0; j < n; ++j) {
                    double sum = 0;
                    for (int64_t p = 0; p < k; ++p) {
                        sum += double(a.data<float>()[transA ? p * m + i : i * k + p]) * b.data<float>()[transB ? j * k + p : p * n + j];
                    }
                    const float cij = c.rank() == 1 ? c.data<float>()[j] : c.data<float>()[i * n + j];
                    expected.data<float>()[i * n + j] = static_cast<float>(alpha * sum + beta * cij);
                }
            }
            QVERIFY(worstError((*result)[0], expected) < 1e-5);

            // MatMul with broadcast batch dims: [2,1,m,k] x [3,k,n] -> [2,3,m,n].
            const Tensor ba = randomTensor(random, {2, 1, m, k}), bb = randomTensor(random, {3, k, n});
            auto batched = runOp("MatMul", {ba, bb}, {}, 13);
            QVERIFY(batched.ok());
            QCOMPARE((*batched)[0].dims(), (std::vector<int64_t>{2, 3, m, n}));
            for (int64_t p = 0; p < 2; ++p) {
                for (int64_t q = 0; q < 3; ++q) {
                    for (int64_t i = 0; i < m; ++i) {
                        for (int64_t j = 0; j < n; ++j) {
                            double sum = 0;
                            for (int64_t r = 0; r < k; ++r) sum += double(ba.data<float>()[(p * m + i) * k + r]) * bb.data<float>()[(q * k + r) * n + j];
                            const float got = (*batched)[0].data<float>()[((p * 3 + q) * m + i) * n + j];
                            QVERIFY(std::fabs(got - sum) < 1e-4 * std::max(1.0, std::fabs(sum)));
                        }
                    }
                }
            }
        }
        auto mismatch = runOp("MatMul", {Tensor::allocate(ElementType::Float32, {2, 3}), Tensor::allocate(ElementType::Float32, {4, 2})}, {}, 13);
        QVERIFY(!mismatch.ok());
        QVERIFY2(mismatch.error().message().find("[2, 3] and B [4, 2] do not multiply") != std::string::npos, mismatch.error().message().c_str());
    }

    void poolsMatchLoops() {
        std::mt19937 random(9);
        for (int trial = 0; trial < 30; ++trial) {
            const int64_t kernel = pick(random, 1, 3), stride = pick(random, 1, 2), pad = pick(random, 0, kernel - 1);
            const Tensor x = randomTensor(random, {1, 2, pick(random, kernel, 8), pick(random, kernel, 8)});
            const bool countPad = trial % 2;
            const Attributes a = attrs({{"kernel_shape", std::vector<int64_t>{kernel, kernel}}, {"strides", std::vector<int64_t>{stride, stride}},
                                        {"pads", std::vector<int64_t>{pad, pad, pad, pad}}, {"count_include_pad", int64_t(countPad)}});
            auto maxResult = runOp("MaxPool", {x}, a, 12);
            auto avgResult = runOp("AveragePool", {x}, a, 12);
            QVERIFY(maxResult.ok() && avgResult.ok());
            const Tensor& mx = (*maxResult)[0];
            const Tensor& av = (*avgResult)[0];
            const int64_t oh = mx.dim(2), ow = mx.dim(3), h = x.dim(2), w = x.dim(3);
            QCOMPARE(oh, (h + 2 * pad - kernel) / stride + 1);
            for (int64_t c = 0; c < 2; ++c) {
                for (int64_t i = 0; i < oh; ++i) {
                    for (int64_t j = 0; j < ow; ++j) {
                        float best = -INFINITY;
                        double sum = 0;
                        int64_t count = 0;
                        for (int64_t p = 0; p < kernel; ++p) {
                            for (int64_t q = 0; q < kernel; ++q) {
                                const int64_t r = i * stride - pad + p, s = j * stride - pad + q;
                                if (r < 0 || r >= h || s < 0 || s >= w) continue;
                                best = std::max(best, x.data<float>()[(c * h + r) * w + s]);
                                sum += x.data<float>()[(c * h + r) * w + s];
                                ++count;
                            }
                        }
                        const int64_t at = (c * oh + i) * ow + j;
                        QCOMPARE(mx.data<float>()[at], best);
                        const double mean = sum / double(countPad ? kernel * kernel : count);
                        QVERIFY(std::fabs(av.data<float>()[at] - mean) < 1e-5);
                    }
                }
            }
        }
    }

    void softmaxFollowsTheOpsetRule() {
        const Tensor x = Tensor::fromValues<float>(ElementType::Float32, {2, 2, 2}, {1, 2, 3, 4, 5, 6, 7, 8});
        // Opset 13: along the last axis only: each pair sums to 1.
        auto perAxis = runOp("Softmax", {x}, {}, 13);
        QVERIFY(perAxis.ok());
        for (int64_t i = 0; i < 8; i += 2) QVERIFY(std::fabs((*perAxis)[0].data<float>()[i] + (*perAxis)[0].data<float>()[i + 1] - 1) < 1e-6);
        // Opset 11, axis 1: each batch row of 4 elements sums to 1.
        auto flattened = runOp("Softmax", {x}, {}, 11);
        QVERIFY(flattened.ok());
        double first = 0;
        for (int64_t i = 0; i < 4; ++i) first += (*flattened)[0].data<float>()[i];
        QVERIFY(std::fabs(first - 1) < 1e-6);
        QVERIFY(std::fabs((*flattened)[0].data<float>()[3] - std::exp(4.0) / (std::exp(1.0) + std::exp(2.0) + std::exp(3.0) + std::exp(4.0))) < 1e-6);
        auto logSoftmax = runOp("LogSoftmax", {x}, {}, 13);
        QVERIFY(std::fabs((*logSoftmax)[0].data<float>()[1] - std::log((*perAxis)[0].data<float>()[1])) < 1e-5);
    }

    void batchAndLayerNormalisation() {
        std::mt19937 random(2);
        const Tensor x = randomTensor(random, {2, 3, 4});
        const Tensor scale = randomTensor(random, {3}), bias = randomTensor(random, {3}), mean = randomTensor(random, {3});
        Tensor var = randomTensor(random, {3});
        for (int64_t i = 0; i < 3; ++i) var.data<float>()[i] = std::fabs(var.data<float>()[i]) + 0.5f;
        auto bn = runOp("BatchNormalization", {x, scale, bias, mean, var}, attrs({{"epsilon", 1e-3f}}), 15);
        QVERIFY(bn.ok());
        for (int64_t i = 0; i < x.elementCount(); ++i) {
            const int64_t c = i / 4 % 3;
            const double expected = (x.data<float>()[i] - mean.data<float>()[c]) / std::sqrt(var.data<float>()[c] + 1e-3) * scale.data<float>()[c] + bias.data<float>()[c];
            QVERIFY(std::fabs((*bn)[0].data<float>()[i] - expected) < 1e-5);
        }
        const Tensor gamma = randomTensor(random, {4}), beta = randomTensor(random, {4});
        auto ln = runOp("LayerNormalization", {x, gamma, beta}, attrs({{"axis", int64_t(-1)}}), 17, 3);
        QVERIFY(ln.ok());
        for (int64_t row = 0; row < 6; ++row) {
            double m = 0, v = 0;
            for (int64_t i = 0; i < 4; ++i) m += x.data<float>()[row * 4 + i];
            m /= 4;
            for (int64_t i = 0; i < 4; ++i) v += std::pow(x.data<float>()[row * 4 + i] - m, 2);
            v /= 4;
            for (int64_t i = 0; i < 4; ++i) {
                const double expected = (x.data<float>()[row * 4 + i] - m) / std::sqrt(v + 1e-5) * gamma.data<float>()[i] + beta.data<float>()[i];
                QVERIFY(std::fabs((*ln)[0].data<float>()[row * 4 + i] - expected) < 1e-5);
            }
            QVERIFY(std::fabs((*ln)[1].data<float>()[row] - m) < 1e-6);
        }
        auto training = runOp("BatchNormalization", {x, scale, bias, mean, var}, attrs({{"training_mode", int64_t(1)}}), 15);
        QVERIFY(!training.ok());
    }

    void lossesMatchHandComputedValues() {
        // input [N=2, C=3] as log-probabilities, targets {2, 0}, weights {1, 2, 3}.
        const Tensor input = Tensor::fromValues<float>(ElementType::Float32, {2, 3}, {-1, -2, -3, -4, -5, -6});
        const Tensor target = Tensor::fromValues<int64_t>(ElementType::Int64, {2}, {2, 0});
        const Tensor weight = Tensor::fromValues<float>(ElementType::Float32, {3}, {1, 2, 3});
        auto none = runOp("NegativeLogLikelihoodLoss", {input, target, weight}, attrs({{"reduction", std::string("none")}}), 13);
        QVERIFY(none.ok());
        QCOMPARE((*none)[0].data<float>()[0], 9.0f); // -(-3) * 3
        QCOMPARE((*none)[0].data<float>()[1], 4.0f); // -(-4) * 1
        auto mean = runOp("NegativeLogLikelihoodLoss", {input, target, weight}, {}, 13);
        QCOMPARE((*mean)[0].data<float>()[0], 13.0f / 4.0f); // weighted mean: (9 + 4) / (3 + 1)
        auto ignored = runOp("NegativeLogLikelihoodLoss", {input, target, weight}, attrs({{"ignore_index", int64_t(2)}}), 13);
        QCOMPARE((*ignored)[0].data<float>()[0], 4.0f); // only the second sample counts
        const Tensor bad = Tensor::fromValues<int64_t>(ElementType::Int64, {2}, {3, 0});
        QVERIFY(!runOp("NegativeLogLikelihoodLoss", {input, bad}, {}, 13).ok());

        // SoftmaxCrossEntropyLoss = NLL of the log-softmax.
        auto sce = runOp("SoftmaxCrossEntropyLoss", {input, target}, attrs({{"reduction", std::string("sum")}}), 13, 2);
        QVERIFY(sce.ok());
        const double logSum = std::log(std::exp(-1.0) + std::exp(-2.0) + std::exp(-3.0)); // rows differ by a constant: same softmax
        QVERIFY(std::fabs((*sce)[0].data<float>()[0] - ((logSum + 3) + (logSum + 1))) < 1e-5);
        QVERIFY(std::fabs((*sce)[1].data<float>()[2] - (-3 - logSum)) < 1e-6);
    }

    void meanVarianceNormalizationMatchesLoops() {
        std::mt19937 random(41);
        const Tensor x = randomTensor(random, {2, 3, 4, 5});
        for (bool defaultAxes : {true, false}) {
            // Default axes [0, 2, 3]: one group per channel; [2, 3]: one per (n, c) plane.
            auto y = runOp("MeanVarianceNormalization", {x}, defaultAxes ? Attributes() : attrs({{"axes", std::vector<int64_t>{2, 3}}}), 13);
            QVERIFY(y.ok());
            Tensor want = Tensor::allocate(ElementType::Float32, x.dims());
            for (int64_t group = 0; group < (defaultAxes ? 3 : 6); ++group) {
                std::vector<int64_t> members;
                for (int64_t i = 0; i < x.elementCount(); ++i)
                    if ((defaultAxes ? i / 20 % 3 : i / 20) == group) members.push_back(i);
                double mean = 0, var = 0;
                for (int64_t i : members) mean += x.data<float>()[i] / double(members.size());
                for (int64_t i : members) var += std::pow(x.data<float>()[i] - mean, 2) / double(members.size());
                for (int64_t i : members) want.data<float>()[i] = float((x.data<float>()[i] - mean) / (std::sqrt(var) + 1e-9));
            }
            QVERIFY(worstError((*y)[0], want) < 1e-5);
        }
        QVERIFY(!runOp("MeanVarianceNormalization", {x}, attrs({{"axes", std::vector<int64_t>{4}}}), 13).ok());
    }

    void einsumMatchesLoops() {
        std::mt19937 random(42);
        auto einsum = [](const char* equation, const std::vector<Tensor>& inputs) {
            return runOp("Einsum", inputs, attrs({{"equation", std::string(equation)}}), 12);
        };
        const Tensor a = randomTensor(random, {3, 4}), b = randomTensor(random, {4, 5}), sq = randomTensor(random, {4, 4});
        // Matrix product, explicit and implicit (output labels sorted: "ik").
        Tensor product = Tensor::allocate(ElementType::Float32, {3, 5});
        for (int64_t i = 0; i < 3; ++i)
            for (int64_t k = 0; k < 5; ++k) {
                double sum = 0;
                for (int64_t j = 0; j < 4; ++j) sum += double(a.data<float>()[i * 4 + j]) * b.data<float>()[j * 5 + k];
                product.data<float>()[i * 5 + k] = float(sum);
            }
        for (const char* equation : {"ij,jk->ik", "ij, jk", "ij,jk"}) {
            auto y = einsum(equation, {a, b});
            QVERIFY2(y.ok(), equation);
            QVERIFY(worstError((*y)[0], product) < 1e-5);
        }
        // Transpose (explicit, and implicit "ba" which sorts to "ab"), diagonal, trace.
        auto t = einsum("ij->ji", {a}), implicitT = einsum("ba", {a}), diag = einsum("ii->i", {sq}), trace = einsum("ii", {sq});
        QVERIFY(t.ok() && implicitT.ok() && diag.ok() && trace.ok());
        QCOMPARE((*t)[0].dims(), (std::vector<int64_t>{4, 3}));
        QCOMPARE((*implicitT)[0].dims(), (std::vector<int64_t>{4, 3}));
        QCOMPARE((*trace)[0].dims(), std::vector<int64_t>{});
        double traceSum = 0;
        for (int64_t i = 0; i < 4; ++i) {
            QCOMPARE((*diag)[0].data<float>()[i], sq.data<float>()[i * 5]);
            traceSum += sq.data<float>()[i * 5];
            for (int64_t j = 0; j < 3; ++j) {
                QCOMPARE((*t)[0].data<float>()[i * 3 + j], a.data<float>()[j * 4 + i]);
                QCOMPARE((*implicitT)[0].data<float>()[i * 3 + j], a.data<float>()[j * 4 + i]);
            }
        }
        QVERIFY(std::fabs((*trace)[0].data<float>()[0] - traceSum) < 1e-5);
        // Ellipsis with broadcasting batch axes: [2, 1, 3, 4] x [5, 4, 2] -> [2, 5, 3, 2].
        const Tensor x = randomTensor(random, {2, 1, 3, 4}), w = randomTensor(random, {5, 4, 2});
        auto batched = einsum("...ij,...jk->...ik", {x, w});
        QVERIFY2(batched.ok(), batched.ok() ? "" : batched.error().message().c_str());
        Tensor want = Tensor::allocate(ElementType::Float32, {2, 5, 3, 2});
        for (NdIndex it(want.dims()); it.valid(); it.next()) {
            double sum = 0;
            for (int64_t j = 0; j < 4; ++j)
                sum += double(x.data<float>()[it[0] * 12 + it[2] * 4 + j]) * w.data<float>()[it[1] * 8 + j * 2 + it[3]];
            want.data<float>()[it.offset(stridesOf(want.dims()))] = float(sum);
        }
        QVERIFY(worstError((*batched)[0], want) < 1e-5);
        // Bad equations name the problem.
        auto wrongCount = einsum("ij,jk->ik", {a});
        QVERIFY(!wrongCount.ok() && wrongCount.error().message().find("has 2 operands, the node has 1 inputs") != std::string::npos);
        auto mismatch = einsum("ij,ij->i", {a, b});
        QVERIFY(!mismatch.ok() && mismatch.error().message().find("label sizes disagree") != std::string::npos);
        auto rank = einsum("ijk->i", {a});
        QVERIFY(!rank.ok() && rank.error().message().find("does not match input 0 of shape [3, 4]") != std::string::npos);
    }

    void matMulIntegerMatchesLoops() {
        std::mt19937 random(43);
        for (int iteration = 0; iteration < 40; ++iteration) {
            const int64_t m = pick(random, 1, 5), k = pick(random, 1, 7), n = pick(random, 1, 5);
            const bool batchA = pick(random, 0, 1), batchB = pick(random, 0, 1), signedB = pick(random, 0, 1);
            const std::vector<int64_t> aDims = batchA ? std::vector<int64_t>{2, m, k} : std::vector<int64_t>{m, k};
            const std::vector<int64_t> bDims = batchB ? std::vector<int64_t>{2, k, n} : std::vector<int64_t>{k, n};
            Tensor a = Tensor::allocate(ElementType::UInt8, aDims);
            Tensor b = Tensor::allocate(signedB ? ElementType::Int8 : ElementType::UInt8, bDims);
            for (int64_t i = 0; i < a.elementCount(); ++i) a.data<uint8_t>()[i] = uint8_t(pick(random, 0, 255));
            for (int64_t i = 0; i < b.elementCount(); ++i) b.data<uint8_t>()[i] = uint8_t(pick(random, 0, 255));
            // Zero points: A per row (iteration odd) or scalar; B scalar.
            const bool perRow = iteration % 2;
            Tensor za = Tensor::allocate(ElementType::UInt8, perRow ? std::vector<int64_t>{m} : std::vector<int64_t>{});
            for (int64_t i = 0; i < za.elementCount(); ++i) za.data<uint8_t>()[i] = uint8_t(pick(random, 0, 255));
            Tensor zb = Tensor::allocate(b.type(), {});
            zb.data<uint8_t>()[0] = uint8_t(pick(random, 0, 255));
            auto y = runOp("MatMulInteger", {a, b, za, zb}, {}, 10);
            QVERIFY2(y.ok(), y.ok() ? "" : y.error().message().c_str());
            const Tensor& out = (*y)[0];
            QCOMPARE(out.type(), ElementType::Int32);
            auto bValue = [&](int64_t i) { return signedB ? int64_t(b.data<int8_t>()[i]) - zb.data<int8_t>()[0] : int64_t(b.data<uint8_t>()[i]) - zb.data<uint8_t>()[0]; };
            const int64_t batches = batchA || batchB ? 2 : 1;
            QCOMPARE(out.elementCount(), batches * m * n);
            for (int64_t bi = 0; bi < batches; ++bi)
                for (int64_t i = 0; i < m; ++i)
                    for (int64_t j = 0; j < n; ++j) {
                        int64_t sum = 0;
                        for (int64_t p = 0; p < k; ++p)
                            sum += (int64_t(a.data<uint8_t>()[(batchA ? bi * m * k : 0) + i * k + p]) - za.data<uint8_t>()[perRow ? i : 0]) *
                                   bValue((batchB ? bi * k * n : 0) + p * n + j);
                        QCOMPARE(int64_t(out.data<int32_t>()[(bi * m + i) * n + j]), sum);
                    }
        }
        const Tensor a = Tensor::allocate(ElementType::UInt8, {2, 3}), b = Tensor::allocate(ElementType::UInt8, {3, 2});
        auto bad = runOp("MatMulInteger", {a, b, Tensor::allocate(ElementType::UInt8, {3})}, {}, 10);
        QVERIFY(!bad.ok() && bad.error().message().find("a_zero_point [3] must be a scalar or have 2 values") != std::string::npos);
        QVERIFY(!runOp("MatMulInteger", {Tensor::allocate(ElementType::Float32, {2, 3}), b}, {}, 10).ok());
    }

    void convIntegerMatchesConv() {
        // ConvInteger equals Conv on the centred values (exact in float for small values).
        std::mt19937 random(44);
        for (int iteration = 0; iteration < 30; ++iteration) {
            const std::size_t rank = std::size_t(pick(random, 1, 2));
            const int64_t group = pick(random, 1, 2), channels = group * pick(random, 1, 2), filters = group * pick(random, 1, 3);
            std::vector<int64_t> xDims{pick(random, 1, 2), channels}, wDims{filters, channels / group}, strides, dilations, pads(2 * rank);
            for (std::size_t i = 0; i < rank; ++i) {
                wDims.push_back(pick(random, 1, 3));
                strides.push_back(pick(random, 1, 2));
                dilations.push_back(pick(random, 1, 2));
                pads[i] = pick(random, 0, 1);
                pads[rank + i] = pick(random, 0, 1);
                xDims.push_back(pick(random, dilations[i] * (wDims.back() - 1) + 1, 7));
            }
            Tensor x = Tensor::allocate(ElementType::UInt8, xDims), w = Tensor::allocate(ElementType::Int8, wDims);
            for (int64_t i = 0; i < x.elementCount(); ++i) x.data<uint8_t>()[i] = uint8_t(pick(random, 0, 40));
            for (int64_t i = 0; i < w.elementCount(); ++i) w.data<int8_t>()[i] = int8_t(pick(random, -20, 20));
            const Tensor zx = Tensor::fromValues<uint8_t>(ElementType::UInt8, {}, {uint8_t(pick(random, 0, 40))});
            Tensor zw = Tensor::allocate(ElementType::Int8, {filters}); // per output channel
            for (int64_t i = 0; i < filters; ++i) zw.data<int8_t>()[i] = int8_t(pick(random, -5, 5));
            auto y = runOp("ConvInteger", {x, w, zx, zw},
                           attrs({{"group", group}, {"strides", strides}, {"dilations", dilations}, {"pads", pads}}), 10);
            QVERIFY2(y.ok(), y.ok() ? "" : y.error().message().c_str());
            Tensor xf = Tensor::allocate(ElementType::Float32, xDims), wf = Tensor::allocate(ElementType::Float32, wDims);
            for (int64_t i = 0; i < x.elementCount(); ++i) xf.data<float>()[i] = float(x.data<uint8_t>()[i]) - zx.data<uint8_t>()[0];
            const int64_t perFilter = w.elementCount() / filters;
            for (int64_t i = 0; i < w.elementCount(); ++i) wf.data<float>()[i] = float(w.data<int8_t>()[i]) - zw.data<int8_t>()[i / perFilter];
            const Tensor want = naiveConv(xf, wf, nullptr, group, strides, dilations, pads);
            const Tensor& out = (*y)[0];
            QCOMPARE(out.type(), ElementType::Int32);
            QCOMPARE(out.dims(), want.dims());
            for (int64_t i = 0; i < out.elementCount(); ++i) QCOMPARE(float(out.data<int32_t>()[i]), want.data<float>()[i]);
        }
        const Tensor x = Tensor::allocate(ElementType::UInt8, {1, 3, 4, 4}), w = Tensor::allocate(ElementType::UInt8, {2, 2, 3, 3});
        auto bad = runOp("ConvInteger", {x, w}, {}, 10);
        QVERIFY(!bad.ok() && bad.error().message().find("do not fit x [1, 3, 4, 4]") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestHostNn)
#include "tst_host_nn.moc"
