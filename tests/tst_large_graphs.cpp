// Large graphs in the studio: the fused view's hierarchy (views/graph_hierarchy.h) on
// generated chains of 10k-30k nodes, and the main window opening, expanding and searching
// such a graph.
#include "graph_hierarchy.h"
#include "graph_picture.h"
#include "graph_scene.h"
#include "graph_view.h"
#include "main_window.h"
#include "partition/plan_dot.h"
#include "screenshot.h"
#include "modelbuilder/model_builder.h"
#include "modelbuilder/sample_models.h"
#include "support/studio_samples.h"
#include "workflow/model_session.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <map>
#include <set>

using namespace fusebox;
using namespace fusebox::studio;

namespace {

constexpr int kLargeNodes = 30000;

// The model as the studio opens it, every node on host.
std::shared_ptr<const PartitionedModel> openChain(const QTemporaryDir& dir, int nodes, bool scoped) {
    const std::string path = dir.filePath(QStringLiteral("chain_%1_%2.onnx").arg(nodes).arg(scoped)).toStdString();
    std::string error;
    if (!testmodels::writeModel(testmodels::largeChainModel(nodes, scoped), path, &error)) return nullptr;
    auto session = ModelSession::open({path, {}, {}, {}, {}});
    if (!session) return nullptr;
    auto plan = (*session)->partition(PartitionConfig{});
    if (!plan) return nullptr;
    return std::make_shared<const PartitionedModel>(PartitionedModel{*session, std::move(*plan)});
}

// The same model with a hand-made plan: in each run of four nodes of the order, three
// form a subgraph and the fourth stays on host (thousands of subgraphs).
std::shared_ptr<const PartitionedModel> withManySubgraphs(const PartitionedModel& host) {
    PartitionPlan plan;
    const std::vector<NodeId> order = *host.model().graph.topologicalOrder();
    for (std::size_t start = 0; start < order.size(); start += 4) {
        SubgraphOp op;
        op.id = int(plan.subgraphs.size());
        op.device = "xnnpack";
        for (std::size_t index = start; index < std::min(start + 3, order.size()); ++index) op.nodes.push_back(order[index]);
        plan.order.push_back(PlanStep{PlanStep::Kind::Subgraph, op.id, kNoNode});
        plan.subgraphs.push_back(std::move(op));
        if (start + 3 < order.size()) {
            plan.hostNodes.push_back(order[start + 3]);
            plan.order.push_back(PlanStep{PlanStep::Kind::HostNode, -1, order[start + 3]});
        }
    }
    return std::make_shared<const PartitionedModel>(PartitionedModel{host.session, std::move(plan)});
}

// Checks that children tile their parent in order, that only small groups are leaves and
// no level is wider than the fan-out; returns the number of leaves.
int checkGroup(const GraphHierarchy& hierarchy, int index, QString* problem) {
    const HierarchyGroup& group = hierarchy.groups()[std::size_t(index)];
    if (group.children.empty()) {
        if (group.size() > GraphHierarchy::kLeafNodes) *problem = QStringLiteral("leaf of %1 nodes").arg(group.size());
        return 1;
    }
    if (group.size() <= GraphHierarchy::kLeafNodes) *problem = QStringLiteral("split a group of %1 nodes").arg(group.size());
    if (group.children.size() > std::size_t(GraphHierarchy::kFanOut) || group.children.size() < 2) {
        *problem = QStringLiteral("%1 children").arg(group.children.size());
    }
    int next = group.begin;
    int leaves = 0;
    for (int child : group.children) {
        const HierarchyGroup& part = hierarchy.groups()[std::size_t(child)];
        if (part.begin != next) *problem = QStringLiteral("child starts at %1, expected %2").arg(part.begin).arg(next);
        next = part.end;
        leaves += checkGroup(hierarchy, child, problem);
    }
    if (next != group.end) *problem = QStringLiteral("children end at %1, expected %2").arg(next).arg(group.end);
    return leaves;
}

// Whether the graph's edges between the groups of `level` all run forwards (then the
// boxes of that level form a graph without cycles).
bool edgesRunForwards(const PartitionedModel& session, const GraphHierarchy& hierarchy, const std::vector<int>& level) {
    std::map<NodeId, int> groupOf;
    for (int slot = 0; slot < int(level.size()); ++slot) {
        for (NodeId node : hierarchy.members(hierarchy.groups()[std::size_t(level[std::size_t(slot)])])) groupOf[node] = slot;
    }
    const Graph& graph = session.model().graph;
    for (const auto& [node, slot] : groupOf) {
        for (ValueId input : graph.node(node).inputs) {
            if (input == kNoValue) continue;
            const auto producer = groupOf.find(graph.value(input).producer);
            if (producer != groupOf.end() && producer->second > slot) return false;
        }
    }
    return true;
}

int selectableItems(const QGraphicsScene& scene) {
    int count = 0;
    for (const QGraphicsItem* item : scene.items()) count += (item->flags() & QGraphicsItem::ItemIsSelectable) ? 1 : 0;
    return count;
}

} // namespace

class TstLargeGraphs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("fusebox-tests"));
        GraphLayouter::setHelperPath(QStringLiteral(FUSEBOX_LAYOUT_HELPER));
        QVERIFY(dir_.isValid());
        host_ = openChain(dir_, kLargeNodes, false);
        QVERIFY(host_);
        QCOMPARE(host_->model().graph.nodeCount(), std::size_t(kLargeNodes));
    }

    void hierarchyTilesTheOrderInSmallLevels() {
        const GraphHierarchy hierarchy(host_->model().graph, host_->plan);
        QCOMPARE(hierarchy.order().size(), std::size_t(kLargeNodes));
        QCOMPARE(std::set<NodeId>(hierarchy.order().begin(), hierarchy.order().end()).size(), std::size_t(kLargeNodes));
        // All host: one run at the top, cut into twelve parts of 2,500 (no scopes tell them apart).
        QCOMPARE(hierarchy.topLevel().size(), std::size_t(1));
        const HierarchyGroup& top = hierarchy.groups()[std::size_t(hierarchy.topLevel().front())];
        QCOMPARE(top.kind, HierarchyGroup::Kind::Host);
        QCOMPARE(top.size(), kLargeNodes);
        QCOMPARE(top.children.size(), std::size_t(GraphHierarchy::kFanOut));
        QCOMPARE(hierarchy.groups()[std::size_t(top.children.front())].size(), kLargeNodes / GraphHierarchy::kFanOut);
        QString problem;
        const int leaves = checkGroup(hierarchy, hierarchy.topLevel().front(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(leaves, GraphHierarchy::kFanOut * 3); // 2,500 -> three leaves of 833 or 834
        QVERIFY(edgesRunForwards(*host_, hierarchy, top.children));
    }

    void sectionsGatherThousandsOfSubgraphs() {
        const auto session = withManySubgraphs(*host_);
        QCOMPARE(session->plan.subgraphs.size(), std::size_t(kLargeNodes / 4));
        const GraphHierarchy hierarchy(session->model().graph, session->plan);
        const auto& top = hierarchy.topLevel();
        QCOMPARE(top.size(), std::size_t(GraphHierarchy::kFanOut));
        int smallest = kLargeNodes, largest = 0;
        for (int index : top) {
            const HierarchyGroup& section = hierarchy.groups()[std::size_t(index)];
            QCOMPARE(section.kind, HierarchyGroup::Kind::Section);
            QVERIFY(section.begin % 4 == 0); // cut between a subgraph and the host node before it, never inside
            smallest = std::min(smallest, section.size());
            largest = std::max(largest, section.size());
            QString problem;
            checkGroup(hierarchy, index, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QVERIFY2(largest - smallest <= 4, qPrintable(QStringLiteral("sections of %1 to %2 nodes").arg(smallest).arg(largest)));
        QVERIFY(edgesRunForwards(*session, hierarchy, top));
        const HierarchyGroup& first = hierarchy.groups()[std::size_t(top.front())];
        QVERIFY(edgesRunForwards(*session, hierarchy, first.children));

        // The top level as boxes: twelve, with an edge from each to the next.
        const GraphPicture picture = buildFusedPicture(*session, hierarchy, {}, QFont());
        QCOMPARE(picture.request.nodes.size(), qsizetype(GraphHierarchy::kFanOut));
        QCOMPARE(picture.request.edges.size(), qsizetype(GraphHierarchy::kFanOut - 1));
        QCOMPARE(picture.nodes.front().members.size(), qsizetype(first.size()));
        QCOMPARE(picture.nodes.front().title, QStringLiteral("subgraphs 0–%1").arg(session->plan.subgraphOf(hierarchy.order()[std::size_t(first.end - 2)])));
    }

    void scopesNameTheGroups() {
        const auto session = openChain(dir_, kLargeNodes, true);
        QVERIFY(session);
        const GraphHierarchy hierarchy(session->model().graph, session->plan);
        const HierarchyGroup& top = hierarchy.groups()[std::size_t(hierarchy.topLevel().front())];
        // 30,000 nodes in stages of 4,096: stage0 .. stage7.
        QCOMPARE(top.children.size(), std::size_t(8));
        for (std::size_t stage = 0; stage < top.children.size(); ++stage) {
            QCOMPARE(hierarchy.groups()[top.children[stage]].scope, "stage" + std::to_string(stage));
        }
        // A stage holds 16 blocks of 256: more than a level shows, so sections of blocks.
        const HierarchyGroup& stage0 = hierarchy.groups()[top.children.front()];
        QCOMPARE(stage0.size(), 4096);
        QCOMPARE(stage0.children.size(), std::size_t(GraphHierarchy::kFanOut));
        QCOMPARE(hierarchy.groups()[stage0.children.front()].scope, std::string("stage0/block0"));
        int pairs = 0; // 16 blocks in 12 sections: four of them hold two blocks
        for (int index : stage0.children) {
            const HierarchyGroup& section = hierarchy.groups()[std::size_t(index)];
            QVERIFY(section.children.empty());
            if (section.scope.empty()) {
                QCOMPARE(section.size(), 512);
                QCOMPARE(section.firstScope, "stage0/block" + std::to_string(section.begin / 256));
                QCOMPARE(section.lastScope, "stage0/block" + std::to_string(section.begin / 256 + 1));
                ++pairs;
            } else {
                QCOMPARE(section.scope, "stage0/block" + std::to_string(section.begin / 256));
            }
        }
        QCOMPARE(pairs, 4);
        QString problem;
        checkGroup(hierarchy, hierarchy.topLevel().front(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void pathLeadsToTheLeafHoldingTheNode() {
        const GraphHierarchy hierarchy(host_->model().graph, host_->plan);
        for (int position : {0, 1234, 15000, kLargeNodes - 1}) {
            const NodeId node = hierarchy.order()[std::size_t(position)];
            const std::vector<int> path = hierarchy.pathTo(node);
            QCOMPARE(path.size(), std::size_t(3)); // the run, its part, the leaf
            const HierarchyGroup& leaf = hierarchy.groups()[std::size_t(path.back())];
            QVERIFY(leaf.children.empty());
            QVERIFY(leaf.begin <= position && position < leaf.end);
            QCOMPARE(hierarchy.find(leaf.key()), path.back());
        }
        QVERIFY(hierarchy.pathTo(NodeId(kLargeNodes * 2)).empty());
    }

    // ---- the main window ----

    void largeGraphOpensFusedAndReadable() {
        MainWindow window;
        QVERIFY(showChain(window));
        QVERIFY(window.isFusedView());
        // The open run and its twelve parts, one edge between neighbours.
        QCOMPARE(selectableItems(*window.scene()), GraphHierarchy::kFanOut);
        QCOMPARE(window.scene()->items().size(), qsizetype(1 + GraphHierarchy::kFanOut + GraphHierarchy::kFanOut - 1));
        // Fitted, the boxes are large enough to read and their labels are drawn.
        QVERIFY2(window.view()->zoom() >= 0.45, qPrintable(QString::number(window.view()->zoom())));
        for (const QGraphicsItem* item : window.scene()->items()) {
            if (!(item->flags() & QGraphicsItem::ItemIsSelectable)) continue;
            const QRect onScreen = window.view()->mapFromScene(item->sceneBoundingRect()).boundingRect();
            QVERIFY2(onScreen.height() >= 16 && onScreen.width() >= 60,
                     qPrintable(QStringLiteral("%1x%2 px").arg(onScreen.width()).arg(onScreen.height())));
            QVERIFY(window.view()->viewport()->rect().contains(onScreen));
        }
    }

    void doubleClickExpandsAndCollapsesABox() {
        MainWindow window;
        QVERIFY(showChain(window));
        const GraphHierarchy& hierarchy = hierarchyOf(window);
        const HierarchyGroup& top = hierarchy.groups()[std::size_t(hierarchy.topLevel().front())];
        const HierarchyGroup& part = hierarchy.groups()[top.children.front()];
        const NodeId first = hierarchy.order()[std::size_t(part.begin)];

        doubleClickOn(window, first); // the part of 2,500 opens into its three leaves
        QVERIFY(studio::waitForIdle(window, test::kStudioIdleTimeoutMs));
        QCOMPARE(selectableItems(*window.scene()), GraphHierarchy::kFanOut - 1 + 3);
        const HierarchyGroup& leaf = hierarchy.groups()[part.children.front()];
        doubleClickOn(window, first); // the leaf opens into its nodes
        QVERIFY(studio::waitForIdle(window, test::kStudioIdleTimeoutMs));
        QCOMPARE(selectableItems(*window.scene()), GraphHierarchy::kFanOut - 1 + 3 - 1 + leaf.size());
        QVERIFY(window.scene()->showsNodeItself(first));

        emit window.view()->groupActivated(part.key()); // as a double-click on its frame: closed again
        QVERIFY(studio::waitForIdle(window, test::kStudioIdleTimeoutMs));
        QCOMPARE(selectableItems(*window.scene()), GraphHierarchy::kFanOut);
        QVERIFY(!window.scene()->showsNodeItself(first));
    }

    void searchOpensTheBoxesOnTheWay() {
        MainWindow window;
        QVERIFY(showChain(window));
        const GraphHierarchy& hierarchy = hierarchyOf(window);
        const NodeId node = hierarchy.order()[17321];
        const QString name = QString::fromStdString(window.document()->session()->model().graph.node(node).name);
        QVERIFY(!window.scene()->showsNodeItself(node));
        // The node and the one reading its output (named after it): the node comes first.
        QCOMPARE(window.search(QLatin1Char('^') + QRegularExpression::escape(name) + QLatin1Char('$')), 2);
        QVERIFY(studio::waitForIdle(window, test::kStudioIdleTimeoutMs));
        QVERIFY(window.scene()->showsNodeItself(node));
        QCOMPARE(window.selectedNodes(), QList<NodeId>{node});
        const QRectF bounds = window.scene()->nodeBounds(node);
        const QPointF centre = window.view()->mapToScene(window.view()->viewport()->rect().center());
        QVERIFY2(bounds.adjusted(-10, -10, 10, 10).contains(centre),
                 qPrintable(QStringLiteral("centre %1,%2 node %3,%4 scene %5").arg(centre.x()).arg(centre.y()).arg(bounds.center().x()).arg(bounds.center().y()).arg(window.scene()->sceneRect().height())));
    }

    void screenshotShowsTheBoxes() {
        const QString image = dir_.filePath(QStringLiteral("large.png"));
        QString errors;
        QTextStream stream(&errors);
        QCOMPARE(renderScreenshot({image, chainPath(), {}, {}, 0, false}, stream), 0);
        const QImage shot(image);
        QVERIFY(!shot.isNull());
        // Twelve boxes of at least 100x20 px in the host colour (the partition tables add a few cells).
        const QRgb host = QColor(QString::fromStdString(deviceColor(kHostDevice))).rgb();
        int hostPixels = 0;
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x) hostPixels += shot.pixel(x, y) == host ? 1 : 0;
        }
        QVERIFY2(hostPixels >= GraphHierarchy::kFanOut * 100 * 20, qPrintable(QString::number(hostPixels)));
    }

    void smallModelsOpenNodeByNode() {
        MainWindow window;
        QVERIFY(window.openModel(chainPath()));
        QVERIFY(studio::waitForIdle(window, test::kStudioIdleTimeoutMs));
        QVERIFY(window.isFusedView());
        QVERIFY(window.openModel(test::studioSampleModel(), test::studioSampleConfig()));
        QVERIFY(studio::waitForIdle(window, test::kStudioIdleTimeoutMs));
        QVERIFY(!window.isFusedView()); // the size decides again for each model
        QCOMPARE(selectableItems(*window.scene()), int(window.document()->session()->model().graph.nodeCount()));
    }

private:
    // The 30k chain in a window of the first-run size, laid out.
    bool showChain(MainWindow& window) {
        window.resize(1280, 800);
        window.show();
        return window.openModel(chainPath()) && studio::waitForIdle(window, test::kStudioIdleTimeoutMs);
    }

    QString chainPath() {
        const QString path = dir_.filePath(QStringLiteral("chain_%1_0.onnx").arg(kLargeNodes));
        return path;
    }

    // The hierarchy of the window's plan, as the fused view uses it.
    const GraphHierarchy& hierarchyOf(MainWindow& window) {
        hierarchy_ = std::make_unique<GraphHierarchy>(window.document()->session()->model().graph, window.document()->session()->plan);
        return *hierarchy_;
    }

    void doubleClickOn(MainWindow& window, NodeId node) {
        const QRectF bounds = window.scene()->nodeBounds(node);
        QVERIFY(!bounds.isEmpty());
        window.view()->centerOn(bounds.center());
        QTest::mouseDClick(window.view()->viewport(), Qt::LeftButton, {}, window.view()->mapFromScene(bounds.center()));
    }

    QTemporaryDir dir_;
    std::shared_ptr<const PartitionedModel> host_;
    std::unique_ptr<GraphHierarchy> hierarchy_;
};

QTEST_MAIN(TstLargeGraphs)
#include "tst_large_graphs.moc"
