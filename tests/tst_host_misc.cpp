// Host reference kernels for losses, Scan, window functions and transforms, each
// checked against hand-computed values or a naive loop written here; and the worker
// threads the kernels share (parallelFor).
#include "graph_runner.h"
#include "kernel.h"
#include "kernel_util.h"

#include "support/kernel_runner.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <complex>
#include <memory>
#include <numbers>
#include <random>
#include <thread>

using namespace fusebox;
using namespace fusebox::host;
using fusebox::test::attrs;
using fusebox::test::runOp;

Q_DECLARE_METATYPE(std::vector<int64_t>)
Q_DECLARE_METATYPE(std::vector<double>)

namespace {

Tensor floats(const std::vector<int64_t>& dims, const std::vector<float>& values) {
    return Tensor::fromValues(ElementType::Float32, dims, values);
}

Tensor int64Scalar(int64_t value) { return Tensor::fromValues<int64_t>(ElementType::Int64, {}, {value}); }

Tensor randomFloats(std::mt19937& rng, const std::vector<int64_t>& dims) {
    Tensor t = Tensor::allocate(ElementType::Float32, dims);
    std::uniform_real_distribution<float> dist(-2, 2);
    for (int64_t i = 0; i < t.elementCount(); ++i) t.data<float>()[i] = dist(rng);
    return t;
}

bool close(double actual, double expected, double tolerance = 1e-4) {
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

// Compares a float32 tensor with expected values; names the first difference.
void compare(const Tensor& actual, const std::vector<int64_t>& dims, const std::vector<double>& expected, double tolerance = 1e-4) {
    QCOMPARE(actual.type(), ElementType::Float32);
    QCOMPARE(actual.dims(), dims);
    QCOMPARE(static_cast<std::size_t>(actual.elementCount()), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (!close(actual.data<float>()[i], expected[i], tolerance))
            QFAIL(qPrintable(QStringLiteral("element %1: got %2, expected %3").arg(i).arg(actual.data<float>()[i]).arg(expected[i])));
    }
}

// Naive NLL over log-probabilities [N, C, inner...] flattened to [N, C, inner].
std::vector<double> naiveNll(const std::vector<double>& logProb, int64_t n, int64_t c, int64_t inner,
                             const std::vector<int64_t>& labels, const std::vector<double>& weight, int64_t ignore,
                             const std::string& reduction) {
    std::vector<double> losses(static_cast<std::size_t>(n * inner), 0.0);
    double lossSum = 0, weightSum = 0;
    for (int64_t b = 0; b < n; ++b) {
        for (int64_t i = 0; i < inner; ++i) {
            const int64_t label = labels[static_cast<std::size_t>(b * inner + i)];
            if (label == ignore) continue;
            const double w = weight.empty() ? 1.0 : weight[static_cast<std::size_t>(label)];
            const double loss = -w * logProb[static_cast<std::size_t>((b * c + label) * inner + i)];
            losses[static_cast<std::size_t>(b * inner + i)] = loss;
            lossSum += loss;
            weightSum += w;
        }
    }
    if (reduction == "none") return losses;
    if (reduction == "sum") return {lossSum};
    return {lossSum / weightSum};
}

// Naive DFT along the last signal axis of a [lines, length, 2] complex array.
std::vector<std::complex<double>> naiveDft(const std::vector<std::complex<double>>& x, int64_t n, bool inverse) {
    std::vector<std::complex<double>> out(static_cast<std::size_t>(n));
    for (int64_t k = 0; k < n; ++k) {
        std::complex<double> sum;
        for (int64_t i = 0; i < std::min<int64_t>(n, static_cast<int64_t>(x.size())); ++i) {
            const double angle = (inverse ? 2 : -2) * std::numbers::pi * static_cast<double>(k * i) / static_cast<double>(n);
            sum += x[static_cast<std::size_t>(i)] * std::complex<double>(std::cos(angle), std::sin(angle));
        }
        out[static_cast<std::size_t>(k)] = inverse ? sum / static_cast<double>(n) : sum;
    }
    return out;
}

// Runs a Scan node whose body graph is run by the host graph runner.
Result<std::vector<Tensor>> runScan(std::shared_ptr<Graph> body, const std::vector<Tensor>& inputs, Attributes attributes,
                                    std::size_t outputCount, int64_t opset) {
    Graph graph;
    NodeSpec spec{"Scan", {}, std::string("scan"), {}, {}, {}, true};
    std::vector<const Tensor*> pointers;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        spec.inputs.push_back(graph.addValue("in" + std::to_string(i), inputs[i].type(), Shape::of(inputs[i].dims())));
        pointers.push_back(&inputs[i]);
    }
    for (std::size_t i = 0; i < outputCount; ++i) spec.outputs.push_back(graph.addValue("out" + std::to_string(i)));
    attributes.set("body", body);
    spec.attributes = std::move(attributes);
    const NodeId id = graph.addNode(std::move(spec));
    SubgraphRunner runner = [opset](const Graph& nested, const std::vector<Tensor>& formal) -> Result<std::vector<Tensor>> {
        std::map<std::string, Tensor> named;
        for (std::size_t i = 0; i < formal.size(); ++i) named[nested.value(nested.inputs()[i]).name] = formal[i];
        GraphRunOptions options;
        options.opsets[""] = opset;
        return runGraph(nested, named, options);
    };
    Kernel kernel = KernelRegistry::find("Scan");
    if (!kernel) return Error("no host kernel for Scan");
    KernelContext ctx(graph, graph.node(id), opset, pointers, runner);
    if (Status status = kernel(ctx); !status) return status.error();
    return std::move(ctx.outputs());
}

// Body: sum' = sum + x; y = sum' * 2 (a running sum and a scaled copy per step).
std::shared_ptr<Graph> runningSumBody(const std::vector<int64_t>& stateDims) {
    auto body = std::make_shared<Graph>();
    const ValueId sum = body->addValue("sum", ElementType::Float32, Shape::of(stateDims));
    const ValueId x = body->addValue("x", ElementType::Float32, Shape::of(stateDims));
    const ValueId two = body->addValue("two", ElementType::Float32, Shape::of({}));
    const ValueId next = body->addValue("next", ElementType::Float32, Shape::of(stateDims));
    const ValueId y = body->addValue("y", ElementType::Float32, Shape::of(stateDims));
    Attributes constant;
    constant.set("value_float", 2.0f);
    body->addNode(NodeSpec{"Constant", {}, "c", {}, {two}, constant, true});
    body->addNode(NodeSpec{"Add", {}, "add", {sum, x}, {next}, {}, true});
    body->addNode(NodeSpec{"Mul", {}, "mul", {next, two}, {y}, {}, true});
    body->addInput(sum);
    body->addInput(x);
    body->addOutput(next);
    body->addOutput(y);
    return body;
}

} // namespace

class TestHostMisc : public QObject {
    Q_OBJECT

private slots:
    // Every index is visited exactly once, by contiguous blocks, for any split; nested
    // loops and loops started from two threads at once complete as well.
    void parallelForCoversEveryIndexOnce() {
        for (int64_t count : {0, 1, 2, 7, 64, 1000}) {
            for (int threads : {1, 2, 3, 8}) {
                std::vector<std::atomic<int>> visits(static_cast<std::size_t>(count));
                fusebox::host::parallelFor(count, threads, [&](int64_t begin, int64_t end) {
                    for (int64_t i = begin; i < end; ++i) ++visits[static_cast<std::size_t>(i)];
                });
                for (int64_t i = 0; i < count; ++i) QCOMPARE(visits[static_cast<std::size_t>(i)].load(), 1);
            }
        }
        std::atomic<int64_t> nested{0};
        fusebox::host::parallelFor(4, 4, [&](int64_t begin, int64_t end) {
            for (int64_t i = begin; i < end; ++i) {
                fusebox::host::parallelFor(10, 4, [&](int64_t b, int64_t e) { nested += e - b; });
            }
        });
        QCOMPARE(nested.load(), int64_t{40});
        std::atomic<int64_t> sum{0};
        auto submit = [&] {
            for (int round = 0; round < 200; ++round) {
                fusebox::host::parallelFor(100, 2, [&](int64_t begin, int64_t end) {
                    for (int64_t i = begin; i < end; ++i) sum += i;
                });
            }
        };
        std::thread other(submit);
        submit();
        other.join();
        QCOMPARE(sum.load(), int64_t{2 * 200 * 4950});
    }

    void nllLoss_data();
    void nllLoss();
    void softmaxCrossEntropy_data();
    void softmaxCrossEntropy();
    void lossRejectsBadTarget();
    void windows_data();
    void windows();
    void melWeightMatrixRows();
    void dft_data();
    void dft();
    void dftRejectsBadAxis();
    void stftMatchesFramedDft();
    void scan_data();
    void scan();
    void scanOpset8Batched();
    void scanRejectsMismatchedLengths();
    void det_data();
    void det();
    void maxUnpoolIntoLargerShape();
};

void TestHostMisc::nllLoss_data() {
    QTest::addColumn<QString>("reduction");
    QTest::addColumn<bool>("weighted");
    QTest::addColumn<int64_t>("ignoreIndex"); // -100: no ignore_index attribute
    QTest::addColumn<std::vector<int64_t>>("dims");
    for (const char* reduction : {"none", "sum", "mean"}) {
        for (bool weighted : {false, true}) {
            for (int64_t ignore : {int64_t(-100), int64_t(1)}) {
                const QString tag = QStringLiteral("%1 %2 %3").arg(reduction).arg(weighted ? "weighted" : "unweighted").arg(ignore == 1 ? "ignore1" : "all");
                QTest::newRow(qPrintable(tag + " 2d")) << QString(reduction) << weighted << ignore << std::vector<int64_t>{4, 3};
                QTest::newRow(qPrintable(tag + " 4d")) << QString(reduction) << weighted << ignore << std::vector<int64_t>{2, 3, 2, 3};
            }
        }
    }
}

void TestHostMisc::nllLoss() {
    QFETCH(QString, reduction);
    QFETCH(bool, weighted);
    QFETCH(int64_t, ignoreIndex);
    QFETCH(std::vector<int64_t>, dims);
    std::mt19937 rng(7);
    const int64_t n = dims[0], c = dims[1], inner = product(dims, 2);
    Tensor input = randomFloats(rng, dims);
    std::vector<int64_t> targetDims{n};
    targetDims.insert(targetDims.end(), dims.begin() + 2, dims.end());
    std::vector<int64_t> labels(static_cast<std::size_t>(n * inner));
    for (std::size_t i = 0; i < labels.size(); ++i) labels[i] = static_cast<int64_t>(i * 7 % static_cast<std::size_t>(c));
    std::vector<double> weight;
    if (weighted) weight = {0.5, 2.0, 1.25};

    Attributes a = attrs({{"reduction", reduction.toStdString()}});
    if (ignoreIndex != -100) a.set("ignore_index", ignoreIndex);
    std::vector<Tensor> inputs{input, Tensor::fromValues(ElementType::Int64, targetDims, labels)};
    if (weighted) inputs.push_back(floats({3}, {0.5f, 2.0f, 1.25f}));
    auto result = runOp("NegativeLogLikelihoodLoss", inputs, a, 13);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());

    const std::vector<double> x(input.data<float>(), input.data<float>() + input.elementCount());
    const std::vector<double> expected = naiveNll(x, n, c, inner, labels, weight, ignoreIndex, reduction.toStdString());
    compare((*result)[0], reduction == "none" ? targetDims : std::vector<int64_t>{}, expected);
}

void TestHostMisc::softmaxCrossEntropy_data() { nllLoss_data(); }

void TestHostMisc::softmaxCrossEntropy() {
    QFETCH(QString, reduction);
    QFETCH(bool, weighted);
    QFETCH(int64_t, ignoreIndex);
    QFETCH(std::vector<int64_t>, dims);
    std::mt19937 rng(11);
    const int64_t n = dims[0], c = dims[1], inner = product(dims, 2);
    Tensor scores = randomFloats(rng, dims);
    std::vector<int64_t> targetDims{n};
    targetDims.insert(targetDims.end(), dims.begin() + 2, dims.end());
    std::vector<int32_t> labels32(static_cast<std::size_t>(n * inner));
    std::vector<int64_t> labels(labels32.size());
    for (std::size_t i = 0; i < labels.size(); ++i) labels32[i] = static_cast<int32_t>(labels[i] = static_cast<int64_t>((i * 5 + 1) % static_cast<std::size_t>(c)));
    std::vector<double> weight;
    if (weighted) weight = {0.5, 2.0, 1.25};

    Attributes a = attrs({{"reduction", reduction.toStdString()}});
    if (ignoreIndex != -100) a.set("ignore_index", ignoreIndex);
    std::vector<Tensor> inputs{scores, Tensor::fromValues(ElementType::Int32, targetDims, labels32)};
    if (weighted) inputs.push_back(floats({3}, {0.5f, 2.0f, 1.25f}));
    auto result = runOp("SoftmaxCrossEntropyLoss", inputs, a, 13, 2);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());

    // Log-softmax over the class axis, written out, then NLL.
    std::vector<double> logProb(static_cast<std::size_t>(scores.elementCount()));
    for (int64_t b = 0; b < n; ++b) {
        for (int64_t i = 0; i < inner; ++i) {
            double sum = 0;
            for (int64_t k = 0; k < c; ++k) sum += std::exp(double(scores.data<float>()[(b * c + k) * inner + i]));
            for (int64_t k = 0; k < c; ++k) {
                const int64_t at = (b * c + k) * inner + i;
                logProb[static_cast<std::size_t>(at)] = double(scores.data<float>()[at]) - std::log(sum);
            }
        }
    }
    const std::vector<double> expected = naiveNll(logProb, n, c, inner, labels, weight, ignoreIndex, reduction.toStdString());
    compare((*result)[0], reduction == "none" ? targetDims : std::vector<int64_t>{}, expected);
    compare((*result)[1], dims, logProb);
}

void TestHostMisc::lossRejectsBadTarget() {
    const Tensor input = floats({2, 3}, {0, 0, 0, 0, 0, 0});
    auto result = runOp("NegativeLogLikelihoodLoss", {input, Tensor::fromValues<int64_t>(ElementType::Int64, {2}, {0, 3})}, {}, 13);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message().find("3") != std::string::npos);
    result = runOp("SoftmaxCrossEntropyLoss", {input, Tensor::fromValues<int64_t>(ElementType::Int64, {3}, {0, 1, 2})}, {}, 13);
    QVERIFY(!result.ok());
}

void TestHostMisc::windows_data() {
    QTest::addColumn<QString>("op");
    QTest::addColumn<int64_t>("size");
    QTest::addColumn<int64_t>("periodic");
    QTest::addColumn<std::vector<double>>("expected");
    QTest::newRow("hann periodic") << "HannWindow" << int64_t(4) << int64_t(1) << std::vector<double>{0, 0.5, 1, 0.5};
    QTest::newRow("hann symmetric") << "HannWindow" << int64_t(5) << int64_t(0) << std::vector<double>{0, 0.5, 1, 0.5, 0};
    QTest::newRow("hamming symmetric") << "HammingWindow" << int64_t(3) << int64_t(0)
                                       << std::vector<double>{1 - 2 * 21.0 / 46, 1, 1 - 2 * 21.0 / 46};
    QTest::newRow("hamming periodic") << "HammingWindow" << int64_t(2) << int64_t(1) << std::vector<double>{4.0 / 46, 1};
    QTest::newRow("blackman periodic") << "BlackmanWindow" << int64_t(4) << int64_t(1) << std::vector<double>{0, 0.34, 1, 0.34};
    QTest::newRow("blackman symmetric") << "BlackmanWindow" << int64_t(3) << int64_t(0) << std::vector<double>{0, 1, 0};
    QTest::newRow("one point") << "HannWindow" << int64_t(1) << int64_t(0) << std::vector<double>{1};
}

void TestHostMisc::windows() {
    QFETCH(QString, op);
    QFETCH(int64_t, size);
    QFETCH(int64_t, periodic);
    QFETCH(std::vector<double>, expected);
    auto result = runOp(op.toStdString(), {int64Scalar(size)}, attrs({{"periodic", periodic}}), 17);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
    compare((*result)[0], {size}, expected, 1e-6);

    // output_datatype picks the element type.
    result = runOp(op.toStdString(), {int64Scalar(size)}, attrs({{"periodic", periodic}, {"output_datatype", int64_t(11)}}), 17);
    QVERIFY(result.ok());
    QCOMPARE((*result)[0].type(), ElementType::Float64);
    for (std::size_t i = 0; i < expected.size(); ++i) QVERIFY(close((*result)[0].data<double>()[i], expected[i], 1e-12));
}

void TestHostMisc::melWeightMatrixRows() {
    // 8 mel bins over a 16-point DFT at 8 kHz: [9, 8] triangles that peak at 1.
    const Tensor bins = Tensor::fromValues<int32_t>(ElementType::Int32, {}, {8});
    const Tensor length = Tensor::fromValues<int32_t>(ElementType::Int32, {}, {16});
    const Tensor rate = Tensor::fromValues<int32_t>(ElementType::Int32, {}, {8192});
    auto result = runOp("MelWeightMatrix", {bins, length, rate, floats({}, {0}), floats({}, {4096})}, {}, 17);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
    const Tensor& out = (*result)[0];
    QCOMPARE(out.dims(), (std::vector<int64_t>{9, 8}));
    for (int64_t m = 0; m < 8; ++m) {
        double peak = 0;
        for (int64_t k = 0; k < 9; ++k) {
            const float v = out.data<float>()[k * 8 + m];
            QVERIFY(v >= 0 && v <= 1);
            peak = std::max(peak, double(v));
        }
        QCOMPARE(peak, 1.0);
    }
}

void TestHostMisc::dft_data() {
    QTest::addColumn<std::vector<int64_t>>("dims"); // input dims including the trailing 1 or 2
    QTest::addColumn<int64_t>("axis");
    QTest::addColumn<int64_t>("dftLength"); // 0: none given
    QTest::addColumn<bool>("inverse");
    QTest::addColumn<bool>("onesided");
    QTest::newRow("real") << std::vector<int64_t>{2, 8, 1} << int64_t(1) << int64_t(0) << false << false;
    QTest::newRow("complex") << std::vector<int64_t>{2, 7, 2} << int64_t(1) << int64_t(0) << false << false;
    QTest::newRow("inverse") << std::vector<int64_t>{1, 6, 2} << int64_t(1) << int64_t(0) << true << false;
    QTest::newRow("onesided even") << std::vector<int64_t>{3, 8, 1} << int64_t(1) << int64_t(0) << false << true;
    QTest::newRow("onesided odd") << std::vector<int64_t>{1, 9, 1} << int64_t(1) << int64_t(0) << false << true;
    QTest::newRow("zero padded") << std::vector<int64_t>{2, 5, 1} << int64_t(1) << int64_t(8) << false << false;
    QTest::newRow("truncated") << std::vector<int64_t>{2, 9, 2} << int64_t(1) << int64_t(4) << false << false;
    QTest::newRow("axis 2") << std::vector<int64_t>{1, 3, 5, 2} << int64_t(2) << int64_t(0) << false << false;
    QTest::newRow("negative axis") << std::vector<int64_t>{2, 4, 3, 1} << int64_t(-3) << int64_t(0) << false << false;
}

void TestHostMisc::dft() {
    QFETCH(std::vector<int64_t>, dims);
    QFETCH(int64_t, axis);
    QFETCH(int64_t, dftLength);
    QFETCH(bool, inverse);
    QFETCH(bool, onesided);
    std::mt19937 rng(3);
    const Tensor x = randomFloats(rng, dims);
    std::vector<Tensor> inputs{x};
    if (dftLength > 0) inputs.push_back(int64Scalar(dftLength));
    auto result = runOp("DFT", inputs, attrs({{"axis", axis}, {"inverse", int64_t(inverse)}, {"onesided", int64_t(onesided)}}), 17);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());

    const int64_t rank = static_cast<int64_t>(dims.size());
    const auto a = static_cast<std::size_t>(axis < 0 ? axis + rank : axis);
    const int64_t n = dftLength > 0 ? dftLength : dims[a];
    const int64_t bins = onesided ? n / 2 + 1 : n;
    std::vector<int64_t> outDims = dims;
    outDims[a] = bins;
    outDims.back() = 2;
    // Walk every line along the axis with plain index arithmetic.
    const std::vector<int64_t> inStrides = stridesOf(dims), outStrides = stridesOf(outDims);
    std::vector<double> expected(static_cast<std::size_t>(product(outDims)));
    std::vector<int64_t> lineDims = dims;
    lineDims[a] = 1;
    lineDims.back() = 1;
    for (int64_t line = 0; line < product(lineDims); ++line) {
        int64_t rest = line, inBase = 0, outBase = 0;
        for (std::size_t d = lineDims.size(); d-- > 0;) {
            const int64_t i = rest % lineDims[d];
            rest /= lineDims[d];
            inBase += i * inStrides[d];
            outBase += i * outStrides[d];
        }
        std::vector<std::complex<double>> signal;
        for (int64_t i = 0; i < dims[a]; ++i) {
            const float* p = x.data<float>() + inBase + i * inStrides[a];
            signal.emplace_back(p[0], dims.back() == 2 ? p[1] : 0.0f);
        }
        const auto spectrum = naiveDft(signal, n, inverse);
        for (int64_t k = 0; k < bins; ++k) {
            expected[static_cast<std::size_t>(outBase + k * outStrides[a])] = spectrum[static_cast<std::size_t>(k)].real();
            expected[static_cast<std::size_t>(outBase + k * outStrides[a] + 1)] = spectrum[static_cast<std::size_t>(k)].imag();
        }
    }
    compare((*result)[0], outDims, expected, 1e-4);
}

void TestHostMisc::dftRejectsBadAxis() {
    const Tensor x = floats({1, 4, 1}, {1, 2, 3, 4});
    QVERIFY(!runOp("DFT", {x}, attrs({{"axis", int64_t(2)}}), 17).ok()); // the complex axis
    QVERIFY(!runOp("DFT", {x}, attrs({{"axis", int64_t(5)}}), 17).ok());
    QVERIFY(!runOp("DFT", {floats({1, 4, 3}, std::vector<float>(12, 0.0f))}, {}, 17).ok()); // trailing axis 3
    QVERIFY(!runOp("DFT", {x, int64Scalar(0)}, {}, 17).ok());
}

void TestHostMisc::stftMatchesFramedDft() {
    std::mt19937 rng(5);
    const Tensor signal = randomFloats(rng, {2, 20, 1});
    const Tensor window = randomFloats(rng, {6});
    const int64_t step = 4, frames = (20 - 6) / step + 1, bins = 6 / 2 + 1;
    auto result = runOp("STFT", {signal, int64Scalar(step), window, Tensor()}, {}, 17);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
    std::vector<double> expected;
    for (int64_t b = 0; b < 2; ++b) {
        for (int64_t f = 0; f < frames; ++f) {
            std::vector<std::complex<double>> frame;
            for (int64_t i = 0; i < 6; ++i) frame.emplace_back(double(signal.data<float>()[b * 20 + f * step + i]) * window.data<float>()[i], 0.0);
            const auto spectrum = naiveDft(frame, 6, false);
            for (int64_t k = 0; k < bins; ++k) {
                expected.push_back(spectrum[static_cast<std::size_t>(k)].real());
                expected.push_back(spectrum[static_cast<std::size_t>(k)].imag());
            }
        }
    }
    compare((*result)[0], {2, frames, bins, 2}, expected);
    // A frame_length that disagrees with the window is an error.
    QVERIFY(!runOp("STFT", {signal, int64Scalar(step), window, int64Scalar(5)}, {}, 17).ok());
}

void TestHostMisc::scan_data() {
    QTest::addColumn<int64_t>("inputAxis");
    QTest::addColumn<int64_t>("inputReversed");
    QTest::addColumn<int64_t>("outputAxis");
    QTest::addColumn<int64_t>("outputReversed");
    QTest::newRow("defaults") << int64_t(0) << int64_t(0) << int64_t(0) << int64_t(0);
    QTest::newRow("input axis 1") << int64_t(1) << int64_t(0) << int64_t(0) << int64_t(0);
    QTest::newRow("reversed input") << int64_t(0) << int64_t(1) << int64_t(0) << int64_t(0);
    QTest::newRow("output axis 1") << int64_t(0) << int64_t(0) << int64_t(1) << int64_t(0);
    QTest::newRow("output axis -1 reversed") << int64_t(1) << int64_t(1) << int64_t(-1) << int64_t(1);
}

void TestHostMisc::scan() {
    QFETCH(int64_t, inputAxis);
    QFETCH(int64_t, inputReversed);
    QFETCH(int64_t, outputAxis);
    QFETCH(int64_t, outputReversed);
    // A [4, 3] scan input (or [3, 4] scanned along axis 1): 4 steps over a [3] state.
    std::mt19937 rng(9);
    const int64_t steps = 4, width = 3;
    const Tensor x = randomFloats(rng, inputAxis == 0 ? std::vector<int64_t>{steps, width} : std::vector<int64_t>{width, steps});
    const Tensor init = floats({width}, {1, 2, 3});
    Attributes a = attrs({{"num_scan_inputs", int64_t(1)},
                          {"scan_input_axes", std::vector<int64_t>{inputAxis}},
                          {"scan_input_directions", std::vector<int64_t>{inputReversed}},
                          {"scan_output_axes", std::vector<int64_t>{outputAxis}},
                          {"scan_output_directions", std::vector<int64_t>{outputReversed}}});
    auto result = runScan(runningSumBody({width}), {init, x}, a, 2, 16);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());

    // Naive: step t reads slice (reversed ? steps-1-t : t) and writes output slot
    // (output reversed ? steps-1-t : t).
    std::vector<double> sum{1, 2, 3};
    const bool outAxis1 = outputAxis != 0;
    std::vector<double> ys(static_cast<std::size_t>(steps * width));
    for (int64_t t = 0; t < steps; ++t) {
        const int64_t s = inputReversed ? steps - 1 - t : t;
        const int64_t slot = outputReversed ? steps - 1 - t : t;
        for (int64_t j = 0; j < width; ++j) {
            sum[static_cast<std::size_t>(j)] += x.data<float>()[inputAxis == 0 ? s * width + j : j * steps + s];
            ys[static_cast<std::size_t>(outAxis1 ? j * steps + slot : slot * width + j)] = 2 * sum[static_cast<std::size_t>(j)];
        }
    }
    compare((*result)[0], {width}, sum);
    compare((*result)[1], outAxis1 ? std::vector<int64_t>{width, steps} : std::vector<int64_t>{steps, width}, ys);
}

void TestHostMisc::scanOpset8Batched() {
    // Opset 8: sequence_lens, then [batch, ...] states and [batch, seq, ...] scan inputs.
    const Tensor lens = Tensor::fromValues<int64_t>(ElementType::Int64, {2}, {3, 2});
    const Tensor init = floats({2, 1}, {0, 10});
    const Tensor x = floats({2, 3, 1}, {1, 2, 3, 4, 5, 6});
    auto result = runScan(runningSumBody({1}), {lens, init, x}, attrs({{"num_scan_inputs", int64_t(1)}}), 2, 8);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
    compare((*result)[0], {2, 1}, {6, 19});
    compare((*result)[1], {2, 3, 1}, {2, 6, 12, 28, 38, 0}); // the short row is zero-padded
}

void TestHostMisc::scanRejectsMismatchedLengths() {
    const Tensor init = floats({1}, {0});
    Attributes a = attrs({{"num_scan_inputs", int64_t(2)}});
    auto body = std::make_shared<Graph>();
    for (const char* name : {"s", "a", "b"}) body->addInput(body->addValue(name, ElementType::Float32, Shape::of({1})));
    body->addOutput(*body->findValue("s"));
    auto result = runScan(body, {init, floats({2, 1}, {1, 2}), floats({3, 1}, {1, 2, 3})}, a, 1, 16);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message().find("sequence length") != std::string::npos);
    // num_scan_inputs larger than the inputs.
    result = runScan(runningSumBody({1}), {init, floats({2, 1}, {1, 2})}, attrs({{"num_scan_inputs", int64_t(3)}}), 2, 16);
    QVERIFY(!result.ok());
}

void TestHostMisc::det_data() {
    QTest::addColumn<std::vector<int64_t>>("dims");
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<std::vector<double>>("expected");
    QTest::newRow("2x2") << std::vector<int64_t>{2, 2} << std::vector<double>{1, 2, 3, 4} << std::vector<double>{-2};
    QTest::newRow("needs pivot") << std::vector<int64_t>{3, 3} << std::vector<double>{0, 1, 2, 1, 0, 3, 4, -3, 8} << std::vector<double>{-2};
    QTest::newRow("singular") << std::vector<int64_t>{2, 2} << std::vector<double>{1, 2, 2, 4} << std::vector<double>{0};
    QTest::newRow("batch") << std::vector<int64_t>{2, 2, 2} << std::vector<double>{2, 0, 0, 3, 0, 1, 1, 0} << std::vector<double>{6, -1};
}

void TestHostMisc::det() {
    QFETCH(std::vector<int64_t>, dims);
    QFETCH(std::vector<double>, values);
    QFETCH(std::vector<double>, expected);
    auto result = runOp("Det", {floats(dims, std::vector<float>(values.begin(), values.end()))}, {}, 11);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
    compare((*result)[0], std::vector<int64_t>(dims.begin(), dims.end() - 2), expected, 1e-5);
    QVERIFY(!runOp("Det", {floats({2, 3}, std::vector<float>(6, 1.0f))}, {}, 11).ok()); // not square
}

void TestHostMisc::maxUnpoolIntoLargerShape() {
    // Indices count positions of the default 4x4 output; a 5x5 output_shape keeps the
    // (row, column) of each value.
    const Tensor x = floats({1, 1, 2, 2}, {5, 6, 7, 8});
    const Tensor indices = Tensor::fromValues<int64_t>(ElementType::Int64, {1, 1, 2, 2}, {5, 7, 13, 15});
    Attributes a = attrs({{"kernel_shape", std::vector<int64_t>{2, 2}}, {"strides", std::vector<int64_t>{2, 2}}});
    auto result = runOp("MaxUnpool", {x, indices}, a, 11);
    QVERIFY(result.ok());
    std::vector<double> expected(16, 0.0);
    expected[5] = 5, expected[7] = 6, expected[13] = 7, expected[15] = 8;
    compare((*result)[0], {1, 1, 4, 4}, expected);
    result = runOp("MaxUnpool", {x, indices, Tensor::fromValues<int64_t>(ElementType::Int64, {4}, {1, 1, 5, 5})}, a, 11);
    QVERIFY(result.ok());
    expected.assign(25, 0.0);
    expected[6] = 5, expected[8] = 6, expected[16] = 7, expected[18] = 8;
    compare((*result)[0], {1, 1, 5, 5}, expected);
    const Tensor bad = Tensor::fromValues<int64_t>(ElementType::Int64, {1, 1, 2, 2}, {5, 7, 13, 16});
    QVERIFY(!runOp("MaxUnpool", {x, bad}, a, 11).ok());
}

QTEST_GUILESS_MAIN(TestHostMisc)
#include "tst_host_misc.moc"
