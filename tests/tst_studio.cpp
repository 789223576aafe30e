// The studio (app/studio), offscreen: item models under QAbstractItemModelTester, graph
// edits that go through the config text and the undo stack, config errors underlined at
// their line, search, Graphviz layout, exports and --screenshot.
#include "config/partition_config.h"
#include "config_editor.h"
#include "exports.h"
#include "graph_layout.h"
#include "graph_view.h"
#include "main_window.h"
#include "node_inspector.h"
#include "partition_models.h"
#include "screenshot.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fusebox;
using namespace fusebox::studio;

namespace {

constexpr int kIdleTimeoutMs = 30000;

QString sampleModel() { return QStringLiteral(FUSEBOX_SAMPLES_DIR "/residual_convnet.onnx"); }
QString sampleConfig() { return QStringLiteral(FUSEBOX_SOURCE_DIR "/resources/configs/residual_convnet.toml"); }

std::string deviceOf(const MainWindow& window, const std::string& nodeName) {
    const auto session = window.document()->session();
    const auto id = session->model().graph.findNode(nodeName);
    return id ? session->plan.decisions.at(*id).device : std::string("<missing>");
}

// The first node of an op type in the open model.
std::string firstNodeOf(const MainWindow& window, const std::string& opType) {
    const Graph& graph = window.document()->session()->model().graph;
    for (NodeId id : graph.nodeIds()) {
        if (graph.node(id).opType == opType) return graph.node(id).name;
    }
    return {};
}

QAction* findAction(QMenu* menu, const QString& text) {
    for (QAction* action : menu->actions()) {
        if (action->text() == text) return action;
        if (action->menu()) {
            if (QAction* found = findAction(action->menu(), text)) return found;
        }
    }
    return nullptr;
}

} // namespace

class TstStudio : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> openSample(const QString& config = sampleConfig()) {
        auto window = std::make_unique<MainWindow>();
        window->document()->setDebounceMs(10);
        window->resize(1200, 800);
        window->show();
        if (!window->openModel(sampleModel(), config)) return nullptr;
        if (!window->waitUntilIdle(kIdleTimeoutMs)) return nullptr;
        return window;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's
        QCoreApplication::setOrganizationName(QStringLiteral("fusebox-tests"));
        QVERIFY2(QFile::exists(sampleModel()), "the build writes the sample models");
    }

    void itemModelsPassTheTester() {
        auto window = openSample();
        QVERIFY(window);
        const auto session = window->document()->session();
        QVERIFY(session);

        SubgraphTableModel subgraphs;
        QAbstractItemModelTester subgraphTester(&subgraphs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        subgraphs.setSession(session);
        const int hostRows = session->plan.hostNodes.empty() ? 0 : 1;
        QCOMPARE(subgraphs.rowCount(), int(session->plan.subgraphs.size()) + hostRows);
        QCOMPARE(subgraphs.index(0, SubgraphTableModel::Device).data().toString(),
                 QString::fromStdString(session->plan.subgraphs[0].device));
        QCOMPARE(subgraphs.index(0, SubgraphTableModel::Nodes).data().toInt(), int(session->plan.subgraphs[0].nodes.size()));
        QCOMPARE(subgraphs.nodesOfRow(0).size(), qsizetype(session->plan.subgraphs[0].nodes.size()));
        subgraphs.setSession(nullptr);
        QCOMPARE(subgraphs.rowCount(), 0);

        DeviceTotalsModel totals;
        QAbstractItemModelTester totalsTester(&totals, QAbstractItemModelTester::FailureReportingMode::QtTest);
        totals.setSession(session);
        // The sample config: onednn trunk, xnnpack head, host; then the total row.
        QCOMPARE(totals.rowCount(), 4);
        const int last = totals.rowCount() - 1;
        QCOMPARE(totals.index(last, DeviceTotalsModel::Nodes).data().toInt(), int(session->model().graph.nodeCount()));
        QCOMPARE(totals.index(last, DeviceTotalsModel::Subgraphs).data().toInt(), int(session->plan.subgraphs.size()));
        totals.setSession(nullptr);
        QCOMPARE(totals.rowCount(), 0);
    }

    void contextActionEditsConfigAndUndoRestores() {
        auto window = openSample();
        QVERIFY(window);
        // The sample's classifier head runs on xnnpack; move it to onednn from the menu.
        const std::string pool = firstNodeOf(*window, "GlobalAveragePool");
        const std::string flatten = firstNodeOf(*window, "Flatten");
        const std::string gemm = firstNodeOf(*window, "Gemm");
        QCOMPARE(deviceOf(*window, gemm), std::string("xnnpack"));
        const QString before = window->document()->configText();
        QCOMPARE(int(window->document()->session()->plan.subgraphs.size()), 2);

        const QStringList head = {QString::fromStdString(pool), QString::fromStdString(flatten), QString::fromStdString(gemm)};
        QVERIFY(window->selectNodeNames(head));
        std::unique_ptr<QMenu> menu(window->createGraphContextMenu(window.get()));
        QVERIFY(menu);
        QAction* onednn = findAction(menu.get(), QStringLiteral("onednn"));
        QVERIFY(onednn);
        onednn->trigger();

        const QString rule = QStringLiteral("\n[[rule]]\nnodes = [\"%1\"]\ndevice = \"onednn\"\n").arg(head.join(QStringLiteral("\", \"")));
        QCOMPARE(window->document()->configText(), before + rule);
        QCOMPARE(window->configEditor()->textEdit()->toPlainText(), window->document()->configText());
        QVERIFY(window->waitUntilIdle(kIdleTimeoutMs));
        QCOMPARE(deviceOf(*window, gemm), std::string("onednn"));
        QCOMPARE(deviceOf(*window, pool), std::string("onednn"));
        QCOMPARE(int(window->document()->session()->plan.subgraphs.size()), 1); // one onednn subgraph
        QCOMPARE(window->undoStack()->count(), 1);

        window->undoStack()->undo();
        QCOMPARE(window->document()->configText(), before);
        QCOMPARE(window->configEditor()->textEdit()->toPlainText(), before);
        QVERIFY(window->waitUntilIdle(kIdleTimeoutMs));
        QCOMPARE(deviceOf(*window, gemm), std::string("xnnpack"));
        QCOMPARE(int(window->document()->session()->plan.subgraphs.size()), 2);
        window->undoStack()->redo();
        QVERIFY(window->waitUntilIdle(kIdleTimeoutMs));
        QCOMPARE(deviceOf(*window, gemm), std::string("onednn"));
    }

    void keepOnHostAndGroup() {
        auto window = openSample();
        QVERIFY(window);
        const std::string gemm = firstNodeOf(*window, "Gemm");
        QVERIFY(window->selectNodeNames({QString::fromStdString(gemm)}));
        window->keepSelectionOnHost();
        QVERIFY(window->waitUntilIdle(kIdleTimeoutMs));
        QCOMPARE(deviceOf(*window, gemm), std::string("host"));
        QVERIFY(window->document()->configText().endsWith(QStringLiteral("device = \"host\"\n")));

        const std::string conv = firstNodeOf(*window, "Conv");
        const std::string relu = firstNodeOf(*window, "Relu");
        QVERIFY(window->selectNodeNames({QString::fromStdString(conv), QString::fromStdString(relu)}));
        window->groupSelection();
        QVERIFY(window->document()->configText().endsWith(QStringLiteral("group = \"group_1\"\n")));
        QVERIFY(window->waitUntilIdle(kIdleTimeoutMs));
        const auto session = window->document()->session();
        const int subgraph = session->plan.subgraphOf(*session->model().graph.findNode(conv));
        QVERIFY(subgraph >= 0);
        QCOMPARE(session->plan.subgraphOf(*session->model().graph.findNode(relu)), subgraph);
        QCOMPARE(window->undoStack()->count(), 2);
    }

    void paddleImportAppendsHostRulesUndoably() {
        auto window = openSample();
        QVERIFY(window);
        QTemporaryDir dir;
        const QString paddle = dir.filePath(QStringLiteral("keep.txt"));
        QFile file(paddle);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# keep the classifier on the CPU\nfc\n");
        file.close();
        const QString before = window->document()->configText();
        QString error;
        QVERIFY2(window->importPaddleConfig(paddle, &error), qPrintable(error));
        QVERIFY(window->document()->configText().endsWith(QStringLiteral("[[rule]]\nops = [\"MatMul\", \"Gemm\"]\ndevice = \"host\"\n")));
        QVERIFY(window->waitUntilIdle(kIdleTimeoutMs));
        QCOMPARE(deviceOf(*window, firstNodeOf(*window, "Gemm")), std::string("host"));
        window->undoStack()->undo();
        QCOMPARE(window->document()->configText(), before);
        QVERIFY(!window->importPaddleConfig(dir.filePath(QStringLiteral("missing.txt")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.txt")));
    }

    void noStalePlanIsShown() {
        StudioDocument document;
        QString error;
        QVERIFY(document.open(sampleModel(), sampleConfig(), &error));
        QTRY_VERIFY_WITH_TIMEOUT(!document.isBusy(), kIdleTimeoutMs);
        // A plan is only ever shown for the text it was made from: a job that finishes
        // after a newer edit is dropped (a job may finish before the next edit starts).
        int plans = 0;
        int stale = 0;
        connect(&document, &StudioDocument::planChanged, this, [&] {
            ++plans;
            const auto current = parsePartitionConfig(document.configText().toStdString(), "cfg.toml");
            if (!current.ok() || current->targets != document.config().targets) ++stale;
        });
        document.setConfigText(QStringLiteral("[partition]\ntargets = [\"xnnpack\"]\n"));
        document.repartitionNow();
        document.setConfigText(QStringLiteral("[partition]\ntargets = [\"onednn\"]\n"));
        document.repartitionNow();
        document.setConfigText(QStringLiteral("[partition]\ntargets = []\n"));
        document.repartitionNow();
        QTRY_VERIFY_WITH_TIMEOUT(!document.isBusy(), kIdleTimeoutMs);
        QVERIFY(plans >= 1);
        QCOMPARE(stale, 0);
        QVERIFY(document.config().targets.empty());
        QCOMPARE(document.session()->plan.subgraphs.size(), std::size_t(0));
    }

    void configErrorIsUnderlinedAtItsLine() {
        auto window = openSample();
        QVERIFY(window);
        const QString bad = QStringLiteral("[partition]\ntargets = [\"onednn\"]\nmin_subgraph_size = 0\n");
        window->configEditor()->textEdit()->setPlainText(bad);
        QVERIFY(window->waitUntilIdle(kIdleTimeoutMs));
        const ConfigError error = window->configEditor()->shownError();
        QCOMPARE(error.line, 3);
        QCOMPARE(error.column, 21);
        QVERIFY2(error.message.contains(QStringLiteral("min_subgraph_size is 0")), qPrintable(error.message));
        QVERIFY(window->configEditor()->isUnderlined(3, 21));
        QVERIFY(!window->configEditor()->isUnderlined(2, 1));

        // Fixing the text clears the error and partitions again.
        window->configEditor()->textEdit()->setPlainText(QStringLiteral("[partition]\ntargets = [\"onednn\"]\n"));
        QVERIFY(window->waitUntilIdle(kIdleTimeoutMs));
        QVERIFY(window->configEditor()->shownError().message.isEmpty());
        QVERIFY(!window->configEditor()->isUnderlined(3, 21));
        QCOMPARE(window->document()->config().targets, std::vector<std::string>{"onednn"});
    }

    void validationErrorPointsAtTheRule() {
        auto window = openSample();
        QVERIFY(window);
        window->configEditor()->textEdit()->setPlainText(QStringLiteral("# c\n\n[[rule]]\nops = [\"Resise\"]\ndevice = \"host\"\n"));
        QVERIFY(window->waitUntilIdle(kIdleTimeoutMs));
        const ConfigError error = window->configEditor()->shownError();
        QCOMPARE(error.line, 3);
        QVERIFY2(error.message.contains(QStringLiteral("did you mean 'Resize'")), qPrintable(error.message));
    }

    void searchFindsAndSelects() {
        auto window = openSample();
        QVERIFY(window);
        const std::string gemm = firstNodeOf(*window, "Gemm");
        QCOMPARE(window->search(QStringLiteral("^gem")), 1); // op type, case-insensitive regex
        const auto selected = window->selectedNodes();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(window->document()->session()->model().graph.node(selected.first()).name, gemm);
        QVERIFY(window->inspector()->toPlainText().contains(QString::fromStdString(gemm)));
        QVERIFY(window->inspector()->toPlainText().contains(QStringLiteral("xnnpack")));
        // The partition table follows the selection.
        const auto session = window->document()->session();
        QCOMPARE(window->subgraphTable()->currentIndex().row(),
                 window->subgraphModel()->rowOfNode(selected.first()));

        const int convs = window->search(QStringLiteral("Conv"));
        QVERIFY(convs > 2);
        const NodeId first = window->selectedNodes().first();
        window->findNext();
        QVERIFY(window->selectedNodes().first() != first);
        window->findPrevious();
        QCOMPARE(window->selectedNodes().first(), first);
        QCOMPARE(window->search(QStringLiteral("no_such_node_xyz")), 0);
    }

    void tableRowSelectsSubgraph() {
        auto window = openSample();
        QVERIFY(window);
        const QModelIndex row = window->subgraphModel()->index(0, 0);
        emit window->subgraphTable()->clicked(row);
        const auto selected = window->selectedNodes();
        QCOMPARE(selected.size(), qsizetype(window->document()->session()->plan.subgraphs[0].nodes.size()));
    }

    void graphvizLayoutPlacesNodesAndClusters() {
        LayoutRequest request;
        request.clusterCount = 1;
        request.nodes = {LayoutNode{72, 36, 0}, LayoutNode{72, 36, 0}, LayoutNode{72, 36, -1}};
        request.edges = {LayoutEdge{0, 1}, LayoutEdge{1, 2}};
        const LayoutResult layout = layoutWithGraphviz(request);
        QVERIFY(layout.error.isEmpty());
        QCOMPARE(layout.centers.size(), 3);
        QVERIFY(layout.centers[0].y() < layout.centers[1].y()); // top to bottom
        QVERIFY(layout.centers[1].y() < layout.centers[2].y());
        QCOMPARE(layout.clusters.size(), 1);
        QVERIFY(layout.clusters[0].contains(layout.centers[0]));
        QVERIFY(!layout.clusters[0].contains(layout.centers[2]));
        QCOMPARE(layout.edges.size(), 2);
        QVERIFY(!layout.edges[0].isEmpty());
        QVERIFY(layout.bounds.contains(layout.centers[2]));
    }

    void sceneShowsClustersAndFusedBoxes() {
        auto window = openSample();
        QVERIFY(window);
        const auto session = window->document()->session();
        const GraphPicture full = buildPicture(*session, false, {}, QFont());
        QCOMPARE(full.request.nodes.size(), qsizetype(session->model().graph.nodeCount()));
        QCOMPARE(full.request.clusterCount, int(session->plan.subgraphs.size()));
        const GraphPicture fused = buildPicture(*session, true, {}, QFont());
        QCOMPARE(fused.request.nodes.size(), qsizetype(session->plan.subgraphs.size() + session->plan.hostNodes.size()));
        QCOMPARE(fused.request.clusterCount, 0);
        const GraphPicture oneOpen = buildPicture(*session, true, {0}, QFont());
        QCOMPARE(oneOpen.request.clusterCount, 1);
        QVERIFY(full.request.cacheKey() != fused.request.cacheKey());
        QCOMPARE(full.request.cacheKey(), buildPicture(*session, false, {}, QFont()).request.cacheKey());
        QVERIFY(window->scene()->hasNode(session->plan.subgraphs[0].nodes.front()));
    }

    void exportsWriteFiles() {
        auto window = openSample();
        QVERIFY(window);
        QTemporaryDir dir;
        const auto session = window->document()->session();
        QVERIFY(exportScenePng(*window->scene(), dir.filePath(QStringLiteral("g.png"))).isEmpty());
        QVERIFY(exportSceneSvg(*window->scene(), dir.filePath(QStringLiteral("g.svg"))).isEmpty());
        QVERIFY(exportPlanDot(*session, dir.filePath(QStringLiteral("p.dot"))).isEmpty());
        QVERIFY(exportPlanJson(*session, dir.filePath(QStringLiteral("p.json"))).isEmpty());
        QVERIFY(QImage(dir.filePath(QStringLiteral("g.png"))).width() > 100);
        QFile svg(dir.filePath(QStringLiteral("g.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QFile dot(dir.filePath(QStringLiteral("p.dot")));
        QVERIFY(dot.open(QIODevice::ReadOnly));
        QVERIFY(dot.readAll().contains("cluster_0"));
    }

    void chineseTranslationIsComplete() {
        QFile file(QStringLiteral(FUSEBOX_SOURCE_DIR "/translations/fusebox_zh_CN.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.count("<message") > 100);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
        QCOMPARE(text.count("type=\"vanished\"") + text.count("type=\"obsolete\""), 0);
    }

    void screenshotWritesTheWindow() {
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("shot.png"));
        const int code = renderScreenshot({image, sampleModel(), sampleConfig(), {}, 0, false, {}, ScreenshotView::Graph, {}});
        QCOMPARE(code, 0);
        const QImage picture(image);
        QCOMPARE(picture.size(), QSize(1600, 1000));
        QCOMPARE(renderScreenshot({image, sampleModel(), sampleConfig(), {QStringLiteral("no_such_node")}, 0, false, {}, ScreenshotView::Graph, {}}), 2);
    }
};

QTEST_MAIN(TstStudio)
#include "tst_studio.moc"
