// The profile dock (views/profile_dock.h), offscreen and driven from code: the device
// list of `fusebox devices`, a profile of host + onednn + xnnpack stored as complete runs,
// a cancel that keeps the UI responsive and leaves the interrupted run incomplete, and
// the File menu's run exports and ONNX Runtime import against the store's figures.
#include "profile_database.h"
#include "profile_dock.h"
#include "profile_file_actions.h"
#include "store/profile_store.h"
#include "studio_document.h"
#include "support/latency_probe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace fusebox;
using namespace Qt::StringLiterals;
using namespace fusebox::studio;

namespace {

constexpr int kWaitMs = 120000;
constexpr int kTickMs = 5;          // the responsiveness probe's timer

QString sampleModel() { return QStringLiteral(FUSEBOX_SAMPLES_DIR "/residual_convnet.onnx"); }
QString sampleConfig() { return QStringLiteral(FUSEBOX_SOURCE_DIR "/resources/configs/residual_convnet.toml"); }

// Newest first, as the store lists them.
std::vector<store::RunSummary> storedRuns(const QString& db) {
    auto store = store::ProfileStore::open(db.toStdString(), store::Access::Read);
    if (!store) return {};
    auto runs = store->listRuns();
    return runs ? *runs : std::vector<store::RunSummary>{};
}

store::StoredRun loadRun(const QString& db, store::RunId id) {
    auto store = store::ProfileStore::open(db.toStdString(), store::Access::Read);
    auto run = store ? store->loadRun(id) : Result<store::StoredRun>(store.error());
    return run ? *run : store::StoredRun{};
}

QJsonDocument readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(file.readAll());
}

// The document, database and dock of one test, with the sample open.
struct Fixture {
    StudioDocument document;
    ProfileDatabase database;
    ProfileDock dock{&document, &database};

    bool open(const QString& db) {
        database.setPath(db);
        QSignalSpy planned(&document, &StudioDocument::planChanged);
        QString error;
        if (!document.open(sampleModel(), sampleConfig(), &error)) return false;
        return !planned.isEmpty() || planned.wait(kWaitMs); // a quick job may have delivered already
    }
};

} // namespace

class TstProfileDock : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString profiledDb_; // the runs of profilesHostOnednnXnnpack, for the export tests

    static bool skipWithoutAdapters(const ProfileDock& dock) {
        return !dock.availableDevices().contains(u"onednn"_s) ||
               !dock.availableDevices().contains(u"xnnpack"_s);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid());
        QVERIFY2(QFile::exists(sampleModel()), qPrintable(sampleModel()));
    }

    void listsDevicesAsTheCliDoes() {
        Fixture f;
        QVERIFY(f.open(dir_.filePath(u"devices.sqlite"_s)));
        const QStringList listed = f.dock.listedDevices();
        QVERIFY(!listed.contains(u"host"_s)); // always the baseline, not a choice
        QVERIFY2(listed.contains(u"kirin_npu"_s), qPrintable(listed.join(u',')));
        QVERIFY(!f.dock.availableDevices().contains(u"kirin_npu"_s));
        QVERIFY(f.dock.unavailableReason(u"kirin_npu"_s).startsWith(u"preview only"_s));
        // A device that cannot run here cannot be chosen.
        f.dock.setSelectedDevices({u"kirin_npu"_s});
        QVERIFY(f.dock.selectedDevices().isEmpty());
        if (skipWithoutAdapters(f.dock)) QSKIP("the onednn or xnnpack adapter is not built");
        QVERIFY(f.dock.unavailableReason(u"onednn"_s).isEmpty());
    }

    void opensWithTheConfigTargetsChosen() {
        Fixture f;
        QVERIFY(f.open(dir_.filePath(u"targets.sqlite"_s)));
        if (skipWithoutAdapters(f.dock)) QSKIP("the onednn or xnnpack adapter is not built");
        QCOMPARE(f.dock.selectedDevices(), QStringList{u"onednn"_s}); // targets = ["onednn"]
    }

    void profilesHostOnednnXnnpack() {
        Fixture f;
        profiledDb_ = dir_.filePath(u"profile.sqlite"_s);
        QVERIFY(f.open(profiledDb_));
        if (skipWithoutAdapters(f.dock)) QSKIP("the onednn or xnnpack adapter is not built");
        f.dock.setSelectedDevices({u"onednn"_s, u"xnnpack"_s});
        f.dock.setSettings({1, 0, 2, 7});
        QSignalSpy finished(&f.dock, &ProfileDock::finished);
        QSignalSpy progressed(&f.dock, &ProfileDock::progressed);
        QSignalSpy stored(&f.database, &ProfileDatabase::runsStored);
        QVERIFY(f.dock.start());
        QVERIFY(f.dock.isRunning());
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(stored.count(), 1);
        QVERIFY(!f.dock.isRunning());

        // Every iteration of every run was shown: 4 runs of 2 timed iterations.
        QCOMPARE(progressed.count(), 4 * 2);
        QCOMPARE(progressed.first(), (QVariantList{0, 4, 1, 2}));
        QCOMPARE(progressed.last(), (QVariantList{3, 4, 2, 2}));

        const auto runs = storedRuns(profiledDb_);
        QCOMPARE(runs.size(), std::size_t(4));
        const QStringList expected{u"config:host,onednn,xnnpack"_s, u"xnnpack:host,xnnpack"_s, u"onednn:host,onednn"_s, u"host:host"_s};
        for (std::size_t i = 0; i < runs.size(); ++i) {
            QCOMPARE(QString::fromStdString(runs[i].label + ":" + runs[i].devices), expected[int(i)]);
            QCOMPARE(runs[i].status, store::RunStatus::Complete);
            const store::StoredRun run = loadRun(profiledDb_, runs[i].id);
            QCOMPARE(run.header.settings.repeats, 2);
            QCOMPARE(run.header.settings.warmup, 0);
            QCOMPARE(run.header.settings.threads, 1);
            QCOMPARE(run.results.total.samples, 2);
            QCOMPARE(run.results.nodes.size(), f.document.session()->model().graph.nodeCount());
        }
    }

    // Cancelled once the second run (onednn) is measuring: the UI never stalls, the host
    // run is stored complete, the onednn run incomplete, and nothing after it started.
    void cancelKeepsFinishedRunsAndTheUiResponsive() {
        Fixture f;
        const QString db = dir_.filePath(u"cancel.sqlite"_s);
        QVERIFY(f.open(db));
        if (skipWithoutAdapters(f.dock)) QSKIP("the onednn or xnnpack adapter is not built");
        f.dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.dock)); // the first paint loads fonts: not the profile's doing
        f.dock.setSelectedDevices({u"onednn"_s, u"xnnpack"_s});
        constexpr int kIterations = 2000; // long enough that the cancel lands inside the onednn run
        f.dock.setSettings({1, 0, kIterations, 0});
        connect(&f.dock, &ProfileDock::progressed, &f.dock, [&f](int run) {
            if (run == 1 && f.dock.isRunning()) f.dock.cancel();
        });
        QSignalSpy finished(&f.dock, &ProfileDock::finished);
        QSignalSpy stored(&f.database, &ProfileDatabase::runsStored);

        QVERIFY(f.dock.start());
        test::LatencyProbe probe(kTickMs);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kWaitMs);
        probe.stop();
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(stored.count(), 1);
        QVERIFY(!f.dock.isRunning());
        QVERIFY2(probe.maxLateMs() < test::kMaxUiLatencyMs, qPrintable(u"the event loop was %1 ms late"_s.arg(probe.maxLateMs())));

        QThreadPool::globalInstance()->waitForDone(); // the worker sees the flag and returns
        const auto runs = storedRuns(db);
        QCOMPARE(runs.size(), std::size_t(2));
        QCOMPARE(runs[1].label, std::string("host"));
        QCOMPARE(runs[1].status, store::RunStatus::Complete);
        QCOMPARE(loadRun(db, runs[1].id).results.total.samples, kIterations);
        QCOMPARE(runs[0].label, std::string("onednn"));
        QCOMPARE(runs[0].status, store::RunStatus::Incomplete);
        QVERIFY(loadRun(db, runs[0].id).results.nodes.empty());
    }

    // One entry per executed node, keyed by node name, valued at its stored median in µs.
    void exportsModelExplorerNodeData() {
        if (profiledDb_.isEmpty()) QSKIP("needs the runs of profilesHostOnednnXnnpack");
        const auto runs = storedRuns(profiledDb_);
        const store::StoredRun host = loadRun(profiledDb_, runs.back().id);
        QCOMPARE(host.summary.label, std::string("host"));
        const QString path = dir_.filePath(u"host.node_data.json"_s);
        QCOMPARE(exportStoredRun(profiledDb_, host.summary.id, RunExport::ModelExplorerNodeData, path), QString());

        const QJsonObject graph = readJson(path).object()[u"main_graph"_s].toObject();
        const QJsonObject results = graph[u"results"_s].toObject();
        QCOMPARE(results.size(), qsizetype(host.results.nodes.size()));
        for (const store::ItemTiming& node : host.results.nodes) {
            QVERIFY(node.stats.samples > 0);
            const QJsonValue value = results[QString::fromStdString(node.item)][u"value"_s];
            QVERIFY2(value.isDouble(), node.item.c_str());
            QCOMPARE(value.toDouble(), node.stats.medianMs * 1000);
        }
        const QJsonArray gradient = graph[u"gradient"_s].toArray();
        QCOMPARE(gradient.first()[u"stop"_s].toDouble(), 0.0);
        QCOMPARE(gradient.last()[u"stop"_s].toDouble(), 1.0);
    }

    void exportsPerfettoTraceAndRefusesAMissingRun() {
        if (profiledDb_.isEmpty()) QSKIP("needs the runs of profilesHostOnednnXnnpack");
        const auto runs = storedRuns(profiledDb_);
        const store::StoredRun host = loadRun(profiledDb_, runs.back().id);
        const QString path = dir_.filePath(u"host.trace.json"_s);
        QCOMPARE(exportStoredRun(profiledDb_, host.summary.id, RunExport::PerfettoTrace, path), QString());
        int slices = 0;
        for (const QJsonValue& event : readJson(path).object()[u"traceEvents"_s].toArray()) {
            slices += event[u"ph"_s] == u"X"_s;
        }
        QCOMPARE(slices, int(host.results.nodes.size())); // host only: one slice per node

        const QString error = exportStoredRun(profiledDb_, 999, RunExport::PerfettoTrace, dir_.filePath(u"none.json"_s));
        QVERIFY2(error.contains(u"there is no run 999"_s), qPrintable(error));
        QVERIFY(!QFile::exists(dir_.filePath(u"none.json"_s)));
    }

    // An ONNX Runtime profile of the sample's nodes, imported from the File menu's action,
    // is a run of the open model with the profile's median per node.
    void importsAnOnnxRuntimeProfile() {
        Fixture f;
        const QString db = dir_.filePath(u"ort.sqlite"_s);
        QVERIFY(f.open(db));
        const Graph& graph = f.document.session()->model().graph;
        QJsonArray events;
        for (NodeId id : graph.nodeIds()) {
            const QJsonObject args{{u"op_name"_s, QString::fromStdString(graph.node(id).opType)},
                                   {u"provider"_s, u"CPUExecutionProvider"_s}};
            const QString name = QString::fromStdString(graph.node(id).name) + u"_kernel_time"_s;
            for (double us : {100.0, 300.0, 200.0}) {
                events.append(QJsonObject{{u"cat"_s, u"Node"_s}, {u"ph"_s, u"X"_s}, {u"dur"_s, us}, {u"name"_s, name}, {u"args"_s, args}});
            }
        }
        events.append(QJsonObject{{u"cat"_s, u"Session"_s}, {u"ph"_s, u"X"_s}, {u"dur"_s, 50000}, {u"name"_s, u"model_run"_s}});
        const QString profile = dir_.filePath(u"ort_profile.json"_s);
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(events).toJson());
        file.close();

        ProfileFileActions actions(&f.document, &f.database, nullptr);
        QSignalSpy finished(&actions, &ProfileFileActions::importFinished);
        QSignalSpy stored(&f.database, &ProfileDatabase::runsStored);
        QVERIFY(actions.importOrtProfile(profile));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(stored.count(), 1);
        const auto runs = storedRuns(db);
        QCOMPARE(runs.size(), std::size_t(1));
        QCOMPARE(runs[0].source, std::string(store::kSourceOnnxRuntime));
        QCOMPARE(runs[0].model, std::string("residual_convnet.onnx"));
        const store::StoredRun run = loadRun(db, runs[0].id);
        QCOMPARE(run.results.nodes.size(), graph.nodeCount());
        for (const store::ItemTiming& node : run.results.nodes) QCOMPARE(node.stats.medianMs, 0.2);
        QCOMPARE(run.results.total.medianMs, 50.0);

        QVERIFY(actions.importOrtProfile(dir_.filePath(u"missing.json"_s)));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QCOMPARE(storedRuns(db).size(), std::size_t(1));
    }
};

QTEST_MAIN(TstProfileDock)
#include "tst_profile_dock.moc"
