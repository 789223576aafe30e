// Real models partitioned with the shipped profiles: valid plans whose host nodes are
// exactly the nodes the target's profile refuses.
#include "modelbuilder/sample_models.h"
#include "support/plan_checks.h"
#include "support/test_support.h"
#include "workflow/model_session.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace fusebox;

class TestPartitionModels : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    static Result<PartitionedModel> partitionFor(const QString& path, const std::string& target,
                                                 std::map<std::string, std::vector<int64_t>> shapes = {}) {
        PartitionConfig config;
        config.targets = {target};
        return partitionModel({path.toStdString(), config, std::move(shapes), test::profilesDir().toStdString()});
    }

private slots:
    void realModelsGiveValidPlans_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("shape");
        QStringList models;
        for (const auto& sample : testmodels::allSampleModels()) {
            models << QString::fromStdString(test::writeModel(dir_.path(), sample.fileName, sample.model));
        }
        const QDir shared(test::sharedModelsDir());
        for (const QString& file : shared.entryList({"*.onnx"}, QDir::Files, QDir::Name)) models << shared.filePath(file);
        const QDir ocr(test::paddleOcrDir());
        for (const QString& file : ocr.entryList({"*.onnx"}, QDir::Files, QDir::Name)) models << ocr.filePath(file);
        for (const QString& model : models) {
            QString shape;
            if (model.contains("_det_")) shape = "x=1,3,640,640";
            else if (model.contains("_rec_")) shape = "x=1,3,48,320";
            else if (model.contains("_cls_")) shape = "x=1,3,48,192";
            for (const char* target : {"xnnpack", "onednn"}) {
                QTest::newRow(qPrintable(QFileInfo(model).fileName() + " " + target)) << model << target << shape;
            }
        }
    }

    void realModelsGiveValidPlans() {
        QFETCH(QString, path);
        QFETCH(QString, target);
        QFETCH(QString, shape);
        std::map<std::string, std::vector<int64_t>> shapes;
        if (!shape.isEmpty()) {
            std::vector<int64_t> dims;
            for (const QString& d : shape.section('=', 1).split(',')) dims.push_back(d.toLongLong());
            shapes[shape.section('=', 0, 0).toStdString()] = dims;
        }
        auto session = partitionFor(path, target.toStdString(), shapes);
        QVERIFY2(session.ok(), session.ok() ? "" : session.error().message().c_str());
        const Graph& graph = session->model().graph;
        const PartitionPlan& plan = session->plan;
        QCOMPARE(test::planViolation(graph, plan), std::string());

        // With min_subgraph_size 1 and no rules, a node is on host exactly when the
        // target's profile refuses it, and then the refusal says why.
        std::size_t refused = 0;
        for (const auto& [id, decision] : plan.decisions) {
            const bool isRefused = decision.refusals.contains(target.toStdString());
            refused += isRefused;
            QCOMPARE(decision.device == "host", isRefused);
            if (isRefused) QVERIFY(decision.refusals.at(target.toStdString()).starts_with(graph.node(id).opType));
        }
        QCOMPARE(plan.hostNodes.size(), refused);
        QVERIFY(!plan.subgraphs.empty());
        for (const SubgraphOp& op : plan.subgraphs) QCOMPARE(op.device, target.toStdString());
    }

    void xnnpackSplitsInceptionAtConcat() {
        const std::string path = test::writeModel(dir_.path(), "inception.onnx", testmodels::inceptionBlock());
        auto session = partitionFor(QString::fromStdString(path), "xnnpack");
        QVERIFY(session.ok());
        const Graph& graph = session->model().graph;
        // XNNPACK has no Concat: the join stays on host and the four branches are
        // separate subgraphs, each reading the block input.
        QCOMPARE(session->plan.hostNodes.size(), std::size_t(1));
        QCOMPARE(graph.node(session->plan.hostNodes[0]).opType, std::string("Concat"));
        QCOMPARE(session->plan.subgraphs.size(), std::size_t(4));

        auto onednn = partitionFor(QString::fromStdString(path), "onednn");
        QVERIFY(onednn.ok());
        QCOMPARE(onednn->plan.subgraphs.size(), std::size_t(1)); // oneDNN concatenates: one subgraph
        QVERIFY(onednn->plan.hostNodes.empty());
    }

    void sharedModelsFoldTheirWeights() {
        const QString path = test::sharedModelsDir() + "/light_resnet50.onnx";
        if (!QFileInfo::exists(path)) QSKIP("shared models not present");
        auto session = partitionFor(path, "onednn");
        QVERIFY(session.ok());
        // Every weight is built by ConstantOfShape; folded, the convolutions see constants.
        const onnx::ModelProto proto = test::readProto(path);
        int constantOfShape = 0;
        for (const auto& node : proto.graph().node()) constantOfShape += node.op_type() == "ConstantOfShape";
        QCOMPARE(static_cast<int>(session->plan.folded.size()), constantOfShape);
        QCOMPARE(session->model().graph.nodeCount(), std::size_t(proto.graph().node_size() - constantOfShape));
    }
};

QTEST_GUILESS_MAIN(TestPartitionModels)
#include "tst_partition_models.moc"
