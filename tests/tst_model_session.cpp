// ModelSession: one import, many partitions; plan variants in one place; the model hash
// covers external data.
#include "config/partition_config.h"
#include "modelbuilder/sample_models.h"
#include "onnx/onnx_import.h"
#include "partition/plan_json.h"
#include "support/test_support.h"
#include "workflow/model_session.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

using namespace fusebox;

namespace {

PartitionConfig parse(const std::string& text) {
    auto config = parsePartitionConfig(text, "test.toml");
    if (!config) qFatal("%s", config.error().message().c_str());
    return *config;
}

std::size_t nodesOn(const PartitionPlan& plan, const std::string& device) {
    std::size_t count = 0;
    for (const SubgraphOp& op : plan.subgraphs) count += op.device == device ? op.nodes.size() : 0;
    return count;
}

} // namespace

class TestModelSession : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    std::shared_ptr<const ModelSession> open(const std::string& path, InputShapes configShapes = {}) {
        auto session = ModelSession::open({path, std::move(configShapes), {}, test::profilesDir().toStdString(), {}});
        if (!session) qFatal("%s", session.error().message().c_str());
        return *session;
    }

private slots:
    // Every plan of a session equals the plan of a fresh import with the same config,
    // and partitioning again imports nothing.
    void partitionsManyTimesFromOneImport() {
        const std::string path = test::writeModel(dir_.path(), "inception.onnx", testmodels::inceptionBlock());
        const int64_t before = importCount();
        auto session = open(path);
        QCOMPARE(importCount() - before, int64_t(1));
        const std::vector<std::string> configs{"[partition]\ntargets = [\"xnnpack\"]\n",
                                               "[partition]\ntargets = [\"onednn\"]\n",
                                               "[partition]\ntargets = [\"xnnpack\"]\n[[rule]]\nops = [\"Concat\"]\ndevice = \"onednn\"\n",
                                               ""};
        for (const std::string& text : configs) {
            auto plan = session->partition(parse(text));
            QVERIFY(plan.ok());
            auto fresh = partitionModel({path, parse(text), {}, test::profilesDir().toStdString()});
            QVERIFY(fresh.ok());
            QCOMPARE(planToJson(session->graph(), *plan), planToJson(fresh->model().graph, fresh->plan));
        }
        QCOMPARE(importCount() - before, int64_t(1 + configs.size())); // the fresh ones only
    }

    void variantsAreHostDeviceAloneAndAsWritten() {
        const std::string path = test::writeModel(dir_.path(), "residual.onnx", testmodels::residualConvNet());
        auto session = open(path);
        const PartitionConfig config = parse("[partition]\ntargets = [\"onednn\"]\n[[rule]]\nops = [\"Relu\"]\ndevice = \"host\"\n");
        const std::size_t nodes = session->graph().nodeCount();

        auto host = session->partition(config, PlanVariant::hostOnly());
        QVERIFY(host.ok());
        QCOMPARE(host->subgraphs.size(), std::size_t(0));
        QCOMPARE(host->hostNodes.size(), nodes);

        auto alone = session->partition(config, PlanVariant::deviceAlone("onednn")); // no rules: Relu goes too
        QVERIFY(alone.ok());
        QCOMPARE(nodesOn(*alone, "onednn") + alone->hostNodes.size(), nodes);
        QCOMPARE(alone->hostNodes.size(), std::size_t(0));

        auto written = session->partition(config, PlanVariant::asWritten()); // the rule keeps every Relu on host
        QVERIFY(written.ok());
        std::size_t relus = 0;
        for (NodeId id : session->graph().nodeIds()) relus += session->graph().node(id).opType == "Relu";
        QVERIFY(relus > 0);
        for (NodeId id : written->hostNodes) QCOMPARE(session->graph().node(id).opType, std::string("Relu"));
        QCOMPARE(written->hostNodes.size(), relus);

        QCOMPARE(PlanVariant::deviceAlone("host").kind, PlanVariant::Kind::HostOnly);
        QCOMPARE(PlanVariant::hostOnly().label(), std::string("host"));
        QCOMPARE(PlanVariant::deviceAlone("xnnpack").label(), std::string("xnnpack"));
        QCOMPARE(PlanVariant::asWritten().label(), std::string("config"));
    }

    // Paddle Lite rules come before the config's own: a hand-written rule wins.
    void handWrittenRulesWinOverPaddleRules() {
        PartitionConfig config = parse("[partition]\ntargets = [\"onednn\"]\n[[rule]]\nops = [\"Relu\"]\ndevice = \"onednn\"\n");
        Rule paddle;
        paddle.ops = {"Relu"};
        paddle.device = kHostDevice;
        addPaddleRules(config, {paddle});
        QCOMPARE(config.rules.size(), std::size_t(2));
        QCOMPARE(config.rules.front().device, std::string(kHostDevice));
        const std::string path = test::writeModel(dir_.path(), "residual_paddle.onnx", testmodels::residualConvNet());
        auto plan = open(path)->partition(config);
        QVERIFY(plan.ok());
        QCOMPARE(plan->hostNodes.size(), std::size_t(0));
        QVERIFY(configFor(config, PlanVariant::deviceAlone("onednn")).rules.empty());
    }

    // Other [model] shapes mean another import: the session refuses, saying so.
    void otherConfigShapesNeedAnotherSession() {
        const std::string path = test::writeModel(dir_.path(), "symbolic.onnx", testmodels::symbolicBatchModel());
        auto session = open(path);
        PartitionConfig config;
        QVERIFY(session->acceptsShapesOf(config));
        config.shapes["x"] = {4, 8};
        QVERIFY(!session->acceptsShapesOf(config));
        auto plan = session->partition(config);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message().find("open it again") != std::string::npos, plan.error().message().c_str());
    }

    void unknownDeviceInTheConfigIsAnError() {
        const std::string path = test::writeModel(dir_.path(), "residual_typo.onnx", testmodels::residualConvNet());
        auto plan = open(path)->partition(parse("[partition]\ntargets = [\"xnnpak\"]\n"));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message().find("xnnpak") != std::string::npos, plan.error().message().c_str());
    }

    // A changed weight file is another model; the same bytes under another name are not.
    void modelHashCoversExternalData() {
        onnx::ModelProto proto = testmodels::residualConvNet();
        QVERIFY(test::moveInitializersToExternalData(proto, dir_.path(), "weights.bin") > 0);
        const std::string path = test::writeModel(dir_.path(), "external.onnx", proto);
        const std::string first = open(path)->modelHash();
        QCOMPARE(first.size(), std::size_t(64));
        QCOMPARE(open(path)->modelHash(), first);

        const std::string data = dir_.filePath("weights.bin").toStdString();
        std::fstream file(data, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(0);
        const char changed[4] = {1, 2, 3, 4};
        file.write(changed, 4);
        file.close();
        QVERIFY(open(path)->modelHash() != first);

        const std::string inline_ = test::writeModel(dir_.path(), "inline.onnx", testmodels::residualConvNet());
        QVERIFY(open(inline_)->modelHash() != first);
        QCOMPARE(open(inline_)->model().externalDataFiles.size(), std::size_t(0));
        QCOMPARE(open(path)->model().externalDataFiles.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestModelSession)
#include "tst_model_session.moc"
