// Files made to break the readers: each case must end in a clear error (or, where the
// input is acceptable, a correct result), never a crash, a hang or an abort.

#include "config/partition_config.h"
#include "core/file_io.h"
#include "core/text.h"
#include "modelbuilder/model_builder.h"
#include "onnx/onnx_import.h"
#include "runtime/tensor_io.h"
#include "support/cli_run.h"
#include "support/test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace fusebox;

namespace {

// A .npy file: magic, version, little-endian header length, header, data.
QByteArray npyFile(int major, const QByteArray& header, const QByteArray& data, int minor = 0) {
    QByteArray file("\x93NUMPY", 6);
    file.append(char(major)).append(char(minor));
    const quint32 length = quint32(header.size());
    file.append(char(length & 0xFF)).append(char((length >> 8) & 0xFF));
    if (major >= 2) file.append(char((length >> 16) & 0xFF)).append(char(length >> 24));
    return file + header + data;
}

QByteArray npyHeader(const QByteArray& shape, const QByteArray& descr = "<f4") {
    return "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }\n";
}

} // namespace

class TestHostileInputs : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    // A one-node model (Conv: the host runs it with BLAS) for the CLI cases.
    QString convModel() {
        testmodels::ModelBuilder builder("conv");
        const std::string x = builder.input("x", {1, 2, 8, 8});
        const std::string w = builder.weight("w", {4, 2, 3, 3});
        builder.node1("Conv", {x, w}, {}, "conv", "y");
        builder.output("y", {1, 4, 6, 6});
        return QString::fromStdString(test::writeModel(dir_.path(), "conv1.onnx", builder.build()));
    }

    std::string write(const QString& name, const QByteArray& bytes) {
        QFile file(dir_.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(bytes);
        return file.fileName().toStdString();
    }

private slots:
    void npyReadsWhatNumpyWrites() {
        const std::string path = write("ok.npy", npyFile(1, npyHeader("(2, 3)"), QByteArray(24, '\0')));
        auto tensor = readNpyFile(path);
        QVERIFY2(tensor.ok(), tensor.ok() ? "" : tensor.error().message().c_str());
        QCOMPARE(tensor->dims(), (std::vector<int64_t>{2, 3}));
        auto vector = readNpyFile(write("vector.npy", npyFile(2, npyHeader("(4,)"), QByteArray(16, '\0'))));
        QVERIFY(vector.ok());
        QCOMPARE(vector->dims(), (std::vector<int64_t>{4}));
        auto scalar = readNpyFile(write("scalar.npy", npyFile(1, npyHeader("()"), QByteArray(4, '\0'))));
        QVERIFY(scalar.ok());
        QCOMPARE(scalar->rank(), std::size_t(0));
    }

    void npyHeadersAreChecked_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dim beyond 64 bits") << npyFile(1, npyHeader("(99999999999999999999999, 2)"), {})
                                            << "does not fit in 64 bits";
        QTest::newRow("negative dim") << npyFile(1, npyHeader("(-1, 3)"), QByteArray(12, '\0')) << "not a non-negative integer";
        QTest::newRow("huge shape, no data") << npyFile(1, npyHeader("(4611686018427387904, 8)"), {})
                                             << "is too large for any file";
        QTest::newRow("shape larger than the data") << npyFile(1, npyHeader("(1000000, 1000000)"), QByteArray(16, '\0'))
                                                    << "holds 16 bytes, the shape 1000000x1000000 needs 4000000000000";
        QTest::newRow("unknown version") << npyFile(9, npyHeader("(1,)"), QByteArray(4, '\0')) << "version 9.0 is not known";
        QTest::newRow("many dims") << npyFile(2, npyHeader("(" + QByteArray("1, ").repeated(20000) + ")"), QByteArray(4, '\0'))
                                   << "more than 64 dims";
        QTest::newRow("header over 64 KiB") << npyFile(2, npyHeader("(" + QByteArray(" ").repeated(70000) + "1,)"), {})
                                            << "at most 65535 expected";
        QTest::newRow("truncated header") << npyFile(1, npyHeader("(1,)"), {}).left(20) << "truncated .npy header";
        QTest::newRow("unclosed shape") << npyFile(1, "{'descr': '<f4', 'shape': (1, 2", {}) << "has no closing ')'";
    }

    void npyHeadersAreChecked() {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        const std::string path = write("case.npy", file);
        auto tensor = readNpyFile(path);
        QVERIFY(!tensor.ok());
        const QString message = QString::fromStdString(tensor.error().message());
        QVERIFY2(message.startsWith(QString::fromStdString(path)), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void specialFilesAreRefusedUnread() {
        auto zero = loadPartitionConfig("/dev/zero");
        QVERIFY(!zero.ok());
        QVERIFY2(QString::fromStdString(zero.error().message()).contains("not a regular file"), zero.error().message().c_str());

        // A FIFO with no writer would block open() forever.
        const QString fifo = dir_.filePath("config.fifo");
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        auto blocked = loadPartitionConfig(fifo.toStdString());
        QVERIFY(!blocked.ok());
        QVERIFY(QString::fromStdString(blocked.error().message()).contains("not a regular file"));
        auto npy = readNpyFile(fifo.toStdString());
        QVERIFY(!npy.ok());
    }

    void oversizedTextFilesAreRefused() {
        const std::string path = write("big.toml", QByteArray(4096, '#'));
        auto text = readTextFile(path, 1024);
        QVERIFY(!text.ok());
        QVERIFY2(QString::fromStdString(text.error().message()).contains("has 4096 bytes, more than the 1024"),
                 text.error().message().c_str());
        QVERIFY(readTextFile(path, 4096).ok());
    }

    void deepTomlKeysAreRefusedBeforeParsing() {
        const std::string header = "[" + QByteArray("a.").repeated(100000).toStdString() + "a]\n";
        auto config = parsePartitionConfig("[partition]\ntargets = [\"host\"]\n" + header, "deep.toml");
        QVERIFY(!config.ok());
        QCOMPARE(QString::fromStdString(config.error().message()),
                 QStringLiteral("deep.toml:3:1: a key of more than 64 dotted parts; expected a table header or key of a few parts"));
        // Dots inside quoted keys and values do not count.
        auto quoted = parsePartitionConfig("[partition]\ntargets = [\"host\"]\n[model]\n\"" + std::string(200, '.') +
                                               "\" = \"" + std::string(200, '.') + "\"\n",
                                           "quoted.toml");
        QVERIFY(!quoted.ok());
        QVERIFY2(!QString::fromStdString(quoted.error().message()).contains("dotted parts"), quoted.error().message().c_str());
    }

    void tensorDataShorterThanItsDimsIsRefusedBeforeInference_data() {
        QTest::addColumn<int>("rawBytes");
        QTest::newRow("3 bytes short") << 13;
        QTest::newRow("5 bytes long") << 21;
        QTest::newRow("empty") << 0;
    }

    void tensorDataShorterThanItsDimsIsRefusedBeforeInference() {
        QFETCH(int, rawBytes);
        testmodels::ModelBuilder builder("reshape");
        const std::string x = builder.input("x", {2, 8});
        const std::string shape = builder.constantInt64("shape", {2}, {4, 4});
        builder.node1("Reshape", {x, shape}, {}, "reshape", "y");
        builder.output("y", {4, 4});
        onnx::ModelProto model = builder.build();
        onnx::TensorProto& initializer = *model.mutable_graph()->mutable_initializer(0);
        initializer.clear_int64_data();
        initializer.set_raw_data(std::string(static_cast<std::size_t>(rawBytes), '\x01'));
        const std::string path = test::writeModel(dir_.path(), "short.onnx", model);
        auto imported = importOnnx(path);
        QVERIFY(!imported.ok());
        QCOMPARE(QString::fromStdString(imported.error().message()),
                 QString::fromStdString(path) + ": tensor 'shape' holds " + QString::number(rawBytes) +
                     " bytes, but its shape needs 16");
    }

    void convolutionAttributesThatInferenceDividesByAreChecked_data() {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<int>("value");
        QTest::newRow("strides 0") << "strides" << 0;
        QTest::newRow("dilations 0") << "dilations" << 0;
        QTest::newRow("negative pads") << "pads" << -1;
    }

    void convolutionAttributesThatInferenceDividesByAreChecked() {
        QFETCH(QString, attribute);
        QFETCH(int, value);
        testmodels::ModelBuilder builder("conv");
        const std::string x = builder.input("x", {1, 1, 8, 8});
        const std::string w = builder.weight("w", {1, 1, 3, 3});
        const int count = attribute == "pads" ? 4 : 2;
        builder.node1("Conv", {x, w}, {testmodels::attrInts(attribute.toStdString(), std::vector<int64_t>(count, value))},
                      "conv", "y");
        onnx::ModelProto model = builder.build();
        onnx::ValueInfoProto& output = *model.mutable_graph()->add_output();
        output.set_name("y");
        output.mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
        const std::string path = test::writeModel(dir_.path(), "conv.onnx", model);
        auto imported = importOnnx(path);
        QVERIFY(!imported.ok());
        const QString message = QString::fromStdString(imported.error().message());
        QVERIFY2(message.contains("node 'conv' (Conv): attribute " + attribute + " has " + QString::number(value)), qPrintable(message));
    }

    void invalidUtf8InNamesKeepsJsonValid() {
        testmodels::ModelBuilder builder("utf8");
        const std::string x = builder.input("x", {1, 4});
        builder.node1("Relu", {x}, {}, std::string("relu\xff\xfe"), "y");
        builder.output("y", {1, 4});
        onnx::ModelProto model = builder.build();
        model.set_producer_name("tool\xc3(");
        const QString path = QString::fromStdString(test::writeModel(dir_.path(), "utf8.onnx", model));

        const test::CliRun inspect = test::runCli({"inspect", path, "--json"});
        QVERIFY2(inspect.exitCode == 0, qPrintable(inspect.err));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(inspect.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY2(json["producer"].toString().startsWith(QStringLiteral("tool\uFFFD(")), qPrintable(json["producer"].toString()));

        const QString config = QString::fromStdString(write("host.toml", "[partition]\ntargets = [\"host\"]\n"));
        const test::CliRun partition = test::runCli({"partition", path, "--config", config, "--json"});
        QVERIFY2(partition.exitCode == 0, qPrintable(partition.err));
        const QJsonObject plan = QJsonDocument::fromJson(partition.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY2(partition.out.contains(QStringLiteral("relu\uFFFD\uFFFD")), qPrintable(partition.out.left(300)));
    }

    // Class 5: input dims whose element count wraps around 64 bits, or that no machine holds.
    void inputDimsBeyondAnyTensorAreRefused_data() {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wraps to 0") << "x=4294967296,4294967296,4294967296" << 2 << "more than 2^48 elements";
        QTest::newRow("2^46 floats") << "x=8388608,8388608,1" << 1 << "of memory is usable here";
    }

    void inputDimsBeyondAnyTensorAreRefused() {
        QFETCH(QString, shape);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        testmodels::ModelBuilder builder("dynamic");
        const std::string x = builder.input("x", {"N", "H", "W"});
        builder.node1("Relu", {x}, {}, "relu", "y");
        builder.output("y", {"N", "H", "W"});
        const QString path = QString::fromStdString(test::writeModel(dir_.path(), "dynamic.onnx", builder.build()));
        const test::CliRun run = test::runCli({"run", path, "--shape", shape, "--iters", "1", "--warmup", "0"}, 60000);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.err.contains("'x'"), qPrintable(run.err));
    }

    // Class 6: a 5 MiB op name in a rule is answered at once, and quoted shortened.
    void hugeNamesInAConfigAreShortened() {
        const QByteArray name(5 << 20, 'A');
        const QString config = QString::fromStdString(
            write("long.toml", "[partition]\ntargets = [\"host\"]\n[[rule]]\nops = [\"" + name + "\"]\ndevice = \"host\"\n"));
        const test::CliRun run = test::runCli({"partition", convModel(), "--config", config}, 60000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("unknown op 'AAAA"), qPrintable(run.err.left(300)));
        QVERIFY2(run.err.contains("(5242880 characters)"), qPrintable(run.err.left(300)));
        QVERIFY2(run.err.size() < 400, qPrintable(QString::number(run.err.size())));
    }

    // Class 8: under `ulimit -v`, the host's BLAS would spin forever mapping its buffers.
    void addressSpaceLimitIsAnErrorNotAHang() {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer reserves terabytes of address space; a limit stops it, not the program");
#endif
        const test::CliRun run = test::runCli({"run", convModel(), "--iters", "1", "--warmup", "0", "--threads", "2"},
                                              60000, qint64(256) << 20);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("ulimit -v"), qPrintable(run.err));
    }

    // Class 9: read-only commands never write; a damaged database is a bad file (exit 2).
    void readOnlyCommandsLeaveDatabasesAsTheyAre() {
        const QString empty = QString::fromStdString(write("empty.sqlite", {}));
        const test::CliRun runs = test::runCli({"runs", "--db", empty});
        QCOMPARE(runs.exitCode, 0);
        QCOMPARE(QFileInfo(empty).size(), qint64(0));
        QVERIFY2(runs.out.startsWith("id "), qPrintable(runs.out));

        const QString damaged = dir_.filePath("damaged.sqlite");
        const QString config = QString::fromStdString(write("host.toml", "[partition]\ntargets = [\"host\"]\n"));
        const test::CliRun create = test::runCli({"profile", convModel(), "--config", config, "--iters", "1", "--warmup", "0",
                                                  "--db", damaged});
        QVERIFY2(create.exitCode == 0, qPrintable(create.err));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 page = 4096; page < file.size(); page += 4096) { // every page but the first (the schema)
            file.seek(page);
            file.write(QByteArray(256, '\xde'));
        }
        file.close();
        const test::CliRun listed = test::runCli({"runs", "--db", damaged});
        QCOMPARE(listed.exitCode, 2);
        QVERIFY2(listed.err.contains("damaged"), qPrintable(listed.err));
    }

    // Class 3, text side: names written to CSV are UTF-8 whatever the model held.
    void invalidUtf8IsReplacedForTextWriters_data() {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("valid CJK") << QByteArray("\xe6\xa8\xa1\xe5\x9e\x8b") << QStringLiteral("\u6a21\u578b");
        QTest::newRow("stray bytes") << QByteArray("relu\xff\xfe") << QStringLiteral("relu\uFFFD\uFFFD");
        QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf" "b") << QStringLiteral("a\uFFFD\uFFFDb");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\uFFFD\uFFFD\uFFFD");
        QTest::newRow("cut at the end") << QByteArray("x\xe6\xa8") << QStringLiteral("x\uFFFD\uFFFD");
    }

    void invalidUtf8IsReplacedForTextWriters() {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        const std::string valid = validUtf8(raw.toStdString());
        QCOMPARE(QString::fromStdString(valid), expected);
        QCOMPARE(QByteArray::fromStdString(valid), expected.toUtf8()); // round trip: nothing was lost or added
    }

    // Found by fuzz_tensor_pb: 2^62 x 4 elements wrap to 0, which matched an empty payload.
    void tensorProtoDimsThatOverflowAreRefused() {
        onnx::TensorProto proto;
        proto.set_name("huge");
        proto.set_data_type(onnx::TensorProto::FLOAT);
        proto.add_dims(int64_t(1) << 62);
        proto.add_dims(4);
        proto.set_raw_data("");
        const std::string path = write("huge.pb", QByteArray::fromStdString(proto.SerializeAsString()));
        auto tensor = readTensorProtoFile(path);
        QVERIFY(!tensor.ok());
        QCOMPARE(QString::fromStdString(tensor.error().message()),
                 QString::fromStdString(path) + ": tensor 'huge': dims 4611686018427387904x4 are negative or hold more than 2^48 elements");
    }

    // Found by fuzz_onnx_import: a 4-D weight on a 2-D input made ONNX's Conv inference
    // index an empty dilations vector (SIGSEGV inside onnx::convPoolShapeInference).
    void convolutionWeightOfAnotherRankIsRefusedBeforeInference() {
        testmodels::ModelBuilder builder("conv_rank");
        const std::string x = builder.input("x", {1, 1});
        const std::string w = builder.weight("w", {1, 1, 1, 1});
        builder.node1("Conv", {x, w}, {}, "conv", "y");
        builder.output("y", {1, 1});
        const std::string path = test::writeModel(dir_.path(), "conv_rank.onnx", builder.build());
        auto imported = importOnnx(path);
        QVERIFY(!imported.ok());
        QCOMPARE(QString::fromStdString(imported.error().message()),
                 QString::fromStdString(path) + ": node 'conv' (Conv): weight 'w' has rank 4, input 'x' rank 2; expected the same rank");
    }

    // Found by fuzz_onnx_import: ONNX 1.12's STFT inference reads dim 1 of the signal
    // whatever its rank; a rank-1 signal, declared or computed (here by a Reshape), made it
    // read past the end of the dims (SIGSEGV inside onnx::). The guarded schema fails
    // the node's inference instead: bad input, exit 2 from the CLI.
    void stftOfARankOneSignalIsRefused_data() {
        QTest::addColumn<bool>("computed");
        QTest::newRow("declared") << false;
        QTest::newRow("computed") << true;
    }

    void stftOfARankOneSignalIsRefused() {
        QFETCH(bool, computed);
        testmodels::ModelBuilder builder("stft_rank");
        std::string signal = builder.input("signal", computed ? std::vector<testmodels::ModelBuilder::Dim>{1, 128, 1}
                                                              : std::vector<testmodels::ModelBuilder::Dim>{128});
        if (computed) signal = builder.node1("Reshape", {signal, builder.constantInt64("flat", {1}, {128})}, {}, "flatten");
        const std::string step = builder.constantInt64("frame_step", {}, {8});
        const std::string length = builder.constantInt64("frame_length", {}, {16});
        builder.node1("STFT", {signal, step, "", length}, {}, "stft", "y");
        builder.output("y", {1, 15, 9, 2});
        const std::string path = test::writeModel(dir_.path(), "stft_rank.onnx", builder.build());
        auto imported = importOnnx(path);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message().find("STFT: the signal has rank 1; expected [batch_size, signal_length, 1 or 2]") !=
                     std::string::npos,
                 imported.error().message().c_str());
        const test::CliRun run = test::runCli({"inspect", QString::fromStdString(path)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("STFT: the signal has rank 1"), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostile_inputs.moc"
