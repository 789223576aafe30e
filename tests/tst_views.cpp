// fusebox_views without the main window: the background-job pattern (JobRunner), the
// Graphviz layout job and its cancel, and the studio document's plans against the CLI's.
#include "background_job.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace fusebox::studio;

namespace {

constexpr int kWaitMs = 10000;

// Spins on the worker until `release` is set or the job is cancelled; says which.
bool waitForReleaseOrCancel(const JobContext& job, const std::atomic<bool>& release) {
    QElapsedTimer timer;
    timer.start();
    while (!release.load() && !job.isCancelled() && timer.elapsed() < kWaitMs) QThread::msleep(1);
    return job.isCancelled();
}

} // namespace

class TstViews : public QObject {
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
};

QTEST_MAIN(TstViews)
#include "tst_views.moc"
