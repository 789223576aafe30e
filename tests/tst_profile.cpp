// fusebox profile: host baseline, each device alone and the config, stored and
// comparable node by node; devices that cannot run are skipped with the reason; a subgraph
// its device fails to compile runs on host and is stored so, and `fusebox run` says so.
// A run stored with busy timings is flagged unstable by `runs` and `compare`, a quiet one
// is not; `profile` prints each run's spread as the store has it.
// Then the CLI end to end on PP-OCRv4 det: profile, runs, compare, export-trace, export-node-data.
#include "cli/commands.h"
#include "devices/device_profile.h"
#include "modelbuilder/sample_models.h"
#include "onnx/onnx_import.h"
#include "runtime/device_availability.h"
#include "store/run_comparison.h"
#include "store/run_spread.h"
#include "support/fake_adapter.h"
#include "support/cli_run.h"
#include "support/test_support.h"
#include "workflow/profile_workflow.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <iostream>
#include <atomic>
#include <set>
#include <tuple>
#include <sstream>

using namespace fusebox;

namespace {

using test::writeText;

// host.toml from the shipped profiles plus fake devices: "fake" (runs Conv, Relu and
// Add on the host kernels), "unplugged" (its adapter finds no device), "ghost" (its
// adapter is not built) and "refusing" (claims the same ops, then fails to compile every
// subgraph with a Relu).
QString fakeProfiles(const QString& root) {
    const QString dir = root + "/profiles";
    QDir().mkpath(dir);
    QFile::copy(test::profilesDir() + "/host.toml", dir + "/host.toml");
    const QString body = "precisions = [\"fp32\"]\nlayouts = [\"NCHW\"]\n[cost]\npeak_gflops = { fp32 = 100.0 }\n"
                         "memory_gbps = 10.0\n[ops.Conv]\n[ops.Relu]\n[ops.Add]\n";
    for (const char* name : {"fake", "unplugged", "ghost", "refusing"}) {
        writeText(dir + "/" + name + ".toml", QString("adapter = \"%1\"\n").arg(name) + body);
    }
    test::registerFakeAdapter("fake");
    test::registerFakeAdapter("unplugged", false);
    test::registerFakeAdapter("refusing", true, Layout::NCHW, {"Relu"});
    return dir;
}

using test::CliRun;
using test::runCli;

// Runs a command in this process, so that the fake adapters registered here are there;
// what it wrote to stdout and stderr comes back.
CliRun runInProcess(int (*command)(const cli::CommandArgs&), const cli::CommandArgs& args) {
    std::ostringstream out, err;
    std::streambuf* savedOut = std::cout.rdbuf(out.rdbuf());
    std::streambuf* savedErr = std::cerr.rdbuf(err.rdbuf());
    const int exitCode = command(args);
    std::cout.rdbuf(savedOut);
    std::cerr.rdbuf(savedErr);
    return {exitCode, QString::fromStdString(out.str()), QString::fromStdString(err.str())};
}

// A complete run of det.onnx whose end-to-end timings are `samplesMs`, stored through the store API.
store::RunId storeTimedRun(store::ProfileStore& store, const std::string& label, std::vector<double> samplesMs) {
    store::RunHeader header;
    header.model = {"d3t0", "det.onnx", "det.onnx", 1};
    header.machine = {"Test CPU", 2, "Linux"};
    header.label = label;
    header.devices = label;
    header.settings = {2, 0, static_cast<int>(samplesMs.size())};
    auto id = store.beginRun(header);
    if (!id) qFatal("%s", id.error().message().c_str());
    store::RunResults results;
    results.total = summarizeTimings(std::move(samplesMs));
    if (Status s = store.finishRun(*id, results); !s) qFatal("%s", s.error().message().c_str());
    return *id;
}

// The line of `out` that starts with `start`; empty when there is none.
QString lineStartingWith(const QString& out, const QString& start) {
    for (const QString& line : out.split('\n')) {
        if (line.startsWith(start)) return line;
    }
    return {};
}

bool available(const std::string& device) {
    auto profile = loadDeviceProfile(test::profilesDir().toStdString() + "/" + device + ".toml");
    return profile.ok() && probeDevice(*profile).available;
}

} // namespace

class TestProfile : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void profilesEveryDeviceAndSkipsThoseThatCannotRun() {
        const std::string model = test::writeModel(dir_.path(), "residual.onnx", testmodels::residualConvNet());
        const QString configPath = dir_.filePath("fake.toml");
        writeText(configPath, "[partition]\ntargets = [\"fake\"]\n\n[[rule]]\nops = [\"Relu\"]\ndevice = \"host\"\n");
        auto store = store::ProfileStore::open(dir_.filePath("profiles.sqlite").toStdString(), store::Access::Write);
        QVERIFY(store.ok());

        ProfileRequest request;
        request.modelPath = model;
        request.configPath = configPath.toStdString();
        request.devices = {"host", "fake", "unplugged", "ghost"};
        request.profilesDirectory = fakeProfiles(dir_.path()).toStdString();
        request.settings.iters = 3;
        request.settings.warmup = 1;
        request.settings.threads = 1;
        std::vector<std::string> progress;
        const int64_t importsBefore = importCount();
        auto outcomes = profileModel(request, *store, [&](const std::string& line) { progress.push_back(line); });
        QVERIFY2(outcomes.ok(), outcomes.ok() ? "" : outcomes.error().message().c_str());
        QCOMPARE(importCount() - importsBefore, int64_t(1)); // five planned runs, one import

        std::vector<std::string> labels;
        for (const ProfileOutcome& o : *outcomes) labels.push_back(o.label);
        QCOMPARE(labels, (std::vector<std::string>{"host", "fake", "unplugged", "ghost", "config"}));
        const ProfileOutcome& host = (*outcomes)[0];
        const ProfileOutcome& fake = (*outcomes)[1];
        const ProfileOutcome& config = (*outcomes)[4];
        QCOMPARE(host.kind, ProfileOutcomeKind::Stored);
        QCOMPARE(host.subgraphs, 0);
        QCOMPARE(host.hostNodes, 23);
        QCOMPARE(*host.speedup, 1.0);
        QVERIFY(!host.worstOutput); // the baseline is not compared with itself
        QCOMPARE(fake.kind, ProfileOutcomeKind::Stored);
        QVERIFY(fake.subgraphs > 0);
        QCOMPARE(fake.devices, std::string("host,fake"));
        QCOMPARE(fake.worstOutput->maxAbsError, 0.0); // the same kernels: exactly the host's outputs
        QVERIFY(std::abs(fake.worstOutput->cosine - 1) < 1e-12);
        QCOMPARE((*outcomes)[2].kind, ProfileOutcomeKind::Skipped);
        QCOMPARE((*outcomes)[2].message, std::string("unplugged: device not attached"));
        QVERIFY(!(*outcomes)[2].runId);
        QCOMPARE((*outcomes)[3].kind, ProfileOutcomeKind::Skipped);
        QCOMPARE((*outcomes)[3].message, std::string("ghost: adapter 'ghost' is not built into this version"));
        QCOMPARE(config.kind, ProfileOutcomeKind::Stored);
        QCOMPARE(config.hostNodes, fake.hostNodes + 6); // the config's rule keeps the six Relus on host
        QVERIFY(std::find(progress.begin(), progress.end(), "[2/5] fake: measuring 1 warm-up and 3 timed runs") != progress.end());

        auto runs = store->listRuns();
        QCOMPARE(runs->size(), std::size_t{3});
        auto stored = store->loadRun(*fake.runId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->summary.status, store::RunStatus::Complete);
        QCOMPARE(stored->header.settings.repeats, 3);
        QCOMPARE(stored->header.model.nodeCount, int64_t{23});
        QVERIFY(stored->header.config->text.find("targets = [\"fake\"]") != std::string::npos);
        QCOMPARE(stored->header.adapters.size(), std::size_t{2});
        QCOMPARE(stored->results.subgraphs.size(), static_cast<std::size_t>(fake.subgraphs));
        QCOMPARE(stored->results.nodes.size(), std::size_t{23});
        for (const store::ItemTiming& node : stored->results.nodes) QCOMPARE(node.stats.samples, 3);
        QCOMPARE(stored->results.accuracy.size(), std::size_t{1});
        auto configRun = store->loadRun(*config.runId);
        QVERIFY(configRun->header.config->text.starts_with("[partition]\ntargets = [\"fake\"]")); // as written
        int relus = 0;
        for (const store::ItemTiming& node : configRun->results.nodes) {
            if (node.opType != "Relu") continue;
            ++relus;
            QVERIFY2(!node.subgraph && node.device == "host", node.item.c_str()); // the config's rule
        }
        QCOMPARE(relus, 6);

        // Every node lines up with the host run; by subgraph every node is in one row.
        auto baseline = store->loadRun(*host.runId);
        const store::Comparison byNode = store::compareRuns(*baseline, *stored, store::CompareBy::Node);
        QCOMPARE(byNode.rows.size(), std::size_t{23});
        for (const store::ComparisonRow& row : byNode.rows) QVERIFY(row.aMs && row.bMs);
        const store::Comparison bySubgraph = store::compareRuns(*baseline, *stored, store::CompareBy::Subgraph);
        QCOMPARE(bySubgraph.rows.size(), static_cast<std::size_t>(fake.subgraphs + fake.hostNodes));
        int nodes = 0;
        for (const store::ComparisonRow& row : bySubgraph.rows) nodes += row.nodes;
        QCOMPARE(nodes, 23);
    }

    void compileFailureRunsOnHostAndIsStored() {
        const std::string model = test::writeModel(dir_.path(), "residual.onnx", testmodels::residualConvNet());
        const QString configPath = dir_.filePath("refusing.toml");
        writeText(configPath, "[partition]\ntargets = [\"refusing\"]\n");
        auto store = store::ProfileStore::open(dir_.filePath("fallback.sqlite").toStdString(), store::Access::Write);
        QVERIFY(store.ok());
        ProfileRequest request;
        request.modelPath = model;
        request.configPath = configPath.toStdString();
        request.profilesDirectory = fakeProfiles(dir_.path()).toStdString();
        request.settings.iters = 2;
        request.settings.warmup = 0;
        request.settings.threads = 1;
        std::vector<std::string> progress;
        auto outcomes = profileModel(request, *store, [&](const std::string& line) { progress.push_back(line); });
        QVERIFY2(outcomes.ok(), outcomes.ok() ? "" : outcomes.error().message().c_str());
        QCOMPARE(outcomes->size(), std::size_t{3}); // host, refusing, config
        const ProfileOutcome& refusing = (*outcomes)[1];
        QCOMPARE(refusing.kind, ProfileOutcomeKind::Stored);
        QCOMPARE(refusing.worstOutput->maxAbsError, 0.0); // on host: exactly the host's outputs

        auto stored = store->loadRun(*refusing.runId);
        QVERIFY(stored.ok());
        const std::vector<Fallback>& fallbacks = stored->results.fallbacks;
        QVERIFY(!fallbacks.empty());
        std::set<int> fellBack;
        for (const Fallback& f : fallbacks) {
            fellBack.insert(f.subgraph);
            QCOMPARE(f.device, std::string("refusing"));
            QVERIFY2(f.message.starts_with("the compiler rejects Relu '"), f.message.c_str());
            const std::string told = "[2/3] refusing: " + fallbackText(f);
            QVERIFY2(std::find(progress.begin(), progress.end(), told) != progress.end(), told.c_str());
        }
        for (const store::ItemTiming& sg : stored->results.subgraphs) {
            QCOMPARE(sg.device, std::string(fellBack.count(*sg.subgraph) ? "host" : "refusing")); // where it ran
            QCOMPARE(sg.stats.samples, 2);
        }
        for (const store::ItemTiming& node : stored->results.nodes) {
            if (node.subgraph && fellBack.count(*node.subgraph)) QCOMPARE(node.device, std::string("host"));
            QCOMPARE(node.stats.samples, 2);
        }

        // Without fallback the run fails, naming the subgraph and the device, and is stored as failed.
        request.settings.hostFallback = false;
        auto strict = profileModel(request, *store);
        QVERIFY2(strict.ok(), strict.ok() ? "" : strict.error().message().c_str());
        const ProfileOutcome& failed = (*strict)[1];
        QCOMPARE(failed.kind, ProfileOutcomeKind::Failed);
        const std::string expected = "subgraph " + std::to_string(fallbacks[0].subgraph) + " on refusing: " + fallbacks[0].message;
        QCOMPARE(failed.message, expected);
        QCOMPARE(store->loadRun(*failed.runId)->summary.message, expected);
    }

    void runsAndCompareFlagUnstableRuns() {
        const std::string db = dir_.filePath("spread.sqlite").toStdString();
        store::RunId quiet = 0, busy = 0;
        {
            auto store = store::ProfileStore::open(db, store::Access::Write);
            QVERIFY(store.ok());
            quiet = storeTimedRun(*store, "host", {10, 11, 10, 10, 10}); // p90/median 1.10, cv 0.04
            busy = storeTimedRun(*store, "onednn", {10, 10, 11, 12, 30}); // p90/median 2.73, cv 0.59
        }
        const QString busyId = QString::number(busy), quietId = QString::number(quiet);

        const CliRun runs = runInProcess(cli::runRuns, {"--db", db});
        QCOMPARE(runs.exitCode, 0);
        QVERIFY2(runs.out.startsWith("id "), qPrintable(runs.out));
        QVERIFY2(runs.out.section('\n', 0, 0).endsWith("median ms  min ms     p90 ms     max ms     cv     spread"),
                 qPrintable(runs.out));
        const QString busyLine = lineStartingWith(runs.out, busyId + " ");
        QVERIFY2(busyLine.endsWith("11.000     10.000     30.000     30.000     0.59   unstable: p90/median 2.73, cv 0.59"),
                 qPrintable(busyLine));
        const QString quietLine = lineStartingWith(runs.out, quietId + " ");
        QVERIFY2(quietLine.endsWith("10.000     10.000     11.000     11.000     0.04"), qPrintable(quietLine));

        const CliRun json = runInProcess(cli::runRuns, {"--db", db, "--json"});
        const QJsonArray listed = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(listed.size(), 2);
        const QJsonObject newest = listed[0].toObject();
        QCOMPARE(newest["id"].toInt(), int(busy));
        QCOMPARE(newest["min_ms"].toDouble(), 10.0);
        QCOMPARE(newest["median_ms"].toDouble(), 11.0);
        QCOMPARE(newest["p90_ms"].toDouble(), 30.0);
        QCOMPARE(newest["max_ms"].toDouble(), 30.0);
        QVERIFY(std::abs(newest["cv"].toDouble() - 0.592377) < 1e-6);
        QCOMPARE(newest["unstable"].toBool(), true);
        QCOMPARE(newest["unstable_reason"].toString(), QString("unstable: p90/median 2.73, cv 0.59"));
        QCOMPARE(listed[1].toObject()["unstable"].toBool(), false);
        QCOMPARE(listed[1].toObject()["unstable_reason"].toString(), QString());

        const QString warning = "unstable: p90/median 2.73, cv 0.59: the comparison is not trustworthy for this run; "
                                "measure it again (docs/benchmarks.md, \"Getting stable figures\")";
        const CliRun compare = runInProcess(cli::runCompare, {quietId.toStdString(), busyId.toStdString(), "--db", db});
        QCOMPARE(compare.exitCode, 0);
        const QStringList lines = compare.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.last(), "run " + busyId + " (B) " + warning);
        QCOMPARE(compare.out.count("unstable"), 1); // the quiet run is not flagged
        const CliRun reversed = runInProcess(cli::runCompare, {busyId.toStdString(), quietId.toStdString(), "--db", db});
        QCOMPARE(reversed.out.split('\n', Qt::SkipEmptyParts).last(), "run " + busyId + " (A) " + warning);

        const CliRun csv = runInProcess(cli::runCompare, {quietId.toStdString(), busyId.toStdString(), "--db", db, "--csv"});
        QVERIFY(csv.out.startsWith("item,a,b,nodes,a_ms,b_ms,ratio,a_share,b_share\ntotal,"));
        QVERIFY(!csv.out.contains("unstable")); // CSV stays CSV; the warning goes to stderr
        QCOMPARE(csv.err, "run " + busyId + " (B) " + warning + "\n");

        const CliRun compareJson = runInProcess(cli::runCompare, {quietId.toStdString(), busyId.toStdString(), "--db", db, "--json"});
        const QJsonObject result = QJsonDocument::fromJson(compareJson.out.toUtf8()).object();
        QCOMPARE(result["a_spread"]["unstable"].toBool(), false);
        QCOMPARE(result["a_spread"]["p90_ms"].toDouble(), 11.0);
        QCOMPARE(result["b_spread"]["unstable"].toBool(), true);
        QCOMPARE(result["b_spread"]["unstable_reason"].toString(), QString("unstable: p90/median 2.73, cv 0.59"));
    }

    void profilePrintsTheSpreadOfEachRun() {
        const std::string model = test::writeModel(dir_.path(), "residual.onnx", testmodels::residualConvNet());
        const QString config = dir_.filePath("spread.toml");
        writeText(config, "[partition]\ntargets = [\"fake\"]\n");
        const std::string db = dir_.filePath("profiled.sqlite").toStdString();
        const CliRun profile = runInProcess(cli::runProfile, {model, "--config", config.toStdString(), "--devices", "host,fake",
                                                              "--profiles", fakeProfiles(dir_.path()).toStdString(), "--db",
                                                              db, "--iters", "4", "--warmup", "0", "--threads", "1"});
        QVERIFY2(profile.exitCode == 0, qPrintable(profile.err));
        const QStringList blocks = profile.out.split("\n\n");
        QCOMPARE(blocks.size(), 2); // the figures, then the spread
        const QStringList spread = blocks[1].split('\n', Qt::SkipEmptyParts);
        QCOMPARE(spread[0], QString("run   device      min ms     p90 ms     max ms     cv     spread"));
        auto store = store::ProfileStore::open(db, store::Access::Read);
        QVERIFY(store.ok());
        auto runs = store->listRuns();
        QCOMPARE(runs->size(), std::size_t{3}); // host, fake, config
        int unstable = 0;
        for (const store::RunSummary& r : *runs) {
            const TimingStats total = store->loadRun(r.id)->results.total;
            const QString line = lineStartingWith(blocks[1], QString::number(r.id) + " ");
            QVERIFY2(line.contains(QString::fromStdString(r.label)), qPrintable(line));
            const QString figures = QStringLiteral("%1 %2 %3").arg(total.minMs, -10, 'f', 3).arg(total.p90Ms, -10, 'f', 3)
                                        .arg(total.maxMs, -10, 'f', 3);
            QVERIFY2(line.contains(figures + " " + QString::number(*total.cv, 'f', 2)), qPrintable(line + " / " + figures));
            QCOMPARE(line.endsWith(QString::fromStdString(store::unstableReason(total))), true);
            QCOMPARE(line.contains("unstable"), store::isUnstable(total));
            unstable += store::isUnstable(total);
        }
        QCOMPARE(spread.size(), 1 + 3 + (unstable > 0)); // header, one line a run, the note when any is unstable
    }

    void runCommandPrintsEachFallback() {
        const std::string model = test::writeModel(dir_.path(), "residual.onnx", testmodels::residualConvNet());
        const std::string profiles = fakeProfiles(dir_.path()).toStdString();
        const cli::CommandArgs args{model, "--device", "refusing", "--profiles", profiles, "--iters", "1", "--warmup", "0"};
        cli::CommandArgs json = args;
        json.push_back("--json");
        const CliRun run = runInProcess(cli::runRun, json);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray fallbacks = object["fallbacks"].toArray();
        QVERIFY(!fallbacks.isEmpty());
        std::set<int> fellBack;
        for (const QJsonValue& f : fallbacks) {
            fellBack.insert(f["subgraph"].toInt());
            QCOMPARE(f["device"].toString(), QString("refusing"));
            QVERIFY2(f["message"].toString().startsWith("the compiler rejects Relu '"), qPrintable(f["message"].toString()));
        }
        QCOMPARE(fellBack.size(), static_cast<std::size_t>(fallbacks.size()));
        const QJsonArray subgraphs = object["subgraphs"].toArray();
        QVERIFY(subgraphs.size() >= fallbacks.size());
        for (const QJsonValue& sg : subgraphs) {
            QCOMPARE(sg["device"].toString(), QString(fellBack.count(sg["id"].toInt()) ? "host" : "refusing")); // where it ran
        }

        const CliRun text = runInProcess(cli::runRun, args);
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.split('\n').filter(QRegularExpression("^Fallback  "));
        QCOMPARE(lines.size(), fallbacks.size());
        const QJsonObject first = fallbacks[0].toObject();
        QCOMPARE(lines[0], QString("Fallback  subgraph %1 on host instead of refusing: %2")
                               .arg(first["subgraph"].toInt()).arg(first["message"].toString()));

        cli::CommandArgs strict = args;
        strict.push_back("--no-fallback");
        const CliRun refused = runInProcess(cli::runRun, strict);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err, QString("fusebox: error: subgraph %1 on refusing: %2\n")
                                  .arg(first["subgraph"].toInt()).arg(first["message"].toString()));
        QVERIFY(refused.out.isEmpty());
    }

    // Cancel during the second run's iterations: the first run is stored complete, the
    // second stays incomplete, the rest never start.
    void cancelKeepsFinishedRunsAndLeavesTheCurrentOneIncomplete() {
        const std::string model = test::writeModel(dir_.path(), "residual_cancel.onnx", testmodels::residualConvNet());
        const QString configPath = dir_.filePath("cancel.toml");
        writeText(configPath, "[partition]\ntargets = [\"fake\"]\n");
        const std::string db = dir_.filePath("cancel.sqlite").toStdString();
        auto store = store::ProfileStore::open(db, store::Access::Write);
        QVERIFY(store.ok());
        std::atomic<bool> cancel{false};
        std::vector<std::tuple<int, int, int, int>> seen;
        ProfileRequest request;
        request.modelPath = model;
        request.configPath = configPath.toStdString();
        request.devices = {"host", "fake"};
        request.profilesDirectory = fakeProfiles(dir_.path()).toStdString();
        request.settings.iters = 4;
        request.settings.warmup = 1;
        request.settings.threads = 1;
        request.settings.cancel = &cancel;
        request.onIteration = [&](int run, int runs, int done, int total) {
            seen.emplace_back(run, runs, done, total);
            if (run == 1 && done == 2) cancel = true;
        };
        auto outcomes = profileModel(request, *store);
        QVERIFY(!outcomes.ok());
        QCOMPARE(outcomes.error().kind(), ErrorKind::Cancelled);
        QCOMPARE(seen.size(), std::size_t(5 + 2)); // all of run 0, then two of run 1
        QCOMPARE(seen.front(), std::make_tuple(0, 3, 1, 5));
        QCOMPARE(seen.back(), std::make_tuple(1, 3, 2, 5));
        auto runs = store->listRuns();
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), std::size_t(2));
        QCOMPARE((*runs)[1].label, std::string("host"));
        QCOMPARE((*runs)[1].status, store::RunStatus::Complete);
        QCOMPARE((*runs)[0].label, std::string("fake"));
        QCOMPARE((*runs)[0].status, store::RunStatus::Incomplete);
        auto interrupted = store->loadRun((*runs)[0].id);
        QVERIFY(interrupted.ok());
        QVERIFY(interrupted->results.nodes.empty()); // no half of its figures
    }

    void unknownDeviceIsBadInput() {
        const QString config = dir_.filePath("plain.toml");
        writeText(config, "[partition]\ntargets = []\n");
        auto store = store::ProfileStore::open(dir_.filePath("typo.sqlite").toStdString(), store::Access::Write);
        QVERIFY(store.ok());
        ProfileRequest request;
        request.modelPath = test::writeModel(dir_.path(), "residual.onnx", testmodels::residualConvNet());
        request.configPath = config.toStdString();
        request.devices = {"host", "onedn"};
        auto outcomes = profileModel(request, *store);
        QVERIFY(!outcomes.ok());
        QCOMPARE(outcomes.error().kind(), ErrorKind::InvalidInput);
        QVERIFY2(outcomes.error().message().starts_with("--devices: no profile for device 'onedn'; did you mean 'onednn'?"),
                 outcomes.error().message().c_str());
        QCOMPARE(store->listRuns()->size(), std::size_t{0});
    }

    void storeCommandsRefuseBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString notDb = dir_.filePath("notes.txt");
        writeText(notDb, "not a database\n");
        const QString absent = dir_.filePath("absent.sqlite");
        QTest::newRow("profile without config") << QStringList{"profile", "m.onnx"} << "missing --config CFG";
        QTest::newRow("runs, no database") << QStringList{"runs", "--db", absent} << "no profile database here";
        QTest::newRow("runs, not a database") << QStringList{"runs", "--db", notDb} << "the file is not an SQLite database";
        QTest::newRow("compare --by") << QStringList{"compare", "1", "2", "--by", "layer"} << "expected subgraph, node or op-type";
        QTest::newRow("compare id") << QStringList{"compare", "1", "two"} << "RUN_B two: expected a whole number >= 1";
        QTest::newRow("compare json and csv") << QStringList{"compare", "1", "2", "--json", "--csv"} << "choose one";
        QTest::newRow("export-trace, not a database") << QStringList{"export-trace", "1", "t.json", "--db", notDb}
                                                      << "the file is not an SQLite database";
        QTest::newRow("export-node-data, not a database") << QStringList{"export-node-data", "1", "n.json", "--db", notDb}
                                                          << "the file is not an SQLite database";
        QTest::newRow("import, not a profile") << QStringList{"import-ort-profile", "m.onnx", notDb, "--db", absent} << "m.onnx";
    }

    void storeCommandsRefuseBadInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir_.filePath("absent.sqlite"))); // nothing is created for a command that fails
    }

    void brokenBaselineStoresNothing() {
        const QString config = dir_.filePath("host.toml");
        writeText(config, "[partition]\ntargets = []\n");
        auto store = store::ProfileStore::open(dir_.filePath("empty.sqlite").toStdString(), store::Access::Write);
        QVERIFY(store.ok());
        ProfileRequest request;
        request.modelPath = dir_.filePath("missing.onnx").toStdString();
        request.configPath = config.toStdString();
        auto outcomes = profileModel(request, *store);
        QVERIFY(!outcomes.ok());
        QCOMPARE(outcomes.error().kind(), ErrorKind::InvalidInput);
        QVERIFY2(outcomes.error().message().find("missing.onnx") != std::string::npos, outcomes.error().message().c_str());
        QCOMPARE(store->listRuns()->size(), std::size_t{0});
    }

    void cliProfilesPaddleOcrDetAndComparesEveryNode() {
        const QString model = test::paddleOcrDir() + "/ch_PP-OCRv4_det_infer.onnx";
        if (!QFile::exists(model)) QSKIP("PP-OCRv4 det is not fetched (scripts/fetch-models.sh)");
        const QString config = dir_.filePath("det.toml");
        writeText(config, "[model]\nshapes = { x = [1, 3, 160, 160] }\n\n[partition]\ntargets = [\"onednn\", \"xnnpack\"]\n");
        const QString db = dir_.filePath("det.sqlite");
        CliRun profile = runCli({"profile", model, "--config", config, "--devices", "host,onednn,xnnpack", "--db", db,
                                 "--iters", "2", "--warmup", "0", "--threads", "2", "--json"});
        QVERIFY2(profile.exitCode == 0, qPrintable(profile.err));
        QVERIFY(profile.err.contains("[1/4] host: measuring 0 warm-up and 2 timed runs"));
        const QJsonArray outcomes = QJsonDocument::fromJson(profile.out.toUtf8()).object()["runs"].toArray();
        QCOMPARE(outcomes.size(), 4);

        // host, onednn and xnnpack where their adapters are built and find a device, and
        // the config (both targets) when both are.
        const bool onednn = available("onednn"), xnnpack = available("xnnpack");
        const int expected = 1 + onednn + xnnpack + (onednn && xnnpack);
        std::vector<int> ids;
        for (const QJsonValue& o : outcomes) {
            const QJsonObject run = o.toObject();
            if (run["status"] == "complete") ids.push_back(run["id"].toInt());
            else QVERIFY2(run["status"] == "skipped" && !run["message"].toString().isEmpty(), qPrintable(run["message"].toString()));
        }
        QCOMPARE(static_cast<int>(ids.size()), expected);
        QCOMPARE(outcomes[0].toObject()["label"].toString(), QString("host"));

        CliRun runs = runCli({"runs", "--db", db, "--model", "ch_PP-OCRv4_det_infer.onnx", "--json"});
        QCOMPARE(runs.exitCode, 0);
        const QJsonArray listed = QJsonDocument::fromJson(runs.out.toUtf8()).array();
        QCOMPARE(listed.size(), expected);
        QCOMPARE(listed[0].toObject()["id"].toInt(), ids.back()); // newest first
        QCOMPARE(listed[0].toObject()["status"].toString(), QString("complete"));
        QVERIFY(listed[0].toObject()["median_ms"].toDouble() > 0);

        // Every node of the model is aligned between the host run and each other run.
        const QString host = QString::number(ids.front());
        int nodeCount = -1;
        QMap<QString, double> hostMs; // by node, as the store has them
        for (int id : ids) {
            CliRun compare = runCli({"compare", host, QString::number(id), "--by", "node", "--db", db, "--json"});
            QVERIFY2(compare.exitCode == 0, qPrintable(compare.err));
            const QJsonObject result = QJsonDocument::fromJson(compare.out.toUtf8()).object();
            const QJsonArray rows = result["rows"].toArray();
            if (nodeCount < 0) {
                nodeCount = rows.size();
                for (const QJsonValue& row : rows) hostMs[row["item"].toString()] = row["a_ms"].toDouble();
            }
            QCOMPARE(rows.size(), nodeCount);
            for (const QJsonValue& row : rows) {
                QVERIFY2(!row["a"].toString().isEmpty() && !row["b"].toString().isEmpty(), qPrintable(row["item"].toString()));
                QVERIFY(row["a_ms"].isDouble()); // host times every node
            }
            QVERIFY(result["totals"]["a_ms"].toDouble() > 0);
        }
        QCOMPARE(nodeCount, outcomes[0].toObject()["host_nodes"].toInt()); // what is left after folding (330 of 672)

        CliRun bySubgraph = runCli({"compare", host, QString::number(ids.back()), "--db", db, "--csv"});
        QCOMPARE(bySubgraph.exitCode, 0);
        QVERIFY(bySubgraph.out.startsWith("item,a,b,nodes,a_ms,b_ms,ratio,a_share,b_share\ntotal,"));

        // The per-layer report: a header row and one row per executed node, with the store's times.
        CliRun report = runCli({"report", host, "--db", db, "--csv"});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        const QStringList lines = report.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), nodeCount + 1);
        QVERIFY(lines[0].startsWith("order,node,op_type,device,subgraph,precision,input_shapes,output_shapes,time_us,share,flops"));
        int withFlops = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList f = lines[i].split(',');
            QVERIFY2(f.size() >= 14 && hostMs.contains(f[1]), qPrintable(lines[i]));
            QVERIFY2(std::abs(f[8].toDouble() - hostMs[f[1]] * 1000) < 0.001, qPrintable(lines[i]));
            QCOMPARE(f[3], QString("host"));
            withFlops += !f[10].isEmpty();
        }
        QCOMPARE(withFlops, nodeCount); // the model was opened again with the run's shapes: all static

        const QString trace = dir_.filePath("det.trace.json");
        QCOMPARE(runCli({"export-trace", host, trace, "--db", db}).exitCode, 0);
        QFile file(trace);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray events = QJsonDocument::fromJson(file.readAll()).object()["traceEvents"].toArray();
        int slices = 0;
        for (const QJsonValue& event : events) slices += event["ph"] == "X";
        QCOMPARE(slices, nodeCount); // host only: one slice per node

        // Model Explorer node data: one entry per node, its median in µs, under --graph.
        const QString nodeData = dir_.filePath("det.node_data.json");
        CliRun exported = runCli({"export-node-data", host, nodeData, "--db", db, "--graph", "det"});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile nodeDataFile(nodeData);
        QVERIFY(nodeDataFile.open(QIODevice::ReadOnly));
        const QJsonObject results = QJsonDocument::fromJson(nodeDataFile.readAll()).object()["det"].toObject()["results"].toObject();
        QCOMPARE(results.size(), nodeCount);
        for (auto it = hostMs.cbegin(); it != hostMs.cend(); ++it) {
            QVERIFY2(std::abs(results[it.key()]["value"].toDouble() - it.value() * 1000) < 0.001, qPrintable(it.key()));
        }

        // An ONNX Runtime profile of the same nodes (made from the trace) imports as a run
        // that lines up node by node.
        QJsonArray ortEvents;
        for (const QJsonValue& event : events) {
            if (event["ph"] != "X") continue;
            for (double us : {100.0, 300.0, 200.0}) {
                ortEvents.append(QJsonObject{{"cat", "Node"}, {"ph", "X"}, {"dur", us}, {"name", event["name"].toString() + "_kernel_time"},
                                             {"args", QJsonObject{{"op_name", event["args"]["op_type"]}, {"provider", "CPUExecutionProvider"}}}});
            }
        }
        ortEvents.append(QJsonObject{{"cat", "Session"}, {"ph", "X"}, {"dur", 50000}, {"name", "model_run"}});
        const QString ortProfile = dir_.filePath("ort_profile.json");
        writeText(ortProfile, QString::fromUtf8(QJsonDocument(ortEvents).toJson()));
        CliRun imported = runCli({"import-ort-profile", model, ortProfile, "--db", db, "--ort-version", "1.30.0"});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString ortId = QString::number(ids.back() + 1);
        QVERIFY2(imported.out.startsWith("Stored run " + ortId + ": " + QString::number(nodeCount) + " nodes, 1 inferences"),
                 qPrintable(imported.out));
        CliRun versusOrt = runCli({"compare", host, ortId, "--by", "node", "--db", db, "--json"});
        QCOMPARE(versusOrt.exitCode, 0);
        const QJsonObject ortComparison = QJsonDocument::fromJson(versusOrt.out.toUtf8()).object();
        QCOMPARE(ortComparison["rows"].toArray().size(), nodeCount);
        for (const QJsonValue& row : ortComparison["rows"].toArray()) {
            QCOMPARE(row["b"].toString(), QString("CPUExecutionProvider"));
            QCOMPARE(row["b_ms"].toDouble(), 0.2); // the median of 100, 300 and 200 us
        }
        QCOMPARE(ortComparison["totals"]["b_ms"].toDouble(), 50.0);

        CliRun missing = runCli({"compare", host, "999", "--db", db});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("there is no run 999"), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
