// The Tune dock (views/tune_panel.h, views/tune_job.h) on the bundled sample: a tuning of
// three measured candidates stores each under the job's name (the runs browser's Job
// column shows it, its filter keeps them) and names the best with its median and
// speed-up, whose config applies as one undoable step (not to another model opened
// since); a cancel leaves no job running; a bisection against an exact-cosine bound
// selects its culprit nodes on the main window's graph and its fix appends the rule the
// engine returned. Profile → Tune Partition starts a tuning.
#include "config/config_edit.h"
#include "graph_layout.h"
#include "main_window.h"
#include "profile_database.h"
#include "profile_dock.h"
#include "runs_model.h"
#include "store/profile_store.h"
#include "store/run_overview.h"
#include "studio_document.h"
#include "support/studio_samples.h"
#include "tune_panel.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

#include <algorithm>
#include <set>

using namespace fusebox;
using namespace fusebox::studio;

namespace {

constexpr int kWaitMs = 300000;

using test::studioSampleConfig;
using test::studioSampleModel;

// The runs stored under `job`.
std::vector<store::RunSummary> runsOfJob(const QString& db, const QString& job) {
    std::vector<store::RunSummary> found;
    auto store = store::ProfileStore::open(db.toStdString(), store::Access::Read);
    if (!store) return found;
    auto runs = store->listRuns();
    if (!runs) return found;
    for (const store::RunSummary& run : *runs) {
        if (run.job == job.toStdString()) found.push_back(run);
    }
    return found;
}

// How many rows of the runs browser's model show `job` in the Job column, and how many
// its filter keeps for `filter`.
std::pair<int, int> rowsOfJob(const QString& db, const QString& job, const QString& filter) {
    auto store = store::ProfileStore::open(db.toStdString(), store::Access::Read);
    if (!store) return {-1, -1};
    auto overviews = store::listRunOverviews(*store);
    if (!overviews) return {-1, -1};
    RunsModel model;
    model.setRuns(std::move(*overviews));
    int rows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, RunsModel::Job).data().toString() == job) ++rows;
    }
    RunsFilter kept;
    kept.setSourceModel(&model);
    kept.setJob(filter);
    return {rows, kept.rowCount()};
}

// The quickest search that still measures: one timed run, no warm-up.
SearchSettings quickSettings(double minCosine, int budget) {
    SearchSettings s;
    s.minCosine = minCosine;
    s.budget = budget;
    s.warmup = 0;
    s.iterations = 1;
    s.confirmRounds = 0; // exactly the budget's runs under the job
    return s;
}

struct Fixture {
    StudioDocument document;
    ProfileDatabase database;
    QUndoStack undo;
    TunePanel panel{&document, &database, &undo};

    bool open(const QString& db) {
        database.setPath(db);
        QSignalSpy planned(&document, &StudioDocument::planChanged);
        QString error;
        if (!document.open(studioSampleModel(), studioSampleConfig(), &error)) return false;
        return !planned.isEmpty() || planned.wait(kWaitMs);
    }
};

} // namespace

class TestTuneViews : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's
        QCoreApplication::setOrganizationName(QStringLiteral("fusebox-tests"));
        GraphLayouter::setHelperPath(QStringLiteral(FUSEBOX_LAYOUT_HELPER)); // not next to this binary
        QVERIFY(dir_.isValid());
        QVERIFY2(QFile::exists(studioSampleModel()), qPrintable(studioSampleModel()));
    }

    void cleanup() { QThreadPool::globalInstance()->waitForDone(); } // a cancelled worker ends before the next test

    void tuneStoresEachCandidateUnderItsJob() {
        Fixture f;
        const QString db = dir_.filePath(QStringLiteral("tune.sqlite"));
        QVERIFY(f.open(db));
        const QString written = f.document.configText();
        f.panel.setSettings(quickSettings(0.999, 3));
        QSignalSpy finished(&f.panel, &TunePanel::finished);
        QSignalSpy progressed(f.panel.job(), &TuneJob::progressed);
        QSignalSpy stored(&f.database, &ProfileDatabase::runsStored);
        QVERIFY(f.panel.startTune());
        QVERIFY(f.panel.job()->isRunning());
        QVERIFY(f.panel.job()->jobName().startsWith(QStringLiteral("tune ")));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(stored.count(), 1); // the runs browser reloads on this

        QVERIFY(f.panel.job()->tuneResult().has_value());
        const TuneResult& result = *f.panel.job()->tuneResult();
        QCOMPARE(int(result.candidates.size()), 3); // the budget
        // Every candidate is one stored run under the job's name, and nothing else is.
        std::set<store::RunId> candidateRuns, jobRuns;
        for (const TuneCandidate& c : result.candidates) {
            QVERIFY2(c.outcome.runId.has_value(), c.label.c_str());
            candidateRuns.insert(*c.outcome.runId);
        }
        for (const store::RunSummary& run : runsOfJob(db, f.panel.job()->jobName())) jobRuns.insert(run.id);
        QCOMPARE(jobRuns.size(), result.candidates.size());
        QVERIFY(jobRuns == candidateRuns);
        // The runs browser shows the job and filters by it; the database holds only this job.
        QCOMPARE(rowsOfJob(db, f.panel.job()->jobName(), f.panel.job()->jobName()), std::make_pair(3, 3));
        QCOMPARE(rowsOfJob(db, f.panel.job()->jobName(), QStringLiteral("TUNE")).second, 3);
        QCOMPARE(rowsOfJob(db, f.panel.job()->jobName(), QStringLiteral("bisect")).second, 0);
        // The progress counted every measured run; its last line names the best so far.
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(0).toInt(), 3);
        QCOMPARE(progressed.last().at(1).toInt(), 3);

        const TuneCandidate* best = result.bestCandidate();
        QVERIFY(best);
        QVERIFY(progressed.last().at(2).toString().contains(QString::fromStdString("best " + best->label)));
        const QString summary = f.panel.summaryText();
        QVERIFY2(summary.contains(QString::fromStdString(best->label)), qPrintable(summary));
        QVERIFY2(summary.contains(QString::number(best->outcome.total.medianMs, 'f', 3) + QStringLiteral(" ms")), qPrintable(summary));
        QVERIFY(result.asWritten >= 0);
        const double asWritten = result.candidates[std::size_t(result.asWritten)].outcome.total.medianMs;
        const QString speedup = QString::number(asWritten / best->outcome.total.medianMs, 'f', 2) + QStringLiteral("x");
        QVERIFY2(summary.contains(speedup), qPrintable(summary + QStringLiteral(" / ") + speedup));

        // Apply best config: the tuner's text, one undo step.
        const QString tuned = f.panel.job()->tunedConfigText();
        QVERIFY(tuned.contains(QString::fromStdString(best->label)));
        QVERIFY(f.panel.applyBestConfig());
        QCOMPARE(f.document.configText(), tuned);
        QCOMPARE(f.undo.count(), 1);
        f.undo.undo();
        QCOMPARE(f.document.configText(), written);

        // Another model open (a copy elsewhere): the result is not applied to it.
        const QString other = dir_.filePath(QStringLiteral("other.onnx"));
        QVERIFY(QFile::copy(studioSampleModel(), other));
        QSignalSpy planned(&f.document, &StudioDocument::planChanged);
        QString error;
        QVERIFY(f.document.open(other, studioSampleConfig(), &error));
        QVERIFY(!planned.isEmpty() || planned.wait(kWaitMs));
        QVERIFY(!f.panel.applyBestConfig());
        QCOMPARE(f.document.configText(), written);
        QCOMPARE(f.undo.count(), 1); // the undone step, nothing new
        QVERIFY(f.panel.statusText().contains(studioSampleModel()));
    }

    void cancelLeavesNoJobRunning() {
        Fixture f;
        const QString db = dir_.filePath(QStringLiteral("cancel.sqlite"));
        QVERIFY(f.open(db));
        SearchSettings slow = quickSettings(0.999, 30);
        slow.iterations = 100; // long enough that the search cannot end before the cancel
        f.panel.setSettings(slow);
        QSignalSpy finished(&f.panel, &TunePanel::finished);
        QSignalSpy progressed(f.panel.job(), &TuneJob::progressed);
        QVERIFY(f.panel.startTune());
        QVERIFY(progressed.wait(kWaitMs)); // the host baseline is measured
        f.panel.cancel();
        QVERIFY(!f.panel.job()->isRunning());
        QVERIFY(!f.panel.job()->runner()->isBusy());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!f.panel.job()->tuneResult().has_value());
        QVERIFY(f.panel.job()->tunedConfigText().isEmpty());
        QVERIFY(!f.panel.applyBestConfig());
        QThreadPool::globalInstance()->waitForDone();
        // The runs measured before the cancel stay stored; at most the one interrupted is incomplete.
        const auto runs = runsOfJob(db, f.panel.job()->jobName());
        QVERIFY(!runs.empty());
        QVERIFY(runs.size() < 30);
        const auto incomplete = std::count_if(runs.begin(), runs.end(),
                                              [](const store::RunSummary& r) { return r.status == store::RunStatus::Incomplete; });
        QVERIFY(incomplete <= 1);
        // Nothing was running after all: a new search starts at once.
        QVERIFY(f.panel.startTune());
        f.panel.cancel();
    }

    void profileMenuStartsASearch() {
        MainWindow window;
        window.profileDatabase()->setPath(dir_.filePath(QStringLiteral("menu.sqlite")));
        QVERIFY(window.openModel(studioSampleModel(), studioSampleConfig()));
        QVERIFY(waitForIdle(window, kWaitMs));
        window.tunePanel()->setSettings(quickSettings(0.999, 2));
        QAction* tune = nullptr;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("&Tune Partition")) tune = action;
        }
        QVERIFY(tune);
        QSignalSpy finished(window.tunePanel(), &TunePanel::finished);
        tune->trigger();
        QVERIFY(window.tunePanel()->job()->isRunning());
        QCOMPARE(window.tunePanel()->job()->kind(), TuneJob::Kind::Tune);
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(int(window.tunePanel()->job()->tuneResult()->candidates.size()), 2);
    }

    // A profile and a search never measure at once: while one runs, the other refuses to
    // start, saying which job it waits for, and its start buttons are disabled.
    void oneMeasurementAtATime() {
        MainWindow window;
        window.profileDatabase()->setPath(dir_.filePath(QStringLiteral("gate.sqlite")));
        QVERIFY(window.openModel(studioSampleModel(), studioSampleConfig()));
        QVERIFY(waitForIdle(window, kWaitMs));
        ProfileDock* dock = window.profileDock();
        TunePanel* panel = window.tunePanel();
        const auto button = [](QWidget* parent, const QString& text) {
            for (QPushButton* b : parent->findChildren<QPushButton*>()) {
                if (b->text() == text) return b;
            }
            return static_cast<QPushButton*>(nullptr);
        };
        QPushButton* tune = button(panel, QStringLiteral("Tune"));
        QPushButton* runProfile = button(dock, QStringLiteral("Run Profile"));
        QVERIFY(tune && runProfile);

        ProfileSettings slow;
        slow.warmup = 0;
        slow.iterations = 2000; // runs long enough that the search is tried while it measures
        dock->setSettings(slow);
        dock->setSelectedDevices({});
        QSignalSpy profiled(dock, &ProfileDock::finished);
        QVERIFY(dock->start());
        QVERIFY(!tune->isEnabled());
        QVERIFY(tune->toolTip().contains(QStringLiteral("a profile run")));
        panel->setSettings(quickSettings(0.999, 2));
        QVERIFY(!panel->startTune());
        QVERIFY(!panel->startBisect());
        QVERIFY(!panel->job()->isRunning());
        QVERIFY2(panel->statusText().contains(QStringLiteral("a profile run")), qPrintable(panel->statusText()));
        dock->cancel();
        QCOMPARE(profiled.count(), 1);
        QVERIFY(tune->isEnabled());

        // The other way round: the search holds the gate until it ends.
        QSignalSpy searched(panel, &TunePanel::finished);
        QVERIFY(panel->startTune());
        QVERIFY(!runProfile->isEnabled());
        QVERIFY(!dock->start());
        QVERIFY(!dock->isRunning());
        QVERIFY(searched.wait(kWaitMs));
        QVERIFY(runProfile->isEnabled());
        QVERIFY(dock->start());
        dock->cancel();
        QThreadPool::globalInstance()->waitForDone();
    }

    void bisectSelectsTheCulpritsOnTheGraph() {
        MainWindow window;
        window.profileDatabase()->setPath(dir_.filePath(QStringLiteral("bisect.sqlite")));
        QVERIFY(window.openModel(studioSampleModel(), studioSampleConfig()));
        QVERIFY(waitForIdle(window, kWaitMs));
        const QString written = window.document()->configText();
        TunePanel* panel = window.tunePanel();
        QVERIFY(panel);
        panel->setSettings(quickSettings(1.0, 3)); // exact: a device that sums in another order misses it
        QSignalSpy finished(panel, &TunePanel::finished);
        QVERIFY(panel->startBisect());
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().first().toBool(), true);
        const BisectResult& result = *panel->job()->bisectResult();
        if (!result.needed) QSKIP("the devices match host exactly here: nothing to bisect");

        const QStringList culprits = panel->job()->culpritNames();
        QCOMPARE(qsizetype(result.culpritNodes.size()), culprits.size());
        QVERIFY(!culprits.isEmpty());
        for (int i = 0; i < culprits.size(); ++i) {
            QCOMPARE(culprits[i], QString::fromStdString(window.document()->session()->model().graph.node(result.culpritNodes[std::size_t(i)]).name));
        }
        QCOMPARE(panel->listedCulprits(), culprits);
        QStringList selected = window.selectedNodeNames();
        QStringList expected = culprits;
        selected.sort();
        expected.sort();
        QCOMPARE(selected, expected);
        QVERIFY2(panel->summaryText().contains(QString::number(culprits.size())), qPrintable(panel->summaryText()));

        // Apply fix: the engine's rule appended to the text, one undo step.
        QVERIFY(panel->applyFix());
        QCOMPARE(window.document()->configText(), QString::fromStdString(appendRules(written.toStdString(), {result.fix})));
        window.undoStack()->undo();
        QCOMPARE(window.document()->configText(), written);
    }
};

QTEST_MAIN(TestTuneViews)
#include "tst_tune_views.moc"
