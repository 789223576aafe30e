// The profile store: what is written reads back; runs are labelled and deleted; the runs
// overview has speed-up, accuracy and spread; the spread of known timings and the
// "unstable" rule on both sides of its thresholds; schema-1 to schema-4 databases migrate; two
// writers, a reader during a commit, a killed writer, a file that is not a database,
// a read-only file and a full disk all leave every stored run intact.
#include "store/profile_store.h"
#include "store/run_overview.h"
#include "store/run_spread.h"
#include "store/schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>
#include <fcntl.h>
#include <functional>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace fusebox;
using namespace fusebox::store;

namespace {

constexpr int kNobody = 65534;

RunHeader sampleHeader(const std::string& label) {
    RunHeader h;
    h.model = {"5e1f", "det.onnx", "models/det.onnx", 672};
    h.config = ConfigInfo{"c0f1", "[partition]\ntargets = [\"onednn\"]\n"};
    h.machine = {"Test CPU @ 2.5GHz", 2, "Linux 6.1 x86_64"};
    h.adapters = {{"host", "reference 1"}, {"onednn", "oneDNN 3.0"}};
    h.label = label;
    h.devices = "host,onednn";
    h.settings = {2, 3, 10};
    return h;
}

// One subgraph of `nodes` nodes; node i takes i+1 ms (median), so sums are easy to check.
RunResults sampleResults(int nodes) {
    RunResults r;
    r.total = {100, 90, 130, 120, 10, 0.12};
    r.subgraphs.push_back({ItemKind::Subgraph, "0", 0, "", "onednn", 0, {60, 55, 70, 66, 10, 0.05}});
    for (int i = 0; i < nodes; ++i) {
        r.nodes.push_back({ItemKind::Node, "node" + std::to_string(i), i, i % 2 ? "Relu" : "Conv", i < 2 ? "onednn" : "host",
                           i < 2 ? std::optional<int>(0) : std::nullopt, {i + 1.0, i + 0.5, i + 2.0, i + 1.5, 10}});
    }
    r.accuracy = {{"maps", {1e-5, 2e-4, 0.999999}}};
    r.fallbacks = {{0, "onednn", "onednn: no primitive for Conv 'conv1'"}};
    r.peakBytes = 4096;
    r.layoutConversions = 2;
    return r;
}

RunId storeRun(ProfileStore& store, const std::string& label, int nodes) {
    auto id = store.beginRun(sampleHeader(label));
    if (!id) qFatal("%s", id.error().message().c_str());
    if (Status s = store.finishRun(*id, sampleResults(nodes)); !s) qFatal("%s", s.error().message().c_str());
    return *id;
}

ProfileStore openOrDie(const std::string& path, Access access = Access::Write) {
    auto store = ProfileStore::open(path, access);
    if (!store) qFatal("%s", store.error().message().c_str());
    return std::move(*store);
}

int64_t count(ProfileStore& store, const std::string& sql) {
    auto n = store.database().queryInteger(sql);
    if (!n) qFatal("%s", n.error().message().c_str());
    return *n;
}

std::string integrityCheck(ProfileStore& store) {
    auto check = store.database().prepare("PRAGMA integrity_check");
    if (!check || !check->step().ok()) return "cannot run integrity_check";
    return check->text(0);
}

QByteArray bytesOf(const std::string& path) {
    QFile file(QString::fromStdString(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs `body` in a forked child; its exit code and what it wrote to `out` come back.
struct ChildResult {
    int exitCode = -1; // -1: killed by a signal
    std::string output;
};

ChildResult inChild(const std::function<int(int out)>& body) {
    int pipeFds[2];
    if (pipe(pipeFds) != 0) qFatal("pipe failed");
    const pid_t pid = fork();
    if (pid == 0) {
        close(pipeFds[0]);
        _exit(body(pipeFds[1]));
    }
    close(pipeFds[1]);
    ChildResult result;
    char buffer[512];
    for (ssize_t n; (n = read(pipeFds[0], buffer, sizeof buffer)) > 0;) result.output.append(buffer, static_cast<std::size_t>(n));
    close(pipeFds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

void say(int out, const std::string& text) { (void)!write(out, text.data(), text.size()); }

// A database exactly as schema version `version` (1 to 4) wrote it: the migrations up to
// that version, then rows with the columns it had.
void makeOldDatabase(const std::string& path, int version) {
    auto db = Database::open(path, OpenMode::ReadWrite);
    if (!db) qFatal("%s", db.error().message().c_str());
    if (Status s = migrate(*db, version); !s) qFatal("%s", s.error().message().c_str());
    const char* rows = R"sql(
        INSERT INTO models (hash, name, path, node_count) VALUES ('5e1f', 'det.onnx', 'det.onnx', 3);
        INSERT INTO configs (hash, text) VALUES ('c0f1', '[partition]');
        INSERT INTO machines (cpu, cores, os) VALUES ('Old CPU', 4, 'Linux 5.10');
        INSERT INTO adapters (name, version) VALUES ('host', 'reference 0');
        INSERT INTO runs (model_id, config_id, machine_id, label, devices, threads, warmup, repeats, started_at,
                          finished_at, status)
            VALUES (1, 1, 1, 'host', 'host', 1, 2, 5, '2026-01-02T03:04:05.000Z', '2026-01-02T03:04:06.000Z', 'complete');
        INSERT INTO run_adapters (run_id, adapter_id) VALUES (1, 1);
        INSERT INTO timings (run_id, kind, item, position, samples, median_ms, min_ms, max_ms, p90_ms)
            VALUES (1, 'model', '', 0, 5, 12.5, 12, 14, 13.5);
        INSERT INTO timings (run_id, kind, item, position, op_type, device, samples, median_ms, min_ms, max_ms, p90_ms)
            VALUES (1, 'node', 'conv1', 0, 'Conv', 'host', 5, 10, 9, 11, 10.5),
                   (1, 'node', 'relu1', 1, 'Relu', 'host', 5, 2.5, 2, 3, 2.9);
        INSERT INTO accuracy (run_id, output, max_abs_error, max_rel_error, cosine) VALUES (1, 'y', 0, 0, 1);
    )sql";
    if (Status s = db->exec(rows); !s) qFatal("%s", s.error().message().c_str());
    if (version < 2) return;
    if (Status s = db->exec("UPDATE runs SET peak_bytes = 8192, layout_conversions = 3 WHERE id = 1"); !s) {
        qFatal("%s", s.error().message().c_str());
    }
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    int counter_ = 0;
    std::string freshPath() { return dir_.filePath(QString("db%1.sqlite").arg(++counter_)).toStdString(); }

private slots:
    void runsReadBackAsWritten() {
        const std::string path = freshPath();
        ProfileStore store = openOrDie(path);
        QCOMPARE(count(store, "PRAGMA user_version"), int64_t{kSchemaVersion});
        QCOMPARE(count(store, "PRAGMA foreign_keys"), int64_t{1});
        {
            auto mode = store.database().prepare("PRAGMA journal_mode");
            QVERIFY(mode.ok() && mode->step().ok());
            QCOMPARE(mode->text(0), std::string("wal"));
        }

        const RunId first = storeRun(store, "host", 5);
        const RunId second = storeRun(store, "onednn", 5);
        auto failed = store.beginRun(sampleHeader("xnnpack"));
        QVERIFY(failed.ok());
        QVERIFY(store.failRun(*failed, "xnnpack: Resize not supported").ok());

        auto loaded = store.loadRun(second);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message().c_str());
        const StoredRun& run = *loaded;
        QCOMPARE(run.summary.status, RunStatus::Complete);
        QCOMPARE(run.summary.label, std::string("onednn"));
        QCOMPARE(run.header.model.nodeCount, int64_t{672});
        QCOMPARE(run.header.config->text, sampleHeader("").config->text);
        QCOMPARE(run.header.machine.cpu, std::string("Test CPU @ 2.5GHz"));
        QCOMPARE(run.header.adapters.size(), std::size_t{2});
        QCOMPARE(run.header.adapters[1].version, std::string("oneDNN 3.0"));
        QCOMPARE(run.header.settings.repeats, 10);
        QCOMPARE(run.results.total.p90Ms, 120.0);
        QCOMPARE(run.results.total.cv, std::optional<double>(0.12));
        QCOMPARE(run.results.subgraphs.size(), std::size_t{1});
        QCOMPARE(run.results.subgraphs[0].stats.medianMs, 60.0);
        QCOMPARE(run.results.subgraphs[0].stats.cv, std::optional<double>(0.05));
        QCOMPARE(run.results.nodes[0].stats.cv, std::optional<double>()); // none given
        QCOMPARE(run.results.nodes.size(), std::size_t{5});
        QCOMPARE(run.results.nodes[3].item, std::string("node3"));
        QCOMPARE(run.results.nodes[3].stats.maxMs, 5.0);
        QCOMPARE(run.results.nodes[1].subgraph, std::optional<int>(0));
        QCOMPARE(run.results.nodes[4].subgraph, std::optional<int>());
        QCOMPARE(run.results.accuracy.size(), std::size_t{1});
        QCOMPARE(run.results.accuracy[0].accuracy.maxRelError, 2e-4);
        QCOMPARE(run.results.peakBytes, std::optional<int64_t>(4096));
        QCOMPARE(run.results.fallbacks.size(), std::size_t{1});
        QCOMPARE(run.results.fallbacks[0].subgraph, 0);
        QCOMPARE(run.results.fallbacks[0].device, std::string("onednn"));
        QCOMPARE(run.results.fallbacks[0].message, std::string("onednn: no primitive for Conv 'conv1'"));
        QVERIFY(run.finishedAt >= run.summary.startedAt);

        auto runs = store.listRuns();
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), std::size_t{3});
        QCOMPARE((*runs)[0].id, *failed); // newest first
        QCOMPARE((*runs)[0].status, RunStatus::Failed);
        QCOMPARE((*runs)[0].message, std::string("xnnpack: Resize not supported"));
        QCOMPARE((*runs)[2].id, first);
        QCOMPARE((*runs)[2].medianMs, std::optional<double>(100.0));
        QCOMPARE(store.listRuns("det.onnx")->size(), std::size_t{3});
        QCOMPARE(store.listRuns("rec.onnx")->size(), std::size_t{0});
        // Models, configs and machines are kept once, by content.
        QCOMPARE(count(store, "SELECT count(*) FROM models"), int64_t{1});
        QCOMPARE(count(store, "SELECT count(*) FROM machines"), int64_t{1});
        QVERIFY(!store.loadRun(99).ok());
    }

    void olderDatabaseIsMigrated_data() {
        QTest::addColumn<int>("version");
        QTest::newRow("version 1") << 1;
        QTest::newRow("version 2") << 2;
        QTest::newRow("version 3") << 3;
        QTest::newRow("version 4") << 4;
    }

    void olderDatabaseIsMigrated() {
        QFETCH(int, version);
        const std::string path = freshPath();
        makeOldDatabase(path, version);
        {
            auto db = Database::open(path, OpenMode::ReadWrite);
            QVERIFY(db.ok());
            QCOMPARE(*db->queryInteger("PRAGMA user_version"), int64_t{version});
        }
        const QByteArray written = bytesOf(path);
        ProfileStore store = openOrDie(path, Access::Read);
        QCOMPARE(count(store, "PRAGMA user_version"), int64_t{kSchemaVersion});
        auto old = store.loadRun(1);
        QVERIFY2(old.ok(), old.ok() ? "" : old.error().message().c_str());
        QCOMPARE(old->summary.status, RunStatus::Complete);
        QCOMPARE(old->summary.source, std::string(kSourceFusebox)); // version 2's column, defaulted
        QCOMPARE(old->results.peakBytes, version >= 2 ? std::optional<int64_t>(8192) : std::optional<int64_t>());
        QCOMPARE(old->results.total.medianMs, 12.5);
        QCOMPARE(old->results.nodes.size(), std::size_t{2});
        QCOMPARE(old->results.nodes[1].stats.p90Ms, 2.9);
        QCOMPARE(old->results.fallbacks.size(), std::size_t{0}); // version 3's table, empty for old runs
        QCOMPARE(old->header.machine.cpu, std::string("Old CPU"));
        QCOMPARE(old->summary.userLabel, std::string()); // version 4's column, defaulted
        QCOMPARE(old->results.total.cv, std::optional<double>()); // version 5's column: not known for old runs
        QCOMPARE(old->results.total.maxMs, 14.0);
        auto overview = listRunOverviews(store);
        QVERIFY(overview.ok());
        QCOMPARE(overview->front().total.p90Ms, 13.5);
        QVERIFY(!overview->front().unstable()); // p90/median 1.08, cv not stored
        QCOMPARE(bytesOf(path), written); // reading never writes
        {
            auto db = Database::open(path, OpenMode::ReadOnly); // reading upgraded a copy, not the file
            QCOMPARE(*db->queryInteger("PRAGMA user_version"), int64_t{version});
        }
        // A writer upgrades the file; new runs go next to the old one, with what the new version keeps.
        ProfileStore writer = openOrDie(path, Access::Write);
        QCOMPARE(count(writer, "PRAGMA user_version"), int64_t{kSchemaVersion});
        const RunId added = storeRun(writer, "onednn", 3);
        QCOMPARE(added, RunId{2});
        QCOMPARE(writer.listRuns()->size(), std::size_t{2});
        QCOMPARE(count(writer, "SELECT count(*) FROM models"), int64_t{1}); // same model hash
        QCOMPARE(writer.loadRun(added)->results.fallbacks, sampleResults(3).fallbacks);
    }

    void runsAreLabelledAndDeleted() {
        ProfileStore store = openOrDie(freshPath());
        const RunId host = storeRun(store, "host", 3);
        const RunId onednn = storeRun(store, "onednn", 3);
        QVERIFY(store.setUserLabel(onednn, "after the Conv fix").ok());
        QCOMPARE(store.loadRun(onednn)->summary.userLabel, std::string("after the Conv fix"));
        QCOMPARE(store.listRuns()->front().userLabel, std::string("after the Conv fix"));
        QVERIFY(store.deleteRun(host).ok());
        QCOMPARE(store.listRuns()->size(), std::size_t{1});
        QCOMPARE(count(store, "SELECT count(*) FROM timings WHERE run_id = " + std::to_string(host)), int64_t{0});
        QCOMPARE(count(store, "SELECT count(*) FROM accuracy WHERE run_id = " + std::to_string(host)), int64_t{0});
        QCOMPARE(count(store, "SELECT count(*) FROM timings WHERE run_id = " + std::to_string(onednn)), int64_t{5}); // model, sg, 3 nodes
        const Status missing = store.deleteRun(host);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message().find("there is no run " + std::to_string(host)) != std::string::npos);
        QVERIFY(!store.setUserLabel(99, "x").ok());
    }

    void overviewHasSpeedupAccuracyAndSpread() {
        ProfileStore store = openOrDie(freshPath());
        RunResults hostResults = sampleResults(2);
        hostResults.total = {120, 118, 122, 121, 10, 0.01};
        hostResults.accuracy.clear();
        const RunId host = *store.beginRun(sampleHeader("host"));
        QVERIFY(store.finishRun(host, hostResults).ok());
        storeRun(store, "onednn", 2); // median 100, min 90, p90 120, max 130, cv 0.12, maps cosine 0.999999
        RunResults noisy = sampleResults(2);
        noisy.total = {60, 40, 80, 75, 10, 0.35}; // p90/median 1.25 (not above), cv 0.35 (above)
        noisy.accuracy = {{"maps", {1e-3, 0.1, 0.99}}, {"probs", {5e-2, 0.01, 0.995}}};
        RunHeader tuned = sampleHeader("xnnpack");
        tuned.job = "tune 2026-12-04T03:40:12Z";
        const RunId xnnpack = *store.beginRun(tuned);
        QVERIFY(store.finishRun(xnnpack, noisy).ok());
        const RunId failed = *store.beginRun(sampleHeader("config"));
        QVERIFY(store.failRun(failed, "no").ok());

        auto runs = listRunOverviews(store);
        QVERIFY2(runs.ok(), runs.ok() ? "" : runs.error().message().c_str());
        QCOMPARE(runs->size(), std::size_t{4});
        const RunOverview& f = (*runs)[0];
        const RunOverview& x = (*runs)[1];
        const RunOverview& o = (*runs)[2];
        const RunOverview& h = (*runs)[3];
        QCOMPARE(f.summary.id, failed);
        QVERIFY(!f.speedup && !f.summary.medianMs);
        QCOMPARE(h.summary.id, host);
        QCOMPARE(h.speedup, std::optional<double>(1.0));
        QCOMPARE(h.baseline, std::optional<RunId>(host));
        QVERIFY(!h.worstAccuracy);
        QVERIFY(!h.unstable());
        QCOMPARE(o.speedup, std::optional<double>(1.2));
        QCOMPARE(o.total.minMs, 90.0);
        QCOMPARE(o.total.p90Ms, 120.0);
        QCOMPARE(o.total.maxMs, 130.0);
        QCOMPARE(o.total.samples, 10);
        QCOMPARE(o.total.cv, std::optional<double>(0.12));
        QVERIFY(!o.unstable()); // p90/median 1.2, cv 0.12
        QVERIFY(x.unstable());
        QCOMPARE(unstableReason(x.total), std::string("unstable: p90/median 1.25, cv 0.35"));
        QVERIFY(!f.unstable()); // nothing measured
        QCOMPARE(o.worstAccuracy->cosine, 0.999999);
        QCOMPARE(x.summary.id, xnnpack);
        QCOMPARE(x.speedup, std::optional<double>(2.0));
        QCOMPARE(x.baseline, std::optional<RunId>(host));
        QCOMPARE(x.worstAccuracy->maxAbsError, 5e-2);
        QCOMPARE(x.worstAccuracy->maxRelError, 0.1);
        QCOMPARE(x.worstAccuracy->cosine, 0.99);
        QCOMPARE(x.configHash, std::string("c0f1"));
        QCOMPARE(x.modelHash, std::string("5e1f"));
        QCOMPARE(x.modelPath, std::string("models/det.onnx"));
        QCOMPARE(x.summary.job, tuned.job); // the tuning job it was a candidate of
        QCOMPARE(o.summary.job, std::string());
    }

    // Hand-computed: sorted 10 10 11 12 30; median the middle one, p90 the 5th of 5 (nearest
    // rank ceil(0.9 * 5)); mean 14.6, squares 299.2, sample deviation sqrt(299.2 / 4) = 8.6487.
    void spreadOfKnownTimings() {
        const TimingStats busy = summarizeTimings({30, 10, 12, 10, 11});
        QCOMPARE(busy.samples, 5);
        QCOMPARE(busy.minMs, 10.0);
        QCOMPARE(busy.medianMs, 11.0);
        QCOMPARE(busy.p90Ms, 30.0);
        QCOMPARE(busy.maxMs, 30.0);
        QVERIFY(std::abs(*busy.cv - 0.592377) < 1e-6);
        QVERIFY(std::abs(*p90OverMedian(busy) - 30.0 / 11) < 1e-12);
        QVERIFY(isUnstable(busy));
        QCOMPARE(unstableReason(busy), std::string("unstable: p90/median 2.73, cv 0.59"));

        // 10 10 10 10 11: mean 10.2, squares 0.8, deviation sqrt(0.2) = 0.44721.
        const TimingStats quiet = summarizeTimings({10, 11, 10, 10, 10});
        QCOMPARE(quiet.medianMs, 10.0);
        QCOMPARE(quiet.p90Ms, 11.0);
        QVERIFY(std::abs(*quiet.cv - 0.0438442) < 1e-6);
        QVERIFY(!isUnstable(quiet));
        QCOMPARE(unstableReason(quiet), std::string());

        QCOMPARE(summarizeTimings({7}).cv, std::optional<double>(0.0)); // one sample cannot spread
        QCOMPARE(summarizeTimings({}).cv, std::optional<double>());
    }

    void unstableRule_data() {
        QTest::addColumn<double>("p90");  // median 100
        QTest::addColumn<double>("cv");   // < 0: not stored
        QTest::addColumn<QString>("reason");
        QTest::newRow("both at their thresholds") << 125.0 << 0.2 << "";
        QTest::newRow("p90 just above") << 126.0 << 0.1 << "unstable: p90/median 1.26, cv 0.10";
        QTest::newRow("p90 1.8, cv not stored") << 180.0 << -1.0 << "unstable: p90/median 1.80";
        QTest::newRow("p90 below, cv not stored") << 124.0 << -1.0 << "";
        QTest::newRow("cv just above") << 110.0 << 0.21 << "unstable: p90/median 1.10, cv 0.21";
        QTest::newRow("cv just below") << 110.0 << 0.19 << "";
    }

    void unstableRule() {
        QFETCH(double, p90);
        QFETCH(double, cv);
        QFETCH(QString, reason);
        TimingStats stats{100, 90, p90 + 10, p90, 10};
        if (cv >= 0) stats.cv = cv;
        QCOMPARE(isUnstable(stats), !reason.isEmpty());
        QCOMPARE(QString::fromStdString(unstableReason(stats)), reason);
        stats.samples = 0; // not measured: never flagged
        QVERIFY(!isUnstable(stats));
    }

    void newerSchemaIsRefused() {
        const std::string path = freshPath();
        { ProfileStore store = openOrDie(path); storeRun(store, "host", 2); }
        {
            auto db = Database::open(path, OpenMode::ReadWrite);
            QVERIFY(db->exec("PRAGMA user_version = 99").ok());
        }
        const QByteArray before = bytesOf(path);
        auto store = ProfileStore::open(path, Access::Write);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message().find("schema version 99, newer than this Fusebox knows") != std::string::npos,
                 store.error().message().c_str());
        QCOMPARE(bytesOf(path), before);
    }

    void foreignSqliteDatabaseIsRefused() {
        const std::string path = freshPath();
        {
            auto db = Database::open(path, OpenMode::ReadWrite);
            QVERIFY(db->exec("CREATE TABLE photos (id INTEGER PRIMARY KEY)").ok());
        }
        const QByteArray before = bytesOf(path);
        auto store = ProfileStore::open(path, Access::Write);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message().find("not a Fusebox profile database") != std::string::npos,
                 store.error().message().c_str());
        QCOMPARE(bytesOf(path), before);
    }

    void twoProcessesWriteAtOnce() {
        const std::string path = freshPath(); // created by whichever writer comes first
        constexpr int kRunsEach = 15, kNodes = 300;
        auto writer = [&](const std::string& label) {
            const pid_t pid = fork();
            if (pid == 0) {
                auto store = ProfileStore::open(path, Access::Write);
                if (!store) _exit(2);
                for (int i = 0; i < kRunsEach; ++i) {
                    auto id = store->beginRun(sampleHeader(label));
                    if (!id || !store->finishRun(*id, sampleResults(kNodes))) _exit(3);
                }
                _exit(0);
            }
            return pid;
        };
        const pid_t a = writer("a"), b = writer("b");
        for (pid_t pid : {a, b}) {
            int status = 0;
            waitpid(pid, &status, 0);
            QVERIFY(WIFEXITED(status));
            QCOMPARE(WEXITSTATUS(status), 0);
        }
        ProfileStore store = openOrDie(path, Access::Read);
        QCOMPARE(count(store, "SELECT count(*) FROM runs WHERE status = 'complete' AND label = 'a'"), int64_t{kRunsEach});
        QCOMPARE(count(store, "SELECT count(*) FROM runs WHERE status = 'complete' AND label = 'b'"), int64_t{kRunsEach});
        QCOMPARE(count(store, "SELECT count(*) FROM timings WHERE kind = 'node'"), int64_t{2 * kRunsEach * kNodes});
        QCOMPARE(count(store, "SELECT count(*) FROM models"), int64_t{1});
    }

    void readerKeepsItsSnapshotWhileAWriterCommits() {
        const std::string path = freshPath();
        ProfileStore writer = openOrDie(path);
        storeRun(writer, "host", 4);

        ProfileStore reader = openOrDie(path, Access::Read);
        QVERIFY(reader.database().exec("BEGIN").ok());
        QCOMPARE(count(reader, "SELECT count(*) FROM runs"), int64_t{1}); // the read transaction starts here

        // The writer commits while the reader holds its snapshot: WAL lets both go on.
        const RunId second = storeRun(writer, "onednn", 4);
        QCOMPARE(count(reader, "SELECT count(*) FROM runs"), int64_t{1});
        QCOMPARE(count(reader, "SELECT count(*) FROM timings WHERE run_id = " + std::to_string(second)), int64_t{0});
        QVERIFY(reader.database().exec("COMMIT").ok());

        QCOMPARE(count(reader, "SELECT count(*) FROM runs"), int64_t{2});
        auto run = reader.loadRun(second);
        QVERIFY(run.ok());
        QCOMPARE(run->summary.status, RunStatus::Complete);
        QCOMPARE(run->results.nodes.size(), std::size_t{4});
    }

    void killedWriterLeavesEarlierRunsIntact() {
        const std::string path = freshPath();
        constexpr int kEarlier = 3, kNodes = 4000;
        {
            ProfileStore store = openOrDie(path);
            for (int i = 0; i < kEarlier; ++i) storeRun(store, "earlier", 10);
        }
        for (int round = 0; round < 3; ++round) {
            int pipeFds[2];
            QVERIFY(pipe(pipeFds) == 0);
            const pid_t pid = fork();
            if (pid == 0) {
                close(pipeFds[0]);
                auto store = ProfileStore::open(path, Access::Write);
                if (!store) _exit(2);
                for (;;) { // runs with many nodes: most of the time is spent inside their transaction
                    auto id = store->beginRun(sampleHeader("killed"));
                    if (!id || !store->finishRun(*id, sampleResults(kNodes))) _exit(3);
                    say(pipeFds[1], "+");
                }
            }
            close(pipeFds[1]);
            char seen = 0;
            QVERIFY(read(pipeFds[0], &seen, 1) == 1); // one run committed
            usleep(static_cast<useconds_t>(3000 * (round + 1)));
            kill(pid, SIGKILL);
            int status = 0;
            waitpid(pid, &status, 0);
            close(pipeFds[0]);
            QVERIFY(WIFSIGNALED(status));
        }
        ProfileStore store = openOrDie(path);
        QCOMPARE(integrityCheck(store), std::string("ok"));
        for (RunId id = 1; id <= kEarlier; ++id) {
            auto run = store.loadRun(id);
            QVERIFY(run.ok());
            QCOMPARE(run->summary.status, RunStatus::Complete);
            QCOMPARE(run->results.nodes.size(), std::size_t{10});
        }
        // Every killed run is either complete with all its nodes or incomplete with none.
        QVERIFY(count(store, "SELECT count(*) FROM runs WHERE label = 'killed' AND status = 'complete'") >= 3);
        QCOMPARE(count(store, "SELECT count(*) FROM runs r WHERE label = 'killed' AND status = 'complete' AND "
                              "(SELECT count(*) FROM timings t WHERE t.run_id = r.id AND kind = 'node') <> 4000"),
                 int64_t{0});
        QCOMPARE(count(store, "SELECT count(*) FROM timings t JOIN runs r ON r.id = t.run_id WHERE r.status = 'incomplete'"),
                 int64_t{0});
        const int64_t interrupted = count(store, "SELECT count(*) FROM runs WHERE status = 'incomplete'");
        QVERIFY(interrupted <= 3);
        qInfo("%lld runs were killed before their commit", static_cast<long long>(interrupted));
    }

    void fileThatIsNotADatabaseIsLeftAlone() {
        const std::string path = freshPath();
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("model,latency\nresnet,12.5\n" + QByteArray(5000, 'x'));
        file.close();
        const QByteArray before = bytesOf(path);
        for (Access access : {Access::Write, Access::Read}) {
            auto store = ProfileStore::open(path, access);
            QVERIFY(!store.ok());
            QVERIFY2(store.error().message().find(path + ": not a profile database: the file is not an SQLite database") == 0,
                     store.error().message().c_str());
            QCOMPARE(store.error().kind(), ErrorKind::InvalidInput);
        }
        QCOMPARE(bytesOf(path), before);
        QVERIFY(!QFile::exists(QString::fromStdString(path + "-wal")));
    }

    void readOnlyFileIsReadButNotWritten() {
        const std::string path = freshPath();
        { ProfileStore store = openOrDie(path); storeRun(store, "host", 6); }
        QVERIFY(chmod(path.c_str(), 0444) == 0);
        QVERIFY(chmod(dir_.path().toUtf8().constData(), 0755) == 0); // readable, not writable, for others
        const QByteArray before = bytesOf(path);
        // As root, permissions do not apply: check as an unprivileged user.
        const ChildResult result = inChild([&](int out) {
            if (getuid() == 0 && (setgid(kNobody) != 0 || setuid(kNobody) != 0)) return 10;
            auto writable = ProfileStore::open(path, Access::Write);
            if (writable) return 11;
            say(out, writable.error().message() + "\n");
            auto readable = ProfileStore::open(path, Access::Read);
            if (!readable) {
                say(out, readable.error().message());
                return 12;
            }
            auto run = readable->loadRun(1);
            return run && run->results.nodes.size() == 6 ? 0 : 13;
        });
        QVERIFY(chmod(path.c_str(), 0644) == 0);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.output.find(path + ": the database is read-only, so nothing can be stored in it") == 0,
                 result.output.c_str());
        QCOMPARE(bytesOf(path), before);
    }

    void fullDiskKeepsStoredRuns() {
        const std::string path = freshPath();
        { ProfileStore store = openOrDie(path); storeRun(store, "host", 20); }
        const QByteArray before = bytesOf(path);
        // A file size limit in a child stands in for a full disk: the WAL may not grow
        // past the database's own size, far less than a run of 20,000 nodes needs.
        const ChildResult result = inChild([&](int out) {
            signal(SIGXFSZ, SIG_IGN); // write() then fails with EFBIG instead of killing the process
            const rlimit limit{static_cast<rlim_t>(before.size()), static_cast<rlim_t>(before.size())};
            if (setrlimit(RLIMIT_FSIZE, &limit) != 0) return 10;
            auto store = ProfileStore::open(path, Access::Write);
            if (!store) return 11;
            auto id = store->beginRun(sampleHeader("too big"));
            if (!id) {
                say(out, id.error().message());
                return 0;
            }
            Status finished = store->finishRun(*id, sampleResults(20000));
            if (finished) return 12;
            say(out, finished.error().message());
            return 0;
        });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.output.find("nothing of this step was stored") != std::string::npos, result.output.c_str());
        QVERIFY2(result.output.find("file size limit") != std::string::npos, result.output.c_str());

        ProfileStore store = openOrDie(path);
        QCOMPARE(count(store, "SELECT count(*) FROM runs WHERE status = 'complete'"), int64_t{1});
        QCOMPARE(count(store, "SELECT count(*) FROM timings WHERE run_id <> 1"), int64_t{0});
        auto run = store.loadRun(1);
        QVERIFY(run.ok());
        QCOMPARE(run->results.nodes.size(), std::size_t{20});
        QCOMPARE(integrityCheck(store), std::string("ok"));
    }

    void defaultPathFollowsXdgDataHome() {
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", "/data/home");
        QCOMPARE(defaultDatabasePath(), std::string("/data/home/fusebox/profiles.sqlite"));
        qunsetenv("XDG_DATA_HOME");
        QVERIFY(defaultDatabasePath().ends_with("/.local/share/fusebox/profiles.sqlite"));
        if (!saved.isEmpty()) qputenv("XDG_DATA_HOME", saved);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
