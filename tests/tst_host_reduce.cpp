// Host reference kernels for reductions, arg/sort ops, quantization and recurrent ops,
// each checked against a naive loop written here over many random shapes.
#include "kernel.h"
#include "kernel_util.h"

#include "support/kernel_runner.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <optional>
#include <random>

using namespace fusebox;
using namespace fusebox::host;
using fusebox::test::attrs;
using fusebox::test::runOp;

namespace {

Tensor int64s(const std::vector<int64_t>& values) {
    return Tensor::fromValues(ElementType::Int64, {static_cast<int64_t>(values.size())}, values);
}

template <typename T>
std::vector<T> valuesOf(const Tensor& t) {
    return std::vector<T>(t.data<T>(), t.data<T>() + t.elementCount());
}

std::vector<int64_t> randomDims(std::mt19937& rng, int maxRank, int maxDim) {
    std::vector<int64_t> dims(std::uniform_int_distribution<int>(0, maxRank)(rng));
    for (int64_t& d : dims) d = std::uniform_int_distribution<int>(1, maxDim)(rng);
    return dims;
}

Tensor randomFloats(std::mt19937& rng, const std::vector<int64_t>& dims, float lo = -2, float hi = 2) {
    Tensor t = Tensor::allocate(ElementType::Float32, dims);
    std::uniform_real_distribution<float> dist(lo, hi);
    for (int64_t i = 0; i < t.elementCount(); ++i) t.data<float>()[i] = dist(rng);
    return t;
}

// Small integers so that ties are common.
template <typename T>
Tensor randomSmallInts(std::mt19937& rng, ElementType type, const std::vector<int64_t>& dims, int range) {
    Tensor t = Tensor::allocate(type, dims);
    std::uniform_int_distribution<int> dist(-range, range);
    for (int64_t i = 0; i < t.elementCount(); ++i) t.data<T>()[i] = static_cast<T>(dist(rng));
    return t;
}

QString typeName(ElementType type) { return QString::fromUtf8(elementTypeName(type).data(), elementTypeName(type).size()); }

bool close(double actual, double expected, double tolerance = 1e-5) {
    if (std::isnan(expected)) return std::isnan(actual);
    if (std::isinf(expected)) return actual == expected;
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

// The multi-index of flat offset `i` in `dims`.
std::vector<int64_t> unravel(int64_t i, const std::vector<int64_t>& dims) {
    std::vector<int64_t> index(dims.size());
    for (std::size_t d = dims.size(); d-- > 0;) {
        index[d] = i % dims[d];
        i /= dims[d];
    }
    return index;
}

// Naive reduction: groups the input values by their output element, then applies
// the textbook formula to each group.
std::vector<double> naiveReduce(const std::string& op, const std::vector<double>& x, const std::vector<int64_t>& dims,
                                const std::vector<bool>& reduced) {
    std::map<std::vector<int64_t>, std::vector<double>> groups;
    for (int64_t i = 0; i < static_cast<int64_t>(x.size()); ++i) {
        std::vector<int64_t> key = unravel(i, dims);
        for (std::size_t d = 0; d < dims.size(); ++d)
            if (reduced[d]) key[d] = 0;
        groups[key].push_back(x[static_cast<std::size_t>(i)]);
    }
    std::vector<double> result; // std::map orders keys row-major, like the output
    for (const auto& [key, v] : groups) {
        double r = 0;
        if (op == "ReduceSum") for (double e : v) r += e;
        else if (op == "ReduceMean") r = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
        else if (op == "ReduceMax") r = *std::max_element(v.begin(), v.end());
        else if (op == "ReduceMin") r = *std::min_element(v.begin(), v.end());
        else if (op == "ReduceProd") r = std::accumulate(v.begin(), v.end(), 1.0, std::multiplies<>());
        else if (op == "ReduceL1") for (double e : v) r += std::abs(e);
        else if (op == "ReduceL2") { for (double e : v) r += e * e; r = std::sqrt(r); }
        else if (op == "ReduceLogSum") r = std::log(std::accumulate(v.begin(), v.end(), 0.0));
        else if (op == "ReduceLogSumExp") { for (double e : v) r += std::exp(e); r = std::log(r); }
        else if (op == "ReduceSumSquare") for (double e : v) r += e * e;
        result.push_back(r);
    }
    return result;
}

} // namespace

class TestHostReduce : public QObject {
    Q_OBJECT

private slots:
    // Reductions ---------------------------------------------------------------------
    void reductionsMatchNaiveLoops_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("opset");
        const char* ops[] = {"ReduceSum", "ReduceMean", "ReduceMax", "ReduceMin", "ReduceProd",
                             "ReduceL1", "ReduceL2", "ReduceLogSum", "ReduceLogSumExp", "ReduceSumSquare"};
        for (const char* op : ops)
            for (int opset : {11, 13, 18})
                QTest::newRow(qPrintable(QString("%1-opset%2").arg(op).arg(opset))) << QString(op) << opset;
    }

    void reductionsMatchNaiveLoops() {
        QFETCH(QString, op);
        QFETCH(int, opset);
        const std::string name = op.toStdString();
        const int64_t axesInputOpset = name == "ReduceSum" ? 13 : 18;
        std::mt19937 rng(static_cast<unsigned>(qHash(op) + static_cast<unsigned>(opset)));
        for (int trial = 0; trial < 60; ++trial) {
            const std::vector<int64_t> dims = randomDims(rng, 4, 4);
            const auto rank = static_cast<int64_t>(dims.size());
            // LogSum needs positive sums.
            Tensor x = name == "ReduceLogSum" ? randomFloats(rng, dims, 0.1f, 2.0f) : randomFloats(rng, dims);

            std::vector<int64_t> axes;
            for (int64_t d = 0; d < rank; ++d)
                if (rng() % 2) axes.push_back(rng() % 2 ? d : d - rank); // negative axes count from the end
            std::shuffle(axes.begin(), axes.end(), rng);
            const int64_t keepdims = static_cast<int64_t>(rng() % 2);

            std::vector<Tensor> inputs{x};
            Attributes a = attrs({{"keepdims", keepdims}});
            if (opset >= axesInputOpset) {
                if (!axes.empty() || rng() % 2) inputs.push_back(int64s(axes)); // empty input == omitted
            } else if (!axes.empty() || rng() % 2) {
                a.set("axes", axes);
            }
            auto result = runOp(name, inputs, a, opset);
            QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());

            std::vector<bool> reduced(dims.size(), axes.empty());
            for (int64_t axis : axes) reduced[static_cast<std::size_t>(axis < 0 ? axis + rank : axis)] = true;
            std::vector<int64_t> expectedDims;
            for (std::size_t d = 0; d < dims.size(); ++d)
                if (!reduced[d]) expectedDims.push_back(dims[d]);
                else if (keepdims) expectedDims.push_back(1);
            const Tensor& y = (*result)[0];
            QCOMPARE(y.dims(), expectedDims);
            const std::vector<float> xf = valuesOf<float>(x);
            const std::vector<double> expected = naiveReduce(name, std::vector<double>(xf.begin(), xf.end()), dims, reduced);
            QCOMPARE(y.elementCount(), static_cast<int64_t>(expected.size()));
            for (std::size_t i = 0; i < expected.size(); ++i)
                QVERIFY2(close(y.data<float>()[i], expected[i]),
                         qPrintable(QString("element %1: %2 vs %3").arg(i).arg(y.data<float>()[i]).arg(expected[i])));
        }
    }

    void integerAndDoubleReductions_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("type");
        for (const char* op : {"ReduceSum", "ReduceMax", "ReduceMin", "ReduceProd", "ReduceSumSquare", "ReduceL1"})
            for (ElementType type : {ElementType::Int32, ElementType::Int64, ElementType::Float64})
                QTest::newRow(qPrintable(QString("%1-%2").arg(op, typeName(type)))) << QString(op) << static_cast<int>(type);
    }

    void integerAndDoubleReductions() {
        QFETCH(QString, op);
        QFETCH(int, type);
        const auto elementType = static_cast<ElementType>(type);
        std::mt19937 rng(7u + static_cast<unsigned>(type));
        for (int trial = 0; trial < 30; ++trial) {
            const std::vector<int64_t> dims = randomDims(rng, 3, 4);
            const auto rank = static_cast<int64_t>(dims.size());
            std::vector<double> values;
            Tensor x = Tensor::allocate(elementType, dims);
            for (int64_t i = 0; i < x.elementCount(); ++i) {
                const int v = std::uniform_int_distribution<int>(-3, 3)(rng);
                values.push_back(v);
                dispatchNumeric(elementType, [&](auto tag) { x.data<decltype(tag)>()[i] = static_cast<decltype(tag)>(v); });
            }
            std::vector<int64_t> axes;
            for (int64_t d = 0; d < rank; ++d)
                if (rng() % 2) axes.push_back(d);
            auto result = runOp(op.toStdString(), {x, int64s(axes)}, attrs({{"keepdims", int64_t{0}}}), 18);
            QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
            const Tensor& y = (*result)[0];
            QCOMPARE(y.type(), elementType);
            std::vector<bool> reduced(dims.size(), axes.empty());
            for (int64_t axis : axes) reduced[static_cast<std::size_t>(axis)] = true;
            const std::vector<double> expected = naiveReduce(op.toStdString(), values, dims, reduced);
            for (std::size_t i = 0; i < expected.size(); ++i) {
                double actual = 0;
                dispatchNumeric(elementType, [&](auto tag) { actual = static_cast<double>(y.data<decltype(tag)>()[i]); });
                QCOMPARE(actual, expected[i]); // small integers: exact in every type
            }
        }
    }

    void emptyAxesAndNoop() {
        const Tensor x = Tensor::fromValues<float>(ElementType::Float32, {2, 3}, {1, 2, 3, 4, 5, 6});
        // Empty axes reduce everything ...
        auto all = runOp("ReduceSum", {x, int64s({})}, attrs({{"keepdims", int64_t{1}}}), 13);
        QVERIFY(all.ok());
        QCOMPARE((*all)[0].dims(), (std::vector<int64_t>{1, 1}));
        QCOMPARE((*all)[0].data<float>()[0], 21.0f);
        // ... unless noop_with_empty_axes asks for the input back.
        auto noop = runOp("ReduceSum", {x, Tensor()}, attrs({{"noop_with_empty_axes", int64_t{1}}}), 13);
        QVERIFY(noop.ok());
        QCOMPARE((*noop)[0].dims(), x.dims());
        QCOMPARE(valuesOf<float>((*noop)[0]), valuesOf<float>(x));
        // Before opset 18 ReduceMax reads the attribute and ignores a second input.
        auto attr = runOp("ReduceMax", {x}, attrs({{"axes", std::vector<int64_t>{-1}}, {"keepdims", int64_t{0}}}), 13);
        QVERIFY(attr.ok());
        QCOMPARE(valuesOf<float>((*attr)[0]), (std::vector<float>{3, 6}));
    }

    void emptySetReductions() {
        const Tensor x = Tensor::allocate(ElementType::Float32, {2, 0, 3});
        auto sum = runOp("ReduceSum", {x, int64s({1})}, {}, 13);
        QVERIFY(sum.ok());
        QCOMPARE(valuesOf<float>((*sum)[0]), std::vector<float>(6, 0.0f));
        auto prod = runOp("ReduceProd", {x, int64s({1})}, {}, 18);
        QCOMPARE(valuesOf<float>((*prod)[0]), std::vector<float>(6, 1.0f));
        auto max = runOp("ReduceMax", {x, int64s({1})}, {}, 18);
        QVERIFY(std::isinf((*max)[0].data<float>()[0]) && (*max)[0].data<float>()[0] < 0);
        auto lse = runOp("ReduceLogSumExp", {x, int64s({1})}, {}, 18);
        QVERIFY(std::isinf((*lse)[0].data<float>()[0]) && (*lse)[0].data<float>()[0] < 0);
    }

    void logSumExpDoesNotOverflow() {
        const Tensor x = Tensor::fromValues<double>(ElementType::Float64, {3}, {1000, 1000, 999});
        auto result = runOp("ReduceLogSumExp", {x}, {}, 13);
        QVERIFY(result.ok());
        QVERIFY(close((*result)[0].data<double>()[0], 1000 + std::log(2 + std::exp(-1.0)), 1e-12));
    }

    void badReductionAxesFail_data() {
        QTest::addColumn<std::vector<int64_t>>("axes");
        QTest::newRow("too large") << std::vector<int64_t>{2};
        QTest::newRow("too negative") << std::vector<int64_t>{-3};
        QTest::newRow("repeated") << std::vector<int64_t>{1, -1};
    }

    void badReductionAxesFail() {
        QFETCH(std::vector<int64_t>, axes);
        const Tensor x = Tensor::allocate(ElementType::Float32, {2, 3});
        auto input = runOp("ReduceMean", {x, int64s(axes)}, {}, 18);
        QVERIFY(!input.ok());
        QVERIFY(input.error().message().find("ReduceMean 'node'") == 0);
        auto attribute = runOp("ReduceMean", {x}, attrs({{"axes", axes}}), 13);
        QVERIFY(!attribute.ok());
        auto wrongType = runOp("ReduceSum", {x, Tensor::fromValues<float>(ElementType::Float32, {1}, {0})}, {}, 13);
        QVERIFY(!wrongType.ok());
    }

    // ArgMax / ArgMin ----------------------------------------------------------------
    void argMaxArgMin_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<bool>("selectLast");
        QTest::addColumn<int>("type");
        for (const char* op : {"ArgMax", "ArgMin"})
            for (bool last : {false, true})
                for (ElementType type : {ElementType::Float32, ElementType::Int32})
                    QTest::newRow(qPrintable(QString("%1-last%2-%3").arg(op).arg(int(last)).arg(typeName(type))))
                        << QString(op) << last << static_cast<int>(type);
    }

    void argMaxArgMin() {
        QFETCH(QString, op);
        QFETCH(bool, selectLast);
        QFETCH(int, type);
        const bool isMax = op == "ArgMax";
        std::mt19937 rng(42u + static_cast<unsigned>(selectLast) + static_cast<unsigned>(type));
        for (int trial = 0; trial < 50; ++trial) {
            std::vector<int64_t> dims = randomDims(rng, 3, 5);
            if (dims.empty()) dims.push_back(4);
            const auto rank = static_cast<int64_t>(dims.size());
            const Tensor x = type == int(ElementType::Int32) ? randomSmallInts<int32_t>(rng, ElementType::Int32, dims, 2)
                                                             : randomSmallInts<float>(rng, ElementType::Float32, dims, 2);
            const int64_t axis = std::uniform_int_distribution<int64_t>(-rank, rank - 1)(rng);
            const int64_t keepdims = static_cast<int64_t>(rng() % 2);
            auto result = runOp(op.toStdString(), {x},
                                attrs({{"axis", axis}, {"keepdims", keepdims}, {"select_last_index", int64_t{selectLast}}}), 13);
            QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
            const Tensor& y = (*result)[0];
            QCOMPARE(y.type(), ElementType::Int64);

            const auto a = static_cast<std::size_t>(axis < 0 ? axis + rank : axis);
            std::vector<int64_t> outDims = dims;
            outDims[a] = 1;
            QCOMPARE(y.elementCount(), product(outDims));
            if (keepdims) QCOMPARE(y.dims(), outDims);
            else QCOMPARE(y.rank(), dims.size() - 1);
            auto valueAt = [&](int64_t flat) {
                return type == int(ElementType::Int32) ? double(x.data<int32_t>()[flat]) : double(x.data<float>()[flat]);
            };
            const std::vector<int64_t> strides = stridesOf(dims);
            for (int64_t o = 0; o < y.elementCount(); ++o) {
                const std::vector<int64_t> index = unravel(o, outDims);
                int64_t base = 0;
                for (std::size_t d = 0; d < dims.size(); ++d) base += index[d] * strides[d];
                int64_t best = 0;
                for (int64_t k = 0; k < dims[a]; ++k) {
                    const double v = valueAt(base + k * strides[a]);
                    const double b = valueAt(base + best * strides[a]);
                    if ((isMax ? v > b : v < b) || (selectLast && v == b)) best = k;
                }
                QCOMPARE(y.data<int64_t>()[o], best);
            }
        }
    }

    void argMaxTies() {
        const Tensor x = Tensor::fromValues<float>(ElementType::Float32, {2, 3}, {2, 5, 5, 7, 7, 1});
        auto first = runOp("ArgMax", {x}, attrs({{"axis", int64_t{1}}}), 13);
        QCOMPARE(valuesOf<int64_t>((*first)[0]), (std::vector<int64_t>{1, 0}));
        QCOMPARE((*first)[0].dims(), (std::vector<int64_t>{2, 1}));
        auto last = runOp("ArgMax", {x}, attrs({{"axis", int64_t{1}}, {"select_last_index", int64_t{1}}}), 13);
        QCOMPARE(valuesOf<int64_t>((*last)[0]), (std::vector<int64_t>{2, 1}));
        auto bad = runOp("ArgMin", {x}, attrs({{"axis", int64_t{2}}}), 13);
        QVERIFY(!bad.ok());
    }

    // TopK ---------------------------------------------------------------------------
    void topK_data() {
        QTest::addColumn<bool>("largest");
        QTest::addColumn<int>("opset");
        QTest::newRow("largest-opset11") << true << 11;
        QTest::newRow("smallest-opset11") << false << 11;
        QTest::newRow("largest-opset1") << true << 1;
    }

    void topK() {
        QFETCH(bool, largest);
        QFETCH(int, opset);
        std::mt19937 rng(99u + static_cast<unsigned>(largest));
        for (int trial = 0; trial < 50; ++trial) {
            std::vector<int64_t> dims = randomDims(rng, 3, 6);
            if (dims.empty()) dims.push_back(5);
            const auto rank = static_cast<int64_t>(dims.size());
            const Tensor x = randomSmallInts<float>(rng, ElementType::Float32, dims, 3); // many ties
            const int64_t axis = std::uniform_int_distribution<int64_t>(-rank, rank - 1)(rng);
            const auto a = static_cast<std::size_t>(axis < 0 ? axis + rank : axis);
            const int64_t k = std::uniform_int_distribution<int64_t>(0, dims[a])(rng);
            Attributes at = attrs({{"axis", axis}, {"largest", int64_t{largest}}});
            std::vector<Tensor> inputs{x};
            if (opset >= 10) inputs.push_back(int64s({k}));
            else at.set("k", k);
            auto result = runOp("TopK", inputs, at, opset, 2);
            QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
            const Tensor& values = (*result)[0];
            const Tensor& indices = (*result)[1];
            std::vector<int64_t> outDims = dims;
            outDims[a] = k;
            QCOMPARE(values.dims(), outDims);
            QCOMPARE(indices.dims(), outDims);

            // Reference: a stable sort of each line keeps equal values in index order.
            const std::vector<int64_t> strides = stridesOf(dims);
            std::vector<int64_t> lineDims = dims;
            lineDims[a] = 1;
            const std::vector<int64_t> outStrides = stridesOf(outDims);
            for (int64_t line = 0; line < product(lineDims); ++line) {
                const std::vector<int64_t> index = unravel(line, lineDims);
                int64_t base = 0, outBase = 0;
                for (std::size_t d = 0; d < dims.size(); ++d) {
                    base += index[d] * strides[d];
                    outBase += index[d] * outStrides[d];
                }
                std::vector<int64_t> order(static_cast<std::size_t>(dims[a]));
                std::iota(order.begin(), order.end(), int64_t{0});
                auto at_ = [&](int64_t i) { return x.data<float>()[base + i * strides[a]]; };
                std::stable_sort(order.begin(), order.end(),
                                 [&](int64_t p, int64_t q) { return largest ? at_(p) > at_(q) : at_(p) < at_(q); });
                for (int64_t i = 0; i < k; ++i) {
                    QCOMPARE(indices.data<int64_t>()[outBase + i * outStrides[a]], order[static_cast<std::size_t>(i)]);
                    QCOMPARE(values.data<float>()[outBase + i * outStrides[a]], at_(order[static_cast<std::size_t>(i)]));
                }
            }
        }
    }

    void topKRejectsBadK() {
        const Tensor x = Tensor::allocate(ElementType::Float32, {2, 3});
        QVERIFY(!runOp("TopK", {x, int64s({4})}, {}, 11, 2).ok());
        QVERIFY(!runOp("TopK", {x, int64s({-1})}, {}, 11, 2).ok());
        QVERIFY(!runOp("TopK", {x, int64s({1, 2})}, {}, 11, 2).ok());
        QVERIFY(!runOp("TopK", {x}, {}, 11, 2).ok());
    }

    // Unique -------------------------------------------------------------------------
    void unique_data() {
        QTest::addColumn<std::vector<float>>("x");
        QTest::addColumn<std::vector<int64_t>>("dims");
        QTest::addColumn<int>("axis"); // 99: no axis
        QTest::addColumn<bool>("sorted");
        QTest::addColumn<std::vector<float>>("y");
        QTest::addColumn<std::vector<int64_t>>("indices");
        QTest::addColumn<std::vector<int64_t>>("inverse");
        QTest::addColumn<std::vector<int64_t>>("counts");
        const std::vector<float> flat{2, 1, 1, 3, 4, 3};
        QTest::newRow("unsorted") << flat << std::vector<int64_t>{6} << 99 << false << std::vector<float>{2, 1, 3, 4}
                                  << std::vector<int64_t>{0, 1, 3, 4} << std::vector<int64_t>{0, 1, 1, 2, 3, 2}
                                  << std::vector<int64_t>{1, 2, 2, 1};
        QTest::newRow("sorted") << flat << std::vector<int64_t>{6} << 99 << true << std::vector<float>{1, 2, 3, 4}
                                << std::vector<int64_t>{1, 0, 3, 4} << std::vector<int64_t>{1, 0, 0, 2, 3, 2}
                                << std::vector<int64_t>{2, 1, 2, 1};
        const std::vector<float> rows{1, 0, 0, 1, 0, 0, 2, 3, 4};
        QTest::newRow("axis0") << rows << std::vector<int64_t>{3, 3} << 0 << true << std::vector<float>{1, 0, 0, 2, 3, 4}
                               << std::vector<int64_t>{0, 2} << std::vector<int64_t>{0, 0, 1} << std::vector<int64_t>{2, 1};
        // Columns (1,1,2), (0,0,3), (0,0,4): sorted lexicographically (0,0,3) < (0,0,4) < (1,1,2).
        QTest::newRow("axis-1") << rows << std::vector<int64_t>{3, 3} << -1 << true
                                << std::vector<float>{0, 0, 1, 0, 0, 1, 3, 4, 2} << std::vector<int64_t>{1, 2, 0}
                                << std::vector<int64_t>{2, 0, 1} << std::vector<int64_t>{1, 1, 1};
    }

    void unique() {
        QFETCH(std::vector<float>, x);
        QFETCH(std::vector<int64_t>, dims);
        QFETCH(int, axis);
        QFETCH(bool, sorted);
        QFETCH(std::vector<float>, y);
        QFETCH(std::vector<int64_t>, indices);
        QFETCH(std::vector<int64_t>, inverse);
        QFETCH(std::vector<int64_t>, counts);
        Attributes a = attrs({{"sorted", int64_t{sorted}}});
        if (axis != 99) a.set("axis", int64_t{axis});
        auto result = runOp("Unique", {Tensor::fromValues(ElementType::Float32, dims, x)}, a, 11, 4);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        QCOMPARE(valuesOf<float>((*result)[0]), y);
        QCOMPARE(valuesOf<int64_t>((*result)[1]), indices);
        QCOMPARE(valuesOf<int64_t>((*result)[2]), inverse);
        QCOMPARE(valuesOf<int64_t>((*result)[3]), counts);
    }

    // NonMaxSuppression --------------------------------------------------------------
    void nonMaxSuppression_data() {
        QTest::addColumn<std::vector<float>>("boxes");
        QTest::addColumn<int64_t>("centerPointBox");
        QTest::addColumn<int64_t>("maxBoxes");
        QTest::addColumn<float>("scoreThreshold");
        QTest::addColumn<std::vector<int64_t>>("expected");
        // The examples of the ONNX operator documentation.
        const std::vector<float> corners{0, 0, 1, 1, 0, 0.1f, 1, 1.1f, 0, -0.1f, 1, 0.9f, 0, 10, 1, 11, 0, 10.1f, 1, 11.1f, 0, 100, 1, 101};
        const std::vector<float> centers{0.5f, 0.5f, 1, 1, 0.5f, 0.6f, 1, 1, 0.5f, 0.4f, 1, 1,
                                         0.5f, 10.5f, 1, 1, 0.5f, 10.6f, 1, 1, 0.5f, 100.5f, 1, 1};
        QTest::newRow("suppress by IOU") << corners << int64_t{0} << int64_t{3} << 0.0f << std::vector<int64_t>{0, 0, 3, 0, 0, 0, 0, 0, 5};
        QTest::newRow("center point box") << centers << int64_t{1} << int64_t{3} << 0.0f << std::vector<int64_t>{0, 0, 3, 0, 0, 0, 0, 0, 5};
        QTest::newRow("limit output size") << corners << int64_t{0} << int64_t{2} << 0.0f << std::vector<int64_t>{0, 0, 3, 0, 0, 0};
        QTest::newRow("score threshold") << corners << int64_t{0} << int64_t{3} << 0.4f << std::vector<int64_t>{0, 0, 3, 0, 0, 0};
        QTest::newRow("no boxes wanted") << corners << int64_t{0} << int64_t{0} << 0.0f << std::vector<int64_t>{};
    }

    void nonMaxSuppression() {
        QFETCH(std::vector<float>, boxes);
        QFETCH(int64_t, centerPointBox);
        QFETCH(int64_t, maxBoxes);
        QFETCH(float, scoreThreshold);
        QFETCH(std::vector<int64_t>, expected);
        const Tensor boxTensor = Tensor::fromValues(ElementType::Float32, {1, 6, 4}, boxes);
        const Tensor scores = Tensor::fromValues<float>(ElementType::Float32, {1, 1, 6}, {0.9f, 0.75f, 0.6f, 0.95f, 0.5f, 0.3f});
        auto result = runOp("NonMaxSuppression",
                            {boxTensor, scores, int64s({maxBoxes}), Tensor::fromValues<float>(ElementType::Float32, {1}, {0.5f}),
                             Tensor::fromValues<float>(ElementType::Float32, {1}, {scoreThreshold})},
                            attrs({{"center_point_box", centerPointBox}}), 11);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        QCOMPARE((*result)[0].dims(), (std::vector<int64_t>{static_cast<int64_t>(expected.size() / 3), 3}));
        QCOMPARE(valuesOf<int64_t>((*result)[0]), expected);
        QVERIFY(!runOp("NonMaxSuppression", {boxTensor, Tensor::allocate(ElementType::Float32, {1, 1, 5})}, {}, 11).ok());
    }

    // Quantization -------------------------------------------------------------------
    void quantizeRounding_data() {
        QTest::addColumn<float>("x");
        QTest::addColumn<float>("scale");
        QTest::addColumn<int>("zeroPoint");
        QTest::addColumn<bool>("signedType");
        QTest::addColumn<int>("expected");
        QTest::newRow("half to even down") << 2.5f << 1.0f << 0 << false << 2;
        QTest::newRow("half to even up") << 3.5f << 1.0f << 0 << false << 4;
        QTest::newRow("negative half") << -2.5f << 1.0f << 0 << true << -2;
        QTest::newRow("negative half odd") << -3.5f << 1.0f << 0 << true << -4;
        QTest::newRow("scaled half") << 1.0f << 0.4f << 10 << false << 12; // 2.5 -> 2, + 10
        QTest::newRow("saturate high u8") << 300.0f << 1.0f << 0 << false << 255;
        QTest::newRow("saturate low u8") << -5.0f << 1.0f << 3 << false << 0;
        QTest::newRow("saturate high i8") << 1000.0f << 2.0f << 0 << true << 127;
        QTest::newRow("saturate low i8") << -1000.0f << 2.0f << -1 << true << -128;
        QTest::newRow("zero point shifts") << 0.0f << 0.5f << 128 << false << 128;
    }

    void quantizeRounding() {
        QFETCH(float, x);
        QFETCH(float, scale);
        QFETCH(int, zeroPoint);
        QFETCH(bool, signedType);
        QFETCH(int, expected);
        const Tensor xt = Tensor::fromValues<float>(ElementType::Float32, {1}, {x});
        const Tensor st = Tensor::fromValues<float>(ElementType::Float32, {}, {scale});
        const Tensor zt = signedType ? Tensor::fromValues<int8_t>(ElementType::Int8, {}, {static_cast<int8_t>(zeroPoint)})
                                     : Tensor::fromValues<uint8_t>(ElementType::UInt8, {}, {static_cast<uint8_t>(zeroPoint)});
        auto result = runOp("QuantizeLinear", {xt, st, zt}, {}, 13);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        const Tensor& y = (*result)[0];
        QCOMPARE(y.type(), zt.type());
        QCOMPARE(signedType ? int(y.data<int8_t>()[0]) : int(y.data<uint8_t>()[0]), expected);
    }

    void quantizeWithoutZeroPointIsUint8() {
        const Tensor x = Tensor::fromValues<float>(ElementType::Float32, {3}, {-1, 0.5f, 1000});
        auto result = runOp("QuantizeLinear", {x, Tensor::fromValues<float>(ElementType::Float32, {}, {0.5f})}, {}, 13);
        QVERIFY(result.ok());
        QCOMPARE((*result)[0].type(), ElementType::UInt8);
        QCOMPARE(valuesOf<uint8_t>((*result)[0]), (std::vector<uint8_t>{0, 1, 255}));
    }

    void perAxisQuantizeRoundTrip() {
        std::mt19937 rng(5);
        const Tensor x = randomFloats(rng, {2, 3, 4}, -1, 1);
        const Tensor scale = Tensor::fromValues<float>(ElementType::Float32, {3}, {0.01f, 0.02f, 0.05f});
        const Tensor zp = Tensor::fromValues<int8_t>(ElementType::Int8, {3}, {0, -10, 5});
        auto q = runOp("QuantizeLinear", {x, scale, zp}, attrs({{"axis", int64_t{1}}}), 13);
        QVERIFY2(q.ok(), q.ok() ? "" : q.error().message().c_str());
        auto d = runOp("DequantizeLinear", {(*q)[0], scale, zp}, attrs({{"axis", int64_t{-2}}}), 13);
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().message().c_str());
        const Tensor& y = (*d)[0];
        QCOMPARE(y.type(), ElementType::Float32);
        for (int64_t i = 0; i < x.elementCount(); ++i) {
            const int64_t c = (i / 4) % 3;
            const float s = scale.data<float>()[c];
            const int8_t z = zp.data<int8_t>()[c];
            const float expectedQ = std::clamp(std::nearbyint(x.data<float>()[i] / s) + z, -128.0f, 127.0f);
            QCOMPARE(float((*q)[0].data<int8_t>()[i]), expectedQ);
            QCOMPARE(y.data<float>()[i], (expectedQ - z) * s);
            QVERIFY(std::abs(y.data<float>()[i] - x.data<float>()[i]) <= s / 2 + 1e-6f);
        }
    }

    void quantizeRejectsMismatchedScale() {
        const Tensor x = Tensor::allocate(ElementType::Float32, {2, 3});
        const Tensor scale = Tensor::fromValues<float>(ElementType::Float32, {2}, {1, 1});
        QVERIFY(!runOp("QuantizeLinear", {x, scale}, {}, 13).ok()); // axis 1 has size 3
        QVERIFY(!runOp("DequantizeLinear", {Tensor::allocate(ElementType::UInt8, {2, 3}), scale,
                                            Tensor::fromValues<int8_t>(ElementType::Int8, {2}, {0, 0})},
                       attrs({{"axis", int64_t{0}}}), 13)
                     .ok()); // zero point type differs from x
        QVERIFY(!runOp("QuantizeLinear", {x}, {}, 13).ok());
    }

    void dynamicQuantizeLinear() {
        // The example from the ONNX operator documentation.
        const Tensor x = Tensor::fromValues<float>(ElementType::Float32, {6}, {0, 2, -3, -2.5f, 1.34f, 0.5f});
        auto result = runOp("DynamicQuantizeLinear", {x}, {}, 11, 3);
        QVERIFY(result.ok());
        QCOMPARE(valuesOf<uint8_t>((*result)[0]), (std::vector<uint8_t>{153, 255, 0, 26, 221, 179}));
        QCOMPARE((*result)[1].data<float>()[0], 5.0f / 255.0f);
        QCOMPARE(int((*result)[2].data<uint8_t>()[0]), 153);
    }

    // Recurrent layers ---------------------------------------------------------------
    void lstmMatchesHandWrittenCell() {
        const int64_t seq = 2, batch = 2, input = 3, hidden = 2;
        std::mt19937 rng(11);
        const Tensor x = randomFloats(rng, {seq, batch, input}, -1, 1);
        const Tensor w = randomFloats(rng, {1, 4 * hidden, input}, -1, 1);
        const Tensor r = randomFloats(rng, {1, 4 * hidden, hidden}, -1, 1);
        const Tensor b = randomFloats(rng, {1, 8 * hidden}, -1, 1);
        const Tensor h0 = randomFloats(rng, {1, batch, hidden}, -1, 1);
        const Tensor c0 = randomFloats(rng, {1, batch, hidden}, -1, 1);
        const Tensor p = randomFloats(rng, {1, 3 * hidden}, -1, 1);
        auto result = runOp("LSTM", {x, w, r, b, Tensor(), h0, c0, p}, attrs({{"hidden_size", hidden}}), 14, 3);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        QCOMPARE((*result)[0].dims(), (std::vector<int64_t>{seq, 1, batch, hidden}));
        QCOMPARE((*result)[1].dims(), (std::vector<int64_t>{1, batch, hidden}));
        QCOMPARE((*result)[2].dims(), (std::vector<int64_t>{1, batch, hidden}));

        auto sigmoid = [](double v) { return 1 / (1 + std::exp(-v)); };
        auto at = [](const Tensor& t, int64_t i) { return double(t.data<float>()[i]); };
        std::vector<double> h(h0.data<float>(), h0.data<float>() + batch * hidden);
        std::vector<double> c(c0.data<float>(), c0.data<float>() + batch * hidden);
        for (int64_t t = 0; t < seq; ++t) {
            std::vector<double> hNext(h.size());
            for (int64_t n = 0; n < batch; ++n)
                for (int64_t j = 0; j < hidden; ++j) {
                    double g[4]; // i, o, f, c
                    for (int64_t gate = 0; gate < 4; ++gate) {
                        const int64_t row = gate * hidden + j;
                        g[gate] = at(b, row) + at(b, 4 * hidden + row);
                        for (int64_t k = 0; k < input; ++k) g[gate] += at(x, (t * batch + n) * input + k) * at(w, row * input + k);
                        for (int64_t k = 0; k < hidden; ++k) g[gate] += h[std::size_t(n * hidden + k)] * at(r, row * hidden + k);
                    }
                    const std::size_t s = std::size_t(n * hidden + j);
                    const double i = sigmoid(g[0] + at(p, j) * c[s]);
                    const double f = sigmoid(g[2] + at(p, 2 * hidden + j) * c[s]);
                    c[s] = f * c[s] + i * std::tanh(g[3]);
                    const double o = sigmoid(g[1] + at(p, hidden + j) * c[s]);
                    hNext[s] = o * std::tanh(c[s]);
                    QVERIFY(close((*result)[0].data<float>()[(t * batch + n) * hidden + j], hNext[s]));
                }
            h = hNext;
        }
        for (std::size_t s = 0; s < h.size(); ++s) {
            QVERIFY(close((*result)[1].data<float>()[s], h[s]));
            QVERIFY(close((*result)[2].data<float>()[s], c[s]));
        }
    }

    void recurrentDirectionsAndLayouts_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int64_t>("gates");
        QTest::addColumn<int64_t>("linearBeforeReset");
        QTest::newRow("RNN") << QString("RNN") << int64_t{1} << int64_t{0};
        QTest::newRow("GRU") << QString("GRU") << int64_t{3} << int64_t{0};
        QTest::newRow("GRU-linear-before-reset") << QString("GRU") << int64_t{3} << int64_t{1};
        QTest::newRow("LSTM") << QString("LSTM") << int64_t{4} << int64_t{0};
    }

    // Properties that tie the modes together: the reverse half of a bidirectional run
    // is a forward run over the reversed sequence; layout 1 is layout 0 transposed;
    // a shorter sequence_lens entry freezes that row's state and zeroes its Y.
    void recurrentDirectionsAndLayouts() {
        QFETCH(QString, op);
        QFETCH(int64_t, gates);
        QFETCH(int64_t, linearBeforeReset);
        const std::string name = op.toStdString();
        const std::size_t outputs = name == "LSTM" ? 3 : 2;
        const int64_t seq = 3, batch = 2, input = 2, hidden = 3;
        std::mt19937 rng(21);
        const Tensor x = randomFloats(rng, {seq, batch, input}, -1, 1);
        const Tensor w = randomFloats(rng, {2, gates * hidden, input}, -1, 1);
        const Tensor r = randomFloats(rng, {2, gates * hidden, hidden}, -1, 1);
        const Tensor b = randomFloats(rng, {2, 2 * gates * hidden}, -1, 1);
        const Attributes base = attrs({{"hidden_size", hidden}, {"linear_before_reset", linearBeforeReset}});
        auto slice = [](const Tensor& t, int64_t d) { // direction d of a [2, ...] weight
            const int64_t n = t.elementCount() / 2;
            std::vector<int64_t> dims = t.dims();
            dims[0] = 1;
            return Tensor::fromValues(ElementType::Float32, dims, std::vector<float>(t.data<float>() + d * n, t.data<float>() + (d + 1) * n));
        };
        auto reversed = [&](const Tensor& t) {
            Tensor out = Tensor::allocate(ElementType::Float32, t.dims());
            const int64_t step = t.elementCount() / seq;
            for (int64_t s = 0; s < seq; ++s)
                std::copy_n(t.data<float>() + s * step, step, out.data<float>() + (seq - 1 - s) * step);
            return out;
        };

        Attributes bidi = base;
        bidi.set("direction", std::string("bidirectional"));
        auto both = runOp(name, {x, w, r, b}, bidi, 14, outputs);
        QVERIFY2(both.ok(), both.ok() ? "" : both.error().message().c_str());
        auto backward = runOp(name, {reversed(x), slice(w, 1), slice(r, 1), slice(b, 1)}, base, 14, outputs);
        QVERIFY(backward.ok());
        const Tensor& yBoth = (*both)[0]; // [seq, 2, batch, hidden]
        const Tensor backY = reversed((*backward)[0]);
        for (int64_t s = 0; s < seq; ++s)
            for (int64_t i = 0; i < batch * hidden; ++i)
                QVERIFY(close(yBoth.data<float>()[(s * 2 + 1) * batch * hidden + i], backY.data<float>()[s * batch * hidden + i]));
        for (int64_t i = 0; i < batch * hidden; ++i)
            QVERIFY(close((*both)[1].data<float>()[batch * hidden + i], (*backward)[1].data<float>()[i]));

        // Layout 1: X [batch, seq, input], Y [batch, seq, dir, hidden].
        Tensor xBatchFirst = Tensor::allocate(ElementType::Float32, {batch, seq, input});
        for (int64_t s = 0; s < seq; ++s)
            for (int64_t n = 0; n < batch; ++n)
                std::copy_n(x.data<float>() + (s * batch + n) * input, input, xBatchFirst.data<float>() + (n * seq + s) * input);
        Attributes layout1 = bidi;
        layout1.set("layout", int64_t{1});
        auto batchFirst = runOp(name, {xBatchFirst, w, r, b}, layout1, 14, outputs);
        QVERIFY(batchFirst.ok());
        QCOMPARE((*batchFirst)[0].dims(), (std::vector<int64_t>{batch, seq, 2, hidden}));
        QCOMPARE((*batchFirst)[1].dims(), (std::vector<int64_t>{batch, 2, hidden}));
        for (int64_t s = 0; s < seq; ++s)
            for (int64_t d = 0; d < 2; ++d)
                for (int64_t n = 0; n < batch; ++n)
                    for (int64_t j = 0; j < hidden; ++j)
                        QCOMPARE((*batchFirst)[0].data<float>()[((n * seq + s) * 2 + d) * hidden + j],
                                 yBoth.data<float>()[((s * 2 + d) * batch + n) * hidden + j]);

        // sequence_lens {3, 1}: row 1 stops after its first step.
        const Tensor lens = Tensor::fromValues<int32_t>(ElementType::Int32, {batch}, {3, 1});
        auto forward = runOp(name, {x, slice(w, 0), slice(r, 0), slice(b, 0), lens}, base, 14, outputs);
        QVERIFY(forward.ok());
        const float* y = (*forward)[0].data<float>();
        for (int64_t j = 0; j < hidden; ++j) {
            QCOMPARE((*forward)[1].data<float>()[hidden + j], y[(0 * batch + 1) * hidden + j]);
            QCOMPARE(y[(1 * batch + 1) * hidden + j], 0.0f);
            QCOMPARE(y[(2 * batch + 1) * hidden + j], 0.0f);
            QCOMPARE((*forward)[1].data<float>()[j], y[(2 * batch + 0) * hidden + j]);
        }
    }

    void recurrentRejectsBadShapes() {
        const Tensor x = Tensor::allocate(ElementType::Float32, {2, 1, 3});
        const Tensor w = Tensor::allocate(ElementType::Float32, {1, 8, 3});
        const Tensor r = Tensor::allocate(ElementType::Float32, {1, 8, 2});
        QVERIFY(runOp("LSTM", {x, w, r}, attrs({{"hidden_size", int64_t{2}}}), 14, 3).ok());
        QVERIFY(!runOp("GRU", {x, w, r}, attrs({{"hidden_size", int64_t{2}}}), 14, 2).ok()); // GRU needs 3 gates
        QVERIFY(!runOp("LSTM", {x, Tensor::allocate(ElementType::Float32, {1, 8, 4}), r}, {}, 14, 3).ok());
        QVERIFY(!runOp("LSTM", {x, w, r}, attrs({{"direction", std::string("sideways")}}), 14, 3).ok());
        QVERIFY(!runOp("LSTM", {x, w, r, Tensor(), Tensor::fromValues<int32_t>(ElementType::Int32, {1}, {5})}, {}, 14, 3).ok());
        QVERIFY(!runOp("RNN", {x, w}, {}, 14, 2).ok());
    }
};

QTEST_GUILESS_MAIN(TestHostReduce)
#include "tst_host_reduce.moc"
