// ONNX import of the builder's models and of the ONNX features real models use.
#include "modelbuilder/model_builder.h"
#include "modelbuilder/sample_models.h"
#include "onnx/onnx_import.h"
#include "support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <filesystem>
#include <fstream>

using namespace fusebox;
using namespace fusebox::testmodels;

namespace {

// Values produced by nodes whose shape is not fully known (symbols allowed).
int valuesWithoutShape(const Graph& graph) {
    int missing = 0;
    for (NodeId id : graph.nodeIds()) {
        for (ValueId output : graph.node(id).outputs) {
            if (output == kNoValue) continue;
            const Shape& shape = graph.value(output).shape;
            bool known = shape.rankKnown();
            for (const Dim& dim : shape.dims()) known = known && !dim.isUnknown();
            if (!known) ++missing;
        }
    }
    return missing;
}

std::vector<std::string> names(const Graph& graph, const std::vector<ValueId>& ids) {
    std::vector<std::string> out;
    for (ValueId id : ids) out.push_back(graph.value(id).name);
    return out;
}

} // namespace

class TestOnnxImport : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    std::string write(const std::string& name, const onnx::ModelProto& model) {
        return test::writeModel(dir_.path(), name, model);
    }

private slots:
    void importsEveryBuilderModel_data() {
        QTest::addColumn<int>("index");
        const auto models = allSampleModels();
        for (std::size_t i = 0; i < models.size(); ++i) QTest::newRow(models[i].fileName.c_str()) << int(i);
    }

    void importsEveryBuilderModel() {
        QFETCH(int, index);
        const NamedModel sample = allSampleModels()[static_cast<std::size_t>(index)];
        auto model = importOnnx(write(sample.fileName, sample.model));
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message().c_str());

        const onnx::GraphProto& proto = sample.model.graph();
        QCOMPARE(model->graph.nodeCount(), std::size_t(proto.node_size()));
        QCOMPARE(model->graph.inputs().size(), std::size_t(proto.input_size()));
        QCOMPARE(names(model->graph, model->graph.outputs()).front(), proto.output(0).name());
        QCOMPARE(valuesWithoutShape(model->graph), 0);
        QCOMPARE(model->opsets.at(""), int64_t(17));
        QCOMPARE(model->producerName, std::string("fusebox-testmodels"));

        // Unnamed nodes are named after their first output; named ones keep their name.
        for (int i = 0; i < proto.node_size(); ++i) {
            const onnx::NodeProto& node = proto.node(i);
            const std::string expected = node.name().empty() ? node.output(0) : node.name();
            QVERIFY2(model->graph.findNode(expected), expected.c_str());
        }
    }

    void residualNetHasExpectedShapesAndWeights() {
        auto model = importOnnx(write("residual.onnx", residualConvNet()));
        QVERIFY(model.ok());
        const Graph& graph = model->graph;
        QCOMPARE(graph.value(graph.inputs()[0]).shape, Shape::of({1, 3, 32, 32}));
        QCOMPARE(graph.value(graph.outputs()[0]).shape, Shape::of({1, 10}));
        // Weights are constants with the data of the file.
        const onnx::ModelProto proto = residualConvNet();
        const onnx::TensorProto& firstWeight = proto.graph().initializer(0);
        const Value& weight = graph.value(*graph.findValue(firstWeight.name()));
        QVERIFY(weight.constant.has_value());
        QCOMPARE(std::size_t(weight.constant->bytes().size()), firstWeight.raw_data().size());
        QVERIFY(std::memcmp(weight.constant->bytes().data(), firstWeight.raw_data().data(), firstWeight.raw_data().size()) == 0);
    }

    void symbolicBatchStaysSymbolicUntilFixed() {
        const std::string path = write("symbolic.onnx", symbolicBatchModel());
        auto symbolic = importOnnx(path);
        QVERIFY(symbolic.ok());
        const Graph& g = symbolic->graph;
        QCOMPARE(g.value(g.outputs()[0]).shape.toString(), std::string("Nx4"));

        auto fixed = importOnnx(path, ImportOptions{{{"x", {5, 8}}}});
        QVERIFY(fixed.ok());
        QCOMPARE(fixed->graph.value(fixed->graph.outputs()[0]).shape, Shape::of({5, 4}));
    }

    void irVersion3InitializersListedAsInputsAreNotRealInputs() {
        ModelBuilder b("ir3", 9);
        const std::string x = b.input("x", {1, 4});
        const std::string w = b.weight("w", {4, 2});
        b.node1("MatMul", {x, w}, {}, "", "y");
        b.output("y", {1, 2});
        onnx::ModelProto proto = b.build();
        proto.set_ir_version(3);
        onnx::ValueInfoProto* listed = proto.mutable_graph()->add_input();
        listed->set_name("w");
        listed->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
        for (int64_t d : {4, 2}) listed->mutable_type()->mutable_tensor_type()->mutable_shape()->add_dim()->set_dim_value(d);

        auto model = importOnnx(write("ir3.onnx", proto));
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message().c_str());
        QCOMPARE(names(model->graph, model->graph.inputs()), std::vector<std::string>{"x"});
        QVERIFY(model->graph.value(*model->graph.findValue("w")).constant);
        QCOMPARE(model->irVersion, int64_t(3));
    }

    void externalDataIsMappedAndChecked() {
        onnx::ModelProto proto = residualConvNet();
        const std::string original = proto.graph().initializer(0).raw_data();
        const std::size_t offset = test::moveInitializersToExternalData(proto, dir_.path(), "weights.bin");

        auto model = importOnnx(write("external.onnx", proto));
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message().c_str());
        const Value& weight = model->graph.value(*model->graph.findValue(proto.graph().initializer(0).name()));
        QCOMPARE(weight.constant->bytes().size(), original.size());
        QVERIFY(std::memcmp(weight.constant->bytes().data(), original.data(), original.size()) == 0);

        // A data file shorter than the model says is an error that names the tensor.
        std::filesystem::resize_file(dir_.filePath("weights.bin").toStdString(), offset / 2);
        auto truncated = importOnnx(dir_.filePath("external.onnx").toStdString());
        QVERIFY(!truncated.ok());
        QVERIFY2(truncated.error().message().find("beyond the end of 'weights.bin'") != std::string::npos,
                 truncated.error().message().c_str());

        std::filesystem::remove(dir_.filePath("weights.bin").toStdString());
        auto missing = importOnnx(dir_.filePath("external.onnx").toStdString());
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message().find("weights.bin") != std::string::npos, missing.error().message().c_str());
    }

    void customDomainOpsAreKeptAndMarkedUnknown() {
        ModelBuilder b("custom");
        const std::string x = b.input("x", {1, 4});
        const std::string r = b.node1("Relu", {x});
        onnx::ModelProto proto = b.build();
        onnx::NodeProto* custom = proto.mutable_graph()->add_node();
        custom->set_op_type("FancyNorm");
        custom->set_domain("com.example");
        custom->add_input(r);
        custom->add_output(std::string("y"));
        auto* output = proto.mutable_graph()->add_output();
        output->set_name("y");
        output->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
        for (int64_t d : {1, 4}) output->mutable_type()->mutable_tensor_type()->mutable_shape()->add_dim()->set_dim_value(d);
        auto* opset = proto.add_opset_import();
        opset->set_domain("com.example");
        opset->set_version(3);

        auto model = importOnnx(write("custom.onnx", proto));
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message().c_str());
        const Node& node = model->graph.node(*model->graph.findNode("y"));
        QCOMPARE(node.domain, std::string("com.example"));
        QVERIFY(!node.knownOp);
        QVERIFY(model->graph.node(*model->graph.findNode(r)).knownOp);
        QCOMPARE(model->opsets.at("com.example"), int64_t(3));
    }

    void ifBodiesAreNestedGraphsReadingOuterValues() {
        ModelBuilder b("branchy");
        const std::string x = b.input("x", {2, 3});
        const std::string cond = b.input("cond", {}, onnx::TensorProto::BOOL);
        const std::string doubled = b.node1("Add", {x, x}, {}, "double");

        auto branch = [&](const std::string& op, const std::string& out) {
            onnx::GraphProto body;
            body.set_name(op + "_body");
            onnx::NodeProto* node = body.add_node();
            node->set_op_type(op);
            node->add_input(doubled); // from the enclosing graph
            node->add_output(out);
            onnx::ValueInfoProto* result = body.add_output();
            result->set_name(out);
            result->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
            onnx::AttributeProto attribute;
            attribute.set_name(op == "Relu" ? "then_branch" : "else_branch");
            attribute.set_type(onnx::AttributeProto::GRAPH);
            *attribute.mutable_g() = body;
            return attribute;
        };
        b.node("If", {cond}, {branch("Relu", "then_out"), branch("Neg", "else_out")}, "choose", {"y"});
        b.output("y", {2, 3});

        auto model = importOnnx(write("if.onnx", b.build()));
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message().c_str());
        const Node& ifNode = model->graph.node(*model->graph.findNode("choose"));
        auto thenBranch = ifNode.attributes.get<std::shared_ptr<Graph>>("then_branch");
        QVERIFY(thenBranch && *thenBranch);
        const Graph& body = **thenBranch;
        QCOMPARE(body.nodeCount(), std::size_t(1));
        const Value& outer = body.value(*body.findValue(doubled));
        QVERIFY(outer.fromOuterScope);
        QCOMPARE(outer.shape, Shape::of({2, 3})); // typed from the enclosing graph
        QCOMPARE(model->graph.nodeCount(), std::size_t(2)); // bodies do not count at top level
    }
};

QTEST_GUILESS_MAIN(TestOnnxImport)
#include "tst_onnx_import.moc"
