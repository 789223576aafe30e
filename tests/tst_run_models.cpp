// Real models run end to end on the host adapter: the shared light models against
// their expected outputs, PaddleOCR and the builder's models to finite outputs of the
// declared shapes.
#include "modelbuilder/sample_models.h"
#include "runtime/accuracy.h"
#include "runtime/executor.h"
#include "runtime/input_generator.h"
#include "runtime/tensor_io.h"
#include "support/softmax_outputs.h"
#include "support/test_support.h"
#include "workflow/model_session.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace fusebox;

namespace {

struct HostRun {
    std::vector<Tensor> outputs;
    std::map<ValueId, Tensor> logits; // softmax_outputs.h
};

Result<HostRun> runOnHost(const PartitionedModel& session, const std::map<std::string, Tensor>& inputs) {
    auto executor = Executor::create(session.model(), session.plan, ExecutorOptions{.threads = 2, .keep = test::logitsToKeep(session.model().graph)});
    if (!executor) return executor.error();
    auto outputs = (*executor)->run(inputs, nullptr, false);
    if (!outputs) return outputs.error();
    return HostRun{std::move(*outputs), (*executor)->kept()};
}

Result<PartitionedModel> hostSession(const QString& path, std::map<std::string, std::vector<int64_t>> shapes = {}) {
    return partitionModel({path.toStdString(), PartitionConfig{}, std::move(shapes), test::profilesDir().toStdString()});
}

bool allFinite(const Tensor& t) {
    if (t.type() != ElementType::Float32) return true;
    for (int64_t i = 0; i < t.elementCount(); ++i) {
        if (!std::isfinite(t.data<float>()[i])) return false;
    }
    return true;
}

} // namespace

class TestRunModels : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void lightModelsMatchTheirExpectedOutputs_data() {
        QTest::addColumn<QString>("model");
        const QDir shared(test::sharedModelsDir());
        for (const QString& file : shared.entryList({"light_*.onnx"}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(file)) << shared.filePath(file);
        }
        if (shared.entryList({"light_*.onnx"}).isEmpty()) QTest::newRow("absent") << QString();
    }

    void lightModelsMatchTheirExpectedOutputs() {
        QFETCH(QString, model);
        if (model.isEmpty()) QSKIP("the shared models are not present");
        auto session = hostSession(model);
        QVERIFY2(session.ok(), session.ok() ? "" : session.error().message().c_str());
        const Graph& graph = session->model().graph;
        // The documented input: arange(n).reshape(shape) / n as float32.
        const Value& input = graph.value(graph.inputs()[0]);
        Tensor x = Tensor::allocate(ElementType::Float32, input.shape.staticSizes());
        const int64_t n = x.elementCount();
        for (int64_t i = 0; i < n; ++i) x.data<float>()[i] = static_cast<float>(i) / static_cast<float>(n);
        auto outputs = runOnHost(*session, {{input.name, x}});
        QVERIFY2(outputs.ok(), outputs.ok() ? "" : outputs.error().message().c_str());
        auto expected = readTensorProtoFile(QString(model).replace(".onnx", "_output_0.pb").toStdString());
        QVERIFY(expected.ok());
        const std::optional<ValueId> logits = test::softmaxLogits(graph)[0];
        const auto mismatch = logits && outputs->logits.count(*logits) ? test::logProbabilityMismatch(outputs->outputs[0], *expected, test::scaleOf(outputs->logits.at(*logits)), 1e-3)
                                     : firstMismatch(outputs->outputs[0], *expected, 1e-3, 1e-7);
        QVERIFY2(!mismatch, mismatch ? mismatch->c_str() : "");
    }

    void paddleOcrAndBuilderModelsRun_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("shape");
        for (const auto& sample : testmodels::allSampleModels()) {
            const QString path = QString::fromStdString(test::writeModel(dir_.path(), sample.fileName, sample.model));
            QTest::newRow(sample.fileName.c_str()) << path << (sample.fileName == "symbolic_batch.onnx" ? "x=2,8" : "");
        }
        const QDir ocr(test::paddleOcrDir());
        QTest::newRow("det") << ocr.filePath("ch_PP-OCRv4_det_infer.onnx") << "x=1,3,640,640";
        QTest::newRow("rec") << ocr.filePath("ch_PP-OCRv4_rec_infer.onnx") << "x=1,3,48,320";
        QTest::newRow("cls") << ocr.filePath("ch_ppocr_mobile_v2.0_cls_infer.onnx") << "x=1,3,48,192";
    }

    void paddleOcrAndBuilderModelsRun() {
        QFETCH(QString, model);
        QFETCH(QString, shape);
        if (!QFileInfo::exists(model)) QSKIP(qPrintable("not present (run scripts/fetch-models.sh): " + model));
        std::map<std::string, std::vector<int64_t>> shapes;
        if (!shape.isEmpty()) {
            std::vector<int64_t> dims;
            for (const QString& d : shape.section('=', 1).split(',')) dims.push_back(d.toLongLong());
            shapes[shape.section('=', 0, 0).toStdString()] = dims;
        }
        auto session = hostSession(model, shapes);
        QVERIFY2(session.ok(), session.ok() ? "" : session.error().message().c_str());
        const Graph& graph = session->model().graph;
        std::map<std::string, Tensor> inputs;
        int k = 0;
        for (ValueId id : graph.inputs()) inputs[graph.value(id).name] = *generateInput(graph.value(id), k++, 0);
        auto run = runOnHost(*session, inputs);
        QVERIFY2(run.ok(), run.ok() ? "" : run.error().message().c_str());
        const std::vector<Tensor>& outputs = run->outputs;
        QCOMPARE(outputs.size(), graph.outputs().size());
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            const Shape& declared = graph.value(graph.outputs()[i]).shape;
            if (declared.isStatic()) QCOMPARE(outputs[i].dims(), declared.staticSizes());
            QVERIFY(outputs[i].elementCount() > 0);
            QVERIFY(allFinite(outputs[i]));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunModels)
#include "tst_run_models.moc"
