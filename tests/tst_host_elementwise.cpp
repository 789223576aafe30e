// Host elementwise kernels against naive references on many random shapes, plus the
// edge cases ONNX pins down (Mod signs, integer Div, Clip bounds, Cast) and errors.
#include "kernel.h"
#include "kernel_util.h"
#include "support/kernel_runner.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <random>

using namespace fusebox;
using namespace fusebox::host;
using fusebox::test::attrs;
using fusebox::test::runOp;

namespace {

double valueAt(const Tensor& t, int64_t i) {
    double v = 0;
    dispatchAny(t.type(), [&](auto tag) { v = double(t.data<decltype(tag)>()[i]); });
    return v;
}

std::vector<double> values(const Tensor& t) {
    std::vector<double> out;
    for (int64_t i = 0; i < t.elementCount(); ++i) out.push_back(valueAt(t, i));
    return out;
}

// Uniform values in [lo, hi]; whole numbers for integer and bool tensors (or when asked).
Tensor randomTensor(std::mt19937& rng, ElementType type, const std::vector<int64_t>& dims, double lo, double hi,
                    bool wholeNumbers = false) {
    Tensor t = Tensor::allocate(type, dims);
    dispatchAny(type, [&](auto tag) {
        using T = decltype(tag);
        const bool whole = wholeNumbers || !std::is_floating_point_v<T>;
        for (int64_t i = 0; i < t.elementCount(); ++i) {
            const double v = whole ? double(std::uniform_int_distribution<int64_t>(int64_t(lo), int64_t(hi))(rng))
                                   : std::uniform_real_distribution<double>(lo, hi)(rng);
            t.data<T>()[i] = T(v);
        }
    });
    return t;
}

std::vector<int64_t> randomShape(std::mt19937& rng) {
    std::vector<int64_t> dims(std::uniform_int_distribution<int>(0, 4)(rng));
    for (int64_t& d : dims) d = std::uniform_int_distribution<int>(1, 4)(rng);
    return dims;
}

// A shape that broadcasts to `out`: a suffix of it (lower rank) with some dims set to 1.
std::vector<int64_t> broadcastableTo(const std::vector<int64_t>& out, std::mt19937& rng) {
    const std::size_t drop = std::uniform_int_distribution<std::size_t>(0, out.size())(rng);
    std::vector<int64_t> dims(out.begin() + drop, out.end());
    for (int64_t& d : dims) {
        if (std::uniform_int_distribution<int>(0, 2)(rng) == 0) d = 1;
    }
    return dims;
}

// The numpy broadcast, computed independently of kernel_util.
std::vector<int64_t> expectedShape(const std::vector<std::vector<int64_t>>& shapes) {
    std::size_t rank = 0;
    for (const auto& s : shapes) rank = std::max(rank, s.size());
    std::vector<int64_t> out(rank, 1);
    for (const auto& s : shapes) {
        for (std::size_t d = 0; d < s.size(); ++d) {
            if (s[d] != 1) out[rank - s.size() + d] = s[d];
        }
    }
    return out;
}

// The element of a `dims`-shaped input that output element `flat` reads.
int64_t sourceIndex(const std::vector<int64_t>& outDims, int64_t flat, const std::vector<int64_t>& dims) {
    std::vector<int64_t> index(outDims.size());
    for (std::size_t d = outDims.size(); d-- > 0;) {
        index[d] = flat % outDims[d];
        flat /= outDims[d];
    }
    int64_t offset = 0;
    const std::size_t shift = outDims.size() - dims.size();
    for (std::size_t d = 0; d < dims.size(); ++d) offset = offset * dims[d] + (dims[d] == 1 ? 0 : index[shift + d]);
    return offset;
}

// 1e-6 relative; NaN matches NaN and infinities must match exactly.
bool close(double got, double want) {
    if (std::isnan(want)) return std::isnan(got);
    if (std::isinf(want)) return got == want;
    return std::fabs(got - want) <= 1e-6 * std::fabs(want) + 1e-300;
}

#define CHECK_OK(run)                                                                             \
    do {                                                                                          \
        if (!(run).ok()) QFAIL((run).error().message().c_str());                         \
    } while (false)

using Unary = std::function<double(double)>;
using Binary = std::function<double(double, double)>;

struct UnaryCase {
    std::string op;
    double lo, hi;
    Unary ref;
    Attributes attributes = {};
};

const std::map<std::string, UnaryCase>& unaryCases() {
    static const std::map<std::string, UnaryCase> cases = {
        {"Abs", {"Abs", -5, 5, [](double x) { return std::fabs(x); }}},
        {"Neg", {"Neg", -5, 5, [](double x) { return -x; }}},
        {"Sign", {"Sign", -5, 5, [](double x) { return double((x > 0) - (x < 0)); }}},
        {"Reciprocal", {"Reciprocal", 0.1, 5, [](double x) { return 1 / x; }}},
        {"Floor", {"Floor", -5, 5, [](double x) { return std::floor(x); }}},
        {"Ceil", {"Ceil", -5, 5, [](double x) { return std::ceil(x); }}},
        {"Round", {"Round", -5, 5, [](double x) { return std::round(x); }}}, // random values never hit .5
        {"Sqrt", {"Sqrt", 0, 9, [](double x) { return std::sqrt(x); }}},
        {"Exp", {"Exp", -5, 5, [](double x) { return std::exp(x); }}},
        {"Log", {"Log", 0.01, 9, [](double x) { return std::log(x); }}},
        {"Sin", {"Sin", -5, 5, [](double x) { return std::sin(x); }}},
        {"Cos", {"Cos", -5, 5, [](double x) { return std::cos(x); }}},
        {"Tan", {"Tan", -1.5, 1.5, [](double x) { return std::tan(x); }}},
        {"Asin", {"Asin", -1, 1, [](double x) { return std::asin(x); }}},
        {"Acos", {"Acos", -1, 1, [](double x) { return std::acos(x); }}},
        {"Atan", {"Atan", -5, 5, [](double x) { return std::atan(x); }}},
        {"Sinh", {"Sinh", -3, 3, [](double x) { return std::sinh(x); }}},
        {"Cosh", {"Cosh", -3, 3, [](double x) { return std::cosh(x); }}},
        {"Asinh", {"Asinh", -5, 5, [](double x) { return std::asinh(x); }}},
        {"Acosh", {"Acosh", 1, 9, [](double x) { return std::acosh(x); }}},
        {"Atanh", {"Atanh", -0.99, 0.99, [](double x) { return std::atanh(x); }}},
        {"Erf", {"Erf", -3, 3, [](double x) { return std::erf(x); }}},
        {"Tanh", {"Tanh", -5, 5, [](double x) { return std::tanh(x); }}},
        {"Sigmoid", {"Sigmoid", -8, 8, [](double x) { return 1 / (1 + std::exp(-x)); }}},
        {"Relu", {"Relu", -5, 5, [](double x) { return std::max(x, 0.0); }}},
        {"HardSigmoid", {"HardSigmoid", -6, 6, [](double x) { return std::max(0.0, std::min(1.0, double(0.2f) * x + 0.5)); }}},
        {"HardSigmoid alpha beta", {"HardSigmoid", -6, 6, [](double x) { return std::max(0.0, std::min(1.0, 0.5 * x + 0.25)); },
                                    attrs({{"alpha", 0.5f}, {"beta", 0.25f}})}},
        {"HardSwish", {"HardSwish", -6, 6, [](double x) { return x * std::max(0.0, std::min(1.0, x / 6 + 0.5)); }}},
        {"LeakyRelu", {"LeakyRelu", -5, 5, [](double x) { return x < 0 ? double(0.01f) * x : x; }}},
        {"LeakyRelu alpha", {"LeakyRelu", -5, 5, [](double x) { return x < 0 ? 0.25 * x : x; }, attrs({{"alpha", 0.25f}})}},
        {"Elu", {"Elu", -5, 5, [](double x) { return x < 0 ? std::exp(x) - 1 : x; }}},
        {"Elu alpha", {"Elu", -5, 5, [](double x) { return x < 0 ? 0.5 * (std::exp(x) - 1) : x; }, attrs({{"alpha", 0.5f}})}},
        {"Selu", {"Selu", -5, 5, [](double x) {
             const double alpha = 1.67326319217681884765625, gamma = 1.05070102214813232421875;
             return x > 0 ? gamma * x : gamma * (alpha * std::exp(x) - alpha);
         }}},
        {"Celu", {"Celu", -5, 5, [](double x) { return std::max(0.0, x) + std::min(0.0, 2 * (std::exp(x / 2) - 1)); },
                  attrs({{"alpha", 2.0f}})}},
        {"ThresholdedRelu", {"ThresholdedRelu", -5, 5, [](double x) { return x > 1 ? x : 0; }}},
        {"Softplus", {"Softplus", -5, 5, [](double x) { return std::log(std::exp(x) + 1); }}},
        {"Softsign", {"Softsign", -5, 5, [](double x) { return x / (1 + std::fabs(x)); }}},
        {"Shrink", {"Shrink", -3, 3, [](double x) { return x < -1.5 ? x + 0.5 : x > 1.5 ? x - 0.5 : 0; },
                    attrs({{"bias", 0.5f}, {"lambd", 1.5f}})}},
    };
    return cases;
}

struct BinaryCase {
    std::string op;
    ElementType type;
    double lo, hi;
    Binary ref;
    Attributes attributes = {};
    bool wholeNumbers = false; // float inputs drawn as whole numbers, so Equal and friends hit ties
};

double pythonMod(double a, double b) { return a - b * std::floor(a / b); }

const std::map<std::string, BinaryCase>& binaryCases() {
    using E = ElementType;
    static const std::map<std::string, BinaryCase> cases = {
        {"Add float32", {"Add", E::Float32, -10, 10, [](double a, double b) { return a + b; }}},
        {"Add float64", {"Add", E::Float64, -10, 10, [](double a, double b) { return a + b; }}},
        {"Add int64", {"Add", E::Int64, -1000, 1000, [](double a, double b) { return a + b; }}},
        {"Sub float32", {"Sub", E::Float32, -10, 10, [](double a, double b) { return a - b; }}},
        {"Sub int32", {"Sub", E::Int32, -1000, 1000, [](double a, double b) { return a - b; }}},
        {"Mul float64", {"Mul", E::Float64, -10, 10, [](double a, double b) { return a * b; }}},
        {"Mul uint8", {"Mul", E::UInt8, 0, 15, [](double a, double b) { return a * b; }}},
        {"Div float32", {"Div", E::Float32, 0.5, 10, [](double a, double b) { return a / b; }}},
        {"Div int32", {"Div", E::Int32, -100, 100, [](double a, double b) { return std::trunc(a / b); }}},
        {"Div int8", {"Div", E::Int8, -100, 100, [](double a, double b) { return std::trunc(a / b); }}},
        {"Pow float32", {"Pow", E::Float32, 0.5, 3, [](double a, double b) { return std::pow(a, b); }}},
        {"Pow int64", {"Pow", E::Int64, 0, 5, [](double a, double b) { return std::pow(a, b); }}},
        {"Mod int32 python", {"Mod", E::Int32, -20, 20, pythonMod}},
        {"Mod int64 fmod", {"Mod", E::Int64, -20, 20, [](double a, double b) { return std::fmod(a, b); }, attrs({{"fmod", int64_t(1)}})}},
        {"Mod float32 fmod", {"Mod", E::Float32, -20, 20, [](double a, double b) { return std::fmod(a, b); }, attrs({{"fmod", int64_t(1)}})}},
        {"Max float32", {"Max", E::Float32, -10, 10, [](double a, double b) { return std::max(a, b); }}},
        {"Min int16", {"Min", E::Int16, -100, 100, [](double a, double b) { return std::min(a, b); }}},
        {"Sum float64", {"Sum", E::Float64, -10, 10, [](double a, double b) { return a + b; }}},
        {"Mean float32", {"Mean", E::Float32, -10, 10, [](double a, double b) { return (a + b) / 2; }}},
        {"PRelu float32", {"PRelu", E::Float32, -10, 10, [](double x, double s) { return x < 0 ? x * s : x; }}},
        {"Equal float32", {"Equal", E::Float32, -3, 3, [](double a, double b) { return double(a == b); }, {}, true}},
        {"Equal int64", {"Equal", E::Int64, -3, 3, [](double a, double b) { return double(a == b); }}},
        {"Equal bool", {"Equal", E::Bool, 0, 1, [](double a, double b) { return double(a == b); }}},
        {"Less float64", {"Less", E::Float64, -3, 3, [](double a, double b) { return double(a < b); }, {}, true}},
        {"LessOrEqual int32", {"LessOrEqual", E::Int32, -3, 3, [](double a, double b) { return double(a <= b); }}},
        {"Greater float32", {"Greater", E::Float32, -3, 3, [](double a, double b) { return double(a > b); }, {}, true}},
        {"GreaterOrEqual uint16", {"GreaterOrEqual", E::UInt16, 0, 5, [](double a, double b) { return double(a >= b); }}},
        {"And", {"And", E::Bool, 0, 1, [](double a, double b) { return double(a && b); }}},
        {"Or", {"Or", E::Bool, 0, 1, [](double a, double b) { return double(a || b); }}},
        {"Xor", {"Xor", E::Bool, 0, 1, [](double a, double b) { return double((a != 0) != (b != 0)); }}},
        {"BitShift left", {"BitShift", E::UInt32, 0, 9, [](double a, double b) { return std::ldexp(a, int(b)); },
                           attrs({{"direction", std::string("LEFT")}})}},
        {"BitShift right", {"BitShift", E::UInt8, 0, 9, [](double a, double b) { return b >= 8 ? 0 : std::floor(std::ldexp(a, -int(b))); },
                            attrs({{"direction", std::string("RIGHT")}})}},
    };
    return cases;
}

bool isComparison(const std::string& op) {
    return op == "Equal" || op == "Less" || op == "LessOrEqual" || op == "Greater" || op == "GreaterOrEqual" ||
           op == "And" || op == "Or" || op == "Xor";
}

} // namespace

class TestHostElementwise : public QObject {
    Q_OBJECT

private slots:
    void unaryMatchesReference_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        for (const auto& [name, c] : unaryCases()) {
            QTest::newRow((name + " float32").c_str()) << QString::fromStdString(name) << int(ElementType::Float32);
            QTest::newRow((name + " float64").c_str()) << QString::fromStdString(name) << int(ElementType::Float64);
        }
    }

    void unaryMatchesReference() {
        QFETCH(QString, name);
        QFETCH(int, type);
        const UnaryCase& c = unaryCases().at(name.toStdString());
        std::mt19937 rng(42);
        for (int trial = 0; trial < 30; ++trial) {
            const Tensor x = randomTensor(rng, ElementType(type), randomShape(rng), c.lo, c.hi);
            const auto run = runOp(c.op, {x}, c.attributes, 17);
            CHECK_OK(run);
            const Tensor& y = (*run)[0];
            QCOMPARE(y.type(), x.type());
            QCOMPARE(y.dims(), x.dims());
            for (int64_t i = 0; i < x.elementCount(); ++i) {
                if (!close(valueAt(y, i), c.ref(valueAt(x, i))))
                    QFAIL(qPrintable(QString("%1(%2) = %3, want %4").arg(name).arg(valueAt(x, i)).arg(valueAt(y, i)).arg(c.ref(valueAt(x, i)))));
            }
        }
    }

    void integerUnary_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("type");
        QTest::addColumn<QList<double>>("expected"); // for input [-3, -1, 0, 2]
        QTest::newRow("Abs int32") << "Abs" << int(ElementType::Int32) << QList<double>{3, 1, 0, 2};
        QTest::newRow("Abs int8") << "Abs" << int(ElementType::Int8) << QList<double>{3, 1, 0, 2};
        QTest::newRow("Neg int64") << "Neg" << int(ElementType::Int64) << QList<double>{3, 1, 0, -2};
        QTest::newRow("Sign int16") << "Sign" << int(ElementType::Int16) << QList<double>{-1, -1, 0, 1};
        QTest::newRow("Relu int32") << "Relu" << int(ElementType::Int32) << QList<double>{0, 0, 0, 2};
    }

    void integerUnary() {
        QFETCH(QString, op);
        QFETCH(int, type);
        QFETCH(QList<double>, expected);
        Tensor x = Tensor::allocate(ElementType(type), {4});
        dispatchNumeric(x.type(), [&](auto tag) {
            using T = decltype(tag);
            const T in[] = {T(-3), T(-1), T(0), T(2)};
            std::copy(in, in + 4, x.data<T>());
        });
        const auto run = runOp(op.toStdString(), {x}, {}, 17);
        CHECK_OK(run);
        QCOMPARE((*run)[0].type(), x.type());
        QCOMPARE(values((*run)[0]), std::vector<double>(expected.begin(), expected.end()));
    }

    void binaryMatchesReference_data() {
        QTest::addColumn<QString>("name");
        for (const auto& [name, c] : binaryCases()) QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }

    // Random shapes of rank 0-4 with size-1 dims and rank differences on either side.
    void binaryMatchesReference() {
        QFETCH(QString, name);
        const BinaryCase& c = binaryCases().at(name.toStdString());
        std::mt19937 rng(7);
        for (int trial = 0; trial < 60; ++trial) {
            const std::vector<int64_t> full = randomShape(rng);
            std::vector<int64_t> shapeA = broadcastableTo(full, rng);
            std::vector<int64_t> shapeB = broadcastableTo(full, rng);
            if (c.op == "PRelu") shapeA = full; // the slope broadcasts to X only
            if (trial % 5 == 0) shapeB = shapeA; // the equal-shape fast path
            if (trial % 7 == 0) shapeB = {};     // the scalar fast path
            const Tensor a = randomTensor(rng, c.type, shapeA, c.lo, c.hi, c.wholeNumbers);
            Tensor b = randomTensor(rng, c.type, shapeB, c.lo, c.hi, c.wholeNumbers);
            if (c.op == "Div" || c.op == "Mod") { // no division by zero
                for (int64_t i = 0; i < b.elementCount(); ++i) {
                    if (valueAt(b, i) == 0) dispatchNumeric(c.type, [&](auto tag) { b.data<decltype(tag)>()[i] = 1; });
                }
            }
            const auto run = runOp(c.op, {a, b}, c.attributes, 17);
            CHECK_OK(run);
            const Tensor& y = (*run)[0];
            const std::vector<int64_t> dims = expectedShape({shapeA, shapeB});
            QCOMPARE(y.dims(), dims);
            QCOMPARE(y.type(), isComparison(c.op) ? ElementType::Bool : c.type);
            for (int64_t i = 0; i < y.elementCount(); ++i) {
                const double x0 = valueAt(a, sourceIndex(dims, i, shapeA));
                const double x1 = valueAt(b, sourceIndex(dims, i, shapeB));
                if (!close(valueAt(y, i), c.ref(x0, x1)))
                    QFAIL(qPrintable(QString("%1(%2, %3) = %4, want %5").arg(name).arg(x0).arg(x1).arg(valueAt(y, i)).arg(c.ref(x0, x1))));
            }
        }
    }

    void variadicBroadcastsAllInputs_data() {
        QTest::addColumn<QString>("op");
        QTest::newRow("Sum") << "Sum";
        QTest::newRow("Mean") << "Mean";
        QTest::newRow("Max") << "Max";
        QTest::newRow("Min") << "Min";
    }

    void variadicBroadcastsAllInputs() {
        QFETCH(QString, op);
        std::mt19937 rng(11);
        for (int trial = 0; trial < 40; ++trial) {
            const std::vector<int64_t> full = randomShape(rng);
            const int count = 1 + trial % 4;
            std::vector<std::vector<int64_t>> shapes;
            std::vector<Tensor> inputs;
            for (int k = 0; k < count; ++k) {
                shapes.push_back(broadcastableTo(full, rng));
                inputs.push_back(randomTensor(rng, ElementType::Float32, shapes.back(), -10, 10));
            }
            const auto run = runOp(op.toStdString(), inputs, {}, 17);
            CHECK_OK(run);
            const std::vector<int64_t> dims = expectedShape(shapes);
            QCOMPARE((*run)[0].dims(), dims);
            for (int64_t i = 0; i < (*run)[0].elementCount(); ++i) {
                std::vector<double> xs;
                for (int k = 0; k < count; ++k) xs.push_back(valueAt(inputs[k], sourceIndex(dims, i, shapes[k])));
                double want = 0;
                if (op == "Max") want = *std::max_element(xs.begin(), xs.end());
                else if (op == "Min") want = *std::min_element(xs.begin(), xs.end());
                else for (double v : xs) want += v;
                if (op == "Mean") want /= count;
                // float32 accumulation: a few roundings of values up to 40
                QVERIFY2(std::fabs(valueAt((*run)[0], i) - want) <= 1e-5, qPrintable(op));
            }
        }
    }

    void whereBroadcastsThreeInputs() {
        std::mt19937 rng(3);
        for (int trial = 0; trial < 60; ++trial) {
            const std::vector<int64_t> full = randomShape(rng);
            const std::vector<std::vector<int64_t>> shapes = {broadcastableTo(full, rng), broadcastableTo(full, rng),
                                                              broadcastableTo(full, rng)};
            const Tensor c = randomTensor(rng, ElementType::Bool, shapes[0], 0, 1);
            const Tensor x = randomTensor(rng, ElementType::Int64, shapes[1], -100, 100);
            const Tensor y = randomTensor(rng, ElementType::Int64, shapes[2], -100, 100);
            const auto run = runOp("Where", {c, x, y}, {}, 17);
            CHECK_OK(run);
            const std::vector<int64_t> dims = expectedShape(shapes);
            QCOMPARE((*run)[0].dims(), dims);
            QCOMPARE((*run)[0].type(), ElementType::Int64);
            for (int64_t i = 0; i < (*run)[0].elementCount(); ++i) {
                const bool pick = valueAt(c, sourceIndex(dims, i, shapes[0])) != 0;
                const double want = pick ? valueAt(x, sourceIndex(dims, i, shapes[1])) : valueAt(y, sourceIndex(dims, i, shapes[2]));
                QCOMPARE(valueAt((*run)[0], i), want);
            }
        }
    }

    void emptyTensorsBroadcast() {
        const Tensor a = Tensor::allocate(ElementType::Float32, {0, 3});
        const Tensor b = Tensor::fromValues<float>(ElementType::Float32, {2, 1, 3}, {1, 2, 3, 4, 5, 6});
        const auto run = runOp("Add", {a, b}, {}, 17);
        CHECK_OK(run);
        QCOMPARE((*run)[0].dims(), (std::vector<int64_t>{2, 0, 3}));
    }

    void roundHalvesToEven() {
        const Tensor x = Tensor::fromValues<float>(ElementType::Float32, {6}, {0.5f, 1.5f, 2.5f, -0.5f, -2.5f, 2.6f});
        const auto run = runOp("Round", {x}, {}, 17);
        CHECK_OK(run);
        QCOMPARE(values((*run)[0]), (std::vector<double>{0, 2, 2, -0.0, -2, 3}));
    }

    void predicates() {
        const float inf = std::numeric_limits<float>::infinity();
        const Tensor x = Tensor::fromValues<float>(ElementType::Float32, {4}, {1.0f, NAN, inf, -inf});
        const auto nan = runOp("IsNaN", {x}, {}, 17);
        CHECK_OK(nan);
        QCOMPARE(values((*nan)[0]), (std::vector<double>{0, 1, 0, 0}));
        const auto anyInf = runOp("IsInf", {x}, {}, 17);
        CHECK_OK(anyInf);
        QCOMPARE(values((*anyInf)[0]), (std::vector<double>{0, 0, 1, 1}));
        const auto negativeOnly = runOp("IsInf", {x}, attrs({{"detect_positive", int64_t(0)}}), 17);
        CHECK_OK(negativeOnly);
        QCOMPARE(values((*negativeOnly)[0]), (std::vector<double>{0, 0, 0, 1}));
        const Tensor flags = Tensor::fromValues<bool>(ElementType::Bool, {2}, {true, false});
        const auto inverted = runOp("Not", {flags}, {}, 17);
        CHECK_OK(inverted);
        QCOMPARE(values((*inverted)[0]), (std::vector<double>{0, 1}));
    }

    void clipBounds() {
        const Tensor x = Tensor::fromValues<float>(ElementType::Float32, {5}, {-3, -1, 0, 1, 3});
        const Tensor lo = Tensor::fromValues<float>(ElementType::Float32, {}, {-1.5f});
        const Tensor hi = Tensor::fromValues<float>(ElementType::Float32, {}, {2});
        auto clip = [&](std::vector<Tensor> inputs, Attributes a = {}, int64_t opset = 13) {
            const auto run = runOp("Clip", inputs, std::move(a), opset);
            if (!run.ok()) qFatal("%s", run.error().message().c_str());
            return values((*run)[0]);
        };
        QCOMPARE(clip({x}), (std::vector<double>{-3, -1, 0, 1, 3}));
        QCOMPARE(clip({x, lo}), (std::vector<double>{-1.5, -1, 0, 1, 3}));
        QCOMPARE(clip({x, Tensor(), hi}), (std::vector<double>{-3, -1, 0, 1, 2}));
        QCOMPARE(clip({x, lo, hi}), (std::vector<double>{-1.5, -1, 0, 1, 2}));
        // Opset 6: the bounds are attributes.
        QCOMPARE(clip({x}, attrs({{"min", -2.0f}, {"max", 0.5f}}), 6), (std::vector<double>{-2, -1, 0, 0.5, 0.5}));
        // Integers from opset 12.
        const Tensor ints = Tensor::fromValues<int8_t>(ElementType::Int8, {3}, {-100, 5, 100});
        const Tensor ilo = Tensor::fromValues<int8_t>(ElementType::Int8, {}, {-10});
        QCOMPARE(clip({ints, ilo}), (std::vector<double>{-10, 5, 100}));
        // A bound of another type is an error.
        const auto bad = runOp("Clip", {x, ilo}, {}, 17);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message().find("min must be a single float32 value") != std::string::npos,
                 bad.error().message().c_str());
    }

    void modSigns() {
        const Tensor a = Tensor::fromValues<int32_t>(ElementType::Int32, {4}, {7, -7, 7, -7});
        const Tensor b = Tensor::fromValues<int32_t>(ElementType::Int32, {4}, {3, 3, -3, -3});
        const auto python = runOp("Mod", {a, b}, {}, 17);
        CHECK_OK(python);
        QCOMPARE(values((*python)[0]), (std::vector<double>{1, 2, -2, -1}));
        const auto c = runOp("Mod", {a, b}, attrs({{"fmod", int64_t(1)}}), 17);
        CHECK_OK(c);
        QCOMPARE(values((*c)[0]), (std::vector<double>{1, -1, 1, -1}));
        const Tensor fa = Tensor::fromValues<float>(ElementType::Float32, {2}, {-4.5f, 4.5f});
        const Tensor fb = Tensor::fromValues<float>(ElementType::Float32, {2}, {2, -2});
        const auto f = runOp("Mod", {fa, fb}, attrs({{"fmod", int64_t(1)}}), 17);
        CHECK_OK(f);
        QCOMPARE(values((*f)[0]), (std::vector<double>{-0.5, 0.5}));
        const auto floatPython = runOp("Mod", {fa, fb}, {}, 17);
        QVERIFY(!floatPython.ok());
        QVERIFY(floatPython.error().message().find("fmod must be 1 for floating point inputs") != std::string::npos);
    }

    void integerDivisionTruncates() {
        const Tensor a = Tensor::fromValues<int64_t>(ElementType::Int64, {5}, {7, -7, 7, -7, std::numeric_limits<int64_t>::min()});
        const Tensor b = Tensor::fromValues<int64_t>(ElementType::Int64, {5}, {2, 2, -2, -2, -1});
        const auto run = runOp("Div", {a, b}, {}, 17);
        CHECK_OK(run);
        const std::vector<int64_t> got((*run)[0].data<int64_t>(), (*run)[0].data<int64_t>() + 5);
        QCOMPARE(got, (std::vector<int64_t>{3, -3, -3, 3, std::numeric_limits<int64_t>::min()})); // wraps, no trap
        const Tensor zero = Tensor::fromValues<int64_t>(ElementType::Int64, {}, {0});
        const auto byZero = runOp("Div", {a, zero}, {}, 17);
        QVERIFY(!byZero.ok());
        QVERIFY(byZero.error().message().find("integer division by zero") != std::string::npos);
    }

    void powMixedTypes() {
        const Tensor base = Tensor::fromValues<float>(ElementType::Float32, {3}, {2, 3, 4});
        const Tensor exponent = Tensor::fromValues<int64_t>(ElementType::Int64, {3}, {3, 2, -1});
        const auto run = runOp("Pow", {base, exponent}, {}, 17);
        CHECK_OK(run);
        QCOMPARE((*run)[0].type(), ElementType::Float32);
        QCOMPARE(values((*run)[0]), (std::vector<double>{8, 9, 0.25}));
        const Tensor ibase = Tensor::fromValues<int32_t>(ElementType::Int32, {2}, {4, 3});
        const Tensor half = Tensor::fromValues<float>(ElementType::Float32, {2}, {0.5f, 2});
        const auto mixed = runOp("Pow", {ibase, half}, {}, 17);
        CHECK_OK(mixed);
        QCOMPARE((*mixed)[0].type(), ElementType::Int32);
        QCOMPARE(values((*mixed)[0]), (std::vector<double>{2, 9}));
    }

    void castConversions() {
        const Tensor f = Tensor::fromValues<float>(ElementType::Float32, {5}, {1.9f, -1.9f, 2.5f, -0.5f, 0});
        const auto toInt = runOp("Cast", {f}, attrs({{"to", int64_t(6)}}), 17); // INT32
        CHECK_OK(toInt);
        QCOMPARE((*toInt)[0].type(), ElementType::Int32);
        QCOMPARE(values((*toInt)[0]), (std::vector<double>{1, -1, 2, 0, 0}));

        const Tensor i = Tensor::fromValues<int64_t>(ElementType::Int64, {3}, {0, 3, -1});
        const auto toBool = runOp("Cast", {i}, attrs({{"to", int64_t(9)}}), 17); // BOOL
        CHECK_OK(toBool);
        QCOMPARE((*toBool)[0].type(), ElementType::Bool);
        QCOMPARE(values((*toBool)[0]), (std::vector<double>{0, 1, 1}));

        const Tensor flags = Tensor::fromValues<bool>(ElementType::Bool, {2}, {true, false});
        const auto toDouble = runOp("Cast", {flags}, attrs({{"to", int64_t(11)}}), 17);
        CHECK_OK(toDouble);
        QCOMPARE(values((*toDouble)[0]), (std::vector<double>{1, 0}));

        // float16 round trip through CastLike: exact for representable values, rounded otherwise.
        const Tensor x = Tensor::fromValues<float>(ElementType::Float32, {5}, {1, 0.1f, 65504, 70000, -2});
        const Tensor halfLike = Tensor::allocate(ElementType::Float16, {});
        const auto toHalf = runOp("CastLike", {x, halfLike}, {}, 17);
        CHECK_OK(toHalf);
        QCOMPARE((*toHalf)[0].type(), ElementType::Float16);
        const std::vector<uint16_t> bits((*toHalf)[0].data<uint16_t>(), (*toHalf)[0].data<uint16_t>() + 5);
        QCOMPARE(bits, (std::vector<uint16_t>{0x3c00, 0x2e66, 0x7bff, 0x7c00, 0xc000}));
        const auto back = runOp("Cast", {(*toHalf)[0]}, attrs({{"to", int64_t(1)}}), 17);
        CHECK_OK(back);
        QCOMPARE(values((*back)[0]), (std::vector<double>{1, 0.0999755859375, 65504, INFINITY, -2}));
        QCOMPARE(floatToHalf(1e-7f), uint16_t(0x0002)); // subnormal
        QCOMPARE(halfToFloat(0x0001), std::ldexp(1.0f, -24));
        QCOMPARE(floatToBFloat16(1.0f), uint16_t(0x3f80));
    }

    void halfPrecisionArithmetic() {
        const Tensor a = Tensor::fromValues<uint16_t>(ElementType::Float16, {2}, {floatToHalf(1.5f), floatToHalf(-2)});
        const Tensor b = Tensor::fromValues<uint16_t>(ElementType::Float16, {}, {floatToHalf(0.25f)});
        const auto run = runOp("Mul", {a, b}, {}, 17);
        CHECK_OK(run);
        QCOMPARE((*run)[0].type(), ElementType::Float16);
        QCOMPARE(halfToFloat((*run)[0].data<uint16_t>()[0]), 0.375f);
        QCOMPARE(halfToFloat((*run)[0].data<uint16_t>()[1]), -0.5f);
    }

    void identityAndDropoutPassThrough() {
        const Tensor x = Tensor::fromValues<float>(ElementType::Float32, {3}, {1, 2, 3});
        const auto identity = runOp("Identity", {x}, {}, 17);
        CHECK_OK(identity);
        QVERIFY((*identity)[0].raw() == x.raw()); // shares the buffer
        const auto dropout = runOp("Dropout", {x}, {}, 13, 2);
        CHECK_OK(dropout);
        QCOMPARE(values((*dropout)[0]), (std::vector<double>{1, 2, 3}));
        QCOMPARE((*dropout)[1].type(), ElementType::Bool);
        QCOMPARE(values((*dropout)[1]), (std::vector<double>{1, 1, 1}));
        const Tensor ratio = Tensor::fromValues<float>(ElementType::Float32, {}, {0.5f});
        const Tensor training = Tensor::fromValues<bool>(ElementType::Bool, {}, {true});
        const auto train = runOp("Dropout", {x, ratio, training}, {}, 13);
        QVERIFY(!train.ok());
        QVERIFY(train.error().message().find("training mode is not supported") != std::string::npos);
    }

    void errors_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("typeA");
        QTest::addColumn<QList<qlonglong>>("shapeA");
        QTest::addColumn<int>("typeB");
        QTest::addColumn<QList<qlonglong>>("shapeB");
        QTest::addColumn<QString>("message");
        const int f32 = int(ElementType::Float32), i32 = int(ElementType::Int32), b = int(ElementType::Bool);
        QTest::newRow("incompatible shapes") << "Add" << f32 << QList<qlonglong>{2, 3} << f32 << QList<qlonglong>{4}
                                             << "Add 'node': incompatible shapes [2, 3] and [4] for broadcasting";
        QTest::newRow("incompatible inner dims") << "Less" << i32 << QList<qlonglong>{3, 1, 5} << i32 << QList<qlonglong>{2, 4}
                                                 << "incompatible shapes [3, 1, 5] and [2, 4] for broadcasting";
        QTest::newRow("mixed types") << "Mul" << f32 << QList<qlonglong>{2} << i32 << QList<qlonglong>{2}
                                     << "input types float32 and int32 differ";
        QTest::newRow("bool arithmetic") << "Add" << b << QList<qlonglong>{2} << b << QList<qlonglong>{2}
                                         << "element type bool is not supported";
        QTest::newRow("float And") << "And" << f32 << QList<qlonglong>{2} << f32 << QList<qlonglong>{2}
                                   << "element type float32 is not supported";
        QTest::newRow("BitShift without direction") << "BitShift" << i32 << QList<qlonglong>{2} << i32 << QList<qlonglong>{2}
                                         << "direction must be LEFT or RIGHT";
        QTest::newRow("PRelu slope too big") << "PRelu" << f32 << QList<qlonglong>{3} << f32 << QList<qlonglong>{2, 3}
                                             << "slope shape [2, 3] does not broadcast to [3]";
        QTest::newRow("Where without bool") << "Where" << f32 << QList<qlonglong>{2} << f32 << QList<qlonglong>{2}
                                            << "condition must be bool";
    }

    void errors() {
        QFETCH(QString, op);
        QFETCH(int, typeA);
        QFETCH(QList<qlonglong>, shapeA);
        QFETCH(int, typeB);
        QFETCH(QList<qlonglong>, shapeB);
        QFETCH(QString, message);
        const Tensor a = Tensor::allocate(ElementType(typeA), std::vector<int64_t>(shapeA.begin(), shapeA.end()));
        const Tensor b = Tensor::allocate(ElementType(typeB), std::vector<int64_t>(shapeB.begin(), shapeB.end()));
        std::vector<Tensor> inputs{a, b};
        if (op == "Where") inputs.push_back(b);
        const auto run = runOp(op.toStdString(), inputs, {}, 17);
        QVERIFY(!run.ok());
        QVERIFY2(run.error().message().find(message.toStdString()) != std::string::npos,
                 run.error().message().c_str());
    }

    void unsupportedTypes() {
        const Tensor ints = Tensor::fromValues<int32_t>(ElementType::Int32, {2}, {1, 2});
        const auto exp = runOp("Exp", {ints}, {}, 17);
        QVERIFY(!exp.ok());
        QCOMPARE(exp.error().message(), std::string("Exp 'node': element type int32 is not supported"));
        const Tensor unsignedInts = Tensor::fromValues<uint8_t>(ElementType::UInt8, {1}, {1});
        const auto neg = runOp("Neg", {unsignedInts}, {}, 17);
        QVERIFY(!neg.ok());
        QCOMPARE(neg.error().message(), std::string("Neg 'node': element type uint8 is not supported"));
        const Tensor strings = Tensor::allocate(ElementType::String, {0});
        const auto cast = runOp("Cast", {strings}, attrs({{"to", int64_t(1)}}), 17);
        QVERIFY(!cast.ok());
        QCOMPARE(cast.error().message(), std::string("Cast 'node': casting to or from string is not supported"));
        const auto toString = runOp("Cast", {ints}, attrs({{"to", int64_t(8)}}), 17);
        QVERIFY(!toString.ok());
    }
};

QTEST_GUILESS_MAIN(TestHostElementwise)
#include "tst_host_elementwise.moc"
