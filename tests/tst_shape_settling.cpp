// Shape settling: golden graphs (tests/golden/shapes/*.txt: an input graph as text, the
// settled graph expected as text), the reasons recorded for values that stay unshaped,
// and the real models, which must come out with every value shaped.
#include "modelbuilder/model_builder.h"
#include "onnx/input_shapes.h"
#include "onnx/onnx_import.h"
#include "runtime/adapter.h"
#include "support/test_support.h"
#include "transforms/shape_settling.h"
#include "workflow/model_session.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace fusebox;
using namespace fusebox::testmodels;

namespace {

// Golden graph text -----------------------------------------------------------------------
//
//   input x: float32 [1, 3, N]          a graph input (ints or symbols as dims)
//   const k: int64 [2] = 1, -1          an initializer (float32 or int64)
//   y = Reshape(x, k) allowzero=0       a node named after its first output; attributes
//                                       are ints, floats, [i,j] lists, 'strings' and
//                                       one-element tensors as type:value
//   output y: float32 [a, b]            a graph output (declare symbols, not the answer)

int32_t onnxType(const QString& name) {
    const auto type = elementTypeFromName(name.toStdString());
    if (!type) qFatal("unknown element type %s", qPrintable(name));
    return static_cast<int32_t>(*type);
}

std::vector<ModelBuilder::Dim> parseDims(const QString& text) {
    std::vector<ModelBuilder::Dim> dims;
    for (const QString& part : text.split(',', Qt::SkipEmptyParts)) {
        bool isInt = false;
        const int64_t size = part.trimmed().toLongLong(&isInt);
        if (isInt) dims.emplace_back(size);
        else dims.emplace_back(part.trimmed().toStdString());
    }
    return dims;
}

std::vector<int64_t> staticDims(const QString& text) {
    std::vector<int64_t> dims;
    for (const ModelBuilder::Dim& dim : parseDims(text)) dims.push_back(std::get<int64_t>(dim));
    return dims;
}

onnx::AttributeProto parseAttribute(const QString& name, const QString& text) {
    if (text.startsWith('[')) {
        std::vector<int64_t> values;
        for (const QString& v : text.mid(1, text.size() - 2).split(',', Qt::SkipEmptyParts)) values.push_back(v.toLongLong());
        return attrInts(name.toStdString(), values);
    }
    if (text.startsWith('\'')) return attrString(name.toStdString(), text.mid(1, text.size() - 2).toStdString());
    if (text.contains(':')) { // a one-element tensor, as ConstantOfShape's value
        const QStringList parts = text.split(':');
        onnx::AttributeProto attribute;
        attribute.set_name(name.toStdString());
        attribute.set_type(onnx::AttributeProto::TENSOR);
        onnx::TensorProto& tensor = *attribute.mutable_t();
        tensor.set_data_type(onnxType(parts[0]));
        tensor.add_dims(1);
        if (parts[0] == "float32") tensor.add_float_data(parts[1].toFloat());
        else tensor.add_int64_data(parts[1].toLongLong());
        return attribute;
    }
    bool isInt = false;
    const int64_t integer = text.toLongLong(&isInt);
    if (isInt) return attrInt(name.toStdString(), integer);
    return attrFloat(name.toStdString(), text.toFloat());
}

void addGraphLine(ModelBuilder& builder, const QString& line) {
    static const QRegularExpression value(R"(^(input|output|const)\s+(\S+):\s*(\w+)\s*\[(.*?)\](?:\s*=\s*(.*))?$)");
    static const QRegularExpression node(R"(^(.+?)\s*=\s*(\w+)\((.*?)\)\s*(.*)$)");
    if (const auto m = value.match(line); m.hasMatch()) {
        const std::string name = m.captured(2).toStdString();
        const QString type = m.captured(3);
        if (m.captured(1) == "input") builder.input(name, parseDims(m.captured(4)), onnxType(type));
        else if (m.captured(1) == "output") builder.output(name, parseDims(m.captured(4)), onnxType(type));
        else {
            std::vector<int64_t> integers;
            std::vector<float> floats;
            for (const QString& v : m.captured(5).split(',', Qt::SkipEmptyParts)) {
                integers.push_back(v.trimmed().toLongLong());
                floats.push_back(v.trimmed().toFloat());
            }
            if (type == "int64") builder.constantInt64(name, staticDims(m.captured(4)), integers);
            else builder.constant(name, staticDims(m.captured(4)), floats);
        }
        return;
    }
    const auto m = node.match(line);
    if (!m.hasMatch()) qFatal("bad graph line: %s", qPrintable(line));
    std::vector<std::string> outputs, inputs;
    for (const QString& out : m.captured(1).split(',')) outputs.push_back(out.trimmed().toStdString());
    for (const QString& in : m.captured(3).split(',', Qt::SkipEmptyParts)) inputs.push_back(in.trimmed().toStdString());
    std::vector<onnx::AttributeProto> attributes;
    for (const QString& item : m.captured(4).split(' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf('=');
        attributes.push_back(parseAttribute(item.left(eq), item.mid(eq + 1)));
    }
    builder.node(m.captured(2).toStdString(), inputs, attributes, outputs.front(), outputs);
}

struct GoldenShapes {
    onnx::ModelProto model;
    std::string expected;
};

GoldenShapes readGolden(const QString& path) {
    ModelBuilder builder(QFileInfo(path).baseName().toStdString());
    GoldenShapes golden;
    test::readGoldenSections(path, [&](const QString& section, const QString& line) {
        if (section == "graph:") addGraphLine(builder, line);
        else if (section == "settled:") golden.expected += line.toStdString() + "\n";
    });
    golden.model = builder.build();
    return golden;
}

// Settled graph text: what folding made constant, then the nodes left with their output
// types and shapes, and why a shape stays open.

std::string shapeText(const Shape& shape) {
    if (!shape.rankKnown()) return "?";
    std::string text = "[";
    for (std::size_t i = 0; i < shape.rank(); ++i) text += (i ? ", " : "") + shape[i].toString();
    return text + "]";
}

std::string valuesText(const TensorData& data) {
    std::string text;
    const std::size_t count = static_cast<std::size_t>(data.elementCount());
    auto append = [&](const auto& values) {
        for (std::size_t i = 0; i < values.size() && i < 16; ++i) text += (i ? ", " : "") + QString::number(values[i]).toStdString();
    };
    if (data.type() == ElementType::Int64) append(data.values<int64_t>());
    else if (data.type() == ElementType::Int32) append(data.values<int32_t>());
    else if (data.type() == ElementType::Float32) append(data.values<float>());
    return count > 16 ? text + ", ..." : text;
}

std::string constantText(const Value& value) {
    return "const " + value.name + ": " + std::string(elementTypeName(value.type)) + " " + shapeText(value.shape) +
           " = " + valuesText(*value.constant);
}

std::string settledText(const Graph& graph, const SettledShapes& settled, const std::set<std::string>& initializers) {
    std::string text = "folded:";
    for (const std::string& name : settled.foldedNodes) text += " " + name;
    text += "\n";
    std::set<ValueId> shown;
    auto showConstant = [&](ValueId id) {
        const Value& value = graph.value(id);
        if (!value.constant || initializers.contains(value.name) || !shown.insert(id).second) return;
        text += constantText(value) + "\n";
    };
    auto order = graph.topologicalOrder();
    for (NodeId id : *order) {
        for (ValueId input : graph.node(id).inputs) {
            if (input != kNoValue) showConstant(input);
        }
    }
    for (ValueId id : graph.outputs()) showConstant(id);
    for (NodeId id : *order) {
        const Node& node = graph.node(id);
        std::string outputs, inputs, results;
        for (ValueId out : node.outputs) outputs += (outputs.empty() ? "" : ", ") + graph.value(out).name;
        for (ValueId in : node.inputs) inputs += (inputs.empty() ? "" : ", ") + (in == kNoValue ? std::string() : graph.value(in).name);
        for (ValueId out : node.outputs) {
            const Value& value = graph.value(out);
            results += (results.empty() ? "" : ", ") + std::string(elementTypeName(value.type)) + " " + shapeText(value.shape);
        }
        text += outputs + " = " + node.opType + "(" + inputs + ") -> " + results + "\n";
        for (ValueId out : node.outputs) {
            const Value& value = graph.value(out);
            if (!value.unshapedReason.empty()) text += "why " + value.name + ": " + value.unshapedReason + "\n";
        }
    }
    return text;
}

std::string describe(const std::vector<UnshapedValue>& values) {
    std::string text = std::to_string(values.size()) + " values without a static shape:";
    for (std::size_t i = 0; i < values.size() && i < 5; ++i) text += "\n  " + values[i].value + ": " + values[i].reason;
    return text;
}

std::vector<int64_t> dimsOf(const QString& text) {
    std::vector<int64_t> dims;
    for (const QString& d : text.split(',')) dims.push_back(d.toLongLong());
    return dims;
}

} // namespace

class TestShapeSettling : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    Model import(const std::string& name, const onnx::ModelProto& proto) { return test::writeAndImport(dir_.path(), name, proto); }

private slots:
    void goldenGraphs_data() { QVERIFY(test::addGoldenRows(QStringLiteral(FUSEBOX_GOLDEN_DIR) + "/shapes") >= 6); }

    void goldenGraphs() {
        QFETCH(QString, path);
        const GoldenShapes golden = readGolden(path);
        std::set<std::string> initializers;
        for (const onnx::TensorProto& init : golden.model.graph().initializer()) initializers.insert(init.name());
        Model model = import(QFileInfo(path).baseName().toStdString() + ".onnx", golden.model);
        qInfo("%zu values unshaped after import", test::unshapedValues(model.graph).size());
        auto settled = settleShapes(model);
        QVERIFY2(settled.ok(), settled.ok() ? "" : settled.error().message().c_str());
        const std::string actual = settledText(model.graph, *settled, initializers);
        if (actual != golden.expected) qInfo("settled graph:\n%s", actual.c_str());
        QCOMPARE(QString::fromStdString(actual), QString::fromStdString(golden.expected));
    }

    // Every value after the one whose shape depends on data carries the same reason, and
    // the settling result lists them all.
    void reasonsFollowTheData() {
        ModelBuilder b("reasons");
        const std::string x = b.input("x", {2, 3});
        const std::string nz = b.node1("NonZero", {x}, {}, "nz");
        const std::string t = b.node1("Transpose", {nz}, {}, "t");
        b.node1("Cast", {t}, {attrInt("to", 1)}, "as_float", "y");
        b.output("y", {"n", 2});
        b.node1("Relu", {x}, {}, "shaped", "z");
        b.output("z", {2, 3});
        Model model = import("reasons.onnx", b.build());
        auto settled = settleShapes(model);
        QVERIFY(settled.ok());
        const std::string reason = "the shape depends on data: the values of 'x' (input 0 of NonZero 'nz') decide it at run time";
        QCOMPARE(settled->unshaped.size(), std::size_t(3));
        for (const UnshapedValue& value : settled->unshaped) QCOMPARE(value.reason, reason);
        QCOMPARE(settled->unshaped.back().value, std::string("y"));
        const Graph& graph = model.graph;
        QCOMPARE(graph.value(*graph.findValue("y")).unshapedReason, reason);
        QVERIFY(graph.value(*graph.findValue("z")).unshapedReason.empty());
        QCOMPARE(describeMissingShape(graph.value(*graph.findValue("y"))), "'y' is nx2: " + reason);
    }

    void openInputDimsAreTheReason() {
        ModelBuilder b("open");
        const std::string x = b.input("x", {"batch", 4});
        b.node1("Relu", {x}, {}, "relu", "y");
        b.output("y", {"batch", 4});
        Model model = import("open.onnx", b.build());
        auto settled = settleShapes(model);
        QVERIFY(settled.ok());
        QCOMPARE(settled->unshaped.size(), std::size_t(1));
        QCOMPARE(settled->unshaped[0].reason, std::string("graph input 'x' is batchx4 (fix its dims with --shape)"));
    }

    // The XNNPACK refusal says why the shape is missing instead of a generic hint.
    void deviceRefusalNamesTheReason() {
        const Adapter* xnnpack = AdapterRegistry::find("xnnpack");
        if (!xnnpack || !xnnpack->probe().available) QSKIP("XNNPACK adapter not built in");
        ModelBuilder b("refusal");
        const std::string x = b.input("x", {4});
        const std::string nz = b.node1("NonZero", {x}, {}, "nz");
        const std::string f = b.node1("Cast", {nz}, {attrInt("to", 1)}, "f", "f");
        b.node1("Relu", {f}, {}, "relu", "y");
        b.output("y", {1, "n"});
        Model model = import("refusal.onnx", b.build());
        QVERIFY(settleShapes(model).ok());
        const Support support = xnnpack->supports(model.graph, model.graph.node(*model.graph.findNode("relu")));
        QVERIFY(!support.accepted);
        QCOMPARE(QString::fromStdString(support.reason),
                 QString("Relu: XNNPACK needs static shapes of rank 6 at most; 'f' is 1x?: the shape depends on data: "
                         "the values of 'x' (input 0 of NonZero 'nz') decide it at run time"));
    }

    // Settling stops by itself: a model with nothing to fold takes one round.
    void nothingToFoldTakesOneRound() {
        ModelBuilder b("plain");
        const std::string x = b.input("x", {1, 4});
        b.node1("Relu", {x}, {}, "relu", "y");
        b.output("y", {1, 4});
        Model model = import("plain.onnx", b.build());
        auto settled = settleShapes(model);
        QVERIFY(settled.ok());
        QCOMPARE(settled->rounds, 1);
        QVERIFY(settled->foldedNodes.empty());
        QVERIFY(settled->unshaped.empty());
    }

    // After folding, a shape operand can be a zero-element constant (LayerNormalization's
    // expansion over every axis has an empty prefix). ONNX's data propagation throws on
    // the Concat that reads it even when node errors are to be skipped; best effort must
    // still infer the rest of the graph.
    void bestEffortInferenceSurvivesAnEmptyShapeOperand() {
        ModelBuilder b("empty_prefix");
        const std::string x = b.input("x", {3, 4});
        const std::string prefix = b.constantInt64("prefix", {0}, {});
        const std::string ones = b.constantInt64("ones", {2}, {1, 1});
        b.node1("Concat", {prefix, ones}, {attrInt("axis", 0)}, "reduced", "reduced");
        b.node1("ReduceMean", {x}, {attrInt("keepdims", 0)}, "m", "m");
        b.node1("Reshape", {"m", "reduced"}, {}, "y", "y");
        b.output("y", {"a", "b"});
        onnx::ModelProto proto = b.build();
        const Status status = onnx_import::inferShapes(proto, onnx_import::Inference::BestEffort);
        QVERIFY2(status.ok(), status.ok() ? "" : status.error().message().c_str());
        const onnx::TensorShapeProto& y = proto.graph().output(0).type().tensor_type().shape();
        QCOMPARE(y.dim_size(), 2); // its dims come in the next round, once the Concat has folded
        QCOMPARE(proto.graph().value_info_size(), 2); // reduced and m
    }

    // Real models ---------------------------------------------------------------------------

    void realModelsSettleFully_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("unshapedAtImport"); // node outputs ONNX inference alone leaves open; -1: not checked
        QTest::addColumn<int>("unusedMasks");      // Dropout masks nothing reads (see below)
        const QString ocr = test::paddleOcrDir() + "/";
        QTest::newRow("det 640") << ocr + "ch_PP-OCRv4_det_infer.onnx" << "1,3,640,640" << 0 << 0;
        QTest::newRow("rec 48x320") << ocr + "ch_PP-OCRv4_rec_infer.onnx" << "1,3,48,320" << 140 << 0;
        QTest::newRow("cls 48x192") << ocr + "ch_ppocr_mobile_v2.0_cls_infer.onnx" << "1,3,48,192" << 4 << 0;
        const QString shared = test::sharedModelsDir() + "/";
        QTest::newRow("alexnet") << shared + "light_bvlc_alexnet.onnx" << "" << 2 << 2;
        QTest::newRow("zfnet512") << shared + "light_zfnet512.onnx" << "" << 0 << 0;
        QTest::newRow("vgg19") << shared + "light_vgg19.onnx" << "" << 2 << 2;
        QTest::newRow("squeezenet") << shared + "light_squeezenet.onnx" << "" << 1 << 1;
        QTest::newRow("inception_v1") << shared + "light_inception_v1.onnx" << "" << 1 << 1;
        QTest::newRow("resnet50") << shared + "light_resnet50.onnx" << "" << 0 << 0;
    }

    // Every value a node reads, and every graph output, ends with a static shape. The one
    // exception is the mask output of an opset-9 Dropout that nothing reads: the ONNX
    // schema of that version gives it no shape, and it says so.
    void realModelsSettleFully() {
        QFETCH(QString, path);
        QFETCH(QString, shape);
        QFETCH(int, unshapedAtImport);
        QFETCH(int, unusedMasks);
        if (!QFileInfo::exists(path)) QSKIP(qPrintable("model not present at " + path + " (run scripts/fetch-models.sh)"));
        ImportOptions options;
        if (!shape.isEmpty()) options.inputShapes["x"] = dimsOf(shape);
        auto model = importOnnx(path.toStdString(), options);
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message().c_str());
        const std::size_t before = test::unshapedValues(model->graph).size();
        QCOMPARE(before, std::size_t(unshapedAtImport));

        auto settled = settleShapes(*model);
        QVERIFY2(settled.ok(), settled.ok() ? "" : settled.error().message().c_str());
        qInfo("%zu unshaped after import, %zu after settling; %zu nodes folded in %d rounds", before,
              settled->unshaped.size(), settled->foldedNodes.size(), settled->rounds);
        const Graph& graph = model->graph;
        const std::set<ValueId> outputs(graph.outputs().begin(), graph.outputs().end());
        std::vector<UnshapedValue> used;
        int masks = 0;
        for (const UnshapedValue& value : settled->unshaped) {
            const ValueId id = *graph.findValue(value.value);
            const Node& producer = graph.node(graph.value(id).producer);
            const bool unusedMask = producer.opType == "Dropout" && producer.outputs.at(1) == id &&
                                    graph.value(id).consumers.empty() && !outputs.contains(id);
            if (!unusedMask) {
                used.push_back(value);
                continue;
            }
            ++masks;
            QCOMPARE(value.reason, "ONNX shape inference gives output 1 of Dropout '" + producer.name + "' no shape");
        }
        QVERIFY2(used.empty(), describe(used).c_str());
        QCOMPARE(masks, unusedMasks);
        QCOMPARE(test::unshapedValues(graph).size(), std::size_t(unusedMasks));
        QVERIFY(settled->rounds <= kMaxSettlingRounds);
    }

    // With every value shaped, XNNPACK (profile and adapter checks) keeps rec's
    // convolutions: what stays on host is refused for its op or attributes (57 nodes: ReduceMean, Transpose,
    // Slice, Pow, Concat, MatMul of rank 3-4, Softmax, rank-4 Reshape/Squeeze), never for
    // a missing shape.
    void recOnXnnpackLeavesNoConvOnHost() {
        const QString path = test::paddleOcrDir() + "/ch_PP-OCRv4_rec_infer.onnx";
        if (!QFileInfo::exists(path)) QSKIP("PaddleOCR models not fetched (scripts/fetch-models.sh)");
        const Adapter* xnnpack = AdapterRegistry::find("xnnpack");
        if (!xnnpack || !xnnpack->probe().available) QSKIP("the xnnpack adapter is not in this build");
        PartitionConfig config;
        config.targets = {"xnnpack"};
        auto session = partitionModel({path.toStdString(), config, {{"x", {1, 3, 48, 320}}}, test::profilesDir().toStdString()});
        QVERIFY2(session.ok(), session.ok() ? "" : session.error().message().c_str());
        const Graph& graph = session->model().graph;
        int hostConvs = 0;
        for (NodeId id : session->plan.hostNodes) {
            hostConvs += graph.node(id).opType == "Conv";
            const std::string& why = session->plan.decisions.at(id).refusals.at("xnnpack");
            QVERIFY2(why.find("static shape") == std::string::npos, why.c_str());
        }
        QCOMPARE(hostConvs, 0);
        QCOMPARE(session->plan.hostNodes.size(), std::size_t(57));
    }
};

QTEST_GUILESS_MAIN(TestShapeSettling)
#include "tst_shape_settling.moc"
