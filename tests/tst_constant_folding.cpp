// Constant folding: single nodes folded with the host reference kernels against
// hand-computed values, the folding rules on small graphs, and the shared light models and
// PaddleOCR models end to end.
#include "modelbuilder/model_builder.h"
#include "onnx/onnx_import.h"
#include "support/test_support.h"
#include "transforms/constant_folding.h"
#include "transforms/reference_evaluator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <set>

using namespace fusebox;
using namespace fusebox::testmodels;

namespace {

using Ints = std::vector<int64_t>;
using Numbers = std::vector<double>; // exact for the small values used here

template <typename T>
TensorData typed(ElementType type, Ints dims, const Numbers& values) {
    std::vector<T> converted;
    for (double v : values) converted.push_back(static_cast<T>(v));
    return TensorData::fromValues(type, std::move(dims), converted);
}

TensorData f32(Ints dims, const Numbers& values) { return typed<float>(ElementType::Float32, std::move(dims), values); }
TensorData f64(Ints dims, const Numbers& values) { return typed<double>(ElementType::Float64, std::move(dims), values); }
TensorData i32(Ints dims, const Numbers& values) { return typed<int32_t>(ElementType::Int32, std::move(dims), values); }
TensorData boolean(Ints dims, const Numbers& values) { return typed<uint8_t>(ElementType::Bool, std::move(dims), values); }
TensorData i64(Ints dims, const Ints& values) { return TensorData::fromValues(ElementType::Int64, std::move(dims), values); }

Numbers numbers(const TensorData& data) {
    auto widen = [](const auto& values) { return Numbers(values.begin(), values.end()); };
    switch (data.type()) {
    case ElementType::Float32: return widen(data.values<float>());
    case ElementType::Float64: return widen(data.values<double>());
    case ElementType::Int32: return widen(data.values<int32_t>());
    case ElementType::Int64: return widen(data.values<int64_t>());
    case ElementType::Bool: return widen(data.values<uint8_t>());
    default: return {};
    }
}

std::string describe(const TensorData& data) {
    std::string text = std::string(elementTypeName(data.type())) + " [";
    for (std::size_t i = 0; i < data.dims().size(); ++i) text.append(i ? "," : "").append(std::to_string(data.dims()[i]));
    text += "] {";
    const Numbers values = numbers(data);
    for (std::size_t i = 0; i < values.size() && i < 16; ++i) text.append(i ? "," : "").append(std::to_string(values[i]));
    return text + (values.size() > 16 ? ",...}" : "}");
}

// Same type, dims and bytes: an exact comparison.
bool sameTensor(const TensorData& a, const TensorData& b) {
    return a.type() == b.type() && a.dims() == b.dims() && std::ranges::equal(a.bytes(), b.bytes());
}

Attributes attrs(std::initializer_list<std::pair<const char*, AttributeValue>> items) {
    Attributes attributes;
    for (const auto& [name, value] : items) attributes.set(name, value);
    return attributes;
}

} // namespace

// One node folded on its own: the node, its inputs (nullopt = omitted optional input), the
// expected single output (nullopt = it must not fold) and the type and shape shape
// inference would have declared for that output (a refusal declares one so that the
// kernel itself is asked, and refuses).
struct KernelCase {
    std::string op;
    Attributes attributes;
    std::vector<std::optional<TensorData>> inputs;
    std::optional<TensorData> expected;
    ElementType declaredType = ElementType::Undefined;
    Shape declaredShape;
    int64_t opset = 17;
    std::string domain;
};
Q_DECLARE_METATYPE(KernelCase)
Q_DECLARE_METATYPE(std::vector<int64_t>)

namespace {

void row(const char* name, std::string op, Attributes attributes, std::vector<std::optional<TensorData>> inputs,
         TensorData expected, int64_t opset = 17) {
    const ElementType type = expected.type();
    const Shape shape = Shape::of(expected.dims());
    QTest::newRow(name) << KernelCase{std::move(op), std::move(attributes), std::move(inputs), std::move(expected), type, shape, opset, {}};
}

void refused(const char* name, std::string op, Attributes attributes, std::vector<std::optional<TensorData>> inputs,
             ElementType declaredType, Ints declaredDims, int64_t opset = 17) {
    QTest::newRow(name) << KernelCase{std::move(op), std::move(attributes), std::move(inputs), std::nullopt,
                                      declaredType, Shape::of(declaredDims), opset, {}};
}

ValueId addConstant(Graph& graph, const std::string& name, TensorData data) {
    const ValueId id = graph.addValue(name, data.type(), Shape::of(data.dims()));
    graph.value(id).constant = std::move(data);
    return id;
}

Model modelOf(Graph graph, int64_t opset = 17) {
    Model model;
    model.opsets[kDefaultDomain] = opset;
    model.graph = std::move(graph);
    return model;
}

// The folded output, or nullopt when the node stayed.
std::optional<TensorData> evaluate(const KernelCase& c) {
    Graph graph;
    NodeSpec spec{c.op, c.domain, "n", {}, {}, c.attributes, true};
    for (std::size_t i = 0; i < c.inputs.size(); ++i) {
        spec.inputs.push_back(c.inputs[i] ? addConstant(graph, "in" + std::to_string(i), *c.inputs[i]) : kNoValue);
    }
    const ValueId out = graph.addValue("out", c.declaredType, c.declaredShape);
    spec.outputs = {out};
    graph.addNode(std::move(spec));
    graph.addOutput(out);
    Model model = modelOf(std::move(graph), c.opset);
    auto folded = foldConstants(model);
    if (!folded || folded->foldedNodes.empty()) return std::nullopt;
    return model.graph.value(out).constant;
}

constexpr int64_t kInt64Min = std::numeric_limits<int64_t>::min();

// Every node input is produced by a live node, is a graph input, or is constant.
void verifyGraph(const Graph& graph) {
    QVERIFY(graph.topologicalOrder().ok());
    const std::set<ValueId> inputs(graph.inputs().begin(), graph.inputs().end());
    for (NodeId id : graph.nodeIds()) {
        for (ValueId input : graph.node(id).inputs) {
            if (input == kNoValue) continue;
            const Value& value = graph.value(input);
            const bool produced = value.producer != kNoNode && graph.hasNode(value.producer);
            QVERIFY2(produced || inputs.contains(input) || value.constant || value.fromOuterScope, value.name.c_str());
        }
    }
}

Model importModel(const std::string& path, const ImportOptions& options = {}) {
    auto model = importOnnx(path, options);
    if (!model) qFatal("%s", model.error().message().c_str());
    return std::move(*model);
}

std::size_t countOps(const Graph& graph, const std::string& opType) {
    std::size_t count = 0;
    for (NodeId id : graph.nodeIds()) count += graph.node(id).opType == opType;
    return count;
}

// Convs whose weight (input 1) is not constant after folding.
std::vector<std::string> convsWithoutConstantWeights(const Graph& graph) {
    std::vector<std::string> names;
    for (NodeId id : graph.nodeIds()) {
        const Node& node = graph.node(id);
        if (node.opType == "Conv" && !graph.value(node.inputs.at(1)).constant) names.push_back(node.name);
    }
    return names;
}

Ints initializerInts(const onnx::TensorProto& tensor) {
    if (tensor.raw_data().empty()) return Ints(tensor.int64_data().begin(), tensor.int64_data().end());
    Ints values(tensor.raw_data().size() / sizeof(int64_t));
    if (!values.empty()) std::memcpy(values.data(), tensor.raw_data().data(), values.size() * sizeof(int64_t));
    return values;
}

} // namespace

class TestConstantFolding : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    // Kernels -----------------------------------------------------------------------------

    void kernels_data() {
        QTest::addColumn<KernelCase>("kernelCase");
        const auto none = std::nullopt;
        using E = ElementType;

        row("Constant value", "Constant", attrs({{"value", i64({2}, {3, 4})}}), {}, i64({2}, {3, 4}));
        row("Constant value_float", "Constant", attrs({{"value_float", 2.5f}}), {}, f32({}, {2.5}));
        row("Constant value_floats", "Constant", attrs({{"value_floats", std::vector<float>{1.5f, -2}}}), {}, f32({2}, {1.5, -2}));
        row("Constant value_int", "Constant", attrs({{"value_int", int64_t{7}}}), {}, i64({}, {7}));
        row("Constant value_ints", "Constant", attrs({{"value_ints", Ints{1, 2, 3}}}), {}, i64({3}, {1, 2, 3}));
        refused("Constant value_string refused", "Constant", attrs({{"value_string", std::string("a")}}), {}, E::String, {});

        row("ConstantOfShape default float 0", "ConstantOfShape", {}, {i64({2}, {2, 3})}, f32({2, 3}, Numbers(6, 0.0)));
        row("ConstantOfShape int64 7", "ConstantOfShape", attrs({{"value", i64({1}, {7})}}), {i64({1}, {3})}, i64({3}, {7, 7, 7}));
        row("ConstantOfShape empty shape is a scalar", "ConstantOfShape", attrs({{"value", f32({1}, {1.5})}}), {i64({0}, {})}, f32({}, {1.5}));
        refused("ConstantOfShape 40 GB refused", "ConstantOfShape", {}, {i64({2}, {100000, 100000})}, E::Float32, {100000, 100000});
        refused("ConstantOfShape negative dim refused", "ConstantOfShape", {}, {i64({2}, {2, -3})}, E::Float32, {2, 3});

        row("Identity", "Identity", {}, {f32({2}, {1, 2})}, f32({2}, {1, 2}));

        row("Cast float->int64 truncates", "Cast", attrs({{"to", int64_t{7}}}), {f32({4}, {1.75, -1.75, 2.5, -0.5})}, i64({4}, {1, -1, 2, 0}));
        row("Cast int64->float", "Cast", attrs({{"to", int64_t{1}}}), {i64({2}, {3, -4})}, f32({2}, {3, -4}));
        row("Cast float->bool", "Cast", attrs({{"to", int64_t{9}}}), {f32({3}, {0, 2, -0.5})}, boolean({3}, {0, 1, 1}));
        row("Cast bool->int32", "Cast", attrs({{"to", int64_t{6}}}), {boolean({2}, {1, 0})}, i32({2}, {1, 0}));
        row("Cast int64->int32", "Cast", attrs({{"to", int64_t{6}}}), {i64({2}, {-5, 9})}, i32({2}, {-5, 9}));
        row("Cast float64->float32", "Cast", attrs({{"to", int64_t{1}}}), {f64({2}, {0.5, 3})}, f32({2}, {0.5, 3}));
        row("Cast int32->float64", "Cast", attrs({{"to", int64_t{11}}}), {i32({1}, {-2})}, f64({1}, {-2}));
        // ONNX leaves these undefined; folding gives what running the node on the host gives.
        row("Cast NaN->int64 is 0, as on the host", "Cast", attrs({{"to", int64_t{7}}}), {f32({1}, {std::nan("")})}, i64({1}, {0}));
        row("Cast 1e20->int64 saturates, as on the host", "Cast", attrs({{"to", int64_t{7}}}), {f32({1}, {1e20})},
            i64({1}, {std::numeric_limits<int64_t>::max()}));
        refused("Cast to string refused", "Cast", attrs({{"to", int64_t{8}}}), {f32({1}, {1})}, E::String, {1});

        const TensorData x234 = f32({2, 3, 4}, Numbers(24, 0.0));
        row("Shape", "Shape", {}, {x234}, i64({3}, {2, 3, 4}));
        row("Shape start=1", "Shape", attrs({{"start", int64_t{1}}}), {x234}, i64({2}, {3, 4}));
        row("Shape end=-1", "Shape", attrs({{"end", int64_t{-1}}}), {x234}, i64({2}, {2, 3}));
        row("Shape start=-2 end=-1", "Shape", attrs({{"start", int64_t{-2}}, {"end", int64_t{-1}}}), {x234}, i64({1}, {3}));
        row("Shape start=5 clamps to empty", "Shape", attrs({{"start", int64_t{5}}}), {x234}, i64({0}, {}));
        row("Shape start>end is empty", "Shape", attrs({{"start", int64_t{2}}, {"end", int64_t{1}}}), {x234}, i64({0}, {}));

        const TensorData m23 = f32({2, 3}, {1, 2, 3, 4, 5, 6});
        row("Gather axis 0 scalar index -1", "Gather", {}, {i64({3}, {10, 20, 30}), i64({}, {-1})}, i64({}, {30}));
        row("Gather axis 1 negative index", "Gather", attrs({{"axis", int64_t{1}}}), {m23, i64({2}, {-1, 0})}, f32({2, 2}, {3, 1, 6, 4}));
        row("Gather axis -1", "Gather", attrs({{"axis", int64_t{-1}}}), {m23, i64({2}, {-1, 0})}, f32({2, 2}, {3, 1, 6, 4}));
        row("Gather 2-D int32 indices", "Gather", {}, {i64({3}, {10, 20, 30}), i32({2, 2}, {0, 2, 1, 1})}, i64({2, 2}, {10, 30, 20, 20}));
        refused("Gather index 3 of 3 refused", "Gather", {}, {i64({3}, {10, 20, 30}), i64({1}, {3})}, E::Int64, {1});
        refused("Gather index -4 of 3 refused", "Gather", {}, {i64({3}, {10, 20, 30}), i64({1}, {-4})}, E::Int64, {1});
        refused("Gather axis 2 of rank 2 refused", "Gather", attrs({{"axis", int64_t{2}}}), {m23, i64({1}, {0})}, E::Float32, {2, 3, 1});

        row("Unsqueeze opset 11 axes attribute", "Unsqueeze", attrs({{"axes", Ints{0}}}), {i64({2}, {5, 6})}, i64({1, 2}, {5, 6}), 11);
        row("Unsqueeze opset 13 axes input", "Unsqueeze", {}, {i64({2}, {5, 6}), i64({1}, {0})}, i64({1, 2}, {5, 6}));
        row("Unsqueeze axis -1", "Unsqueeze", {}, {i64({2}, {5, 6}), i64({1}, {-1})}, i64({2, 1}, {5, 6}));
        row("Unsqueeze axes 0,3", "Unsqueeze", attrs({{"axes", Ints{0, 3}}}), {m23}, f32({1, 2, 3, 1}, {1, 2, 3, 4, 5, 6}), 11);
        row("Unsqueeze scalar", "Unsqueeze", {}, {i64({}, {4}), i64({1}, {0})}, i64({1}, {4}));
        refused("Unsqueeze duplicate axes refused", "Unsqueeze", {}, {i64({2}, {5, 6}), i64({2}, {0, 0})}, E::Int64, {1, 1, 2});
        refused("Unsqueeze axis out of range refused", "Unsqueeze", {}, {i64({2}, {5, 6}), i64({1}, {2})}, E::Int64, {2, 1});
        refused("Unsqueeze without axes refused", "Unsqueeze", {}, {i64({2}, {5, 6})}, E::Int64, {1, 2});

        row("Squeeze axes attribute", "Squeeze", attrs({{"axes", Ints{0}}}), {i64({1, 2}, {5, 6})}, i64({2}, {5, 6}), 11);
        row("Squeeze axes input -1", "Squeeze", {}, {i64({2, 1}, {5, 6}), i64({1}, {-1})}, i64({2}, {5, 6}));
        row("Squeeze all ones", "Squeeze", {}, {i64({1, 2, 1}, {5, 6})}, i64({2}, {5, 6}));
        refused("Squeeze dim 2 refused", "Squeeze", attrs({{"axes", Ints{1}}}), {i64({1, 2}, {5, 6})}, E::Int64, {1}, 11);

        row("Concat int64", "Concat", attrs({{"axis", int64_t{0}}}), {i64({1}, {2}), i64({2}, {-1, 7})}, i64({3}, {2, -1, 7}));
        row("Concat float axis 1", "Concat", attrs({{"axis", int64_t{1}}}), {f32({2, 1}, {1, 2}), f32({2, 2}, {3, 4, 5, 6})}, f32({2, 3}, {1, 3, 4, 2, 5, 6}));
        row("Concat axis -1", "Concat", attrs({{"axis", int64_t{-1}}}), {f32({2, 1}, {1, 2}), f32({2, 2}, {3, 4, 5, 6})}, f32({2, 3}, {1, 3, 4, 2, 5, 6}));
        refused("Concat mixed types refused", "Concat", attrs({{"axis", int64_t{0}}}), {i64({1}, {2}), f32({1}, {2})}, E::Int64, {2});
        refused("Concat mismatched dims refused", "Concat", attrs({{"axis", int64_t{1}}}), {f32({2, 1}, {1, 2}), f32({3, 1}, {3, 4, 5})}, E::Float32, {2, 2});

        const TensorData r5 = i64({5}, {0, 1, 2, 3, 4});
        row("Slice 1:4", "Slice", {}, {r5, i64({1}, {1}), i64({1}, {4})}, i64({3}, {1, 2, 3}));
        row("Slice reversed -1:min:-1", "Slice", {}, {r5, i64({1}, {-1}), i64({1}, {kInt64Min}), i64({1}, {0}), i64({1}, {-1})}, i64({5}, {4, 3, 2, 1, 0}));
        row("Slice axis 1 step -2", "Slice", {}, {f32({2, 4}, {0, 1, 2, 3, 4, 5, 6, 7}), i64({1}, {3}), i64({1}, {0}), i64({1}, {1}), i64({1}, {-2})}, f32({2, 2}, {3, 1, 7, 5}));
        row("Slice clamps -100:100", "Slice", {}, {r5, i64({1}, {-100}), i64({1}, {100})}, r5);
        row("Slice step 2, axes omitted", "Slice", {}, {r5, i64({1}, {0}), i64({1}, {5}), none, i64({1}, {2})}, i64({3}, {0, 2, 4}));
        row("Slice int32 parameters", "Slice", {}, {r5, i32({1}, {-2}), i32({1}, {5})}, i64({2}, {3, 4}));
        row("Slice opset 9 attributes", "Slice", attrs({{"starts", Ints{1}}, {"ends", Ints{-1}}, {"axes", Ints{0}}}), {r5}, i64({3}, {1, 2, 3}), 9);
        row("Slice empty 3:1", "Slice", {}, {r5, i64({1}, {3}), i64({1}, {1})}, i64({0}, {}));
        refused("Slice step 0 refused", "Slice", {}, {r5, i64({1}, {0}), i64({1}, {5}), i64({1}, {0}), i64({1}, {0})}, E::Int64, {5});
        refused("Slice repeated axis refused", "Slice", {}, {r5, i64({2}, {0, 1}), i64({2}, {5, 5}), i64({2}, {0, 0})}, E::Int64, {4});
        refused("Slice axis 1 of rank 1 refused", "Slice", {}, {r5, i64({1}, {0}), i64({1}, {5}), i64({1}, {1})}, E::Int64, {5});

        Ints iota24(24);
        for (int64_t i = 0; i < 24; ++i) iota24[i] = i;
        const TensorData x24 = i64({2, 3, 4}, iota24);
        row("Reshape 0,-1,2", "Reshape", {}, {x24, i64({3}, {0, -1, 2})}, i64({2, 6, 2}, iota24));
        row("Reshape -1", "Reshape", {}, {x24, i64({1}, {-1})}, i64({24}, iota24));
        row("Reshape opset 1 shape attribute", "Reshape", attrs({{"shape", Ints{4, 6}}}), {x24}, i64({4, 6}, iota24), 1);
        row("Reshape allowzero keeps 0", "Reshape", attrs({{"allowzero", int64_t{1}}}), {i64({0, 3}, {}), i64({2}, {3, 0})}, i64({3, 0}, {}));
        refused("Reshape 0 copies the dim", "Reshape", {}, {i64({0, 3}, {}), i64({2}, {3, 0})}, E::Int64, {3, 0}); // 3x3 != 0 elements
        refused("Reshape wrong count refused", "Reshape", {}, {x24, i64({2}, {5, 5})}, E::Int64, {5, 5});
        refused("Reshape two -1 refused", "Reshape", {}, {x24, i64({2}, {-1, -1})}, E::Int64, {24, 1});

        row("Range int64", "Range", {}, {i64({}, {0}), i64({}, {10}), i64({}, {3})}, i64({4}, {0, 3, 6, 9}));
        row("Range float", "Range", {}, {f32({}, {1}), f32({}, {2}), f32({}, {0.25})}, f32({4}, {1, 1.25, 1.5, 1.75}));
        row("Range negative delta", "Range", {}, {i64({}, {5}), i64({}, {0}), i64({}, {-2})}, i64({3}, {5, 3, 1}));
        row("Range empty", "Range", {}, {i64({}, {5}), i64({}, {0}), i64({}, {1})}, i64({0}, {}));
        refused("Range delta 0 refused", "Range", {}, {i64({}, {0}), i64({}, {5}), i64({}, {0})}, E::Int64, {5});
        refused("Range 1e12 elements refused", "Range", {}, {i64({}, {0}), i64({}, {1000000000000}), i64({}, {1})}, E::Int64, {1000000000000});

        row("Add float [2,3]+[3]", "Add", {}, {m23, f32({3}, {10, 20, 30})}, f32({2, 3}, {11, 22, 33, 14, 25, 36}));
        row("Add float [2,1]+[1,3]", "Add", {}, {f32({2, 1}, {1, 2}), f32({1, 3}, {10, 20, 30})}, f32({2, 3}, {11, 21, 31, 12, 22, 32}));
        row("Add int32", "Add", {}, {i32({2}, {1, 2}), i32({2}, {3, 4})}, i32({2}, {4, 6}));
        row("Sub int64 [1]-[3]", "Sub", {}, {i64({1}, {10}), i64({3}, {1, 2, 3})}, i64({3}, {9, 8, 7}));
        row("Mul int64 by scalar", "Mul", {}, {i64({2, 2}, {1, 2, 3, 4}), i64({}, {3})}, i64({2, 2}, {3, 6, 9, 12}));
        row("Mul float [3,1]*[2]", "Mul", {}, {f32({3, 1}, {1, 2, 3}), f32({2}, {1, -1})}, f32({3, 2}, {1, -1, 2, -2, 3, -3}));
        row("Div float", "Div", {}, {f32({2}, {1, 3}), f32({1}, {2})}, f32({2}, {0.5, 1.5}));
        row("Div int64 truncates", "Div", {}, {i64({2}, {7, -7}), i64({}, {2})}, i64({2}, {3, -3}));
        refused("Div int64 by 0 refused", "Div", {}, {i64({2}, {7, -7}), i64({2}, {1, 0})}, E::Int64, {2});
        refused("Add [2]+[3] refused", "Add", {}, {f32({2}, {1, 2}), f32({3}, {1, 2, 3})}, E::Float32, {3});
        refused("Add float+int64 refused", "Add", {}, {f32({1}, {1}), i64({1}, {1})}, E::Float32, {1});
        refused("Add bool refused", "Add", {}, {boolean({1}, {1}), boolean({1}, {1})}, E::Bool, {1});

        row("Equal int64", "Equal", {}, {i64({3}, {1, 2, 3}), i64({1}, {2})}, boolean({3}, {0, 1, 0}));
        row("Equal bool", "Equal", {}, {boolean({2}, {1, 0}), boolean({2}, {1, 1})}, boolean({2}, {1, 0}));

        row("Transpose default reverses", "Transpose", {}, {m23}, f32({3, 2}, {1, 4, 2, 5, 3, 6}));
        row("Transpose perm 1,2,0", "Transpose", attrs({{"perm", Ints{1, 2, 0}}}), {i64({2, 1, 3}, {0, 1, 2, 3, 4, 5})}, i64({1, 3, 2}, {0, 3, 1, 4, 2, 5}));
        refused("Transpose bad perm refused", "Transpose", attrs({{"perm", Ints{0, 0}}}), {m23}, E::Float32, {2, 2});

        row("Expand [3,1] to [2,1,2]", "Expand", {}, {f32({3, 1}, {1, 2, 3}), i64({3}, {2, 1, 2})}, f32({2, 3, 2}, {1, 1, 2, 2, 3, 3, 1, 1, 2, 2, 3, 3}));
        refused("Expand incompatible refused", "Expand", {}, {f32({3}, {1, 2, 3}), i64({1}, {2})}, E::Float32, {2});

        row("Floor", "Floor", {}, {f32({2}, {1.5, -1.5})}, f32({2}, {1, -2}));
        row("Ceil", "Ceil", {}, {f64({2}, {1.5, -1.5})}, f64({2}, {2, -1}));

        // Ops folding gained with the host kernels: what shape arithmetic in real models uses.
        row("Where picks per element", "Where", {}, {boolean({3}, {1, 0, 1}), i64({3}, {1, 2, 3}), i64({}, {-1})}, i64({3}, {1, -1, 3}));
        row("Tile [2] x3", "Tile", {}, {i64({2}, {4, 5}), i64({1}, {3})}, i64({6}, {4, 5, 4, 5, 4, 5}));
        row("Tile [1,2] by 2,1", "Tile", {}, {f32({1, 2}, {1, 2}), i64({2}, {2, 1})}, f32({2, 2}, {1, 2, 1, 2}));
        row("ReduceProd of a shape", "ReduceProd", attrs({{"keepdims", int64_t{0}}}), {i64({3}, {2, 3, 4})}, i64({}, {24}));
        row("ReduceProd keepdims", "ReduceProd", {}, {i64({3}, {2, 3, 4})}, i64({1}, {24}));
        row("ReduceSum axes input", "ReduceSum", {}, {i64({2, 2}, {1, 2, 3, 4}), i64({1}, {1})}, i64({2, 1}, {3, 7}));
        row("Max of shapes", "Max", {}, {i64({2}, {3, 8}), i64({2}, {5, 2})}, i64({2}, {5, 8}));
        row("Less", "Less", {}, {i64({3}, {1, 5, 3}), i64({}, {3})}, boolean({3}, {1, 0, 0}));
        row("Not", "Not", {}, {boolean({2}, {1, 0})}, boolean({2}, {0, 1}));
        row("Sqrt", "Sqrt", {}, {f32({2}, {4, 2.25})}, f32({2}, {2, 1.5}));
        row("Relu", "Relu", {}, {f32({3}, {-1, 0, 2})}, f32({3}, {0, 0, 2}));
        row("Mod int64", "Mod", {}, {i64({2}, {7, -7}), i64({}, {3})}, i64({2}, {1, 2}));
        row("Size", "Size", {}, {m23}, i64({}, {6}));

        row("NonZero of a constant", "NonZero", {}, {i64({3}, {0, 4, 5})}, i64({1, 2}, {1, 2}));
        QTest::newRow("malformed input: 3 floats in 8 bytes")
            << KernelCase{"Identity", {}, {TensorData::fromBytes(ElementType::Float32, {3}, std::vector<std::byte>(8))}, none, E::Float32, Shape::of({3})};
        QTest::newRow("custom domain") << KernelCase{"Identity", {}, {f32({1}, {1})}, none, E::Float32, Shape::of({1}), 17, "com.example"};
    }

    void kernels() {
        QFETCH(KernelCase, kernelCase);
        const auto result = evaluate(kernelCase);
        if (!kernelCase.expected) {
            QVERIFY2(!result, result ? describe(*result).c_str() : "");
            return;
        }
        QVERIFY(result);
        QVERIFY2(sameTensor(*result, *kernelCase.expected), (describe(*result) + " != " + describe(*kernelCase.expected)).c_str());
    }

    // The size is judged from the declared shape before any kernel allocates; a result
    // whose shape is not declared is never computed.
    void resultsAreLimitedTo64MiB() {
        const auto fill = [](int64_t count) {
            return evaluate({"ConstantOfShape", {}, {i64({1}, {count})}, std::nullopt, ElementType::Float32, Shape::of({count})});
        };
        const auto exactly = fill(int64_t(kMaxFoldedBytes / 4));
        QVERIFY(exactly);
        QCOMPARE(exactly->bytes().size(), std::size_t(64) * 1024 * 1024);
        QVERIFY(!fill(int64_t(kMaxFoldedBytes / 4) + 1));
        const auto expand = [](int64_t rows, int64_t columns) {
            return evaluate({"Expand", {}, {f32({1}, {1}), i64({2}, {rows, columns})}, std::nullopt, ElementType::Float32,
                             Shape::of({rows, columns})});
        };
        QVERIFY(!expand(4096, 4097));
        QVERIFY(expand(4096, 4096));
        QVERIFY(!evaluate({"ConstantOfShape", {}, {i64({1}, {4})}, std::nullopt, ElementType::Float32, Shape({Dim()})}));
    }

    // An engine without the host adapter folds what needs no kernel, and nothing else.
    void withoutReferenceKernelsOnlyConstantIdentityAndShapeFold() {
        const ReferenceEvaluator host = ReferenceKernels::evaluator();
        QVERIFY(host);
        ReferenceKernels::install(nullptr);
        const auto add = evaluate({"Add", {}, {i64({1}, {1}), i64({1}, {2})}, std::nullopt, ElementType::Int64, Shape::of({1})});
        const auto constant = evaluate({"Constant", attrs({{"value_int", int64_t{7}}}), {}, std::nullopt, ElementType::Int64, Shape()});
        const auto identity = evaluate({"Identity", {}, {i64({2}, {1, 2})}, std::nullopt, ElementType::Undefined, Shape()});
        const auto shape = evaluate({"Shape", {}, {f32({2, 3}, Numbers(6, 0.0))}, std::nullopt, ElementType::Undefined, Shape()});
        ReferenceKernels::install(host);
        QVERIFY(!add);
        QVERIFY(constant && sameTensor(*constant, i64({}, {7})));
        QVERIFY(identity && sameTensor(*identity, i64({2}, {1, 2})));
        QVERIFY(shape && sameTensor(*shape, i64({2}, {2, 3})));
    }

    // Folding rules -----------------------------------------------------------------------------

    void shapeChainFoldsUpToTheReshape() {
        ModelBuilder b("chain", 17);
        const std::string x = b.input("x", {2, 3, 4});
        const std::string shape = b.node1("Shape", {x}, {}, "shape");
        const std::string first = b.node1("Gather", {shape, b.constantInt64("zero", {}, {0})}, {}, "gather");
        const std::string vec = b.node1("Unsqueeze", {first, b.constantInt64("axes", {1}, {0})}, {}, "unsqueeze");
        const std::string target =
            b.node1("Concat", {vec, b.constantInt64("rest", {1}, {-1})}, {attrInt("axis", 0)}, "concat");
        b.node1("Reshape", {x, target}, {}, "reshape", "y");
        b.output("y", {2, 12});

        Model model = importModel(test::writeModel(dir_.path(), "chain.onnx", b.build()));
        Graph& graph = model.graph;
        auto folded = foldConstants(model);
        QVERIFY(folded.ok());
        QCOMPARE(folded->foldedNodes, (std::vector<std::string>{"shape", "gather", "unsqueeze", "concat"}));
        QCOMPARE(graph.nodeCount(), std::size_t(1));
        const Node& reshape = graph.node(*graph.findNode("reshape"));
        QCOMPARE(reshape.inputs[0], *graph.findValue("x"));
        const Value& targetValue = graph.value(reshape.inputs[1]);
        QCOMPARE(targetValue.name, target); // same value, now constant
        QVERIFY(targetValue.constant);
        QCOMPARE(targetValue.constant->values<int64_t>(), (Ints{2, -1}));
        QCOMPARE(targetValue.type, ElementType::Int64);
        QCOMPARE(targetValue.shape, Shape::of({2}));
        QCOMPARE(graph.value(*graph.findValue(shape)).constant->values<int64_t>(), (Ints{2, 3, 4}));
        QCOMPARE(graph.value(*graph.findValue(first)).shape, Shape::of({}));
        verifyGraph(graph);
    }

    // Shape arithmetic with ops only the host kernels know: a Cast chain through float
    // (Sqrt, Floor), ReduceProd of a shape, Tile and Where.
    void hostOpsFoldInShapeArithmetic() {
        ModelBuilder b("arithmetic", 17);
        const std::string x = b.input("x", {2, 3, 4});
        const std::string dims = b.node1("Shape", {x}, {}, "dims");
        const std::string total = b.node1("ReduceProd", {dims}, {attrInt("keepdims", 1)}, "total");
        const std::string asFloat = b.node1("Cast", {total}, {attrInt("to", onnx::TensorProto::FLOAT)}, "as_float");
        const std::string root = b.node1("Sqrt", {asFloat}, {}, "root");
        const std::string side = b.node1("Floor", {root}, {}, "side");
        const std::string sideInt = b.node1("Cast", {side}, {attrInt("to", onnx::TensorProto::INT64)}, "side_int");
        const std::string rest = b.node1("Div", {total, sideInt}, {}, "rest");
        const std::string target = b.node1("Concat", {sideInt, rest}, {attrInt("axis", 0)}, "target");
        b.node1("Reshape", {x, target}, {}, "reshape", "y");
        b.output("y", {"a", "b"});
        b.node1("Tile", {dims, b.constantInt64("twice", {1}, {2})}, {}, "tiled", "tiled");
        b.output("tiled", {6}, onnx::TensorProto::INT64);
        const std::string three = b.constantInt64("three", {}, {3});
        const std::string small = b.node1("Less", {dims, three}, {}, "small");
        b.node1("Where", {small, dims, three}, {}, "capped", "capped");
        b.output("capped", {3}, onnx::TensorProto::INT64);

        Model model = importModel(test::writeModel(dir_.path(), "arithmetic.onnx", b.build()));
        auto folded = foldConstants(model);
        QVERIFY(folded.ok());
        const Graph& graph = model.graph;
        QCOMPARE(graph.nodeCount(), std::size_t(1)); // the Reshape of the input
        QCOMPARE(folded->foldedNodes.size(), std::size_t(11));
        auto valuesOf = [&](const std::string& name) { return graph.value(*graph.findValue(name)).constant->values<int64_t>(); };
        QCOMPARE(valuesOf(total), (Ints{24}));
        QCOMPARE(graph.value(*graph.findValue(side)).constant->values<float>(), (std::vector<float>{4}));
        QCOMPARE(valuesOf(target), (Ints{4, 6}));
        QCOMPARE(valuesOf("tiled"), (Ints{2, 3, 4, 2, 3, 4}));
        QCOMPARE(valuesOf("capped"), (Ints{2, 3, 3}));
        verifyGraph(graph);
    }

    void shapeOfStaticValueHonoursStartEnd() {
        ModelBuilder b("shape15", 17);
        const std::string x = b.input("x", {2, 3, 4, 5});
        const std::string relu = b.node1("Relu", {x}, {}, "relu");
        b.node1("Shape", {relu}, {attrInt("start", 1), attrInt("end", -1)}, "middle", "dims");
        b.output("dims", {2}, onnx::TensorProto::INT64);

        Model model = importModel(test::writeModel(dir_.path(), "shape15.onnx", b.build()));
        auto folded = foldConstants(model);
        QVERIFY(folded.ok());
        QCOMPARE(folded->foldedNodes, (std::vector<std::string>{"middle"}));
        const Value& dims = model.graph.value(model.graph.outputs().at(0));
        QCOMPARE(dims.constant->values<int64_t>(), (Ints{3, 4}));
        QVERIFY(model.graph.value(*model.graph.findValue(relu)).consumers.empty());
        verifyGraph(model.graph);
    }

    void nonConstantInputsAreNeverFolded() {
        Model model = modelOf(Graph());
        Graph& graph = model.graph;
        const ValueId x = graph.addValue("x", ElementType::Float32, Shape({Dim::symbolic("N"), Dim::fixed(4)}));
        graph.addInput(x);
        const ValueId c = addConstant(graph, "c", f32({4}, {1, 2, 3, 4}));
        const ValueId index = addConstant(graph, "index", i64({}, {1}));
        const ValueId sum = graph.addValue("sum"), dims = graph.addValue("dims"), width = graph.addValue("width");
        const ValueId square = graph.addValue("square", ElementType::Float32, Shape::of({4}));
        graph.addNode({"Add", "", "add", {x, c}, {sum}, {}});
        graph.addNode({"Shape", "", "shape", {x}, {dims}, {}}); // N is not static
        graph.addNode({"Gather", "", "gather", {dims, index}, {width}, {}});
        graph.addNode({"Mul", "", "square", {c, c}, {square}, {}});
        graph.addOutput(sum);
        graph.addOutput(width);
        graph.addOutput(square);

        auto folded = foldConstants(model);
        QVERIFY(folded.ok());
        QCOMPARE(folded->foldedNodes, (std::vector<std::string>{"square"}));
        QCOMPARE(graph.nodeCount(), std::size_t(3));
        for (ValueId id : {sum, dims, width}) QVERIFY(!graph.value(id).constant);
        QCOMPARE(graph.value(square).constant->values<float>(), (std::vector<float>{1, 4, 9, 16}));
        QCOMPARE(graph.value(square).shape, Shape::of({4}));
        QCOMPARE(graph.value(square).type, ElementType::Float32);
        QCOMPARE(graph.value(c).consumers.size(), std::size_t(1)); // only Add still reads it
        verifyGraph(graph);
    }

    void nodesThatMustStay_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("graphAttribute");
        QTest::addColumn<int>("declaredSize"); // declared static size of the 1-D output; -1: unknown
        QTest::addColumn<bool>("folds");
        // The first row is the control: the same node folds when nothing forbids it.
        QTest::newRow("Identity folds") << "Identity" << "" << false << -1 << true;
        QTest::newRow("declared size agrees") << "Identity" << "" << false << 2 << true;
        QTest::newRow("graph attribute") << "Identity" << "" << true << -1 << false;
        QTest::newRow("If") << "If" << "" << true << -1 << false;
        QTest::newRow("custom domain") << "Identity" << "com.example" << false << -1 << false;
        QTest::newRow("kernel, declared shape") << "Relu" << "" << false << 2 << true;
        QTest::newRow("kernel, no declared shape") << "Relu" << "" << false << -1 << false; // its size is unknown
        QTest::newRow("no kernel") << "Mish" << "" << false << 2 << false;
        QTest::newRow("random op") << "RandomUniformLike" << "" << false << 2 << false;
        QTest::newRow("contradicts declared shape") << "Identity" << "" << false << 3 << false;
    }

    void nodesThatMustStay() {
        QFETCH(QString, op);
        QFETCH(QString, domain);
        QFETCH(bool, graphAttribute);
        QFETCH(int, declaredSize);
        QFETCH(bool, folds);
        Model model = modelOf(Graph());
        Graph& graph = model.graph;
        const ValueId in = addConstant(graph, "in", op == "If" ? boolean({}, {1}) : f32({2}, {1, 2}));
        const ValueId out = graph.addValue("out", declaredSize < 0 ? ElementType::Undefined : ElementType::Float32,
                                           declaredSize < 0 ? Shape() : Shape::of({declaredSize}));
        Attributes attributes;
        if (graphAttribute) attributes.set("then_branch", std::make_shared<Graph>());
        graph.addNode({op.toStdString(), domain.toStdString(), "node", {in}, {out}, attributes});
        graph.addOutput(out);

        auto folded = foldConstants(model);
        QVERIFY(folded.ok());
        QCOMPARE(folded->foldedNodes.size(), std::size_t(folds ? 1 : 0));
        QCOMPARE(graph.nodeCount(), std::size_t(folds ? 0 : 1));
        QCOMPARE(graph.value(out).constant.has_value(), folds);
        if (folds) QCOMPARE(graph.value(out).constant->values<float>(), (std::vector<float>{1, 2}));
        verifyGraph(graph);
    }

    void cycleIsReportedAsError() {
        Model model = modelOf(Graph());
        Graph& graph = model.graph;
        const ValueId a = graph.addValue("a"), b = graph.addValue("b");
        graph.addNode({"Identity", "", "first", {b}, {a}, {}});
        graph.addNode({"Identity", "", "second", {a}, {b}, {}});
        auto folded = foldConstants(model);
        QVERIFY(!folded.ok());
        QVERIFY2(folded.error().message().starts_with("constant folding: graph has a cycle"), folded.error().message().c_str());
    }

    // A chain of 100k Adds of constants folds completely and exactly, in linear time.
    void longConstantChainFolds() {
        constexpr int kNodes = 100000;
        Model model = modelOf(Graph());
        Graph& graph = model.graph;
        // One constant per node: Graph::removeNode is linear in a value's consumer count,
        // so a single constant read by all 100k nodes would time the graph, not the pass.
        ValueId previous = addConstant(graph, "start", i64({}, {1}));
        for (int i = 0; i < kNodes; ++i) {
            const std::string name = std::string("v").append(std::to_string(i));
            const ValueId one = addConstant(graph, name + "_one", i64({}, {1}));
            const ValueId next = graph.addValue(name, ElementType::Int64, Shape::of({})); // as inference declares it
            graph.addNode({"Add", "", "", {previous, one}, {next}, {}});
            previous = next;
        }
        graph.addOutput(previous);
        QElapsedTimer timer;
        timer.start();
        auto folded = foldConstants(model);
        const qint64 ms = timer.elapsed();
        QVERIFY(folded.ok());
        QCOMPARE(folded->foldedNodes.size(), std::size_t(kNodes));
        QCOMPARE(graph.nodeCount(), std::size_t(0));
        QCOMPARE(graph.value(previous).constant->values<int64_t>(), (Ints{kNodes + 1}));
        qInfo("100k folded Adds: %lld ms", ms);
        QVERIFY2(ms < 2000, qPrintable(QString("%1 ms").arg(ms)));
    }

    // Nothing to fold: the pass must stay cheap on big graphs (target ~100 ms in Release).
    void largeGraphWithNothingToFoldIsFast() {
        constexpr int kNodes = 100000;
        Model model = modelOf(Graph());
        Graph& graph = model.graph;
        ValueId previous = graph.addValue("x", ElementType::Float32, Shape::of({1, 8}));
        graph.addInput(previous);
        const ValueId bias = addConstant(graph, "bias", f32({8}, Numbers(8, 1.0)));
        for (int i = 0; i < kNodes; ++i) {
            const ValueId next = graph.addValue(std::string("v").append(std::to_string(i)), ElementType::Float32, Shape::of({1, 8}));
            if (i % 2) graph.addNode({"Relu", "", "", {previous}, {next}, {}});
            else graph.addNode({"Add", "", "", {previous, bias}, {next}, {}});
            previous = next;
        }
        graph.addOutput(previous);
        QElapsedTimer timer;
        timer.start();
        auto folded = foldConstants(model);
        const qint64 ms = timer.elapsed();
        QVERIFY(folded.ok());
        QVERIFY(folded->foldedNodes.empty());
        QCOMPARE(graph.nodeCount(), std::size_t(kNodes));
        qInfo("100k nodes, nothing folded: %lld ms", ms);
        QVERIFY2(ms < 500, qPrintable(QString("%1 ms").arg(ms)));
    }

    // Real models --------------------------------------------------------------------------------

    void sharedLightModels_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("oversized");             // ConstantOfShape results above kMaxFoldedBytes
        QTest::addColumn<QStringList>("alsoFolded");    // folded nodes that are not ConstantOfShape
        // The first fully connected weight of the VGG-style nets is 151-411 MB; 4096x4096
        // float is exactly 64 MiB and still folds.
        QTest::newRow("alexnet") << "light_bvlc_alexnet.onnx" << 1 << QStringList();
        QTest::newRow("zfnet512") << "light_zfnet512.onnx" << 1 << QStringList();
        QTest::newRow("vgg19") << "light_vgg19.onnx" << 1 << QStringList();
        QTest::newRow("squeezenet") << "light_squeezenet.onnx" << 0 << QStringList();
        // The classifier weight is reshaped from 1x1x1000x1024 to 1000x1024 before its Gemm.
        QTest::newRow("inception_v1") << "light_inception_v1.onnx" << 0 << QStringList{"n141"};
        QTest::newRow("resnet50") << "light_resnet50.onnx" << 0 << QStringList();
    }

    void sharedLightModels() {
        QFETCH(QString, file);
        QFETCH(int, oversized);
        QFETCH(QStringList, alsoFolded);
        const QString path = test::sharedModelsDir() + "/" + file;
        if (!QFileInfo::exists(path)) QSKIP(qPrintable("shared models not present: " + path));

        // Count the ConstantOfShape nodes, and the ones too big to fold, from the file itself.
        const onnx::ModelProto proto = test::readProto(path);
        std::map<std::string, Ints> initializers;
        for (const onnx::TensorProto& init : proto.graph().initializer()) {
            if (init.data_type() == onnx::TensorProto::INT64) initializers[init.name()] = initializerInts(init);
        }
        std::size_t constantOfShape = 0;
        int tooBig = 0;
        for (const onnx::NodeProto& node : proto.graph().node()) {
            if (node.op_type() != "ConstantOfShape") continue;
            ++constantOfShape;
            int64_t bytes = 4; // the default fill is float 0
            for (const onnx::AttributeProto& a : node.attribute()) {
                if (a.name() == "value") bytes = int64_t(elementSize(*elementTypeFromOnnx(a.t().data_type())));
            }
            for (int64_t d : initializers.at(node.input(0))) bytes *= d;
            tooBig += bytes > int64_t(kMaxFoldedBytes);
        }
        QCOMPARE(tooBig, oversized);
        QVERIFY(constantOfShape > 0);

        Model model = importModel(path.toStdString());
        Graph& graph = model.graph;
        const std::size_t total = graph.nodeCount();
        std::map<std::string, std::string> opOf;
        for (NodeId id : graph.nodeIds()) opOf[graph.node(id).name] = graph.node(id).opType;
        auto folded = foldConstants(model);
        QVERIFY(folded.ok());
        qInfo("%s: %zu of %zu nodes folded", qPrintable(file), folded->foldedNodes.size(), total);

        QStringList others;
        for (const std::string& name : folded->foldedNodes) {
            if (opOf.at(name) != "ConstantOfShape") others << QString::fromStdString(name);
        }
        QCOMPARE(others, alsoFolded);
        QCOMPARE(folded->foldedNodes.size(), constantOfShape - std::size_t(oversized) + std::size_t(alsoFolded.size()));
        QCOMPARE(graph.nodeCount(), total - folded->foldedNodes.size());
        QCOMPARE(countOps(graph, "ConstantOfShape"), std::size_t(oversized));
        const auto missing = convsWithoutConstantWeights(graph);
        QVERIFY2(missing.empty(), missing.empty() ? "" : missing.front().c_str());
        QVERIFY(countOps(graph, "Conv") > 0);
        // The one weight left unfolded is the oversized one, feeding its Gemm.
        std::size_t gemmsWithoutConstantWeight = 0;
        for (NodeId id : graph.nodeIds()) {
            const Node& node = graph.node(id);
            if (node.opType == "Gemm") gemmsWithoutConstantWeight += !graph.value(node.inputs.at(1)).constant;
        }
        QCOMPARE(gemmsWithoutConstantWeight, std::size_t(oversized));
        verifyGraph(graph);
    }

    void paddleOcrModels_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Ints>("inputShape"); // empty: the model's dynamic shape
        QTest::addColumn<int>("folded");
        QTest::addColumn<int>("constantReshapeTargets");
        // Dynamic: the Constant nodes and the Casts of constants fold; nothing reads a static shape.
        QTest::newRow("det") << "ch_PP-OCRv4_det_infer.onnx" << Ints() << 342 << 0;
        QTest::newRow("rec") << "ch_PP-OCRv4_rec_infer.onnx" << Ints() << 340 << 0;
        QTest::newRow("cls") << "ch_ppocr_mobile_v2.0_cls_infer.onnx" << Ints() << 251 << 0;
        // A fixed input shape makes the first Shape -> Slice -> Cast -> Concat chains fold. Four of
        // rec's six Reshapes read shapes that ONNX inference could not follow past the first one.
        QTest::newRow("rec 48x320") << "ch_PP-OCRv4_rec_infer.onnx" << Ints{1, 3, 48, 320} << 348 << 2;
        QTest::newRow("cls 48x192") << "ch_ppocr_mobile_v2.0_cls_infer.onnx" << Ints{1, 3, 48, 192} << 256 << 1;
    }

    void paddleOcrModels() {
        QFETCH(QString, file);
        QFETCH(Ints, inputShape);
        QFETCH(int, folded);
        QFETCH(int, constantReshapeTargets);
        const QString path = test::paddleOcrDir() + "/" + file;
        if (!QFileInfo::exists(path)) {
            QSKIP(qPrintable("PaddleOCR model not present at " + path + " (run scripts/fetch-models.sh)"));
        }
        const onnx::ModelProto proto = test::readProto(path);
        std::size_t constants = 0;
        for (const onnx::NodeProto& node : proto.graph().node()) constants += node.op_type() == "Constant";
        QVERIFY(constants > 0);

        ImportOptions options;
        if (!inputShape.empty()) options.inputShapes["x"] = inputShape;
        Model model = importModel(path.toStdString(), options);
        Graph& graph = model.graph;
        const std::size_t total = graph.nodeCount();
        auto result = foldConstants(model);
        QVERIFY(result.ok());
        qInfo("%s: %zu of %zu nodes folded (%zu Constant)", qPrintable(file), result->foldedNodes.size(), total, constants);
        QCOMPARE(countOps(graph, "Constant"), std::size_t(0));
        QCOMPARE(result->foldedNodes.size(), std::size_t(folded));
        QVERIFY(result->foldedNodes.size() >= constants);
        QCOMPARE(graph.nodeCount(), total - result->foldedNodes.size());
        const auto missing = convsWithoutConstantWeights(graph);
        QVERIFY2(missing.empty(), missing.empty() ? "" : missing.front().c_str());
        QVERIFY(countOps(graph, "Conv") > 0);
        int constantTargets = 0;
        for (NodeId id : graph.nodeIds()) {
            const Node& node = graph.node(id);
            if (node.opType == "Reshape") constantTargets += graph.value(node.inputs.at(1)).constant.has_value();
        }
        QCOMPARE(constantTargets, constantReshapeTargets);
        verifyGraph(graph);
    }
};

QTEST_GUILESS_MAIN(TestConstantFolding)
#include "tst_constant_folding.moc"
