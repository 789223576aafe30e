// The studio's profile views on real runs: the sample model profiled on host, onednn
// and xnnpack (2 iterations) into a temporary database; the runs browser lists them with
// the store's figures, filters, labels and deletes; the compare view's chart series and
// node table hold the store's figures; the layer report's CSV is the CLI's; the heat map
// colours follow the times (also in the fused view and on a 10k-node picture); the main
// window loads runs in the background and shows them; the screenshot mode renders
// compare, heat and report from the database.
#include "compare_view.h"
#include "core/file_io.h"
#include "graph_layout.h"
#include "graph_scene.h"
#include "heat_legend.h"
#include "heat_scale.h"
#include "layer_report_model.h"
#include "layer_report_view.h"
#include "main_window.h"
#include "profile_database.h"
#include "profile_dock.h"
#include "profile_views.h"
#include "run_loader.h"
#include "node_alignment_model.h"
#include "runs_browser.h"
#include "runs_model.h"
#include "screenshot.h"
#include "store/run_breakdown.h"
#include "support/studio_samples.h"
#include "support/test_support.h"
#include "workflow/profile_workflow.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace fusebox;
using namespace fusebox::studio;

namespace {

using test::studioSampleConfig;
using test::studioSampleModel;

store::StoredRun loadOrDie(const QString& db, store::RunId id) {
    auto store = store::ProfileStore::open(db.toStdString(), store::Access::Read);
    if (!store) qFatal("%s", store.error().message().c_str());
    auto run = store->loadRun(id);
    if (!run) qFatal("%s", run.error().message().c_str());
    return std::move(*run);
}

double lightness(const QColor& color) { return color.toHsl().lightnessF(); }

} // namespace

class TestProfileViews : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString db_;
    std::vector<ProfileOutcome> outcomes_;
    store::RunId host_ = 0, onednn_ = 0, xnnpack_ = 0, config_ = 0;

private slots:
    void initTestCase() {
        GraphLayouter::setHelperPath(QStringLiteral(FUSEBOX_LAYOUT_HELPER)); // not next to this binary
        db_ = dir_.filePath(QStringLiteral("profiles.sqlite"));
        auto store = store::ProfileStore::open(db_.toStdString(), store::Access::Write);
        QVERIFY(store.ok());
        ProfileRequest request;
        request.modelPath = studioSampleModel().toStdString();
        request.configPath = studioSampleConfig().toStdString();
        request.devices = {"onednn", "xnnpack"};
        request.profilesDirectory = test::profilesDir().toStdString();
        request.settings.iters = 2;
        request.settings.warmup = 1;
        request.settings.threads = 1;
        auto outcomes = profileModel(request, *store);
        QVERIFY2(outcomes.ok(), outcomes.ok() ? "" : outcomes.error().message().c_str());
        outcomes_ = *outcomes;
        QCOMPARE(outcomes_.size(), std::size_t{4}); // host, onednn, xnnpack, the config as written
        for (const ProfileOutcome& o : outcomes_) {
            QVERIFY2(o.kind == ProfileOutcomeKind::Stored, (o.label + ": " + o.message).c_str());
        }
        host_ = *outcomes_[0].runId;
        onednn_ = *outcomes_[1].runId;
        xnnpack_ = *outcomes_[2].runId;
        config_ = *outcomes_[3].runId;
    }

    void runsBrowserShowsTheStoredRuns() {
        RunsBrowser browser;
        QAbstractItemModelTester modelTester(browser.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(browser.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser.setDatabase(db_);
        RunsModel* model = browser.model();
        QCOMPARE(model->rowCount(), 4);
        for (const ProfileOutcome& o : outcomes_) {
            const int row = model->rowOfRun(*o.runId);
            QVERIFY(row >= 0);
            const store::RunOverview& run = model->run(row);
            QCOMPARE(run.summary.label, o.label);
            QCOMPARE(run.summary.devices, o.devices);
            QCOMPARE(*run.summary.medianMs, o.total.medianMs);
            QCOMPARE(run.total.p90Ms, o.total.p90Ms);
            QCOMPARE(run.total.cv, o.total.cv);
            QCOMPARE(model->index(row, 0).data(RunsModel::UnstableRole).toBool(), store::isUnstable(o.total));
            QCOMPARE(*run.speedup, *o.speedup); // the workflow's own host median / median
            QCOMPARE(run.baseline, std::optional<store::RunId>(host_));
            QCOMPARE(model->index(row, RunsModel::MedianMs).data().toString(), QString::number(o.total.medianMs, 'f', 3));
            QCOMPARE(model->index(row, RunsModel::Speedup).data().toString(), QStringLiteral("%1×").arg(*o.speedup, 0, 'f', 2));
            if (o.worstOutput) QCOMPARE(run.worstAccuracy->cosine, o.worstOutput->cosine);
            else QVERIFY(!run.worstAccuracy);
        }
        QCOMPARE(model->index(0, RunsModel::Id).data(RunsModel::RunIdRole).toLongLong(), config_); // newest first

        browser.filter()->setDevice(QStringLiteral("xnnpack"));
        int withXnnpack = 0;
        for (const ProfileOutcome& o : outcomes_) withXnnpack += QString::fromStdString(o.devices).split(QLatin1Char(',')).contains(QStringLiteral("xnnpack"));
        QCOMPARE(browser.filter()->rowCount(), withXnnpack);
        browser.filter()->setDevice({});
        browser.filter()->setStatus(store::RunStatus::Failed);
        QCOMPARE(browser.filter()->rowCount(), 0);
        browser.filter()->setStatus(std::nullopt);
        browser.filter()->setModelName(QStringLiteral("other.onnx"));
        QCOMPARE(browser.filter()->rowCount(), 0);
        browser.filter()->setModelName(QStringLiteral("residual_convnet.onnx"));
        browser.filter()->setConfigHash(QString::fromStdString(model->run(model->rowOfRun(onednn_)).configHash.substr(0, 6)));
        QCOMPARE(browser.filter()->rowCount(), 1);
        browser.filter()->setConfigHash({});
        browser.filter()->setStartedFrom(QDate::currentDate().addDays(1));
        QCOMPARE(browser.filter()->rowCount(), 0);
        browser.filter()->setStartedFrom({});
        QCOMPARE(browser.filter()->rowCount(), 4);

        // One run: inspect; two or more: compare; the buttons say which.
        QSignalSpy inspect(&browser, &RunsBrowser::inspectRequested);
        QSignalSpy compare(&browser, &RunsBrowser::compareRequested);
        QSignalSpy wanted(&browser, &RunsBrowser::modelWanted);
        browser.selectRuns({onednn_});
        QVERIFY(browser.inspectSelected());
        QVERIFY(!browser.compareSelected());
        QCOMPARE(inspect.size(), 1);
        QCOMPARE(inspect.first().first().value<store::RunId>(), onednn_);
        QCOMPARE(wanted.size(), 1); // no model open: the run's model is asked for
        QCOMPARE(wanted.first().first().toString(), studioSampleModel());
        browser.selectRuns({host_, xnnpack_});
        QVERIFY(browser.compareSelected());
        QCOMPARE(compare.first().first().value<QList<store::RunId>>(), (QList<store::RunId>{xnnpack_, host_})); // table order
    }

    void runsAreLabelledAndDeletedThroughTheBrowser() {
        {
            auto store = store::ProfileStore::open(db_.toStdString(), store::Access::Write);
            store::RunHeader header = loadOrDie(db_, host_).header;
            header.label = "interrupted";
            QVERIFY(store->beginRun(header).ok()); // stays incomplete
        }
        RunsBrowser browser;
        browser.setDatabase(db_);
        QCOMPARE(browser.model()->rowCount(), 5);
        browser.filter()->setStatus(store::RunStatus::Incomplete);
        QCOMPARE(browser.filter()->rowCount(), 1);
        const store::RunId interrupted = browser.filter()->index(0, 0).data(RunsModel::RunIdRole).toLongLong();
        browser.filter()->setStatus(std::nullopt);

        const QModelIndex label = browser.model()->index(browser.model()->rowOfRun(onednn_), RunsModel::Label);
        QVERIFY(browser.model()->flags(label) & Qt::ItemIsEditable);
        QVERIFY(browser.model()->setData(label, QStringLiteral("two threads")));
        QCOMPARE(loadOrDie(db_, onednn_).summary.userLabel, std::string("two threads"));

        browser.selectRuns({interrupted});
        QSignalSpy deleted(&browser, &RunsBrowser::runsDeleted);
        QVERIFY(browser.deleteSelected());
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(browser.model()->rowCount(), 4);
        QCOMPARE(browser.model()->rowOfRun(interrupted), -1);
        QCOMPARE(browser.model()->run(browser.model()->rowOfRun(onednn_)).summary.userLabel, std::string("two threads"));
    }

    void compareViewChartsHoldTheStoreFigures() {
        const QList<store::RunId> ids{host_, onednn_, xnnpack_};
        const LoadedRuns loaded = loadRuns(db_, ids);
        QVERIFY(loaded.error.isEmpty());
        QCOMPARE(loaded.runs.size(), std::size_t{3});
        CompareView view;
        QAbstractItemModelTester tester(view.nodeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.showRuns(loaded);

        for (const auto& [series, slicesOf] :
             {std::pair(view.subgraphSeries(), &store::timeBySubgraph), std::pair(view.opTypeSeries(), &store::timeByOpType)}) {
            QVERIFY(series);
            for (int r = 0; r < ids.size(); ++r) {
                const store::StoredRun run = loadOrDie(db_, ids[r]); // read again, independent of the view
                const std::vector<store::TimeSlice> slices = slicesOf(run);
                double bar = 0;
                for (QBarSet* set : series->barSets()) {
                    QCOMPARE(set->count(), int(ids.size()));
                    bar += set->at(r);
                    const auto slice = std::find_if(slices.begin(), slices.end(),
                                                    [&](const store::TimeSlice& s) { return QString::fromStdString(s.part) == set->label(); });
                    QCOMPARE(set->at(r), slice == slices.end() ? 0.0 : slice->ms);
                }
                QVERIFY2(bar >= run.results.total.medianMs - 1e-9, qPrintable(QString::number(bar))); // the median, and more only when steps add up to more
            }
        }
        // The host run has no subgraphs: its whole bar is host nodes and what lies between them.
        QBarSet* hostNodes = nullptr;
        for (QBarSet* set : view.subgraphSeries()->barSets()) {
            if (set->label() == QLatin1String(store::kHostNodesPart)) hostNodes = set;
        }
        QVERIFY(hostNodes);
        double hostSum = 0;
        for (const store::ItemTiming& node : loaded.runs[0].results.nodes) hostSum += node.stats.medianMs;
        QCOMPARE(hostNodes->at(0), hostSum);

        // The node table: every node of the model, the store's medians in µs, ratios to the host run.
        NodeAlignmentModel* nodes = view.nodeModel();
        QCOMPARE(nodes->columnCount(), NodeAlignmentModel::FirstRunColumn + 3 * NodeAlignmentModel::ColumnsPerRun);
        QCOMPARE(nodes->rowCount(), int(loaded.runs[0].results.nodes.size() + loaded.reports[0].model->folded().size()));
        for (int r = 0; r < int(loaded.runs[0].results.nodes.size()); ++r) {
            const store::ItemTiming& node = loaded.runs[0].results.nodes[std::size_t(r)];
            QCOMPARE(nodes->index(r, NodeAlignmentModel::Node).data().toString(), QString::fromStdString(node.item));
            const QVariant us = nodes->index(r, NodeAlignmentModel::FirstRunColumn + NodeAlignmentModel::TimeUs).data(NodeAlignmentModel::ValueRole);
            if (node.stats.medianMs > 0) QCOMPARE(us.toDouble(), node.stats.medianMs * 1000.0);
            const store::AlignedNode& row = nodes->row(r);
            if (row.cells[2].ratio) {
                const int ratioColumn = NodeAlignmentModel::FirstRunColumn + 2 * NodeAlignmentModel::ColumnsPerRun + NodeAlignmentModel::Ratio;
                QCOMPARE(*row.cells[2].ratio, *row.cells[2].us / *row.cells[0].us);
                QCOMPARE(nodes->index(r, ratioColumn).data(Qt::BackgroundRole).value<QColor>(), ratioColor(*row.cells[2].ratio));
            }
        }
        QVERIFY(view.totalsText().contains(QString::number(loaded.reports[0].report.endToEndMs, 'f', 3)));
        QVERIFY(view.totalsText().contains(QString::number(loaded.reports[1].report.layerSumMs, 'f', 3)));
    }

    void layerReportCsvIsTheClisWithTheStoreTimes() {
        const LoadedRuns loaded = loadRuns(db_, {onednn_});
        LayerReportView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.showRun(loaded.reports.front());
        const store::StoredRun& run = loaded.runs.front();
        QCOMPARE(view.model()->rowCount(), int(run.results.nodes.size()));
        const QString path = dir_.filePath(QStringLiteral("report.csv"));
        QCOMPARE(view.exportCsv(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), int(run.results.nodes.size()) + 1); // header + one row per executed node
        QVERIFY(lines[0].startsWith("order,node,op_type,device,subgraph"));
        const int timeColumn = int(lines[0].split(',').indexOf("time_us"));
        for (std::size_t i = 0; i < run.results.nodes.size(); ++i) {
            const store::ItemTiming& node = run.results.nodes[i];
            const QList<QByteArray> fields = lines[int(i) + 1].split(',');
            QCOMPARE(QString::fromUtf8(fields[1]), QString::fromStdString(node.item));
            if (node.stats.samples > 0) {
                QCOMPARE(QString::fromUtf8(fields[timeColumn]), QString::asprintf("%.3f", node.stats.medianMs * 1000.0));
                QCOMPARE(view.model()->index(int(i), LayerReportModel::TimeUs).data(LayerReportModel::ValueRole).toDouble(),
                         node.stats.medianMs * 1000.0);
            }
        }
        QProcess cli;
        cli.start(test::cliPath(), {QStringLiteral("report"), QString::number(onednn_), QStringLiteral("--db"), db_, QStringLiteral("--csv")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(cli.readAllStandardOutput(), csv);
        QVERIFY(view.summaryText().contains(QString::number(loaded.reports.front().report.endToEndMs, 'f', 3)));
    }

    void heatMapColoursFollowTheTimes() {
        PartitionRequest request;
        auto config = parsePartitionConfig(*readTextFile(studioSampleConfig().toStdString()), "residual_convnet.toml");
        QVERIFY(config.ok());
        request.modelPath = studioSampleModel().toStdString();
        request.config = *config;
        request.profilesDirectory = test::profilesDir().toStdString();
        auto session = partitionModel(request);
        QVERIFY(session.ok());
        const Graph& graph = session->model().graph;
        const LoadedRuns loaded = loadRuns(db_, {host_, config_});

        for (bool fused : {false, true}) {
            GraphScene scene;
            const GraphPicture picture = fused ? buildFusedPicture(*session, GraphHierarchy(graph, session->plan), {}, scene.font())
                                               : buildPicture(*session, scene.font());
            scene.showLayout(picture, layoutWithGraphviz(picture.request));
            auto heat = std::make_shared<HeatMap>(heatOfRun(loaded.runs[1], loaded.reports[1], graph, HeatMetric::Time));
            HeatLegend legend(&scene, nullptr);
            QVERIFY(legend.isHidden());
            scene.setHeatMap(heat);
            QVERIFY(!legend.isHidden());
            QCOMPARE(legend.maximumLabel(), heat->formatValue(scene.heatScaleMax()));
            if (fused) {
                // A box is painted by its subgraph: its members' times added up, or the subgraph's own.
                for (const SubgraphOp& op : session->plan.subgraphs) {
                    HeatFigure sum;
                    bool missing = false;
                    for (NodeId id : op.nodes) {
                        if (heat->nodes.contains(id)) sum += heat->nodes.value(id);
                        else missing = true;
                    }
                    if (missing) sum += heat->subgraphs.value(op.id);
                    QCOMPARE(scene.fillOfNode(op.nodes.front()), heat->colorOf(sum.a, scene.heatScaleMax()));
                }
                continue;
            }
            std::vector<std::pair<double, QColor>> painted;
            for (const store::LayerRow& row : loaded.reports[1].report.rows) {
                const NodeId id = *graph.findNode(row.node);
                if (!row.medianUs) continue;
                QCOMPARE(scene.fillOfNode(id), heat->colorOf(*row.medianUs, scene.heatScaleMax()));
                QVERIFY(scene.toolTipOfNode(id).contains(QString::number(*row.medianUs, 'f', 1)));
                painted.emplace_back(*row.medianUs, scene.fillOfNode(id));
            }
            QVERIFY(painted.size() > 5);
            std::sort(painted.begin(), painted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            for (std::size_t i = 1; i < painted.size(); ++i) {
                QVERIFY(lightness(painted[i].second) <= lightness(painted[i - 1].second) + 1e-6); // slower is darker
            }
            QCOMPARE(lightness(painted.back().second), lightness(sequentialColor(1.0)));
            // The accuracy of each output on the node that makes it.
            for (const store::OutputAccuracy& output : loaded.runs[1].results.accuracy) {
                const NodeId producer = graph.value(*graph.findValue(output.output)).producer;
                QVERIFY(heat->accuracy.value(producer).contains(QString::number(output.accuracy.cosine, 'f', 6)));
            }
            // Ratio of the config run against host: green faster, red slower.
            auto ratio = std::make_shared<HeatMap>(heatOfRatio(loaded.runs[0], loaded.reports[0], loaded.runs[1], loaded.reports[1], graph));
            scene.setHeatMap(ratio);
            for (auto [id, figure] : ratio->nodes.asKeyValueRange()) {
                if (figure.a > 0) QCOMPARE(scene.fillOfNode(id), ratioColor(figure.b / figure.a));
            }
            scene.setHeatMap(nullptr);
            QVERIFY(legend.isHidden());
        }
    }

    void heatMapPaintsTenThousandNodes() {
        constexpr int kNodes = 10000;
        GraphPicture picture;
        LayoutResult layout;
        auto heat = std::make_shared<HeatMap>();
        for (int i = 0; i < kNodes; ++i) {
            picture.nodes.append(PictureNode{NodeId(i), -1, QStringLiteral("n%1").arg(i), QStringLiteral("Relu"), Qt::white, {}});
            picture.request.nodes.append(LayoutNode{60, 30, -1});
            layout.centers.append(QPointF((i % 100) * 80, (i / 100) * 40));
            heat->nodes.insert(NodeId(i), {double(i), 0});
        }
        layout.bounds = QRectF(0, 0, 8000, 4000);
        GraphScene scene;
        scene.showLayout(picture, layout);
        scene.setHeatMap(heat);
        QCOMPARE(scene.heatScaleMax(), double(kNodes - 1));
        for (int i : {0, 1234, 5000, kNodes - 1}) QCOMPARE(scene.fillOfNode(NodeId(i)), heat->colorOf(i, kNodes - 1));
    }

    // The whole flow in one window: the Profile dock profiles host + onednn + xnnpack (2
    // timed runs) into a fresh database, the Runs dock lists the stored runs without a
    // reload, and comparing them charts the store's figures.
    void profileFromTheDockIsListedAndCompared() {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        const QString db = dir_.filePath(QStringLiteral("from-dock.sqlite"));
        window.profileDatabase()->setPath(db);
        QVERIFY(window.openModel(studioSampleModel(), studioSampleConfig()));
        QVERIFY(studio::waitForIdle(window, 60000));
        ProfileDock* dock = window.profileDock();
        dock->setSelectedDevices({QStringLiteral("onednn"), QStringLiteral("xnnpack")});
        dock->setSettings({1, 0, 2, 0});
        QSignalSpy finished(dock, &ProfileDock::finished);
        QVERIFY(dock->start());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), true);

        auto store = store::ProfileStore::open(db.toStdString(), store::Access::Read);
        QVERIFY(store.ok());
        const auto stored = store->listRuns();
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), std::size_t{4});
        RunsModel* listed = window.profileViews()->browser()->model();
        QCOMPARE(listed->rowCount(), 4);
        QList<store::RunId> ids;
        for (const store::RunSummary& run : *stored) {
            QCOMPARE(run.status, store::RunStatus::Complete);
            const int row = listed->rowOfRun(run.id);
            QVERIFY(row >= 0);
            QCOMPARE(*listed->run(row).summary.medianMs, *run.medianMs);
            if (run.label != "config") ids.append(run.id);
        }

        ProfileViews* profiles = window.profileViews();
        QSignalSpy shown(profiles, &ProfileViews::comparisonShown);
        profiles->browser()->selectRuns(ids);
        QVERIFY(profiles->browser()->compareSelected());
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 60000);
        QStackedBarSeries* series = profiles->compareView()->subgraphSeries();
        for (int r = 0; r < profiles->shown().ids.size(); ++r) {
            const std::vector<store::TimeSlice> slices = store::timeBySubgraph(loadOrDie(db, profiles->shown().ids[r]));
            for (QBarSet* set : series->barSets()) {
                const auto slice = std::find_if(slices.begin(), slices.end(),
                                                [&](const store::TimeSlice& s) { return QString::fromStdString(s.part) == set->label(); });
                QCOMPARE(set->at(r), slice == slices.end() ? 0.0 : slice->ms);
            }
        }
    }

    void windowComparesInspectsAndPaintsInTheBackground() {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openModel(studioSampleModel(), studioSampleConfig()));
        QVERIFY(studio::waitForIdle(window, 60000));
        window.profileDatabase()->setPath(db_);
        ProfileViews* profiles = window.profileViews();
        QCOMPARE(profiles->browser()->model()->rowCount(), 4);

        QSignalSpy shown(profiles, &ProfileViews::comparisonShown);
        QSignalSpy wanted(profiles, &ProfileViews::modelWanted);
        profiles->browser()->selectRuns({host_, onednn_, xnnpack_});
        QVERIFY(profiles->browser()->compareSelected());
        // Loaded on a worker; a worker that finishes first may deliver at once, so count.
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 60000);
        QCOMPARE(wanted.size(), 0); // the open model is theirs
        QCOMPARE(profiles->shown().ids, (QList<store::RunId>{xnnpack_, onednn_, host_})); // newest first, as listed
        QCOMPARE(profiles->compareView()->subgraphSeries()->barSets().first()->count(), 3);

        // Ratio: the last shown (host) against the first (xnnpack), on the window's graph.
        profiles->setHeatMetric(HeatMetric::Ratio);
        const HeatMap* heat = window.scene()->heatMap();
        QVERIFY(heat && heat->metric == HeatMetric::Ratio);
        QVERIFY(!profiles->legend()->isHidden());
        QVERIFY(!heat->tooltips.isEmpty());

        QSignalSpy report(profiles, &ProfileViews::reportShown);
        profiles->browser()->selectRuns({host_});
        QVERIFY(profiles->browser()->inspectSelected());
        QTRY_COMPARE_WITH_TIMEOUT(report.size(), 1, 60000);
        QCOMPARE(profiles->reportView()->model()->rowCount(), int(loadOrDie(db_, host_).results.nodes.size()));
        profiles->setHeatMetric(HeatMetric::Time);
        const Graph& graph = window.document()->session()->model().graph;
        for (const store::LayerRow& row : profiles->shown().reports.front().report.rows) {
            if (!row.medianUs) continue;
            QCOMPARE(window.scene()->fillOfNode(*graph.findNode(row.node)),
                     window.scene()->heatMap()->colorOf(*row.medianUs, window.scene()->heatScaleMax()));
        }
        profiles->setHeatMetric(std::nullopt);
        QVERIFY(!window.scene()->heatMap());
        QVERIFY(profiles->legend()->isHidden());
    }

    void screenshotModeRendersProfileViews_data() {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("runs");
        QTest::newRow("compare") << "compare" << "1,2,3";
        QTest::newRow("heat") << "heat" << "2";
        QTest::newRow("report") << "report" << "2";
    }

    void screenshotModeRendersProfileViews() {
        QFETCH(QString, view);
        QFETCH(QString, runs);
        ScreenshotRequest request;
        request.imagePath = dir_.filePath(view + QStringLiteral(".png"));
        request.modelPath = studioSampleModel();
        request.configPath = studioSampleConfig();
        request.database = db_;
        QVERIFY(parseScreenshotView(view, &request.view));
        QVERIFY(parseRunIds(runs, &request.runs));
        QString errors;
        QTextStream stream(&errors);
        QCOMPARE(renderScreenshot(request, stream), 0);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        const QImage image(request.imagePath);
        QCOMPARE(image.size(), QSize(1600, 1000));
    }

    void screenshotModeRefusesBadRuns() {
        ScreenshotRequest request;
        request.imagePath = dir_.filePath(QStringLiteral("bad.png"));
        request.modelPath = studioSampleModel();
        request.configPath = studioSampleConfig();
        request.database = db_;
        request.view = ScreenshotView::Compare;
        request.runs = {1};
        QString errors;
        QTextStream stream(&errors);
        QCOMPARE(renderScreenshot(request, stream), 2); // compare needs two
        QVERIFY2(errors.contains(QStringLiteral("two or more")), qPrintable(errors));
        request.runs = {1, 999};
        errors.clear();
        QCOMPARE(renderScreenshot(request, stream), 2); // no run 999
        QVERIFY2(errors.contains(QStringLiteral("999")), qPrintable(errors));
        QVERIFY(!QFile::exists(request.imagePath));
        QList<store::RunId> ids;
        QVERIFY(!parseRunIds(QStringLiteral("1,x"), &ids));
        ScreenshotView parsed;
        QVERIFY(!parseScreenshotView(QStringLiteral("charts"), &parsed));
    }
};

QTEST_MAIN(TestProfileViews)
#include "tst_profile_views.moc"
