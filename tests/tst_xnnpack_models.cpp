// Real models with targets = ["xnnpack"], and ["xnnpack", "onednn"] (both devices and
// host in one plan): the shared light models, the builder's samples and PaddleOCR give a
// valid plan (what XNNPACK lacks, such as Concat, on host or oneDNN) and the host's
// outputs within rtol 1e-3 / atol 1e-4.
#include "modelbuilder/sample_models.h"
#include "runtime/adapter.h"
#include "support/device_run.h"
#include "support/plan_checks.h"
#include "support/test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace fusebox;

class TestXnnpackModels : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void initTestCase() {
        const Adapter* adapter = AdapterRegistry::find("xnnpack");
        QVERIFY(adapter);
        if (!adapter->probe().available) QSKIP(qPrintable(QString::fromStdString(adapter->probe().reason)));
    }

    void modelsMatchTheHost_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QStringList>("targets");
        std::vector<std::pair<QString, QString>> models; // path, input shape
        const QDir shared(test::sharedModelsDir());
        for (const QString& file : shared.entryList({"light_*.onnx"}, QDir::Files, QDir::Name)) models.emplace_back(shared.filePath(file), "");
        for (const auto& sample : testmodels::allSampleModels()) {
            const QString path = QString::fromStdString(test::writeModel(dir_.path(), sample.fileName, sample.model));
            models.emplace_back(path, sample.fileName == "symbolic_batch.onnx" ? "x=2,8" : "");
        }
        const QDir ocr(test::paddleOcrDir());
        models.emplace_back(ocr.filePath("ch_PP-OCRv4_det_infer.onnx"), "x=1,3,640,640");
        models.emplace_back(ocr.filePath("ch_PP-OCRv4_rec_infer.onnx"), "x=1,3,48,320");
        models.emplace_back(ocr.filePath("ch_ppocr_mobile_v2.0_cls_infer.onnx"), "x=1,3,48,192");
        for (const QStringList& targets : {QStringList{"xnnpack"}, QStringList{"xnnpack", "onednn"}}) {
            for (const auto& [path, shape] : models) {
                QTest::newRow(qPrintable(QFileInfo(path).fileName() + " on " + targets.join('+'))) << path << shape << targets;
            }
        }
    }

    void modelsMatchTheHost() {
        QFETCH(QString, model);
        QFETCH(QString, shape);
        QFETCH(QStringList, targets);
        if (!QFileInfo::exists(model)) QSKIP(qPrintable("not present (run scripts/fetch-models.sh): " + model));
        std::vector<std::string> devices;
        for (const QString& target : targets) {
            const Adapter* adapter = AdapterRegistry::find(target.toStdString());
            if (!adapter || !adapter->probe().available) QSKIP(qPrintable(target + " is not available here"));
            devices.push_back(target.toStdString());
        }
        std::map<std::string, std::vector<int64_t>> shapes;
        if (!shape.isEmpty()) {
            std::vector<int64_t> dims;
            for (const QString& d : shape.section('=', 1).split(',')) dims.push_back(d.toLongLong());
            shapes[shape.section('=', 0, 0).toStdString()] = dims;
        }
        auto device = test::runWithTargets(model.toStdString(), devices, shapes, 2);
        QVERIFY2(device.ok(), device.ok() ? "" : device.error().message().c_str());
        const std::string violation = test::planViolation(device->session->model().graph, device->session->plan);
        QVERIFY2(violation.empty(), violation.c_str());
        for (const SubgraphOp& op : device->session->plan.subgraphs) QVERIFY(targets.contains(QString::fromStdString(op.device)));
        auto host = test::runWithTargets(model.toStdString(), {}, shapes, 2);
        QVERIFY2(host.ok(), host.ok() ? "" : host.error().message().c_str());
        const std::string mismatch = test::outputsMismatch(*device, *host, 1e-3, 1e-4);
        QVERIFY2(mismatch.empty(), mismatch.c_str());
        qInfo("%zu subgraphs, %zu host nodes, %d layout conversions", device->session->plan.subgraphs.size(),
              device->session->plan.hostNodes.size(), device->stats.layoutConversions);
    }
};

QTEST_GUILESS_MAIN(TestXnnpackModels)
#include "tst_xnnpack_models.moc"
