// Host reference kernels for tensor ops (shape, movement, gather/scatter, resize):
// each case builds a one-node graph and checks the kernel against hand-computed values
// or a naive loop.
#include "kernel.h"
#include "kernel_util.h"
#include "support/kernel_runner.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace fusebox;
using namespace fusebox::host;
using fusebox::test::attrs;
using fusebox::test::runOp;

namespace {

Tensor floats(std::vector<int64_t> dims, const std::vector<float>& values) {
    return Tensor::fromValues(ElementType::Float32, std::move(dims), values);
}
Tensor ints(std::vector<int64_t> dims, const std::vector<int64_t>& values) {
    return Tensor::fromValues(ElementType::Int64, std::move(dims), values);
}
Tensor ints1(const std::vector<int64_t>& values) { return ints({int64_t(values.size())}, values); }
Tensor bools(std::vector<int64_t> dims, const std::vector<bool>& values) {
    Tensor t = Tensor::allocate(ElementType::Bool, std::move(dims));
    for (std::size_t i = 0; i < values.size(); ++i) t.data<bool>()[i] = values[i];
    return t;
}
Tensor iota(ElementType type, std::vector<int64_t> dims) {
    Tensor t = Tensor::allocate(type, std::move(dims));
    dispatchNumeric(type, [&](auto zero) {
        using T = decltype(zero);
        for (int64_t i = 0; i < t.elementCount(); ++i) t.data<T>()[i] = T(i);
    });
    return t;
}


std::string describe(const Tensor& t) {
    std::string text = std::string(elementTypeName(t.type())) + " [";
    for (std::size_t i = 0; i < t.rank(); ++i) {
        if (i) text += ",";
        text += std::to_string(t.dim(i));
    }
    text += "] {";
    dispatchAny(t.type(), [&](auto zero) {
        using T = decltype(zero);
        for (int64_t i = 0; i < std::min<int64_t>(t.elementCount(), 64); ++i) {
            if (i) text += " ";
            text += std::to_string(double(t.data<T>()[i]));
        }
    });
    return text + "}";
}

// Same type and dims; floats equal within a small tolerance, everything else exactly.
bool sameTensor(const Tensor& actual, const Tensor& expected) {
    if (actual.type() != expected.type() || actual.dims() != expected.dims()) return false;
    bool same = true;
    dispatchAny(actual.type(), [&](auto zero) {
        using T = decltype(zero);
        for (int64_t i = 0; i < actual.elementCount(); ++i) {
            const T a = actual.data<T>()[i], e = expected.data<T>()[i];
            if constexpr (std::is_floating_point_v<T>) same = same && std::abs(double(a) - double(e)) <= 1e-5 * (1 + std::abs(double(e)));
            else same = same && a == e;
        }
    });
    return same;
}

#define COMPARE_TENSOR(actual, expected)                                                                              \
    do {                                                                                                              \
        const Tensor& a_ = (actual);                                                                                  \
        const Tensor& e_ = (expected);                                                                                \
        if (!sameTensor(a_, e_))                                                                                      \
            QFAIL(("got " + describe(a_) + "\n   expected " + describe(e_)).c_str());                                 \
    } while (false)

#define REQUIRE_OK(run) \
    do { if (!(run).ok()) QFAIL((run).error().message().c_str()); } while (false)

// One op invocation with its expected outputs, for the table-driven cases.
struct OpCase {
    std::string op;
    std::vector<Tensor> inputs;
    Attributes attributes;
    std::vector<Tensor> expected;
    int64_t opset = 17;
};

} // namespace

Q_DECLARE_METATYPE(OpCase)

class TestHostTensorOps : public QObject {
    Q_OBJECT

    void addCase(const char* name, OpCase c) { QTest::newRow(name) << c; }

private slots:
    void registersTheTensorOps() {
        for (const char* op : {"Constant", "ConstantOfShape", "Shape", "Size", "Reshape", "Flatten", "Squeeze", "Unsqueeze",
                               "Transpose", "Concat", "Split", "Slice", "Gather", "GatherElements", "GatherND",
                               "ScatterElements", "ScatterND", "Scatter", "Pad", "Expand", "Tile", "Range", "OneHot",
                               "DepthToSpace", "SpaceToDepth", "Trilu", "CumSum", "NonZero", "Compress",
                               "ReverseSequence", "EyeLike", "Resize", "Upsample"})
            QVERIFY2(KernelRegistry::find(op), op);
    }

    void transposeMatchesNaiveMapping_data() {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 12; ++seed) QTest::newRow(("seed " + std::to_string(seed)).c_str()) << seed;
    }
    void transposeMatchesNaiveMapping() {
        QFETCH(int, seed);
        std::mt19937 random{unsigned(seed)};
        const std::size_t rank = 1 + random() % 5;
        std::vector<int64_t> dims(rank);
        for (int64_t& d : dims) d = 1 + int64_t(random() % 4);
        std::vector<int64_t> perm(rank);
        std::iota(perm.begin(), perm.end(), 0);
        std::shuffle(perm.begin(), perm.end(), random);
        const ElementType type = seed % 3 == 0 ? ElementType::Int8 : seed % 3 == 1 ? ElementType::Float32 : ElementType::Int64;
        const Tensor x = iota(type, dims);
        const auto run = runOp("Transpose", {x}, attrs({{"perm", perm}}), 17);
        REQUIRE_OK(run);
        const Tensor& y = (*run)[0];
        std::vector<int64_t> outDims;
        for (int64_t p : perm) outDims.push_back(dims[std::size_t(p)]);
        QCOMPARE(y.dims(), outDims);
        // out[i0..in] = x[j] where j[perm[k]] = i[k].
        const std::vector<int64_t> strides = stridesOf(dims);
        int64_t k = 0;
        for (NdIndex it(outDims); it.valid(); it.next(), ++k) {
            int64_t source = 0;
            for (std::size_t a = 0; a < rank; ++a) source += it[a] * strides[std::size_t(perm[a])];
            QVERIFY(std::equal(y.raw() + k * int64_t(elementSize(type)), y.raw() + (k + 1) * int64_t(elementSize(type)),
                               x.raw() + source * int64_t(elementSize(type))));
        }
    }

    void transposeDefaultReverses() {
        const auto run = runOp("Transpose", {iota(ElementType::Float32, {2, 3})}, {}, 17);
        REQUIRE_OK(run);
        COMPARE_TENSOR((*run)[0], floats({3, 2}, {0, 3, 1, 4, 2, 5}));
    }

    void cases_data() {
        QTest::addColumn<OpCase>("c");
        const int64_t kMax = std::numeric_limits<int64_t>::max();
        const int64_t kMin = std::numeric_limits<int64_t>::min();
        const Tensor v10 = iota(ElementType::Float32, {10});
        const Tensor m34 = iota(ElementType::Float32, {3, 4});

        // Slice: negative steps, clamping, INT_MAX ends, opset 9 attributes.
        addCase("slice reverse all", {"Slice", {v10, ints1({-1}), ints1({kMin}), ints1({0}), ints1({-1})}, {},
                                      {floats({10}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0})}});
        addCase("slice step -3", {"Slice", {v10, ints1({8}), ints1({1}), Tensor(), ints1({-3})}, {}, {floats({3}, {8, 5, 2})}});
        addCase("slice 2d negative steps", {"Slice", {m34, ints1({2, -1}), ints1({-4, 0}), ints1({0, 1}), ints1({-1, -2})}, {},
                                            {floats({3, 2}, {11, 9, 7, 5, 3, 1})}});
        addCase("slice int max end", {"Slice", {m34, ints1({1}), ints1({kMax}), ints1({-1}), ints1({2})}, {},
                                      {floats({3, 2}, {1, 3, 5, 7, 9, 11})}});
        addCase("slice out of bounds start", {"Slice", {v10, ints1({1000}), ints1({1001})}, {}, {floats({0}, {})}});
        addCase("slice empty axis negative step", {"Slice", {floats({0}, {}), ints1({-1}), ints1({kMin}), ints1({0}), ints1({-1})}, {},
                                                   {floats({0}, {})}});
        addCase("slice huge steps", {"Slice", {m34, ints1({1, 3}), ints1({kMax, kMin}), ints1({0, 1}), ints1({kMax, kMin})}, {},
                                     {floats({1, 1}, {7})}});
        addCase("slice opset 9", {"Slice", {m34}, attrs({{"starts", std::vector<int64_t>{1, 0}}, {"ends", std::vector<int64_t>{kMax, -1}}}),
                                  {floats({2, 3}, {4, 5, 6, 8, 9, 10})}, 9});

        // Gather family with negative indices.
        addCase("gather axis 0 negative", {"Gather", {m34, ints1({-1, 0})}, {}, {floats({2, 4}, {8, 9, 10, 11, 0, 1, 2, 3})}});
        addCase("gather axis 1 2d indices", {"Gather", {m34, ints({2, 1}, {-4, 3})}, attrs({{"axis", int64_t(1)}}),
                                             {floats({3, 2, 1}, {0, 3, 4, 7, 8, 11})}});
        addCase("gather scalar index", {"Gather", {m34, ints({}, {-2})}, {}, {floats({4}, {4, 5, 6, 7})}});
        addCase("gather elements negative", {"GatherElements", {floats({2, 2}, {1, 2, 3, 4}), ints({2, 2}, {0, -1, -1, 0})},
                                             attrs({{"axis", int64_t(1)}}), {floats({2, 2}, {1, 2, 4, 3})}});
        addCase("gather elements axis 0", {"GatherElements", {m34, ints({2, 3}, {1, 2, 0, -1, 0, 1})}, {},
                                           {floats({2, 3}, {4, 9, 2, 8, 1, 6})}});
        addCase("gathernd", {"GatherND", {floats({2, 2}, {0, 1, 2, 3}), ints({2, 1}, {1, 0})}, {}, {floats({2, 2}, {2, 3, 0, 1})}});
        addCase("gathernd batch dims", {"GatherND", {iota(ElementType::Float32, {2, 2, 2}), ints({2, 1}, {1, 0})},
                                        attrs({{"batch_dims", int64_t(1)}}), {floats({2, 2}, {2, 3, 4, 5})}});
        addCase("scatter elements add", {"ScatterElements", {floats({1, 5}, {1, 2, 3, 4, 5}), ints({1, 2}, {1, -4}),
                                                             floats({1, 2}, {1.1f, 2.1f})},
                                         attrs({{"axis", int64_t(1)}, {"reduction", std::string("add")}}),
                                         {floats({1, 5}, {1, 5.2f, 3, 4, 5})}});
        addCase("scatternd", {"ScatterND", {iota(ElementType::Float32, {8}), ints({4, 1}, {4, 3, 1, 7}), floats({4}, {9, 10, 11, 12})},
                              {}, {floats({8}, {0, 11, 2, 10, 9, 5, 6, 12})}});

        // Pad modes (the ONNX documentation examples).
        const Tensor p = floats({3, 2}, {1.0f, 1.2f, 2.3f, 3.4f, 4.5f, 5.7f});
        addCase("pad constant", {"Pad", {p, ints1({0, 2, 0, 0}), floats({}, {7})}, {},
                                 {floats({3, 4}, {7, 7, 1.0f, 1.2f, 7, 7, 2.3f, 3.4f, 7, 7, 4.5f, 5.7f})}});
        addCase("pad reflect", {"Pad", {p, ints1({0, 2, 0, 0})}, attrs({{"mode", std::string("reflect")}}),
                                {floats({3, 4}, {1.0f, 1.2f, 1.0f, 1.2f, 2.3f, 3.4f, 2.3f, 3.4f, 4.5f, 5.7f, 4.5f, 5.7f})}});
        addCase("pad edge", {"Pad", {p, ints1({0, 2, 0, 0})}, attrs({{"mode", std::string("edge")}}),
                             {floats({3, 4}, {1.0f, 1.0f, 1.0f, 1.2f, 2.3f, 2.3f, 2.3f, 3.4f, 4.5f, 4.5f, 4.5f, 5.7f})}});
        addCase("pad reflect both sides", {"Pad", {floats({4}, {1, 2, 3, 4}), ints1({3, 3})}, attrs({{"mode", std::string("reflect")}}),
                                           {floats({10}, {4, 3, 2, 1, 2, 3, 4, 3, 2, 1})}});
        addCase("pad negative crops", {"Pad", {floats({4}, {1, 2, 3, 4}), ints1({-1, 1})}, {}, {floats({4}, {2, 3, 4, 0})}});
        addCase("pad opset 2 attribute", {"Pad", {floats({2}, {1, 2})}, attrs({{"pads", std::vector<int64_t>{1, 0}}, {"value", 5.0f}}),
                                          {floats({3}, {5, 1, 2})}, 2});

        // Shape ops.
        addCase("reshape zero and minus one", {"Reshape", {iota(ElementType::Float32, {2, 3, 4}), ints1({0, -1})}, {},
                                               {iota(ElementType::Float32, {2, 12})}});
        addCase("reshape allowzero", {"Reshape", {floats({0, 3}, {}), ints1({3, 0})}, attrs({{"allowzero", int64_t(1)}}),
                                      {floats({3, 0}, {})}});
        addCase("flatten negative axis", {"Flatten", {iota(ElementType::Float32, {2, 3, 4})}, attrs({{"axis", int64_t(-1)}}),
                                          {iota(ElementType::Float32, {6, 4})}});
        addCase("squeeze all", {"Squeeze", {floats({1, 2, 1}, {1, 2})}, {}, {floats({2}, {1, 2})}});
        addCase("squeeze opset 11 attribute", {"Squeeze", {floats({1, 2, 1}, {1, 2})}, attrs({{"axes", std::vector<int64_t>{-1}}}),
                                               {floats({1, 2}, {1, 2})}, 11});
        addCase("unsqueeze input axes", {"Unsqueeze", {floats({2}, {1, 2}), ints1({0, -1})}, {}, {floats({1, 2, 1}, {1, 2})}});
        addCase("shape start end", {"Shape", {floats({2, 3, 4, 5}, std::vector<float>(120))},
                                    attrs({{"start", int64_t(1)}, {"end", int64_t(-1)}}), {ints1({3, 4})}});
        addCase("size", {"Size", {floats({2, 3}, std::vector<float>(6))}, {}, {ints({}, {6})}});
        addCase("expand bidirectional", {"Expand", {floats({3, 1}, {1, 2, 3}), ints1({2, 1, 2})}, {},
                                         {floats({2, 3, 2}, {1, 1, 2, 2, 3, 3, 1, 1, 2, 2, 3, 3})}});
        addCase("constant of shape", {"ConstantOfShape", {ints1({2, 2})},
                                      attrs({{"value", TensorData::fromValues(ElementType::Int64, {1}, std::vector<int64_t>{7})}}),
                                      {ints({2, 2}, {7, 7, 7, 7})}});
        addCase("constant value_ints", {"Constant", {}, attrs({{"value_ints", std::vector<int64_t>{1, 2}}}), {ints1({1, 2})}});
        addCase("constant tensor", {"Constant", {}, attrs({{"value", TensorData::fromValues(ElementType::Float32, {2}, std::vector<float>{1.5f, 2.5f})}}),
                                    {floats({2}, {1.5f, 2.5f})}});

        // The rest of the family.
        addCase("tile", {"Tile", {floats({2}, {1, 2}), ints1({3})}, {}, {floats({6}, {1, 2, 1, 2, 1, 2})}});
        addCase("range", {"Range", {floats({}, {10}), floats({}, {4}), floats({}, {-3})}, {}, {floats({2}, {10, 7})}});
        addCase("onehot axis 0", {"OneHot", {ints1({1, -1}), floats({}, {3}), floats({2}, {0, 5})}, attrs({{"axis", int64_t(0)}}),
                                  {floats({3, 2}, {0, 0, 5, 0, 0, 5})}});
        addCase("depth to space dcr", {"DepthToSpace", {iota(ElementType::Float32, {1, 4, 1, 2})}, attrs({{"blocksize", int64_t(2)}}),
                                       {floats({1, 1, 2, 4}, {0, 2, 1, 3, 4, 6, 5, 7})}});
        addCase("depth to space crd", {"DepthToSpace", {iota(ElementType::Float32, {1, 4, 1, 2})},
                                       attrs({{"blocksize", int64_t(2)}, {"mode", std::string("CRD")}}),
                                       {floats({1, 1, 2, 4}, {0, 2, 1, 3, 4, 6, 5, 7})}});
        addCase("space to depth", {"SpaceToDepth", {floats({1, 1, 2, 4}, {0, 2, 1, 3, 4, 6, 5, 7})}, attrs({{"blocksize", int64_t(2)}}),
                                   {iota(ElementType::Float32, {1, 4, 1, 2})}});
        addCase("trilu lower k", {"Trilu", {iota(ElementType::Float32, {3, 3}), ints({}, {-1})}, attrs({{"upper", int64_t(0)}}),
                                  {floats({3, 3}, {0, 0, 0, 3, 0, 0, 6, 7, 0})}});
        addCase("cumsum exclusive reverse", {"CumSum", {floats({4}, {1, 2, 3, 4}), ints({}, {0})},
                                             attrs({{"exclusive", int64_t(1)}, {"reverse", int64_t(1)}}), {floats({4}, {9, 7, 4, 0})}});
        addCase("nonzero", {"NonZero", {floats({2, 2}, {1, 0, 1, 1})}, {}, {ints({2, 3}, {0, 1, 1, 0, 0, 1})}});
        addCase("compress axis", {"Compress", {iota(ElementType::Float32, {3, 2}), bools({3}, {false, true, true})},
                                  attrs({{"axis", int64_t(0)}}), {floats({2, 2}, {2, 3, 4, 5})}});
        addCase("reverse sequence", {"ReverseSequence", {iota(ElementType::Float32, {3, 2}), ints1({3, 1})}, {},
                                     {floats({3, 2}, {4, 1, 2, 3, 0, 5})}});
        addCase("eyelike k", {"EyeLike", {floats({2, 3}, std::vector<float>(6))}, attrs({{"k", int64_t(1)}}),
                              {floats({2, 3}, {0, 1, 0, 0, 0, 1})}});

        // Resize: values from the ONNX operator documentation.
        const Tensor r22 = floats({1, 1, 2, 2}, {1, 2, 3, 4});
        const Tensor r24 = floats({1, 1, 2, 4}, {1, 2, 3, 4, 5, 6, 7, 8});
        addCase("resize nearest upsample", {"Resize", {r22, Tensor(), floats({4}, {1, 1, 2, 3})}, attrs({{"mode", std::string("nearest")}}),
                                            {floats({1, 1, 4, 6}, {1, 1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 3, 3, 3, 4, 4, 4})}});
        addCase("resize nearest downsample", {"Resize", {r24, Tensor(), floats({4}, {1, 1, 0.6f, 0.6f})}, {}, {floats({1, 1, 1, 2}, {1, 3})}});
        addCase("resize nearest sizes", {"Resize", {r22, Tensor(), Tensor(), ints1({1, 1, 7, 1})}, {},
                                         {floats({1, 1, 7, 1}, {1, 1, 1, 1, 3, 3, 3})}});
        addCase("resize linear upsample", {"Resize", {r22, Tensor(), floats({4}, {1, 1, 2, 2})}, attrs({{"mode", std::string("linear")}}),
                                           {floats({1, 1, 4, 4}, {1, 1.25f, 1.75f, 2, 1.5f, 1.75f, 2.25f, 2.5f, 2.5f, 2.75f, 3.25f, 3.5f, 3, 3.25f, 3.75f, 4})}});
        addCase("resize linear align corners", {"Resize", {r22, Tensor(), floats({4}, {1, 1, 2, 2})},
                                                attrs({{"mode", std::string("linear")}, {"coordinate_transformation_mode", std::string("align_corners")}}),
                                                {floats({1, 1, 4, 4}, {1, 4 / 3.f, 5 / 3.f, 2, 5 / 3.f, 2, 7 / 3.f, 8 / 3.f, 7 / 3.f, 8 / 3.f, 3, 10 / 3.f, 3, 10 / 3.f, 11 / 3.f, 4})}});
        addCase("resize linear downsample", {"Resize", {r24, Tensor(), floats({4}, {1, 1, 0.6f, 0.6f})}, attrs({{"mode", std::string("linear")}}),
                                             {floats({1, 1, 1, 2}, {2.6666665f, 4.3333331f})}});
        addCase("resize linear downsample align corners", {"Resize", {r24, Tensor(), floats({4}, {1, 1, 0.6f, 0.6f})},
                                                           attrs({{"mode", std::string("linear")}, {"coordinate_transformation_mode", std::string("align_corners")}}),
                                                           {floats({1, 1, 1, 2}, {1, 3.142857f})}});
        addCase("upsample nearest opset 9", {"Upsample", {r22, floats({4}, {1, 1, 2, 3})}, attrs({{"mode", std::string("nearest")}}),
                                             {floats({1, 1, 4, 6}, {1, 1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 3, 3, 3, 4, 4, 4})}, 9});
    }
    void cases() {
        QFETCH(OpCase, c);
        const auto run = runOp(c.op, c.inputs, c.attributes, c.opset, c.expected.size());
        REQUIRE_OK(run);
        QCOMPARE(run->size(), c.expected.size());
        for (std::size_t i = 0; i < c.expected.size(); ++i) COMPARE_TENSOR((*run)[i], c.expected[i]);
    }

    void reshapeSharesTheBuffer() {
        const Tensor x = iota(ElementType::Float32, {2, 6});
        const auto run = runOp("Reshape", {x, ints1({3, -1})}, {}, 17);
        REQUIRE_OK(run);
        QCOMPARE((*run)[0].dims(), (std::vector<int64_t>{3, 4}));
        QCOMPARE((*run)[0].raw(), x.raw());
    }

    void concatSplitRoundTrip_data() {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int64_t>("opset");
        for (int seed = 1; seed <= 8; ++seed)
            QTest::newRow(("seed " + std::to_string(seed)).c_str()) << seed << int64_t(seed % 2 ? 17 : 11);
    }
    void concatSplitRoundTrip() {
        QFETCH(int, seed);
        QFETCH(int64_t, opset);
        std::mt19937 random{unsigned(seed)};
        const std::size_t rank = 1 + random() % 4;
        std::vector<int64_t> dims(rank);
        for (int64_t& d : dims) d = 1 + int64_t(random() % 3);
        const std::size_t axis = random() % rank;
        // Parts of random lengths (zero included) along the axis.
        std::vector<int64_t> split;
        for (std::size_t i = 0, n = 1 + random() % 4; i < n; ++i) split.push_back(int64_t(random() % 3));
        dims[axis] = std::accumulate(split.begin(), split.end(), int64_t(0));
        const Tensor x = iota(ElementType::Float32, dims);
        const Attributes splitAttrs = opset < 13 ? attrs({{"axis", int64_t(axis)}, {"split", split}}) : attrs({{"axis", int64_t(axis)}});
        const std::vector<Tensor> splitInputs = opset < 13 ? std::vector<Tensor>{x} : std::vector<Tensor>{x, ints1(split)};
        const auto parts = runOp("Split", splitInputs, splitAttrs, opset, split.size());
        REQUIRE_OK(parts);
        for (std::size_t i = 0; i < split.size(); ++i) QCOMPARE((*parts)[i].dim(axis), split[i]);
        // Concat takes a negative axis as well.
        const auto joined = runOp("Concat", *parts, attrs({{"axis", int64_t(axis) - int64_t(rank)}}), opset);
        REQUIRE_OK(joined);
        COMPARE_TENSOR((*joined)[0], x);
    }

    void equalSplitWithoutSizes() {
        const auto run = runOp("Split", {iota(ElementType::Int64, {2, 4})}, attrs({{"axis", int64_t(1)}}), 13, 2);
        REQUIRE_OK(run);
        COMPARE_TENSOR((*run)[0], ints({2, 2}, {0, 1, 4, 5}));
        COMPARE_TENSOR((*run)[1], ints({2, 2}, {2, 3, 6, 7}));
    }

    void errors_data() {
        QTest::addColumn<OpCase>("c");
        QTest::addColumn<QString>("message");
        const Tensor m34 = iota(ElementType::Float32, {3, 4});
        QTest::newRow("gather too large") << OpCase{"Gather", {m34, ints1({0, 3})}, {}, {}}
                                          << "Gather 'node': index 3 out of range for axis 0 of size 3";
        QTest::newRow("gather too negative") << OpCase{"Gather", {m34, ints1({-5})}, attrs({{"axis", int64_t(1)}}), {}}
                                             << "Gather 'node': index -5 out of range for axis 1 of size 4";
        QTest::newRow("gather elements") << OpCase{"GatherElements", {m34, ints({1, 1}, {7})}, {}, {}}
                                         << "GatherElements 'node': index 7 out of range for axis 0 of size 3";
        QTest::newRow("gathernd") << OpCase{"GatherND", {m34, ints({1, 2}, {1, 4})}, {}, {}}
                                  << "GatherND 'node': index 4 out of range for axis 1 of size 4";
        QTest::newRow("scatter elements") << OpCase{"ScatterElements", {m34, ints({1, 1}, {-4}), floats({1, 1}, {1})}, {}, {}}
                                          << "ScatterElements 'node': index -4 out of range for axis 0 of size 3";
        QTest::newRow("scatternd") << OpCase{"ScatterND", {m34, ints({1, 1}, {3}), floats({1, 4}, {1, 2, 3, 4})}, {}, {}}
                                   << "ScatterND 'node': index 3 out of range for axis 0 of size 3";
        QTest::newRow("reshape count") << OpCase{"Reshape", {m34, ints1({5, -1})}, {}, {}}
                                       << "Reshape 'node': cannot reshape [3, 4] to [5, -1]";
        QTest::newRow("squeeze non-one") << OpCase{"Squeeze", {m34, ints1({0})}, {}, {}}
                                         << "Squeeze 'node': cannot squeeze axis 0 of size 3";
        QTest::newRow("concat mismatch") << OpCase{"Concat", {m34, iota(ElementType::Float32, {2, 3})}, {}, {}}
                                         << "Concat 'node': cannot concatenate [3, 4] and [2, 3]";
        QTest::newRow("transpose perm") << OpCase{"Transpose", {m34}, attrs({{"perm", std::vector<int64_t>{0, 0}}}), {}}
                                        << "Transpose 'node': perm [0, 0] is not a permutation";
        QTest::newRow("slice zero step") << OpCase{"Slice", {m34, ints1({0}), ints1({1}), ints1({0}), ints1({0})}, {}, {}}
                                         << "Slice 'node': step must not be zero";
        QTest::newRow("expand") << OpCase{"Expand", {m34, ints1({2, 4})}, {}, {}}
                                << "Expand 'node': cannot expand [3, 4] to [2, 4]";
    }
    void errors() {
        QFETCH(OpCase, c);
        QFETCH(QString, message);
        const auto run = runOp(c.op, c.inputs, c.attributes, c.opset, 1);
        QVERIFY(!run.ok());
        QCOMPARE(QString::fromStdString(run.error().message()), message);
    }
};

QTEST_GUILESS_MAIN(TestHostTensorOps)
#include "tst_host_tensor_ops.moc"
