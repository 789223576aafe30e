// fusebox_views without a main window, offscreen: item models under
// QAbstractItemModelTester, graph edits through the config text and the one undo stack
// (typing merged into word steps, graph edits as text diffs), merged moves, config
// errors underlined at their line, search, Graphviz layout, the scene, the view and its
// overview, exports.
#include "config/partition_config.h"
#include "config_editor.h"
#include "config_text_command.h"
#include "exports.h"
#include "graph_edit_controller.h"
#include "graph_layout.h"
#include "graph_overview.h"
#include "graph_scene.h"
#include "graph_view.h"
#include "line_numbered_edit.h"
#include "node_search.h"
#include "partition_models.h"
#include "sample_configs.h"
#include "support/studio_samples.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fusebox;
using namespace fusebox::studio;

namespace {

constexpr int kIdleTimeoutMs = test::kStudioIdleTimeoutMs;
using test::studioSampleConfig;
using test::studioSampleModel;

// A document with its editor, undo stack and edit controller, as the window joins them.
struct Workbench {
    StudioDocument document;
    QUndoStack undo;
    ConfigEditor editor{&document, &undo};
    GraphEditController edits{&document, &undo};

    const Graph& graph() const { return document.session()->model().graph; }
    std::string deviceOf(const std::string& nodeName) const {
        const auto id = graph().findNode(nodeName);
        return id ? document.session()->plan.decisions.at(*id).device : std::string("<missing>");
    }
    // The first node of an op type.
    QString firstNodeOf(const std::string& opType) const {
        for (NodeId id : graph().nodeIds()) {
            if (graph().node(id).opType == opType) return QString::fromStdString(graph().node(id).name);
        }
        return {};
    }
};

// True once the document has no partition running or pending.
bool waitForPlan(StudioDocument& document) {
    return QTest::qWaitFor([&document] { return !document.isBusy(); }, kIdleTimeoutMs);
}

std::unique_ptr<Workbench> openSample(const QString& config = studioSampleConfig()) {
    auto bench = std::make_unique<Workbench>();
    bench->document.setDebounceMs(10);
    QString error;
    if (!bench->document.open(studioSampleModel(), config, &error) || !waitForPlan(bench->document) || !bench->document.session()) {
        return nullptr;
    }
    return bench;
}

QAction* findActionWithData(QMenu* menu, const QString& data) {
    for (QAction* action : menu->actions()) {
        if (action->data().toString() == data) return action;
        if (action->menu()) {
            if (QAction* found = findActionWithData(action->menu(), data)) return found;
        }
    }
    return nullptr;
}

// The scene of the sample's plan, laid out on this thread (no layouter runs here).
GraphPicture layOut(const PartitionedModel& session, GraphScene& scene) {
    GraphPicture picture = buildPicture(session, scene.font());
    scene.showLayout(picture, layoutWithGraphviz(picture.request));
    return picture;
}

// Every edge of `a` within `tolerance` of the same edge of `b`.
bool nearRect(const QRectF& a, const QRectF& b, double tolerance) {
    return qAbs(a.left() - b.left()) <= tolerance && qAbs(a.top() - b.top()) <= tolerance && qAbs(a.right() - b.right()) <= tolerance &&
           qAbs(a.bottom() - b.bottom()) <= tolerance;
}

// Where `overview` draws the scene rect: inside its viewport, filling it in one direction.
bool fillsOverview(const GraphOverview& overview) {
    const QRect drawn = overview.mapFromScene(overview.scene()->sceneRect()).boundingRect();
    const QRect room = overview.viewport()->rect();
    constexpr int kFitMargin = 6; // px: fitInView's own margin and rounding
    return room.adjusted(-1, -1, 1, 1).contains(drawn) &&
           (drawn.width() >= room.width() - kFitMargin || drawn.height() >= room.height() - kFitMargin);
}

} // namespace

class TstViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        GraphLayouter::setHelperPath(QStringLiteral(FUSEBOX_LAYOUT_HELPER)); // not next to this binary
        QVERIFY2(QFile::exists(studioSampleModel()), "the build writes the sample models");
    }

    void itemModelsPassTheTester() {
        auto bench = openSample();
        QVERIFY(bench);
        const auto session = bench->document.session();

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
        auto bench = openSample();
        QVERIFY(bench);
        // The sample's classifier head runs on xnnpack; move it to onednn from the menu.
        const QStringList head = {bench->firstNodeOf("GlobalAveragePool"), bench->firstNodeOf("Flatten"), bench->firstNodeOf("Gemm")};
        const std::string gemm = head.last().toStdString();
        QCOMPARE(bench->deviceOf(gemm), std::string("xnnpack"));
        const QString before = bench->document.configText();
        QCOMPARE(int(bench->document.session()->plan.subgraphs.size()), 2);

        std::unique_ptr<QMenu> menu(bench->edits.createContextMenu(head, nullptr));
        QVERIFY(menu);
        QAction* onednn = findActionWithData(menu.get(), QStringLiteral("onednn"));
        QVERIFY(onednn);
        onednn->trigger();

        const QString rule = QStringLiteral("\n[[rule]]\nnodes = [\"%1\"]\ndevice = \"onednn\"\n").arg(head.join(QStringLiteral("\", \"")));
        QCOMPARE(bench->document.configText(), before + rule);
        QCOMPARE(bench->editor.textEdit()->toPlainText(), bench->document.configText());
        QVERIFY(waitForPlan(bench->document));
        QCOMPARE(bench->deviceOf(gemm), std::string("onednn"));
        QCOMPARE(bench->deviceOf(head.first().toStdString()), std::string("onednn"));
        QCOMPARE(int(bench->document.session()->plan.subgraphs.size()), 1); // one onednn subgraph
        QCOMPARE(bench->undo.count(), 1);

        bench->undo.undo();
        QCOMPARE(bench->document.configText(), before);
        QCOMPARE(bench->editor.textEdit()->toPlainText(), before);
        QVERIFY(waitForPlan(bench->document));
        QCOMPARE(bench->deviceOf(gemm), std::string("xnnpack"));
        QCOMPARE(int(bench->document.session()->plan.subgraphs.size()), 2);
        bench->undo.redo();
        QVERIFY(waitForPlan(bench->document));
        QCOMPARE(bench->deviceOf(gemm), std::string("onednn"));
    }

    void deviceMenuSaysWhichDevicesAccept() {
        auto bench = openSample();
        QVERIFY(bench);
        const QStringList nodes = {bench->firstNodeOf("Conv"), bench->firstNodeOf("Gemm"), bench->firstNodeOf("Add")};
        const auto session = bench->document.session();
        const QList<DeviceChoice> choices = bench->edits.deviceChoices(nodes);
        QCOMPARE(choices.size(), qsizetype(session->session->profiles().size() - 1)); // every device but host
        for (const DeviceChoice& choice : choices) {
            // The partitioner's own verdicts: a refusal per node the device does not accept.
            int refusing = 0;
            for (const QString& name : nodes) {
                refusing += int(session->plan.decisions.at(*bench->graph().findNode(name.toStdString())).refusals.count(choice.device.toStdString()));
            }
            QCOMPARE(choice.selected, 3);
            QCOMPARE(choice.accepting, 3 - refusing);
            QCOMPARE(choice.firstRefusal.isEmpty(), refusing == 0);
        }
        QMenu menu;
        bench->edits.fillDeviceMenu(&menu, nodes);
        QCOMPARE(menu.actions().size(), choices.size());
        const QAction* xnnpack = findActionWithData(&menu, QStringLiteral("xnnpack"));
        QVERIFY(xnnpack);
        QVERIFY2(xnnpack->text().startsWith(QStringLiteral("xnnpack — accepts")), qPrintable(xnnpack->text()));
        // Nothing selected: one disabled line, and the menu stays open to a later fill.
        bench->edits.fillDeviceMenu(&menu, {});
        QCOMPARE(menu.actions().size(), 1);
        QVERIFY(!menu.actions().first()->isEnabled());
        QVERIFY(menu.isEnabled());
    }

    void keepOnHostTwiceEditsOnce() {
        auto bench = openSample();
        QVERIFY(bench);
        const QStringList head = {bench->firstNodeOf("GlobalAveragePool"), bench->firstNodeOf("Flatten"), bench->firstNodeOf("Gemm")};
        const std::string gemm = head.last().toStdString();
        QVERIFY(bench->edits.keepOnHost(head));
        const QString once = bench->document.configText();
        QVERIFY(waitForPlan(bench->document));
        QCOMPARE(bench->deviceOf(gemm), std::string("host"));
        QSignalSpy messages(&bench->edits, &GraphEditController::message);
        QVERIFY(!bench->edits.keepOnHost({head[1]}));
        QCOMPARE(bench->document.configText(), once);
        QCOMPARE(bench->undo.count(), 1);
        QCOMPARE(messages.count(), 1);
        // Moving them on edits the one rule that names them instead of appending another.
        QVERIFY(bench->edits.runOn(head, QStringLiteral("onednn")));
        QCOMPARE(bench->document.configText().count(QStringLiteral("[[rule]]")), once.count(QStringLiteral("[[rule]]")));
        QCOMPARE(bench->document.configText(), QString(once).replace(once.lastIndexOf(QStringLiteral("\"host\"")), 6, QStringLiteral("\"onednn\"")));
        QVERIFY(waitForPlan(bench->document));
        QCOMPARE(bench->deviceOf(gemm), std::string("onednn"));
    }

    void keepOnHostAndGroup() {
        auto bench = openSample();
        QVERIFY(bench);
        const QString gemm = bench->firstNodeOf("Gemm");
        QVERIFY(bench->edits.keepOnHost({gemm}));
        QVERIFY(waitForPlan(bench->document));
        QCOMPARE(bench->deviceOf(gemm.toStdString()), std::string("host"));
        QVERIFY(bench->document.configText().endsWith(QStringLiteral("device = \"host\"\n")));

        const QString conv = bench->firstNodeOf("Conv");
        const QString relu = bench->firstNodeOf("Relu");
        QVERIFY(bench->edits.group({conv, relu}));
        QVERIFY(bench->document.configText().endsWith(QStringLiteral("group = \"group_1\"\n")));
        QVERIFY(waitForPlan(bench->document));
        const auto session = bench->document.session();
        const int subgraph = session->plan.subgraphOf(*bench->graph().findNode(conv.toStdString()));
        QVERIFY(subgraph >= 0);
        QCOMPARE(session->plan.subgraphOf(*bench->graph().findNode(relu.toStdString())), subgraph);
        QCOMPARE(bench->undo.count(), 2);
    }

    void moveUndoneByMinSubgraphSizeSaysSo() {
        auto bench = openSample();
        QVERIFY(bench);
        bench->document.setConfigText(QStringLiteral("[partition]\ntargets = []\nmin_subgraph_size = 3\n"));
        QVERIFY(waitForPlan(bench->document));
        const QString gemm = bench->firstNodeOf("Gemm");
        QSignalSpy messages(&bench->edits, &GraphEditController::message);
        QVERIFY(bench->edits.runOn({gemm}, QStringLiteral("xnnpack")));
        QVERIFY(waitForPlan(bench->document));
        QCOMPARE(bench->deviceOf(gemm.toStdString()), std::string("host"));
        QCOMPARE(messages.count(), 1);
        const QString text = messages.first().first().toString();
        QVERIFY2(text.contains(QStringLiteral("went back to host")) && text.contains(QStringLiteral("min_subgraph_size = 3")), qPrintable(text));
    }

    void paddleImportAppendsHostRulesUndoably() {
        auto bench = openSample();
        QVERIFY(bench);
        QTemporaryDir dir;
        const QString paddle = dir.filePath(QStringLiteral("keep.txt"));
        QVERIFY(test::writeTestFile(paddle, "# keep the classifier on the CPU\nfc\n"));
        const QString before = bench->document.configText();
        QString error;
        QVERIFY2(bench->edits.importPaddleConfig(paddle, &error), qPrintable(error));
        QVERIFY(bench->document.configText().endsWith(QStringLiteral("[[rule]]\nops = [\"MatMul\", \"Gemm\"]\ndevice = \"host\"\n")));
        QVERIFY(waitForPlan(bench->document));
        QCOMPARE(bench->deviceOf(bench->firstNodeOf("Gemm").toStdString()), std::string("host"));
        bench->undo.undo();
        QCOMPARE(bench->document.configText(), before);
        QVERIFY(!bench->edits.importPaddleConfig(dir.filePath(QStringLiteral("missing.txt")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.txt")));
    }

    void textChangesAreMinimalDiffs() {
        const TextChange change = TextChange::between(QStringLiteral("device = \"host\"\n"), QStringLiteral("device = \"onednn\"\n"));
        QCOMPARE(change.position, 10);
        QCOMPARE(change.removed, QStringLiteral("host"));
        QCOMPARE(change.inserted, QStringLiteral("onednn"));
        QCOMPARE(change.applyTo(QStringLiteral("device = \"host\"\n")).value(), QStringLiteral("device = \"onednn\"\n"));
        QVERIFY(!change.applyTo(QStringLiteral("device = \"xnnpack\"\n")));
        QCOMPARE(change.inverted().applyTo(QStringLiteral("device = \"onednn\"\n")).value(), QStringLiteral("device = \"host\"\n"));
        QVERIFY(TextChange::between(QStringLiteral("same"), QStringLiteral("same")).isEmpty());
        const TextChange doubled = TextChange::between(QStringLiteral("aa"), QStringLiteral("aaa"));
        QCOMPARE(doubled.inserted, QStringLiteral("a"));
    }

    // Typing and graph edits share one stack: typing is merged into word steps, undo goes
    // back through both in order, and undoing a graph edit keeps text typed before it.
    void undoRedoAcrossTypingAndGraphEdits() {
        auto bench = openSample();
        QVERIFY(bench);
        QPlainTextEdit* edit = bench->editor.textEdit();
        const QString original = bench->document.configText();
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral("# fast head"));
        QTest::keyClick(edit, Qt::Key_Return);
        // A step takes characters up to and with the space or line break that ends a word.
        QCOMPARE(bench->undo.count(), 3);
        const QString typed = original + QStringLiteral("# fast head\n");
        QCOMPARE(bench->document.configText(), typed);
        QCOMPARE(bench->undo.text(0), QStringLiteral("Type “#”"));
        QCOMPARE(bench->undo.text(1), QStringLiteral("Type “fast”"));
        QCOMPARE(bench->undo.text(2), QStringLiteral("Type “head”"));
        QVERIFY(waitForPlan(bench->document));

        const QString gemm = bench->firstNodeOf("Gemm");
        QVERIFY(bench->edits.keepOnHost({gemm}));
        const QString edited = bench->document.configText();
        QVERIFY(edited.startsWith(typed));
        QVERIFY(waitForPlan(bench->document));
        QCOMPARE(bench->deviceOf(gemm.toStdString()), std::string("host"));
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral("#x"));
        QCOMPARE(bench->undo.count(), 5); // typing does not merge into a graph edit

        bench->undo.undo(); // the typing after the graph edit
        QCOMPARE(bench->document.configText(), edited);
        bench->undo.undo(); // the graph edit: text and plan go back, the typing before it stays
        QCOMPARE(bench->document.configText(), typed);
        QCOMPARE(edit->toPlainText(), typed);
        QVERIFY(waitForPlan(bench->document));
        QCOMPARE(bench->deviceOf(gemm.toStdString()), std::string("xnnpack"));
        for (int step = 0; step < 3; ++step) bench->undo.undo();
        QCOMPARE(bench->document.configText(), original);
        QCOMPARE(edit->toPlainText(), original);

        for (int step = 0; step < 4; ++step) bench->undo.redo();
        QCOMPARE(bench->document.configText(), edited);
        QVERIFY(waitForPlan(bench->document));
        QCOMPARE(bench->deviceOf(gemm.toStdString()), std::string("host"));
        QCOMPARE(bench->undo.index(), 4);
    }

    void backspacesMergeIntoOneStep() {
        auto bench = openSample();
        QVERIFY(bench);
        QPlainTextEdit* edit = bench->editor.textEdit();
        const QString original = bench->document.configText();
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral("#abc"));
        for (int i = 0; i < 3; ++i) QTest::keyClick(edit, Qt::Key_Backspace);
        QCOMPARE(bench->document.configText(), original + QStringLiteral("#"));
        QCOMPARE(bench->undo.count(), 2);
        QCOMPARE(bench->undo.text(1), QStringLiteral("Delete “abc”"));
        bench->undo.undo();
        QCOMPARE(bench->document.configText(), original + QStringLiteral("#abc"));
    }

    void noStalePlanIsShown() {
        StudioDocument document;
        QString error;
        QVERIFY(document.open(studioSampleModel(), studioSampleConfig(), &error));
        QVERIFY(waitForPlan(document));
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
        QVERIFY(waitForPlan(document));
        QVERIFY(plans >= 1);
        QCOMPARE(stale, 0);
        QVERIFY(document.config().targets.empty());
        QCOMPARE(document.session()->plan.subgraphs.size(), std::size_t(0));
    }

    void configErrorIsUnderlinedAtItsLine() {
        auto bench = openSample();
        QVERIFY(bench);
        bench->editor.textEdit()->setPlainText(QStringLiteral("[partition]\ntargets = [\"onednn\"]\nmin_subgraph_size = 0\n"));
        QVERIFY(waitForPlan(bench->document));
        const ConfigError error = bench->editor.shownError();
        QCOMPARE(error.line, 3);
        QCOMPARE(error.column, 21);
        QVERIFY2(error.message.contains(QStringLiteral("min_subgraph_size is 0")), qPrintable(error.message));
        QVERIFY(bench->editor.isUnderlined(3, 21));
        QVERIFY(!bench->editor.isUnderlined(2, 1));

        // Fixing the text clears the error and partitions again.
        bench->editor.textEdit()->setPlainText(QStringLiteral("[partition]\ntargets = [\"onednn\"]\n"));
        QVERIFY(waitForPlan(bench->document));
        QVERIFY(bench->editor.shownError().message.isEmpty());
        QVERIFY(!bench->editor.isUnderlined(3, 21));
        QCOMPARE(bench->document.config().targets, std::vector<std::string>{"onednn"});
    }

    void validationErrorPointsAtTheRule() {
        auto bench = openSample();
        QVERIFY(bench);
        bench->editor.textEdit()->setPlainText(QStringLiteral("# c\n\n[[rule]]\nops = [\"Resise\"]\ndevice = \"host\"\n"));
        QVERIFY(waitForPlan(bench->document));
        const ConfigError error = bench->editor.shownError();
        QCOMPARE(error.line, 3);
        QVERIFY2(error.message.contains(QStringLiteral("did you mean 'Resize'")), qPrintable(error.message));
    }

    void editorNumbersItsLines() {
        StudioDocument document;
        QUndoStack undo;
        ConfigEditor editor(&document, &undo);
        auto* edit = qobject_cast<LineNumberedEdit*>(editor.textEdit());
        QVERIFY(edit);
        const int oneDigit = edit->lineNumberWidth();
        QVERIFY(oneDigit > 0);
        edit->setPlainText(QStringLiteral("#\n").repeated(120)); // 121 lines: three digits
        const int threeDigits = edit->lineNumberWidth();
        QCOMPARE(threeDigits - oneDigit, 2 * edit->fontMetrics().horizontalAdvance(QLatin1Char('9')));
        QVERIFY(edit->viewport()->geometry().left() >= threeDigits); // the text starts right of the numbers
    }

    void sampleConfigsAreOffered() {
        const QStringList samples = sampleConfigPaths();
        QStringList names;
        for (const QString& path : samples) names.append(QFileInfo(path).fileName());
        QCOMPARE(names, (QStringList{QStringLiteral("ppocr_det_onednn.toml"), QStringLiteral("ppocr_det_xnnpack.toml"), QStringLiteral("residual_convnet.toml")}));
        StudioDocument document;
        QUndoStack undo;
        ConfigEditor editor(&document, &undo);
        editor.offerSampleConfigs(samples);
        QVERIFY(editor.isOfferingSamples());
        editor.offerSampleConfigs({});
        QVERIFY(!editor.isOfferingSamples());
    }

    void searchFindsNodesOpsAndTensors() {
        auto bench = openSample();
        QVERIFY(bench);
        const Graph& graph = bench->graph();
        const QList<NodeId> gemm = findNodes(graph, QRegularExpression(QStringLiteral("^gem"), QRegularExpression::CaseInsensitiveOption));
        QCOMPARE(gemm.size(), 1); // op type, case-insensitive
        QCOMPARE(QString::fromStdString(graph.node(gemm.first()).name), bench->firstNodeOf("Gemm"));
        int convs = 0;
        for (NodeId id : graph.nodeIds()) convs += graph.node(id).opType == "Conv" ? 1 : 0;
        QCOMPARE(findNodes(graph, QRegularExpression(QStringLiteral("^Conv$"))).size(), convs);
        QVERIFY(convs > 2);
        QVERIFY(findNodes(graph, QRegularExpression(QStringLiteral("no_such_node_xyz"))).isEmpty());
        QVERIFY(findNodes(graph, QRegularExpression(QStringLiteral("("))).isEmpty()); // invalid pattern
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
        auto bench = openSample();
        QVERIFY(bench);
        const auto session = bench->document.session();
        const GraphPicture full = buildPicture(*session, QFont());
        QCOMPARE(full.request.nodes.size(), qsizetype(session->model().graph.nodeCount()));
        QCOMPARE(full.request.clusterCount, int(session->plan.subgraphs.size()));
        // Fused: one box per subgraph and per run of host nodes (a run of one is the node).
        const GraphHierarchy hierarchy(session->model().graph, session->plan);
        QCOMPARE(hierarchy.order().size(), session->model().graph.nodeCount());
        int runs = 0;
        for (int position = 0; position < int(hierarchy.order().size()); ++position) {
            runs += position == 0 || hierarchy.subgraphAt(position) != hierarchy.subgraphAt(position - 1);
        }
        const GraphPicture fused = buildFusedPicture(*session, hierarchy, {}, QFont());
        QCOMPARE(fused.request.nodes.size(), qsizetype(runs));
        QCOMPARE(fused.request.clusterCount, 0);
        const HierarchyGroup& first = hierarchy.groups()[std::size_t(hierarchy.topLevel().front())];
        QCOMPARE(first.subgraph, session->plan.subgraphs.front().id);
        const GraphPicture oneOpen = buildFusedPicture(*session, hierarchy, {first.key()}, QFont());
        QCOMPARE(oneOpen.request.clusterCount, 1);
        QCOMPARE(oneOpen.request.nodes.size(), fused.request.nodes.size() - 1 + first.size());
        QVERIFY(full.request.cacheKey() != fused.request.cacheKey());
        QCOMPARE(full.request.cacheKey(), buildPicture(*session, QFont()).request.cacheKey());
        GraphScene scene;
        layOut(*session, scene);
        QVERIFY(scene.hasNode(session->plan.subgraphs[0].nodes.front()));
    }

    void exportsWriteFiles() {
        auto bench = openSample();
        QVERIFY(bench);
        QTemporaryDir dir;
        const auto session = bench->document.session();
        GraphScene scene;
        layOut(*session, scene);
        QVERIFY(exportScenePng(scene, dir.filePath(QStringLiteral("g.png"))).isEmpty());
        QVERIFY(exportSceneSvg(scene, dir.filePath(QStringLiteral("g.svg"))).isEmpty());
        QVERIFY(exportPlanDot(*session, dir.filePath(QStringLiteral("p.dot"))).isEmpty());
        QVERIFY(exportPlanJson(*session, dir.filePath(QStringLiteral("p.json"))).isEmpty());
        QVERIFY(QImage(dir.filePath(QStringLiteral("g.png"))).width() > 100);
        QFile svg(dir.filePath(QStringLiteral("g.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QFile dot(dir.filePath(QStringLiteral("p.dot")));
        QVERIFY(dot.open(QIODevice::ReadOnly));
        QVERIFY(dot.readAll().contains("cluster_0"));
        QVERIFY(!exportPlanJson(*session, dir.filePath(QStringLiteral("no/such/dir/p.json"))).isEmpty());
    }

    void rightClickKeepsAMultiSelection() {
        auto bench = openSample();
        QVERIFY(bench);
        const auto session = bench->document.session();
        GraphScene scene;
        layOut(*session, scene);
        GraphView view(&scene);
        view.resize(900, 700);
        view.show();
        view.fit();
        const std::vector<NodeId>& trunk = session->plan.subgraphs[0].nodes;
        QVERIFY(trunk.size() >= 4);
        const QList<NodeId> three = {trunk[0], trunk[1], trunk[2]};
        scene.selectNodes(three);
        QCOMPARE(scene.selectedNodes().size(), 3);
        QSignalSpy menus(&view, &GraphView::contextMenuWanted);
        const auto rightClickOn = [&](NodeId node) {
            const QPoint at = view.mapFromScene(scene.nodeBounds(node).center());
            QTest::mousePress(view.viewport(), Qt::RightButton, {}, at);
            QContextMenuEvent event(QContextMenuEvent::Mouse, at, view.viewport()->mapToGlobal(at));
            QApplication::sendEvent(view.viewport(), &event);
            QTest::mouseRelease(view.viewport(), Qt::RightButton, {}, at);
        };
        rightClickOn(trunk[1]);
        QCOMPARE(menus.count(), 1);
        QCOMPARE(scene.selectedNodes(), three);
        rightClickOn(trunk[3]); // outside the selection: it alone is selected
        QCOMPARE(menus.count(), 2);
        QCOMPARE(scene.selectedNodes(), QList<NodeId>{trunk[3]});
    }

    void dropOnTheCanvasHandsOnTheFiles() {
        GraphScene scene;
        GraphView view(&scene);
        view.resize(400, 300);
        view.show();
        QSignalSpy dropped(&view, &GraphView::filesDropped);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(studioSampleModel())});
        const QPoint at(200, 150);
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(view.viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(view.viewport(), &drop);
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped.first().first().toStringList(), QStringList{studioSampleModel()});
    }

    void overviewShowsWhereTheViewIs() {
        // 121 boxes over 4000×4000 points, with the margin a layout gives its scene rect.
        GraphScene scene;
        for (int row = 0; row <= 10; ++row) {
            for (int column = 0; column <= 10; ++column) scene.addRect(column * 390.0, row * 394.0, 100, 60);
        }
        QCOMPARE(scene.itemsBoundingRect(), QRectF(-0.5, -0.5, 4001, 4001)); // the pen's half width each side
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20));
        GraphView view(&scene);
        view.resize(400, 300);
        view.show();
        GraphOverview overview(&view);
        const auto shownArea = [&view] { return view.mapToScene(view.viewport()->rect()).boundingRect(); };

        // At 100 % the view shows a corner of the graph: the overview is up, in the
        // viewport's bottom-right corner, the whole scene fitted in it.
        QTRY_VERIFY(overview.isVisible());
        QVERIFY(view.viewport()->geometry().contains(overview.geometry()));
        QVERIFY(overview.geometry().right() > view.viewport()->geometry().right() - 20);
        QVERIFY(overview.geometry().bottom() > view.viewport()->geometry().bottom() - 20);
        QVERIFY(overview.width() <= 220 && overview.height() <= 160);
        QVERIFY(fillsOverview(overview));
        QTRY_VERIFY(nearRect(overview.viewportArea(), shownArea(), 1));
        QCOMPARE(qRound(overview.viewportArea().width()), view.viewport()->width());

        view.fit(); // everything visible: nothing to show
        QTRY_VERIFY(!overview.isVisible());
        view.resetZoom();
        QTRY_VERIFY(overview.isVisible());
        overview.setSwitchedOn(false);
        QVERIFY(!overview.isVisible());
        overview.setSwitchedOn(true);
        QVERIFY(overview.isVisible());

        // Scrolling and zooming move and grow the drawn rectangle.
        const QRectF before = overview.viewportArea();
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 500);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 300);
        QTRY_VERIFY(nearRect(overview.viewportArea(), shownArea(), 1));
        QVERIFY(qAbs(overview.viewportArea().left() - before.left() - 500) <= 1);
        QVERIFY(qAbs(overview.viewportArea().top() - before.top() - 300) <= 1);
        view.zoomOut();
        QTRY_VERIFY(nearRect(overview.viewportArea(), shownArea(), 1));
        QVERIFY(qAbs(overview.viewportArea().width() - before.width() * 1.25) <= 2);

        // A click centres the main view on the scene point under it, two thirds across
        // and half way down the graph.
        view.resetZoom();
        const QPoint at = overview.mapFromScene(QPointF(2667, 2000));
        const QPointF target = overview.mapToScene(at); // the pixel's own scene point
        QVERIFY(QLineF(target, QPointF(2667, 2000)).length() < 30);
        QTest::mouseClick(overview.viewport(), Qt::LeftButton, {}, at);
        QVERIFY(QLineF(view.mapToScene(view.viewport()->rect().center()), target).length() <= 3);
        QTRY_VERIFY(nearRect(overview.viewportArea(), shownArea(), 1));

        // A new layout's scene rect is fitted again.
        scene.setSceneRect(QRectF(-4000, -20, 12000, 4040));
        QVERIFY(fillsOverview(overview));
    }
};

QTEST_MAIN(TstViews)
#include "tst_views.moc"
