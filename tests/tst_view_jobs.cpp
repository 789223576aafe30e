// fusebox_views without the main window: the background-job pattern (JobRunner) and its
// status widget, the Graphviz layout job and its cancel, and the studio document's plans
// against the CLI's.
#include "background_job.h"
#include "graph_layout.h"
#include "job_status_widget.h"
#include "partition/plan_json.h"
#include "runtime/adapter.h"
#include "studio_document.h"
#include "support/cli_run.h"
#include "support/latency_probe.h"
#include "support/test_support.h"

#include <QApplication>
#include <QDataStream>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>

#include <atomic>
#include <new>
#include <stdexcept>

using namespace fusebox;
using namespace fusebox::studio;

namespace {

constexpr int kWaitMs = 10000;
constexpr int kPlanWaitMs = 120000;
constexpr int kLargeGraphNodes = 30000;

// A model-like graph for Graphviz: a chain with a skip edge every third node, as in
// residual networks; `dot` needs about 12 s for 3k such nodes and 190 s for 10k here.
LayoutRequest chainWithSkips(int nodeCount) {
    LayoutRequest request;
    for (int index = 0; index < nodeCount; ++index) request.nodes.append(LayoutNode{120, 36, -1});
    for (int index = 1; index < nodeCount; ++index) {
        request.edges.append(LayoutEdge{index - 1, index});
        if (index % 3 == 0) request.edges.append(LayoutEdge{index - 3, index});
    }
    return request;
}

QString cliPlanJson(const QString& model, const QString& config, QString* error) {
    const test::CliRun run = test::runCli({QStringLiteral("partition"), model, QStringLiteral("--config"), config,
                                           QStringLiteral("--json")},
                                          kPlanWaitMs);
    if (run.exitCode != 0) {
        *error = run.err;
        return {};
    }
    return run.out.trimmed();
}

// Spins on the worker until `release` is set or the job is cancelled; says which.
bool waitForReleaseOrCancel(const JobContext& job, const std::atomic<bool>& release) {
    QElapsedTimer timer;
    timer.start();
    while (!release.load() && !job.isCancelled() && timer.elapsed() < kWaitMs) QThread::msleep(1);
    return job.isCancelled();
}

} // namespace

class TstViewJobs : public QObject {
    Q_OBJECT

private slots:
    // ---- JobRunner (views/background_job.h) ----

    void jobSupersedeDropsTheOlderResult() {
        JobRunner runner(JobRunner::Where::Pool);
        QObject owner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy idle(&runner, &JobRunner::idle);
        auto release = std::make_shared<std::atomic<bool>>(false);
        auto firstRunning = std::make_shared<std::atomic<bool>>(false);
        auto firstSawCancel = std::make_shared<std::atomic<bool>>(false);
        QList<int> delivered;
        const quint64 first = runner.start(
            &owner,
            [release, firstRunning, firstSawCancel](const JobContext& job) {
                firstRunning->store(true);
                firstSawCancel->store(waitForReleaseOrCancel(job, *release));
                return 1;
            },
            [&delivered](int value) { delivered.append(value); });
        QTRY_VERIFY(firstRunning->load());
        const quint64 second = runner.start(&owner, [](const JobContext&) { return 2; }, [&delivered](int value) { delivered.append(value); });
        QVERIFY(second > first);
        QVERIFY(idle.wait(kWaitMs));
        QTRY_VERIFY(firstSawCancel->load()); // superseding cancelled the first job's token
        QTest::qWait(50); // room for the first job's result, were it delivered
        QCOMPARE(delivered, QList<int>{2});
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toULongLong(), second);
        QCOMPARE(idle.count(), 1);
        QVERIFY(!runner.isBusy());
    }

    void jobOwnerDestroyedGetsNoCallback() {
        JobRunner runner(JobRunner::Where::Pool);
        auto owner = std::make_unique<QObject>();
        QSignalSpy finished(&runner, &JobRunner::finished);
        auto release = std::make_shared<std::atomic<bool>>(false);
        int calls = 0;
        const quint64 id = runner.start(
            owner.get(),
            [release](const JobContext& job) {
                waitForReleaseOrCancel(job, *release);
                return 7;
            },
            [&calls](int) { ++calls; });
        owner.reset();
        release->store(true);
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.at(0).at(0).toULongLong(), id);
        QCOMPARE(calls, 0);
    }

    // A library that throws on the worker (here std::bad_alloc, as a huge allocation would)
    // ends the job with failed(), not the program; `done` never runs.
    void jobThatThrowsFailsWithItsMessage_data() {
        QTest::addColumn<bool>("outOfMemory");
        QTest::newRow("bad_alloc") << true;
        QTest::newRow("runtime_error") << false;
    }

    void jobThatThrowsFailsWithItsMessage() {
        QFETCH(bool, outOfMemory);
        JobRunner runner(JobRunner::Where::Pool);
        QSignalSpy failed(&runner, &JobRunner::failed);
        QSignalSpy idle(&runner, &JobRunner::idle);
        int calls = 0;
        const quint64 id = runner.start(
            &runner,
            [outOfMemory](const JobContext&) -> int {
                if (outOfMemory) throw std::bad_alloc();
                throw std::runtime_error("toml: nesting too deep");
            },
            [&calls](int) { ++calls; });
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(failed.at(0).at(0).toULongLong(), id);
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains(outOfMemory ? QStringLiteral("out of memory") : QStringLiteral("nesting too deep")), qPrintable(message));
        QCOMPARE(idle.size(), 1);
        QVERIFY(!runner.isBusy());
        QCOMPARE(calls, 0);
    }

    void jobCancelReachesTheWorkAndDropsTheResult() {
        JobRunner runner(JobRunner::Where::Pool);
        QObject owner;
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy idle(&runner, &JobRunner::idle);
        auto release = std::make_shared<std::atomic<bool>>(false);
        auto sawCancel = std::make_shared<std::atomic<bool>>(false);
        auto flagSeen = std::make_shared<std::atomic<const std::atomic<bool>*>>(nullptr);
        int calls = 0;
        const quint64 id = runner.start(
            &owner,
            [release, sawCancel, flagSeen](const JobContext& job) {
                flagSeen->store(job.cancelFlag());
                sawCancel->store(waitForReleaseOrCancel(job, *release));
                return 3;
            },
            [&calls](int) { ++calls; });
        QTRY_VERIFY(flagSeen->load() != nullptr);
        QVERIFY(!flagSeen->load()->load()); // not set before cancel()
        runner.cancel();
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled.at(0).at(0).toULongLong(), id);
        QCOMPARE(idle.count(), 1);
        QTRY_VERIFY(sawCancel->load());
        QTest::qWait(50);
        QCOMPARE(calls, 0);
        QCOMPARE(finished.count(), 0);
    }

    void jobProgressArrivesOnTheUiThread() {
        JobRunner runner(JobRunner::Where::Pool);
        QObject owner;
        QThread* uiThread = QThread::currentThread();
        QList<int> steps;
        QStringList texts;
        bool allOnUiThread = true;
        connect(&runner, &JobRunner::progress, this, [&](quint64, int done, int total, const QString& text) {
            allOnUiThread = allOnUiThread && QThread::currentThread() == uiThread;
            steps.append(done * 10 + total);
            texts.append(text);
        });
        QSignalSpy finished(&runner, &JobRunner::finished);
        QThread* workThread = nullptr;
        runner.start(
            &owner,
            [](const JobContext& job) {
                for (int step = 1; step <= 3; ++step) job.reportProgress(step, 3, QStringLiteral("step %1").arg(step));
                return QThread::currentThread();
            },
            [&workThread](QThread* thread) { workThread = thread; });
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != uiThread);
        QVERIFY(allOnUiThread);
        QCOMPARE(steps, (QList<int>{13, 23, 33}));
        QCOMPARE(texts, (QStringList{QStringLiteral("step 1"), QStringLiteral("step 2"), QStringLiteral("step 3")}));
    }

    void jobOwnThreadRunsEveryJobOnOneThread() {
        JobRunner runner(JobRunner::Where::OwnThread);
        QObject owner;
        QList<QThread*> threads;
        for (int round = 0; round < 3; ++round) {
            QSignalSpy finished(&runner, &JobRunner::finished);
            runner.start(&owner, [](const JobContext&) { return QThread::currentThread(); },
                         [&threads](QThread* thread) { threads.append(thread); });
            QVERIFY(finished.wait(kWaitMs));
        }
        QCOMPARE(threads.size(), 3);
        QVERIFY(threads[0] != QThread::currentThread());
        QCOMPARE(threads[1], threads[0]);
        QCOMPARE(threads[2], threads[0]);
    }

    void jobStatusWidgetShowsElapsedTimeAndEscCancels() {
        QWidget window;
        JobRunner runner(JobRunner::Where::Pool);
        JobStatusWidget status(&runner, QStringLiteral("Layout"), &window);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!status.isVisible());
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        auto release = std::make_shared<std::atomic<bool>>(false);
        runner.start(&window, [release](const JobContext& job) { return waitForReleaseOrCancel(job, *release); }, [](bool) {});
        QVERIFY(status.isVisible());
        QCOMPARE(status.text(), QStringLiteral("Layout (0 s)"));
        QTRY_COMPARE_WITH_TIMEOUT(status.text(), QStringLiteral("Layout (1 s)"), 3000);
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!status.isVisible());
        release->store(true);
    }

    // ---- Graphviz layout (views/graph_layout.h) ----

    void layoutRequestSurvivesTheHelperProtocol() {
        LayoutRequest request = chainWithSkips(7);
        request.clusterCount = 2;
        request.nodes[3].cluster = 1;
        LayoutRequest back;
        QVERIFY(deserializeRequest(serializeRequest(request), &back));
        QCOMPARE(back.cacheKey(), request.cacheKey());
        QCOMPARE(back.edges.size(), 6 + 2);
        request.edges[0].to = 7; // no such node
        QVERIFY(!deserializeRequest(serializeRequest(request), &back));
        QVERIFY(!deserializeRequest(QByteArray("garbage"), &back));
        QByteArray huge;
        QDataStream(&huge, QIODevice::WriteOnly) << 0 << qsizetype(1) << qsizetype(1) << 1e9; // counts with no data
        QVERIFY(!deserializeRequest(huge, &back));
        QByteArray absurd;
        QDataStream(&absurd, QIODevice::WriteOnly) << 0 << qsizetype(1) << (qsizetype(1) << 40);
        QVERIFY(!deserializeRequest(absurd, &back));
    }

    void layoutInTheHelperPlacesEveryNode() {
        GraphLayouter::setHelperPath(QStringLiteral(FUSEBOX_LAYOUT_HELPER));
        GraphLayouter layouter;
        QSignalSpy finished(&layouter, &GraphLayouter::finished);
        layouter.request(chainWithSkips(12));
        QVERIFY(finished.wait(kWaitMs));
        const auto layout = finished.at(0).at(0).value<LayoutResult>();
        QCOMPARE(layout.error, QString());
        QCOMPARE(layout.centers.size(), 12);
        QCOMPARE(layout.edges.size(), 11 + 3);
        for (int index = 1; index < 12; ++index) QVERIFY(layout.centers[index - 1].y() < layout.centers[index].y());
    }

    void layoutWithoutTheHelperSaysWhere() {
        GraphLayouter::setHelperPath(QStringLiteral("/nonexistent/fusebox-layout"));
        GraphLayouter layouter;
        QSignalSpy finished(&layouter, &GraphLayouter::finished);
        layouter.request(chainWithSkips(3));
        QVERIFY(finished.wait(kWaitMs));
        const auto layout = finished.at(0).at(0).value<LayoutResult>();
        QVERIFY2(layout.error.contains(QStringLiteral("/nonexistent/fusebox-layout")), qPrintable(layout.error));
        QVERIFY(layout.centers.isEmpty());
        GraphLayouter::setHelperPath(QStringLiteral(FUSEBOX_LAYOUT_HELPER));
    }

    // The cancel test: a 30k-node layout is started and cancelled; the event loop
    // stays responsive throughout, the result is never delivered, and the helper is
    // stopped at once (a small layout right after it finishes, not queued behind it).
    void cancelLargeLayoutKeepsTheUiResponsive() {
        GraphLayouter::setHelperPath(QStringLiteral(FUSEBOX_LAYOUT_HELPER));
        GraphLayouter layouter;
        QSignalSpy finished(&layouter, &GraphLayouter::finished);
        QSignalSpy cancelled(layouter.jobs(), &JobRunner::cancelled);
        const LayoutRequest large = chainWithSkips(kLargeGraphNodes);
        test::LatencyProbe probe;
        layouter.request(large);
        QTest::qWait(1500); // dot is well into the graph
        QVERIFY(layouter.isBusy());
        layouter.cancel();
        QVERIFY(!layouter.isBusy());
        QCOMPARE(cancelled.count(), 1);
        // The helper was killed: the worker is free again (in-process, dot would hold it
        // for tens of minutes).
        QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 1000);
        QTest::qWait(1000);
        QCOMPARE(finished.count(), 0); // the cancelled layout's result is dropped
        QVERIFY(probe.ticks() > 100);
        qInfo("event-loop latency during the 30k-node layout and its cancel: at most %lld ms", probe.maxLateMs());
        QVERIFY2(probe.maxLateMs() < test::kMaxUiLatencyMs, qPrintable(QString::number(probe.maxLateMs())));

        layouter.request(chainWithSkips(5));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<LayoutResult>().centers.size(), 5);
    }

    // ---- The studio's plans are the CLI's (views/studio_document.h) ----

    // Three partitions started back to back: each supersedes (cancels) the one before;
    // only the last one's plan arrives, and the cancelled ones report no error.
    void documentKeepsOnlyTheNewestPartition() {
        const QString model = QStringLiteral(FUSEBOX_SAMPLES_DIR "/residual_convnet.onnx");
        StudioDocument document;
        QSignalSpy started(&document, &StudioDocument::partitionStarted);
        QSignalSpy planChanged(&document, &StudioDocument::planChanged);
        QSignalSpy failed(&document, &StudioDocument::partitionFailed);
        QSignalSpy idle(&document, &StudioDocument::idle);
        QString error;
        QVERIFY2(document.open(model, {}, &error), qPrintable(error));
        document.setConfigText(QStringLiteral("[partition]\ntargets = [\"xnnpack\"]\n"));
        document.repartitionNow();
        document.setConfigText(QStringLiteral("[partition]\ntargets = []\n"));
        document.repartitionNow();
        QVERIFY(idle.wait(kPlanWaitMs));
        QCOMPARE(started.count(), 3);
        QCOMPARE(planChanged.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(idle.count(), 1);
        const auto session = document.session();
        QVERIFY(session->model().graph.nodeCount() > 0);
        QCOMPARE(session->plan.subgraphs.size(), std::size_t(0)); // the last config: no targets
        QCOMPARE(session->plan.hostNodes.size(), session->model().graph.nodeCount());
        QVERIFY(document.config().targets.empty());
    }

    void studioPlanEqualsCliPlan_data() {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("config");
        const QString configs = QStringLiteral(FUSEBOX_SOURCE_DIR "/resources/configs/");
        QTest::newRow("PP-OCRv4 det on xnnpack") << QStringLiteral("xnnpack") << configs + QStringLiteral("ppocr_det_xnnpack.toml");
        QTest::newRow("PP-OCRv4 det on onednn") << QStringLiteral("onednn") << configs + QStringLiteral("ppocr_det_onednn.toml");
    }

    void studioPlanEqualsCliPlan() {
        QFETCH(QString, device);
        QFETCH(QString, config);
        if (!AdapterRegistry::find(device.toStdString())) QSKIP(qPrintable(QStringLiteral("the %1 adapter is not built").arg(device)));
        const QString model = test::paddleOcrDir() + QStringLiteral("/ch_PP-OCRv4_det_infer.onnx");
        if (!QFileInfo::exists(model)) QSKIP(qPrintable(QStringLiteral("not present: %1 (run scripts/fetch-models.sh)").arg(model)));

        StudioDocument document;
        QSignalSpy idle(&document, &StudioDocument::idle);
        QString error;
        QVERIFY2(document.open(model, config, &error), qPrintable(error));
        QVERIFY(idle.wait(kPlanWaitMs));
        QVERIFY(document.session());
        const auto session = document.session();
        const QString studio = QString::fromStdString(planToJson(session->model().graph, session->plan));
        const QString cli = cliPlanJson(model, config, &error);
        QVERIFY2(!cli.isEmpty(), qPrintable(error));
        QVERIFY(session->plan.subgraphs.size() > 0); // the device took part
        QCOMPARE(studio, cli);
    }
};

QTEST_MAIN(TstViewJobs)
#include "tst_view_jobs.moc"
