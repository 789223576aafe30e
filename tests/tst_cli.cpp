// End-to-end tests of the fusebox CLI: help, version, flag errors, and `inspect --json`
// checked against the model files read with plain protobuf.
#include "modelbuilder/sample_models.h"
#include "support/cli_run.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace fusebox;

namespace {

using test::CliRun;
using test::runCli;

QString elementTypeOf(int onnxType) {
    switch (onnxType) {
    case onnx::TensorProto::FLOAT: return "float32";
    case onnx::TensorProto::INT64: return "int64";
    case onnx::TensorProto::BOOL: return "bool";
    default: return QString::number(onnxType);
    }
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void helpAndVersion() {
        CliRun help = runCli({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("inspect"));
        QCOMPARE(runCli({}).exitCode, 2); // no command: usage, bad input

        CliRun version = runCli({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith("fusebox 0."), qPrintable(version.out));

        CliRun inspectHelp = runCli({"inspect", "--help"});
        QCOMPARE(inspectHelp.exitCode, 0);
        QVERIFY(inspectHelp.out.contains("--shape"));
        QVERIFY(inspectHelp.out.contains("--json"));
    }

    void unknownFlagsAndCommandsAreNamed_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("top-level flag") << QStringList{"--frobnicate"} << "unknown option '--frobnicate'";
        QTest::newRow("command") << QStringList{"inspekt"} << "unknown command 'inspekt'";
        QTest::newRow("inspect flag") << QStringList{"inspect", "m.onnx", "--jsn"} << "unknown option '--jsn'";
        QTest::newRow("missing model") << QStringList{"inspect"} << "missing argument MODEL";
        QTest::newRow("shape syntax") << QStringList{"inspect", "m.onnx", "--shape", "x=1,a"}
                                      << "'a' is not a positive integer dim";
        QTest::newRow("shape without value") << QStringList{"inspect", "m.onnx", "--shape"}
                                             << "option '--shape' needs a value";
    }

    void unknownFlagsAndCommandsAreNamed() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    }

    void badModelExitsWithTwoAndNamesTheFile() {
        const QString missing = dir_.filePath("missing.onnx");
        CliRun run = runCli({"inspect", missing});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(), "fusebox: error: " + missing + ": no such file");

        CliRun directory = runCli({"inspect", dir_.path()});
        QCOMPARE(directory.exitCode, 2);
        QVERIFY(directory.err.contains("is a directory"));
    }

    void inspectTextShowsTheEssentials() {
        const std::string path = test::writeModel(dir_.path(), "residual.onnx", testmodels::residualConvNet());
        CliRun run = runCli({"inspect", QString::fromStdString(path)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("image"));
        QVERIFY(run.out.contains("1x3x32x32"));
        QVERIFY(run.out.contains(QRegularExpression("Nodes\\s+23\\n")));
        QVERIFY(run.out.contains(QRegularExpression("\\n  Conv\\s+\\d+\\n")));
    }

    void partitionPrintsPlanAndWritesEveryOutput() {
        const QString model = QString::fromStdString(test::writeModel(dir_.path(), "inception.onnx", testmodels::inceptionBlock()));
        const QString config = dir_.filePath("xnnpack.toml");
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[partition]\ntargets = [\"xnnpack\"]\n");
        file.close();
        const QString dot = dir_.filePath("plan.dot"), emitted = dir_.filePath("emitted.toml"), onnx = dir_.filePath("plan.onnx");

        CliRun run = runCli({"partition", model, "--config", config, "--json", "--dot", dot, "--emit-config", emitted, "-o", onnx,
                             "--profiles", test::profilesDir()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray subgraphs = json["subgraphs"].toArray();
        QCOMPARE(subgraphs.size(), 4); // the four branches; XNNPACK has no Concat
        QCOMPARE(json["host_nodes"].toArray().size(), 1);
        QCOMPARE(json["order"].toArray().size(), 5);
        for (const QString key : {"id", "device", "nodes", "inputs", "outputs", "boundary_bytes"}) {
            QVERIFY2(subgraphs[0].toObject().contains(key), qPrintable(key));
        }
        const QString concat = json["host_nodes"].toArray()[0].toString();
        QVERIFY(json["reasons"].toObject()[concat].toObject()["xnnpack"].toString().startsWith("Concat"));

        QFile dotFile(dot);
        QVERIFY(dotFile.open(QIODevice::ReadOnly));
        const QString dotText = QString::fromUtf8(dotFile.readAll());
        QCOMPARE(dotText.count("subgraph cluster_"), 4);
        // Two-line labels: DOT's "\n" escape once, never an escaped backslash Graphviz prints.
        QVERIFY2(dotText.contains(QRegularExpression("label=\"[^\"\\\\]+\\\\nConv ")), qPrintable(dotText.left(400)));
        QVERIFY(!dotText.contains("\\\\n"));

        // The emitted config reproduces the same plan.
        CliRun again = runCli({"partition", model, "--config", emitted, "--json", "--profiles", test::profilesDir()});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object()["subgraphs"], json["subgraphs"]);

        // The ONNX export loads back: one fusebox node per subgraph plus the host node.
        CliRun exported = runCli({"inspect", onnx, "--json"});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(QJsonDocument::fromJson(exported.out.toUtf8()).object()["nodes"].toInt(), 5);

        CliRun text = runCli({"partition", model, "--config", config, "--profiles", test::profilesDir()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QRegularExpression("\\nxnnpack\\s+4\\s+")));

        CliRun explain = runCli({"partition", model, "--config", config, "--explain", concat, "--profiles", test::profilesDir()});
        QCOMPARE(explain.exitCode, 0);
        QVERIFY2(explain.out.contains("Refused   xnnpack: Concat"), qPrintable(explain.out));
    }

    void partitionReportsConfigErrorsWithTheirPlace() {
        const QString model = QString::fromStdString(test::writeModel(dir_.path(), "residual.onnx", testmodels::residualConvNet()));
        const QString config = dir_.filePath("typo.toml");
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[partition]\ntargets = [\"xnnpack\"]\n\n[[rule]]\nops = [\"Conv\"]\ndevic = \"host\"\n");
        file.close();
        CliRun run = runCli({"partition", model, "--config", config, "--profiles", test::profilesDir()});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(),
                 "fusebox: error: " + config + ":6:1: unknown key 'devic' in [[rule]]; did you mean 'device'?");

        CliRun missing = runCli({"partition", model, "--profiles", test::profilesDir()});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("--config"));
    }

    void devicesListsTheShippedProfiles() {
        CliRun run = runCli({"devices", "--json", "--profiles", test::profilesDir()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray devices = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QStringList names;
        for (const QJsonValue device : devices) names << device.toObject()["name"].toString();
        for (const QString expected : {"host", "onednn", "xnnpack", "opencl", "rknpu", "mediatek_apu", "kirin_npu"}) {
            QVERIFY2(names.contains(expected), qPrintable(expected));
        }
        for (const QJsonValue device : devices) QVERIFY(device.toObject().contains("available"));
    }

    void inspectJsonMatchesTheFile_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("shapes");
        for (const auto& sample : testmodels::allSampleModels()) {
            const std::string path = test::writeModel(dir_.path(), sample.fileName, sample.model);
            QTest::newRow(sample.fileName.c_str()) << QString::fromStdString(path) << QStringList{};
        }
        const QDir shared(test::sharedModelsDir());
        for (const QString& file : shared.entryList({"*.onnx"}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(file)) << shared.filePath(file) << QStringList{};
        }
        const QDir ocr(test::paddleOcrDir());
        for (const QString& file : ocr.entryList({"*.onnx"}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(file)) << ocr.filePath(file) << QStringList{};
            // rec takes 48-pixel-high lines; det needs sides divisible by 32.
            const QString shape = file.contains("_rec_") ? "x=1,3,48,96" : "x=1,3,96,128";
            QTest::newRow(qPrintable(file + " fixed")) << ocr.filePath(file) << QStringList{"--shape", shape};
        }
    }

    void inspectJsonMatchesTheFile() {
        QFETCH(QString, path);
        QFETCH(QStringList, shapes);
        CliRun run = runCli(QStringList{"inspect", path, "--json"} + shapes);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const onnx::ModelProto proto = test::readProto(path);
        const onnx::GraphProto& graph = proto.graph();

        QCOMPARE(json["nodes"].toInt(), graph.node_size());
        int ops = 0;
        for (const QJsonValue count : json["ops"].toObject()) ops += count.toInt();
        QCOMPARE(ops, graph.node_size());

        std::set<std::string> initializers;
        for (const auto& init : graph.initializer()) initializers.insert(init.name());
        std::vector<const onnx::ValueInfoProto*> realInputs;
        for (const auto& input : graph.input()) {
            if (!initializers.contains(input.name())) realInputs.push_back(&input);
        }
        const QJsonArray inputs = json["inputs"].toArray();
        QCOMPARE(inputs.size(), qsizetype(realInputs.size()));
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            const QJsonObject input = inputs[i].toObject();
            const onnx::ValueInfoProto& expected = *realInputs[static_cast<std::size_t>(i)];
            QCOMPARE(input["name"].toString().toStdString(), expected.name());
            QCOMPARE(input["dtype"].toString(), elementTypeOf(expected.type().tensor_type().elem_type()));
            const QJsonArray dims = input["shape"].toArray();
            const auto& protoDims = expected.type().tensor_type().shape().dim();
            QCOMPARE(dims.size(), qsizetype(protoDims.size()));
            for (int d = 0; d < protoDims.size(); ++d) {
                if (protoDims[d].has_dim_value()) QCOMPARE(dims[d].toInteger(), protoDims[d].dim_value());
                else if (shapes.isEmpty()) QCOMPARE(dims[d].toString().toStdString(), protoDims[d].dim_param());
                else QVERIFY(dims[d].isDouble()); // fixed by --shape
            }
        }
        const QJsonArray outputs = json["outputs"].toArray();
        QCOMPARE(outputs.size(), qsizetype(graph.output_size()));
        for (int i = 0; i < graph.output_size(); ++i) {
            QCOMPARE(outputs[i].toObject()["name"].toString().toStdString(), graph.output(i).name());
        }
        QCOMPARE(json["opsets"].toObject()[""].toInteger(), proto.opset_import(0).version());
        // Symbolic dims leave some nodes without a FLOPs figure; the rest must count. Folded
        // nodes ran at load time: they have neither.
        const qint64 computed = json["nodes"].toInteger() - json["folded_nodes"].toInteger();
        QVERIFY(computed >= 0 && computed <= graph.node_size());
        QVERIFY(json["flops"].toInteger() > 0 || json["nodes_without_flops"].toInteger() == computed);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
