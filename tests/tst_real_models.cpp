// Real topologies: the shared light models and the PaddleOCR models import with
// every value shaped. PaddleOCR tests skip, saying why, when the models are absent.
#include "onnx/onnx_import.h"
#include "support/test_support.h"

#include <QFileInfo>
#include <QTest>

using namespace fusebox;

namespace {

std::string describe(const std::vector<std::string>& names) {
    std::string text = std::to_string(names.size()) + " values without a static shape:";
    for (std::size_t i = 0; i < names.size() && i < 10; ++i) text += " " + names[i];
    return text;
}

} // namespace

class TestRealModels : public QObject {
    Q_OBJECT

private slots:
    void sharedModelsImportFullyShaped_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("nodes");
        // Node counts as documented with the shared models.
        QTest::newRow("alexnet") << "light_bvlc_alexnet.onnx" << 40;
        QTest::newRow("zfnet512") << "light_zfnet512.onnx" << 38;
        QTest::newRow("vgg19") << "light_vgg19.onnx" << 82;
        QTest::newRow("squeezenet") << "light_squeezenet.onnx" << 105;
        QTest::newRow("inception_v1") << "light_inception_v1.onnx" << 237;
        QTest::newRow("resnet50") << "light_resnet50.onnx" << 415;
    }

    void sharedModelsImportFullyShaped() {
        QFETCH(QString, file);
        QFETCH(int, nodes);
        const QString path = test::sharedModelsDir() + "/" + file;
        if (!QFileInfo::exists(path)) QSKIP(qPrintable("shared model not present: " + path));
        auto model = importOnnx(path.toStdString());
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message().c_str());
        QCOMPARE(model->graph.nodeCount(), std::size_t(nodes));
        QCOMPARE(model->graph.inputs().size(), std::size_t(1)); // initializers listed as inputs are not inputs
        QCOMPARE(model->graph.value(model->graph.inputs()[0]).shape, Shape::of({1, 3, 224, 224}));
        QCOMPARE(model->irVersion, int64_t(3));
        QCOMPARE(model->opsets.at(""), int64_t(9));
        // Dropout's optional mask output is never produced in inference and stays unshaped
        // in some models; every value that feeds something must be shaped.
        std::vector<std::string> missing;
        for (const std::string& name : test::unshapedValues(model->graph)) {
            if (!model->graph.value(*model->graph.findValue(name)).consumers.empty()) missing.push_back(name);
        }
        QVERIFY2(missing.empty(), describe(missing).c_str());
    }

    void resnet50HasNoValueWithoutShape() {
        const QString path = test::sharedModelsDir() + "/light_resnet50.onnx";
        if (!QFileInfo::exists(path)) QSKIP(qPrintable("shared model not present: " + path));
        auto model = importOnnx(path.toStdString());
        QVERIFY(model.ok());
        const auto missing = test::unshapedValues(model->graph);
        QVERIFY2(missing.empty(), describe(missing).c_str());
    }

    void paddleOcrModelsImport_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<bool>("fullyShaped");
        // ONNX shape inference alone resolves det; rec and cls compute Reshape targets
        // with Shape/Slice/Concat chains it cannot follow (constant folding will).
        QTest::newRow("det 640") << "ch_PP-OCRv4_det_infer.onnx" << "x=1,3,640,640" << true;
        QTest::newRow("rec") << "ch_PP-OCRv4_rec_infer.onnx" << "x=1,3,48,320" << false;
        QTest::newRow("cls") << "ch_ppocr_mobile_v2.0_cls_infer.onnx" << "x=1,3,48,192" << false;
    }

    void paddleOcrModelsImport() {
        QFETCH(QString, file);
        QFETCH(QString, shape);
        QFETCH(bool, fullyShaped);
        const QString path = test::paddleOcrDir() + "/" + file;
        if (!QFileInfo::exists(path)) {
            QSKIP(qPrintable("PaddleOCR model not present at " + path + " (run scripts/fetch-models.sh; needs npm)"));
        }
        const onnx::ModelProto proto = test::readProto(path);
        ImportOptions options;
        const QStringList parts = shape.split('=');
        std::vector<int64_t> dims;
        for (const QString& d : parts[1].split(',')) dims.push_back(d.toLongLong());
        options.inputShapes[parts[0].toStdString()] = dims;

        auto model = importOnnx(path.toStdString(), options);
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message().c_str());
        QCOMPARE(model->graph.nodeCount(), std::size_t(proto.graph().node_size()));
        QCOMPARE(model->graph.value(model->graph.inputs()[0]).shape, Shape::of(dims));
        const auto missing = test::unshapedValues(model->graph);
        if (fullyShaped) QVERIFY2(missing.empty(), describe(missing).c_str());
        else qInfo("%s", describe(missing).c_str());

        // About half the nodes of these models are unnamed; each gets its first output's name.
        int unnamed = 0;
        for (const onnx::NodeProto& node : proto.graph().node()) {
            if (!node.name().empty()) continue;
            ++unnamed;
            QVERIFY2(model->graph.findNode(node.output(0)), node.output(0).c_str());
        }
        QVERIFY(unnamed > 0);
    }
};

QTEST_GUILESS_MAIN(TestRealModels)
#include "tst_real_models.moc"
