#include "support/test_support.h"

#include "modelbuilder/model_builder.h"
#include "onnx/onnx_import.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <fstream>

namespace fusebox::test {

namespace {

QString fromEnvironment(const char* variable, const char* fallback) {
    const QByteArray value = qgetenv(variable);
    return value.isEmpty() ? QString::fromUtf8(fallback) : QString::fromLocal8Bit(value);
}

} // namespace

QString sharedModelsDir() { return fromEnvironment("FUSEBOX_SHARED_MODELS", FUSEBOX_SHARED_MODELS); }
QString paddleOcrDir() { return fromEnvironment("FUSEBOX_PADDLEOCR_MODELS", FUSEBOX_PADDLEOCR_MODELS); }
QString cliPath() { return QStringLiteral(FUSEBOX_CLI); }
QString profilesDir() { return QStringLiteral(FUSEBOX_PROFILES_DIR); }

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        QTest::qFail(qPrintable("cannot write " + path), __FILE__, __LINE__);
    }
}

void writeText(const QString& path, const QString& text) { writeBytes(path, text.toUtf8()); }

std::string writeModel(const QString& dir, const std::string& name, const onnx::ModelProto& model) {
    const std::string path = dir.toStdString() + "/" + name;
    std::string error;
    if (!testmodels::writeModel(model, path, &error)) QTest::qFail(error.c_str(), __FILE__, __LINE__);
    return path;
}

std::size_t moveInitializersToExternalData(onnx::ModelProto& model, const QString& dir, const std::string& dataFile) {
    std::ofstream data(dir.toStdString() + "/" + dataFile, std::ios::binary);
    std::size_t offset = 0;
    for (onnx::TensorProto& tensor : *model.mutable_graph()->mutable_initializer()) {
        if (!tensor.has_raw_data()) continue;
        data.write(tensor.raw_data().data(), static_cast<std::streamsize>(tensor.raw_data().size()));
        tensor.set_data_location(onnx::TensorProto::EXTERNAL);
        for (auto [key, value] : {std::pair{"location", dataFile}, std::pair{"offset", std::to_string(offset)},
                                  std::pair{"length", std::to_string(tensor.raw_data().size())}}) {
            auto* entry = tensor.add_external_data();
            entry->set_key(key);
            entry->set_value(value);
        }
        offset += tensor.raw_data().size();
        tensor.clear_raw_data();
    }
    if (!data) QTest::qFail("cannot write the external data file", __FILE__, __LINE__);
    return offset;
}

void comparePlace(const Error& error, const std::string& file, int line, int column) {
    QVERIFY2(error.location().has_value(), error.message().c_str());
    QCOMPARE(error.location()->file, file);
    QCOMPARE(error.location()->line, line);
    QCOMPARE(error.location()->column, column);
    const std::string place = file + ":" + std::to_string(line) + ":" + std::to_string(column);
    QCOMPARE(error.message(), place + ": " + error.description());
}

onnx::ModelProto readProto(const QString& path) {
    QFile file(path);
    onnx::ModelProto model;
    if (!file.open(QIODevice::ReadOnly)) return model;
    const QByteArray bytes = file.readAll();
    model.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size()));
    return model;
}

qsizetype addGoldenRows(const QString& folder) {
    QTest::addColumn<QString>("path");
    const QDir dir(folder);
    const QStringList files = dir.entryList({"*.txt"}, QDir::Files, QDir::Name);
    for (const QString& file : files) QTest::newRow(qPrintable(file)) << dir.filePath(file);
    return files.size();
}

void readGoldenSections(const QString& path, const std::function<void(const QString& section, const QString& line)>& take) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) qFatal("cannot read %s", qPrintable(path));
    QString section;
    for (const QString& raw : QString::fromUtf8(file.readAll()).split('\n')) {
        if (raw.startsWith('#') || raw.trimmed().isEmpty()) continue;
        if (raw.startsWith(' ')) take(section, raw.trimmed());
        else section = raw.trimmed();
    }
}

Model writeAndImport(const QString& dir, const std::string& name, const onnx::ModelProto& model) {
    auto imported = importOnnx(writeModel(dir, name, model));
    if (!imported) qFatal("%s", imported.error().message().c_str());
    return std::move(*imported);
}

std::vector<std::string> unshapedValues(const Graph& graph) {
    std::vector<std::string> names;
    for (NodeId id : graph.nodeIds()) {
        for (ValueId output : graph.node(id).outputs) {
            if (output != kNoValue && !graph.value(output).shape.isStatic()) names.push_back(graph.value(output).name);
        }
    }
    return names;
}

} // namespace fusebox::test
