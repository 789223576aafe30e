// Every kind of bad model input gives one clear error naming the file, never a crash.
#include "modelbuilder/model_builder.h"
#include "modelbuilder/sample_models.h"
#include "onnx/onnx_import.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace fusebox;
using namespace fusebox::testmodels;

namespace {

std::string serialized(const onnx::ModelProto& model) { return model.SerializeAsString(); }

std::string randomBytes(std::size_t count) {
    std::mt19937 generator(1234);
    std::string bytes(count, '\0');
    for (char& c : bytes) c = static_cast<char>(generator() & 0xFF);
    return bytes;
}

onnx::ModelProto withOpset(int64_t version) {
    onnx::ModelProto model = residualConvNet();
    model.mutable_opset_import(0)->set_version(version);
    return model;
}

onnx::ModelProto withUnknownDefaultOp() {
    ModelBuilder b("typo");
    const std::string x = b.input("x", {1, 4});
    b.node1("Rellu", {x}, {}, "activation", "y");
    b.output("y", {1, 4});
    return b.build();
}

} // namespace

class TestImportErrors : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    std::string writeBytes(const QString& name, const std::string& bytes) {
        QFile file(dir_.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write test file");
        file.write(bytes.data(), static_cast<qint64>(bytes.size()));
        return file.fileName().toStdString();
    }

private slots:
    void badFilesAreClearErrors_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");

        const std::string model = serialized(residualConvNet());
        onnx::TensorProto tensor;
        tensor.set_data_type(onnx::TensorProto::FLOAT);
        tensor.add_dims(4);
        tensor.set_raw_data(std::string(16, '\1'));

        auto bytes = [](const std::string& s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); };
        QTest::newRow("empty") << "empty.onnx" << QByteArray() << "the file is empty";
        QTest::newRow("truncated") << "truncated.onnx" << bytes(model.substr(0, model.size() / 2))
                                   << "protobuf does not parse";
        QTest::newRow("random bytes") << "random.onnx" << bytes(randomBytes(4096)) << "protobuf does not parse";
        // Like the *_output_0.pb files that sit next to ONNX test models.
        QTest::newRow("tensor, not a model") << "output_0.pb" << bytes(tensor.SerializeAsString())
                                             << "is not an ONNX model";
        QTest::newRow("unknown opset") << "opset99.onnx" << bytes(serialized(withOpset(99)))
                                       << "opset 99 of domain 'ai.onnx' is not supported";
        QTest::newRow("unknown op") << "typo.onnx" << bytes(serialized(withUnknownDefaultOp())) << "Rellu";
        onnx::ModelProto future = residualConvNet();
        future.set_ir_version(99);
        QTest::newRow("future IR version") << "future.onnx" << bytes(serialized(future)) << "IR version 99";
    }

    void badFilesAreClearErrors() {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const std::string path = writeBytes(fileName, content.toStdString());
        auto result = importOnnx(path);
        QVERIFY(!result.ok());
        const std::string& message = result.error().message();
        QVERIFY2(message.starts_with(path + ": "), message.c_str());
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
        QVERIFY(result.error().location());
        QCOMPARE(result.error().location()->file, path);
        QCOMPARE(result.error().kind(), ErrorKind::InvalidInput);
    }

    void missingFileAndDirectory() {
        const std::string missing = dir_.filePath("nope.onnx").toStdString();
        auto result = importOnnx(missing);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message(), missing + ": no such file");

        QVERIFY(QDir(dir_.path()).mkdir("folder.onnx"));
        const std::string folder = dir_.filePath("folder.onnx").toStdString();
        result = importOnnx(folder);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message(), folder + ": is a directory, expected an ONNX model file");
    }

    void shapesThatContradictTheModel_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QList<qint64>>("dims");
        QTest::addColumn<QString>("expected");
        QTest::newRow("static dim differs") << "image" << QList<qint64>{1, 3, 64, 64}
                                            << "contradicts the model: dim 2 of 'image' is 32";
        QTest::newRow("rank differs") << "image" << QList<qint64>{1, 3, 32} << "has rank 3, but input 'image' has rank 4";
        QTest::newRow("unknown input") << "images" << QList<qint64>{1, 3, 32, 32}
                                       << "--shape names 'images', but the model's inputs are: image";
        QTest::newRow("zero dim") << "image" << QList<qint64>{1, 0, 32, 32} << "dim 1 must be positive";
    }

    void shapesThatContradictTheModel() {
        QFETCH(QString, input);
        QFETCH(QList<qint64>, dims);
        QFETCH(QString, expected);
        const std::string path = test::writeModel(dir_.path(), "residual.onnx", residualConvNet());
        ImportOptions options;
        options.inputShapes[input.toStdString()] = std::vector<int64_t>(dims.begin(), dims.end());
        auto result = importOnnx(path, options);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message().find(expected.toStdString()) != std::string::npos,
                 result.error().message().c_str());
    }

    void unknownOpNamesItsNode() {
        const std::string path = test::writeModel(dir_.path(), "typo.onnx", withUnknownDefaultOp());
        auto result = importOnnx(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().node(), std::string("activation"));
        QVERIFY2(result.error().message().starts_with(path + ": node 'activation': the ONNX checker rejects the model: "),
                 result.error().message().c_str());

        // A fault outside the nodes (an initializer of no data type) names no node.
        ModelBuilder b("untyped");
        b.node1("Add", {b.input("x", {4}), b.weight("w", {4})}, {}, "add", "y");
        b.output("y", {4});
        onnx::ModelProto untyped = b.build();
        untyped.mutable_graph()->mutable_initializer(0)->set_data_type(onnx::TensorProto::UNDEFINED);
        auto refused = importOnnx(test::writeModel(dir_.path(), "untyped.onnx", untyped));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().find("checker rejects") != std::string::npos, refused.error().message().c_str());
        QVERIFY(refused.error().node().empty());
    }

    void badAttributeNamesItsNode() {
        // A Constant whose tensor holds 8 bytes for a shape that needs 16.
        ModelBuilder b("short_constant");
        const std::string x = b.input("x", {4});
        onnx::AttributeProto value;
        value.set_name("value");
        value.set_type(onnx::AttributeProto::TENSOR);
        value.mutable_t()->set_data_type(onnx::TensorProto::FLOAT);
        value.mutable_t()->add_dims(4);
        value.mutable_t()->set_raw_data(std::string(8, '\0'));
        const std::string c = b.node1("Constant", {}, {value}, "short_const", "c");
        b.node1("Add", {x, c}, {}, "add", "y");
        b.output("y", {4});
        const std::string path = test::writeModel(dir_.path(), "short_constant.onnx", b.build());

        auto result = importOnnx(path);
        QVERIFY(!result.ok());
        const Error& error = result.error();
        QCOMPARE(error.node(), std::string("short_const"));
        QVERIFY(error.location());
        QCOMPARE(error.location()->file, path);
        QCOMPARE(error.location()->line, 0);
        QCOMPARE(error.message(),
                 path + ": node 'short_const' (Constant): tensor '' holds 8 bytes, but its shape needs 16");
    }

    void symbolicDimThatBreaksInferenceIsReported() {
        // Both dims are symbolic in the model, so only shape inference can tell that
        // 9 features do not fit the 8x16 weight.
        ModelBuilder b("features");
        const std::string x = b.input("x", {std::string("N"), std::string("F")});
        b.node1("MatMul", {x, b.weight("w", {8, 16})}, {}, "fc", "y");
        b.output("y", {std::string("N"), int64_t(16)});
        const std::string path = test::writeModel(dir_.path(), "features.onnx", b.build());

        QVERIFY(importOnnx(path, ImportOptions{{{"x", {2, 8}}}}).ok());
        auto result = importOnnx(path, ImportOptions{{{"x", {2, 9}}}});
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message().find("shape inference failed") != std::string::npos,
                 result.error().message().c_str());
        QVERIFY2(result.error().message().starts_with(path), result.error().message().c_str());
    }
};

QTEST_GUILESS_MAIN(TestImportErrors)
#include "tst_import_errors.moc"
