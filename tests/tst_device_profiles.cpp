// Device profiles: the shipped files load, supports() refuses with reasons a person can
// act on, and every malformed profile is an error at the right line and column.
#include "devices/device_profile.h"
#include "modelbuilder/model_builder.h"
#include "modelbuilder/sample_models.h"
#include "onnx/onnx_import.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fusebox;
using namespace fusebox::testmodels;

namespace {

QString text(const std::string& value) { return QString::fromStdString(value); }

// A graph holding one node "n" that reads `x` of the given type and shape.
Graph oneNodeGraph(const std::string& opType, Attributes attributes = {}, ElementType type = ElementType::Float32,
                   Shape shape = Shape::of({1, 3, 8, 8}), const std::string& domain = "") {
    Graph graph;
    const ValueId x = graph.addValue("x", type, shape);
    const ValueId y = graph.addValue("y", type);
    graph.addInput(x);
    graph.addNode({opType, domain, "n", {x}, {y}, std::move(attributes), domain.empty()});
    return graph;
}

Attributes attributes(std::vector<Attribute> items) {
    Attributes result;
    for (Attribute& item : items) result.set(std::move(item.name), std::move(item.value));
    return result;
}

Support verdict(const DeviceProfile& profile, const Graph& graph, const std::string& nodeName) {
    const std::optional<NodeId> node = graph.findNode(nodeName);
    if (!node) qFatal("no node '%s'", nodeName.c_str());
    return profile.supports(graph, graph.node(*node));
}

} // namespace

class TestDeviceProfiles : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::map<std::string, DeviceProfile> shipped_;

    const DeviceProfile& shipped(const std::string& name) { return shipped_.at(name); }

    Model import(const std::string& name, const onnx::ModelProto& proto) {
        auto model = importOnnx(test::writeModel(dir_.path(), name, proto));
        if (!model) qFatal("%s", model.error().message().c_str());
        return std::move(*model);
    }

    std::string writeFile(const QString& relativePath, const QByteArray& content) {
        QFile file(dir_.filePath(relativePath));
        if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(content);
        return file.fileName().toStdString();
    }

    DeviceProfile loadOrFail(const std::string& path) {
        auto profile = loadDeviceProfile(path);
        if (!profile) qFatal("%s", profile.error().message().c_str());
        return std::move(*profile);
    }

    // Resize 1x3x4x4 -> 1x3x8x8 by constant scales, with an optional mode attribute.
    Model resizeModel(const std::string& mode) {
        ModelBuilder b("resize");
        const std::string x = b.input("x", {1, 3, 4, 4});
        const std::string scales = b.constant("scales", {4}, {1, 1, 2, 2});
        std::vector<onnx::AttributeProto> attrs;
        if (!mode.empty()) attrs.push_back(attrString("mode", mode));
        b.node1("Resize", {x, "", scales}, attrs, "up", "y");
        b.output("y", {1, 3, 8, 8});
        return import("resize_" + (mode.empty() ? std::string("default") : mode) + ".onnx", b.build());
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        auto profiles = loadDeviceProfiles(test::profilesDir().toStdString());
        QVERIFY2(profiles.ok(), profiles ? "" : profiles.error().message().c_str());
        for (DeviceProfile& profile : *profiles) shipped_.emplace(profile.name, std::move(profile));
    }

    // Shipped profiles ----------------------------------------------------------------

    void shippedProfilesLoadSortedByName() {
        auto profiles = loadDeviceProfiles(test::profilesDir().toStdString());
        QVERIFY(profiles.ok());
        std::vector<std::string> names;
        for (const DeviceProfile& profile : *profiles) names.push_back(profile.name);
        QCOMPARE(names, (std::vector<std::string>{"host", "kirin_npu", "mediatek_apu", "onednn", "opencl", "rknpu",
                                                  "xnnpack"}));
    }

    void shippedProfilesHaveAdapterAndCost_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("adapter");
        QTest::newRow("host") << "host" << "host";
        QTest::newRow("onednn") << "onednn" << "onednn";
        QTest::newRow("xnnpack") << "xnnpack" << "xnnpack";
        QTest::newRow("opencl") << "opencl" << "opencl";
        QTest::newRow("rknpu") << "rknpu" << "";
        QTest::newRow("mediatek_apu") << "mediatek_apu" << "";
        QTest::newRow("kirin_npu") << "kirin_npu" << "";
    }

    void shippedProfilesHaveAdapterAndCost() {
        QFETCH(QString, name);
        QFETCH(QString, adapter);
        const DeviceProfile& profile = shipped(name.toStdString());
        QCOMPARE(text(profile.adapter), adapter);
        QVERIFY(!profile.description.empty());
        QVERIFY(text(profile.sourcePath).endsWith("/" + name + ".toml"));
        // The default precision has a throughput, so the partitioner can estimate time.
        QVERIFY(profile.cost.peakGflops.count(profile.precisions.front()) == 1);
        QVERIFY(profile.cost.peakGflops.at(profile.precisions.front()) > 0);
        QVERIFY(profile.cost.memoryGBps > 0);
        QCOMPARE(profile.acceptAll, name == "host");
        QCOMPARE(profile.ops.empty(), name == "host");
    }

    void shippedProfileValuesAreRead() {
        const DeviceProfile& xnnpack = shipped("xnnpack");
        QCOMPARE(xnnpack.precisions, std::vector<Precision>{Precision::FP32});
        QCOMPARE(xnnpack.layouts, std::vector<std::string>{"NHWC"});
        QCOMPARE(xnnpack.elementTypes, std::vector<ElementType>{ElementType::Float32});
        QCOMPARE(xnnpack.ops.at("Conv").ranks, std::vector<int64_t>{4});
        QCOMPARE(xnnpack.ops.at("Conv").constantInputs, (std::vector<int>{1, 2}));
        QCOMPARE(xnnpack.ops.at("Resize").attributeValues.at("mode"), std::vector<std::string>{"linear"});
        QCOMPARE(xnnpack.ops.at("Gemm").attributeValues.at("alpha"), std::vector<std::string>{"1"});
        QCOMPARE(xnnpack.ops.count("Concat"), std::size_t(0));
        QCOMPARE(xnnpack.ops.count("Transpose"), std::size_t(0));
        QCOMPARE(xnnpack.cost.peakGflops, (std::map<Precision, double>{{Precision::FP32, 100.0}}));
        QCOMPARE(xnnpack.cost.transferGBps, 0.0);

        const DeviceProfile& rknpu = shipped("rknpu");
        QCOMPARE(rknpu.precisions, (std::vector<Precision>{Precision::INT8, Precision::FP16}));
        QCOMPARE(rknpu.cost.peakGflops.at(Precision::INT8), 6000.0);
        QCOMPARE(shipped("kirin_npu").precisions, std::vector<Precision>{Precision::FP16});
        QCOMPARE(shipped("opencl").cost.transferGBps, 8.0);
        QCOMPARE(shipped("host").cost.peakGflops.at(Precision::FP32), 50.0);
    }

    // supports() -----------------------------------------------------------------------

    void hostAcceptsEveryNodeOfTheSampleModels() {
        std::size_t checked = 0;
        for (const NamedModel& sample : allSampleModels()) {
            const Model model = import(sample.fileName, sample.model);
            for (NodeId id : model.graph.nodeIds()) {
                const Support support = shipped("host").supports(model.graph, model.graph.node(id));
                QVERIFY2(support.accepted, support.reason.c_str());
                QCOMPARE(text(support.reason), QString());
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }

    void xnnpackRefusesOnlyConcatOfTheInceptionBlock() {
        const Model model = import("inception.onnx", inceptionBlock());
        const Graph& graph = model.graph;
        QStringList refusals;
        for (NodeId id : graph.nodeIds()) {
            const Support support = shipped("xnnpack").supports(graph, graph.node(id));
            if (!support.accepted) refusals << text(graph.node(id).name + " -> " + support.reason);
        }
        QCOMPARE(refusals, QStringList{"concat -> Concat: op not supported by xnnpack"});
        QVERIFY(verdict(shipped("onednn"), graph, "concat").accepted);
    }

    void attributeRefusalListsAllowedValues() {
        const Model cubic = resizeModel("cubic");
        QCOMPARE(text(verdict(shipped("xnnpack"), cubic.graph, "up").reason),
                 "Resize: mode=cubic not supported by xnnpack (allowed: linear)");
        QCOMPARE(text(verdict(shipped("onednn"), cubic.graph, "up").reason),
                 "Resize: mode=cubic not supported by onednn (allowed: nearest, linear)");

        // Without the attribute ONNX means "nearest", which xnnpack cannot do.
        const Model byDefault = resizeModel("");
        QCOMPARE(text(verdict(shipped("xnnpack"), byDefault.graph, "up").reason),
                 "Resize: mode=nearest (ONNX default) not supported by xnnpack (allowed: linear)");
        QVERIFY(verdict(shipped("onednn"), byDefault.graph, "up").accepted);

        const Model linear = resizeModel("linear");
        const Support accepted = verdict(shipped("xnnpack"), linear.graph, "up");
        QVERIFY2(accepted.accepted, accepted.reason.c_str());
    }

    void rankRefusal() {
        ModelBuilder b("batched");
        const std::string a = b.input("a", {2, 3, 4});
        b.node1("MatMul", {a, b.weight("w", {4, 5})}, {}, "mm", "y");
        b.output("y", {2, 3, 5});
        const Model model = import("batched.onnx", b.build());
        QCOMPARE(text(verdict(shipped("xnnpack"), model.graph, "mm").reason),
                 "MatMul: rank 3 not supported by xnnpack (allowed: 2)");
        QVERIFY(verdict(shipped("onednn"), model.graph, "mm").accepted);
    }

    void elementTypeRefusal() {
        ModelBuilder b("integers");
        const std::string a = b.input("a", {1, 4}, onnx::TensorProto::INT64);
        const std::string c = b.input("c", {1, 4}, onnx::TensorProto::INT64);
        b.node1("Add", {a, c}, {}, "add", "y");
        b.output("y", {1, 4}, onnx::TensorProto::INT64);
        const Model model = import("integers.onnx", b.build());
        QCOMPARE(text(verdict(shipped("xnnpack"), model.graph, "add").reason),
                 "Add: element type int64 not supported by xnnpack (allowed: float32)");
        QCOMPARE(text(verdict(shipped("rknpu"), model.graph, "add").reason),
                 "Add: element type int64 not supported by rknpu (allowed: float32, float16, int8, uint8)");
    }

    void constantInputRefusal() {
        const auto convModel = [&](bool weightsAreInitializer) {
            ModelBuilder b("conv");
            const std::string x = b.input("x", {1, 3, 8, 8});
            const std::string w = weightsAreInitializer ? b.weight("weights", {4, 3, 3, 3}) : b.input("weights", {4, 3, 3, 3});
            b.node1("Conv", {x, w}, {attrInts("kernel_shape", {3, 3}), attrInts("pads", {1, 1, 1, 1})}, "conv", "y");
            b.output("y", {1, 4, 8, 8});
            return import(weightsAreInitializer ? "conv_const.onnx" : "conv_input.onnx", b.build());
        };
        const Model fedAtRuntime = convModel(false);
        QCOMPARE(text(verdict(shipped("rknpu"), fedAtRuntime.graph, "conv").reason),
                 "Conv: input 1 (weights) must be constant for rknpu");
        QCOMPARE(text(verdict(shipped("onednn"), fedAtRuntime.graph, "conv").reason),
                 "Conv: input 1 (weights) must be constant for onednn");

        const Model constant = convModel(true);
        const Support accepted = verdict(shipped("rknpu"), constant.graph, "conv");
        QVERIFY2(accepted.accepted, accepted.reason.c_str());
    }

    void customDomainRefusal() {
        const Graph graph = oneNodeGraph("MyOp", {}, ElementType::Float32, Shape::of({1, 4}), "com.example");
        QCOMPARE(text(verdict(shipped("xnnpack"), graph, "n").reason),
                 "MyOp: custom domain 'com.example' not supported by xnnpack");
        QVERIFY(verdict(shipped("host"), graph, "n").accepted);
    }

    void unknownTypeAndRankAreNotHeldAgainstANode() {
        const Graph graph = oneNodeGraph("Relu", {}, ElementType::Undefined, Shape());
        QVERIFY(verdict(shipped("kirin_npu"), graph, "n").accepted); // Relu there: float types, ranks 1-4
    }

    // Attribute rules, on a profile written for the test so the rules stay fixed.
    void attributeValuesAreComparedAsText() {
        const DeviceProfile rules = loadOrFail(writeFile("rules.toml", R"(
[ops.Conv]
attributes = { dilations = [1], auto_pad = ["NOTSET", "VALID"] }
[ops.LeakyRelu]
attributes = { alpha = [0.1] }
[ops.Gather]
element_types = ["float32", "int64"]
[ops.Add]
)"));
        const auto reason = [&](const std::string& op, Attributes attrs, ElementType type = ElementType::Float32) {
            const Graph graph = oneNodeGraph(op, std::move(attrs), type);
            return text(verdict(rules, graph, "n").reason);
        };
        QCOMPARE(reason("Conv", attributes({{"dilations", std::vector<int64_t>{1, 2}}})),
                 "Conv: dilations=[1, 2] not supported by rules (allowed: 1)");
        QCOMPARE(reason("Conv", attributes({{"dilations", std::vector<int64_t>{1, 1}}})), QString());
        QCOMPARE(reason("Conv", attributes({{"auto_pad", std::string("SAME_UPPER")}})),
                 "Conv: auto_pad=SAME_UPPER not supported by rules (allowed: NOTSET, VALID)");
        QCOMPARE(reason("Conv", {}), QString()); // auto_pad defaults to NOTSET; dilations has no default
        QCOMPARE(reason("LeakyRelu", attributes({{"alpha", 0.1f}})), QString());
        QCOMPARE(reason("LeakyRelu", attributes({{"alpha", 0.2f}})),
                 "LeakyRelu: alpha=0.2 not supported by rules (allowed: 0.1)");
        QCOMPARE(reason("LeakyRelu", {}), "LeakyRelu: alpha=0.01 (ONNX default) not supported by rules (allowed: 0.1)");
        // An op's own element types replace the profile default (float32).
        QCOMPARE(reason("Gather", {}, ElementType::Int64), QString());
        QCOMPARE(reason("Gather", {}, ElementType::Int32),
                 "Gather: element type int32 not supported by rules (allowed: float32, int64)");
        QCOMPARE(reason("Add", {}, ElementType::Int32), "Add: element type int32 not supported by rules (allowed: float32)");
        QCOMPARE(reason("Relu", {}), "Relu: op not supported by rules");
    }

    void missingKeysGetDefaults() {
        const DeviceProfile minimal = loadOrFail(writeFile("minimal.toml", "[ops.Relu]\n"));
        QCOMPARE(text(minimal.name), "minimal");
        QCOMPARE(text(minimal.adapter), QString());
        QCOMPARE(minimal.acceptAll, false);
        QCOMPARE(minimal.precisions, std::vector<Precision>{Precision::FP32});
        QCOMPARE(minimal.layouts, std::vector<std::string>{"NCHW"});
        QCOMPARE(minimal.elementTypes, std::vector<ElementType>{ElementType::Float32});
        QCOMPARE(minimal.cost.peakGflops.size(), std::size_t(0));
        QCOMPARE(minimal.cost.launchUs, 0.0);
        QCOMPARE(minimal.ops.size(), std::size_t(1));
        QCOMPARE(minimal.ops.at("Relu").ranks.size(), std::size_t(0));
    }

    // Errors ---------------------------------------------------------------------------

    void malformedProfilesNameLineAndColumn_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message"); // empty: the TOML library's own wording

        QTest::newRow("unknown key") << QByteArray("adapter = \"x\"\ndevce = \"y\"\n") << 2 << 1
                                     << "unknown key 'devce'; expected one of: adapter, description, accept_all, "
                                        "precisions, layouts, element_types, cost, ops";
        QTest::newRow("unknown key, suggestion") << QByteArray("adapter = \"x\"\ndescripton = \"y\"\n") << 2 << 1
                                                 << "unknown key 'descripton'; did you mean 'description'?";
        QTest::newRow("unknown cost key") << QByteArray("[cost]\nbandwidth = 1.0\n") << 2 << 1
                                          << "unknown key 'bandwidth' in [cost]; expected one of: peak_gflops, "
                                             "memory_gbps, launch_us, transfer_gbps";
        QTest::newRow("unknown cost key, suggestion")
            << QByteArray("[cost]\nmemory_gbs = 1.0\n") << 2 << 1
            << "unknown key 'memory_gbs' in [cost]; did you mean 'memory_gbps'?";
        QTest::newRow("unknown op key") << QByteArray("[ops.Conv]\nweights = [1]\n") << 2 << 1
                                        << "unknown key 'weights' in [ops.Conv]; expected one of: ranks, "
                                           "element_types, attributes, constant_inputs";
        QTest::newRow("unknown op key, suggestion") << QByteArray("[ops.Conv]\nrank = [4]\n") << 2 << 1
                                                    << "unknown key 'rank' in [ops.Conv]; did you mean 'ranks'?";
        QTest::newRow("unknown op") << QByteArray("[ops.Relu]\n[ops.Frobnicate]\nranks = [4]\n") << 2 << 6
                                    << "ops.Frobnicate: ONNX defines no op 'Frobnicate' in the default domain; "
                                       "expected an ONNX op type such as Conv (names are case-sensitive)";
        QTest::newRow("unknown op, suggestion") << QByteArray("[ops.Relu]\n[ops.Convv]\nranks = [4]\n") << 2 << 6
                                                << "ops.Convv: ONNX defines no op 'Convv' in the default domain; "
                                                   "did you mean 'Conv'?";
        QTest::newRow("op in the wrong case") << QByteArray("[ops.relu]\n") << 1 << 6
                                              << "ops.relu: ONNX defines no op 'relu' in the default domain; "
                                                 "did you mean 'Relu'?";
        QTest::newRow("ranks not an array") << QByteArray("[ops.Conv]\nranks = \"4\"\n") << 2 << 9
                                            << "ops.Conv.ranks: got a string; expected an array of integers";
        QTest::newRow("rank not an integer") << QByteArray("[ops.Conv]\nranks = [4, 4.5]\n") << 2 << 13
                                             << "ops.Conv.ranks[1]: got a float; expected an integer";
        QTest::newRow("unknown precision") << QByteArray("precisions = [\"fp32\", \"fp64\"]\n") << 1 << 23
                                           << "precisions[1]: unknown precision 'fp64'; expected one of: fp32, bf16, "
                                              "fp16, int8";
        QTest::newRow("no precision") << QByteArray("precisions = []\n") << 1 << 14
                                      << "precisions: empty list; expected at least one entry (the first is the default)";
        QTest::newRow("unknown layout") << QByteArray("layouts = [\"NCWH\"]\n") << 1 << 12
                                        << "layouts[0]: unknown layout 'NCWH'; expected one of: NCHW, NHWC";
        QTest::newRow("unknown element type")
            << QByteArray("[ops.Add]\nelement_types = [\"float\"]\n") << 2 << 18
            << "ops.Add.element_types[0]: unknown element type 'float'; expected one of: float32, uint8, int8, uint16, "
               "int16, int32, int64, string, bool, float16, float64, uint32, uint64, complex64, complex128, bfloat16";
        QTest::newRow("unknown attribute")
            << QByteArray("[ops.Resize]\nattributes = { mdoe = [\"linear\"] }\n") << 2 << 16
            << "ops.Resize.attributes.mdoe: Resize has no attribute 'mdoe'; expected one of: "
               "coordinate_transformation_mode, cubic_coeff_a, exclude_outside, extrapolation_value, mode, nearest_mode";
        QTest::newRow("attribute value type") << QByteArray("[ops.Conv]\nattributes = { group = [\"1\"] }\n") << 2 << 25
                                              << "ops.Conv.attributes.group[0]: got a string; expected an integer";
        QTest::newRow("no allowed values") << QByteArray("[ops.Conv]\nattributes = { group = [] }\n") << 2 << 24
                                           << "ops.Conv.attributes.group: empty list; expected at least one allowed value";
        QTest::newRow("input out of range") << QByteArray("[ops.Relu]\nconstant_inputs = [1]\n") << 2 << 20
                                            << "ops.Relu.constant_inputs[0]: 1 is out of range; expected an integer "
                                               "from 0 to 0";
        QTest::newRow("peak of an unlisted precision")
            << QByteArray("precisions = [\"fp32\"]\n[cost]\npeak_gflops = { int8 = 5.0 }\n") << 3 << 17
            << "cost.peak_gflops.int8: int8 is not in precisions; expected one of: fp32";
        QTest::newRow("negative bandwidth") << QByteArray("[cost]\nmemory_gbps = -1.0\n") << 2 << 15
                                            << "cost.memory_gbps: negative or not finite; expected a number >= 0";
        QTest::newRow("accept_all with ops") << QByteArray("accept_all = true\nops = { Relu = {} }\n") << 2 << 7
                                             << "ops: has no effect with accept_all = true; expected either accept_all "
                                                "or a list of accepted ops";
        QTest::newRow("accept_all not a boolean") << QByteArray("accept_all = \"yes\"\n") << 1 << 14
                                                  << "accept_all: got a string; expected true or false";
        QTest::newRow("op not a table") << QByteArray("ops = { Relu = 1 }\n") << 1 << 16
                                        << "ops.Relu: got an integer; expected a table ([ops.Relu])";
        QTest::newRow("TOML syntax error") << QByteArray("adapter = \"x\"\nlayouts = [\"NCHW\" \"NHWC\"]\n") << 2 << 19 << "";
        QTest::newRow("duplicate key") << QByteArray("adapter = \"x\"\nadapter = \"y\"\n") << 2 << 11 << "";
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe\x01", 4) << 1 << 1 << "";
    }

    void malformedProfilesNameLineAndColumn() {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const std::string path = writeFile("bad.toml", content);
        auto profile = loadDeviceProfile(path);
        QVERIFY(!profile.ok());
        test::comparePlace(profile.error(), path, line, column);
        const QString description = text(profile.error().description());
        QCOMPARE(profile.error().kind(), ErrorKind::InvalidInput);
        if (message.isEmpty()) {
            QVERIFY2(description.startsWith("TOML syntax error: "), qPrintable(description));
            QVERIFY2(description.size() > 20, qPrintable(description));
        } else {
            QCOMPARE(description, message);
        }
    }

    void missingOrEmptyFoldersAreErrors() {
        const std::string missing = dir_.filePath("no-such-folder").toStdString();
        auto none = loadDeviceProfiles(missing);
        QVERIFY(!none.ok());
        QCOMPARE(text(none.error().message()),
                 text(missing) + ": no such profiles folder; expected a folder of *.toml device profiles");

        QVERIFY(QDir(dir_.path()).mkdir("empty"));
        writeFile("empty/README.txt", "not a profile");
        const std::string empty = dir_.filePath("empty").toStdString();
        auto nothing = loadDeviceProfiles(empty);
        QVERIFY(!nothing.ok());
        QCOMPARE(text(nothing.error().message()), text(empty) + ": no device profiles; expected *.toml files in this folder");
    }

    void missingFileAndFolderAsFile() {
        const std::string missing = dir_.filePath("nope.toml").toStdString();
        auto none = loadDeviceProfile(missing);
        QVERIFY(!none.ok());
        QCOMPARE(text(none.error().message()), text(missing) + ": no such profile file");
        QVERIFY(none.error().location());
        QCOMPARE(none.error().location()->file, missing);

        QVERIFY(QDir(dir_.path()).mkdir("folder.toml"));
        const std::string folder = dir_.filePath("folder.toml").toStdString();
        auto notAFile = loadDeviceProfile(folder);
        QVERIFY(!notAFile.ok());
        QCOMPARE(text(notAFile.error().message()), text(folder) + ": is a folder; expected a profile file (*.toml)");
    }

    void oneBadProfileFailsTheFolder() {
        QVERIFY(QDir(dir_.path()).mkdir("mixed"));
        writeFile("mixed/good.toml", "[ops.Relu]\n");
        const std::string bad = writeFile("mixed/bad.toml", "[ops.Rellu]\n");
        auto profiles = loadDeviceProfiles(dir_.filePath("mixed").toStdString());
        QVERIFY(!profiles.ok());
        QVERIFY2(profiles.error().message().starts_with(bad + ":1:6: ops.Rellu: ONNX defines no op 'Rellu'"),
                 profiles.error().message().c_str());
        test::comparePlace(profiles.error(), bad, 1, 6);
    }

    void profilesFolderIsSortedAndSkipsOtherFiles() {
        QVERIFY(QDir(dir_.path()).mkdir("sorted"));
        for (const char* name : {"zeta.toml", "alpha.toml", "mid.toml"}) writeFile(QString("sorted/") + name, "[ops.Relu]\n");
        writeFile("sorted/notes.txt", "ignored");
        auto profiles = loadDeviceProfiles(dir_.filePath("sorted").toStdString());
        QVERIFY(profiles.ok());
        std::vector<std::string> names;
        for (const DeviceProfile& profile : *profiles) names.push_back(profile.name);
        QCOMPARE(names, (std::vector<std::string>{"alpha", "mid", "zeta"}));
    }

    void defaultProfilesDirectoryPrefersTheEnvironment() {
        const QByteArray saved = qgetenv("FUSEBOX_PROFILES");
        qputenv("FUSEBOX_PROFILES", "/opt/elsewhere/profiles");
        QCOMPARE(text(defaultProfilesDirectory()), "/opt/elsewhere/profiles");
        qunsetenv("FUSEBOX_PROFILES");
        QCOMPARE(text(defaultProfilesDirectory()), test::profilesDir()); // the source tree's folder exists
        if (!saved.isEmpty()) qputenv("FUSEBOX_PROFILES", saved);
    }

    void precisionNamesRoundTrip() {
        const std::vector<std::pair<Precision, std::string>> names{
            {Precision::FP32, "fp32"}, {Precision::BF16, "bf16"}, {Precision::FP16, "fp16"}, {Precision::INT8, "int8"}};
        for (const auto& [precision, name] : names) {
            QCOMPARE(text(std::string(precisionName(precision))), text(name));
            QCOMPARE(precisionFromName(name), std::optional<Precision>(precision));
        }
        QCOMPARE(precisionFromName("FP32"), std::optional<Precision>());
        QCOMPARE(precisionFromName("fp64"), std::optional<Precision>());
    }
};

QTEST_GUILESS_MAIN(TestDeviceProfiles)
#include "tst_device_profiles.moc"
