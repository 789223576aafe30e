// fusebox tune and bisect. The search logic on scripted fake devices — "fast" (0.1 ms a
// node, refuses Softsign, wrong on Sigmoid), "slow" (0.4 ms a node, right everywhere)
// and the host (1 ms a node), 0.2 ms per subgraph launch — against the optimum a
// dynamic program over the chain computes; bisection finds the known culprits within
// 2·log2(n)+c probes. Then the real thing: boundary tensors of a bf16 plan compared with
// host, and the CLI end to end (stored runs tagged with the job, bad input).
#include "config/partition_config.h"
#include "core/file_io.h"
#include "modelbuilder/model_builder.h"
#include "modelbuilder/sample_models.h"
#include "runtime/device_availability.h"
#include "runtime/input_generator.h"
#include "support/cli_run.h"
#include "support/fake_devices.h"
#include "support/test_support.h"
#include "workflow/bisector.h"
#include "workflow/boundary_accuracy.h"
#include "workflow/tuner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>
#include <limits>
#include <set>

using namespace fusebox;

namespace {

const std::vector<std::string> kPlainOps{"Relu", "Neg", "Abs", "Tanh"};

// A chain of `count` unary nodes n0, n1, ...: Softsign at `softsign`, Sigmoid at
// `sigmoid`, the others cycling through kPlainOps.
onnx::ModelProto chainModel(int count, const std::set<int>& softsign, const std::set<int>& sigmoid) {
    testmodels::ModelBuilder b("tuning_chain");
    std::string value = b.input("x", {1, 16});
    for (int i = 0; i < count; ++i) {
        const std::string op = softsign.count(i) ? "Softsign" : sigmoid.count(i) ? "Sigmoid" : kPlainOps[static_cast<std::size_t>(i) % kPlainOps.size()];
        std::string name = "n";
        name += std::to_string(i);
        value = b.node1(op, {value}, {}, name, i + 1 == count ? "y" : "");
    }
    b.output("y", {1, 16});
    return b.build();
}

struct Script {
    std::map<std::string, double> nodeMs{{kHostDevice, 1.0}, {"fast", 0.1}, {"slow", 0.4}};
    double launchMs = 0.2;
    std::string wrongOp = "Sigmoid";
    std::string wrongDevice = "fast";
    std::set<std::string> absent; // devices whose adapter "cannot run here"
};

std::shared_ptr<const DeviceProfiles> scriptedProfiles() {
    std::vector<std::string> ops = kPlainOps;
    ops.push_back("Sigmoid");
    DeviceProfiles profiles{test::hostProfile(), test::fakeDevice("fast", ops)};
    ops.push_back("Softsign");
    profiles.push_back(test::fakeDevice("slow", ops));
    profiles.push_back(test::fakeDevice("ghost", ops));
    return std::make_shared<const DeviceProfiles>(std::move(profiles));
}

// Measures nothing: the plan's time and accuracy follow from the script.
struct ScriptedRunner {
    const ModelSession& session;
    Script script;
    int measured = 0;
    std::vector<std::string> labels = {};
    const std::atomic<bool>* cancelAfter = nullptr; // set by the test
    std::atomic<bool>* cancelFlag = nullptr;
    int cancelAt = -1;

    TrialRunner runner() {
        return [this](const PartitionConfig& config, const std::string& label) -> Result<ProfileOutcome> {
            if (cancelFlag && measured == cancelAt) cancelFlag->store(true);
            if (cancelFlag && cancelFlag->load()) return Error("cancelled", ErrorKind::Cancelled);
            auto plan = session.partition(config);
            if (!plan) return plan.error();
            ProfileOutcome outcome;
            outcome.label = label;
            for (const SubgraphOp& op : plan->subgraphs) {
                if (script.absent.count(op.device)) {
                    outcome.kind = ProfileOutcomeKind::Skipped;
                    outcome.message = op.device + ": device not attached";
                    outcome.unavailableDevice = op.device;
                    return outcome;
                }
            }
            ++measured;
            labels.push_back(label);
            double ms = 0;
            bool wrong = false;
            for (const SubgraphOp& op : plan->subgraphs) {
                ms += script.launchMs;
                for (NodeId id : op.nodes) {
                    ms += script.nodeMs.at(op.device);
                    wrong = wrong || (op.device == script.wrongDevice && session.graph().node(id).opType == script.wrongOp);
                }
            }
            ms += script.nodeMs.at(kHostDevice) * static_cast<double>(plan->hostNodes.size());
            outcome.kind = ProfileOutcomeKind::Stored;
            outcome.total.medianMs = ms;
            outcome.total.samples = 1;
            outcome.subgraphs = static_cast<int>(plan->subgraphs.size());
            if (measured > 1) outcome.accuracy = {{"y", {wrong ? 0.3 : 1e-6, 0, wrong ? 0.95 : 1.0}}};
            return outcome;
        };
    }
};

// The fastest accurate assignment of the chain: dynamic programming over the nodes with
// the previous node's device as state (a launch whenever a device run starts).
double optimumMs(const Graph& graph, const Script& script) {
    const std::array<std::string, 3> devices{kHostDevice, "fast", "slow"};
    const double never = std::numeric_limits<double>::infinity();
    std::array<double, 3> best{0, never, never}; // before the first node: as if on host
    for (NodeId id = 0; id < graph.nodeIdBound(); ++id) {
        const std::string& op = graph.node(id).opType;
        std::array<double, 3> next{never, never, never};
        for (std::size_t d = 0; d < devices.size(); ++d) {
            if (devices[d] == "fast" && (op == "Softsign" || op == script.wrongOp)) continue;
            for (std::size_t p = 0; p < devices.size(); ++p) {
                const double launch = d != 0 && d != p ? script.launchMs : 0;
                next[d] = std::min(next[d], best[p] + launch + script.nodeMs.at(devices[d]));
            }
        }
        best = next;
    }
    return *std::min_element(best.begin(), best.end());
}

PartitionConfig targeting(std::vector<std::string> targets) {
    PartitionConfig config;
    config.targets = std::move(targets);
    return config;
}

std::string deviceOfNode(const ModelSession& session, const PartitionConfig& config, const std::string& name) {
    auto plan = session.partition(config);
    if (!plan) return "partition failed: " + plan.error().message();
    for (NodeId id = 0; id < session.graph().nodeIdBound(); ++id) {
        if (session.graph().node(id).name == name) return plan->decisions.at(id).device;
    }
    return "no node " + name;
}

} // namespace

class TuningTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    std::shared_ptr<const ModelSession> open(const onnx::ModelProto& model, const std::string& name) {
        ModelSessionOptions options;
        options.modelPath = test::writeModel(dir_.path(), name, model);
        options.profiles = scriptedProfiles();
        auto session = ModelSession::open(options);
        if (!session) qFatal("%s", session.error().message().c_str());
        return *session;
    }

private slots:
    void tuneFindsTheKnownBestPlan() {
        auto session = open(chainModel(32, {8, 16, 24}, {21}), "chain32.onnx");
        ScriptedRunner scripted{*session, {}};
        TuneOptions options;
        options.devices = {"fast", "slow"};
        options.budget = 60;
        options.confirmRounds = 0;
        auto result = tunePartition(*session, targeting({"slow"}), options, scripted.runner());
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        const TuneCandidate* best = result->bestCandidate();
        QVERIFY(best);
        const double optimum = optimumMs(session->graph(), scripted.script);
        QCOMPARE(optimum, 6.2); // 28 nodes fast, Softsign and Sigmoid alone on slow, 9 launches
        QVERIFY2(std::abs(best->outcome.total.medianMs - optimum) < 1e-9,
                 qPrintable(QString("best %1 ms (%2), optimum %3 ms").arg(best->outcome.total.medianMs).arg(best->label.c_str()).arg(optimum)));
        QCOMPARE(deviceOfNode(*session, best->config, "n21"), std::string("slow"));
        QCOMPARE(deviceOfNode(*session, best->config, "n8"), std::string("slow"));
        QCOMPARE(deviceOfNode(*session, best->config, "n0"), std::string("fast"));
        QVERIFY(best->accurate);
        // Every measured candidate is in the result, within the budget, none twice.
        QCOMPARE(static_cast<int>(result->candidates.size()), scripted.measured);
        QVERIFY(scripted.measured <= options.budget);
        QCOMPARE(result->stopReason, std::string("no faster neighbour"));
        // The starting points: host first, then the config (slow), fast alone (wrong on Sigmoid).
        QCOMPARE(result->host, 0);
        QCOMPARE(result->candidates[0].label, std::string("host"));
        QCOMPARE(result->candidates[0].outcome.total.medianMs, 32.0);
        QCOMPARE(result->candidates[static_cast<std::size_t>(result->asWritten)].outcome.total.medianMs, 13.0);
        const TuneCandidate& fast = result->candidates[static_cast<std::size_t>(result->deviceAlone.at("fast"))];
        QVERIFY(!fast.accurate);
        QVERIFY2(fast.rejection.find("cosine 0.95 misses cosine >= 0.999") != std::string::npos, fast.rejection.c_str());
    }

    void tuneConfirmsTheBestAndTheReferencesInterleaved() {
        auto session = open(chainModel(32, {8, 16, 24}, {21}), "chain32c.onnx");
        ScriptedRunner scripted{*session, {}};
        TuneOptions options;
        options.devices = {"fast", "slow"};
        options.budget = 60;
        options.confirmRounds = 2;
        auto result = tunePartition(*session, targeting({"slow"}), options, scripted.runner());
        QVERIFY(result.ok());
        // Confirmed: the best, the config as written (= slow alone), host; fast alone missed the bound but is a reference too.
        const std::set<int> references{result->best, result->asWritten, result->host, result->deviceAlone.at("fast")};
        QCOMPARE(scripted.measured, static_cast<int>(result->candidates.size() + 2 * references.size()));
        const std::vector<std::string> tail(scripted.labels.end() - static_cast<std::ptrdiff_t>(2 * references.size()), scripted.labels.end());
        for (std::size_t i = 0; i < tail.size(); ++i) {
            const std::string round = i < references.size() ? "confirm 1: " : "confirm 2: ";
            QVERIFY2(tail[i].starts_with(round), tail[i].c_str()); // round 1 for all, then round 2
        }
        for (int index : references) {
            const TuneCandidate& c = result->candidates[static_cast<std::size_t>(index)];
            QCOMPARE(c.roundMs.size(), std::size_t{2});
            QCOMPARE(c.confirmedMs(), c.outcome.total.medianMs); // the script never changes its mind
        }
        QCOMPARE(result->bestCandidate()->confirmedMs(), 6.2);
    }

    void emittedConfigReproducesTheBestPlan() {
        auto session = open(chainModel(32, {8, 16, 24}, {21}), "chain32e.onnx");
        ScriptedRunner scripted{*session, {}};
        TuneOptions options;
        options.devices = {"fast", "slow"};
        const std::string written = "# hand-written\n[partition]\ntargets = [\"slow\"]\n";
        auto config = parsePartitionConfig(written, "written.toml");
        QVERIFY(config.ok());
        auto result = tunePartition(*session, *config, options, scripted.runner());
        QVERIFY(result.ok());
        const std::string text = tunedConfigText(*result, written, "tuned: best 6.2 ms");
        QVERIFY2(text.starts_with("# tuned: best 6.2 ms\n"), text.c_str());
        auto emitted = parsePartitionConfig(text, "emitted.toml");
        QVERIFY2(emitted.ok(), emitted.ok() ? "" : emitted.error().message().c_str());
        auto emittedPlan = session->partition(*emitted);
        auto bestPlan = session->partition(result->bestCandidate()->config);
        QVERIFY(emittedPlan.ok() && bestPlan.ok());
        QCOMPARE(planSignature(*emittedPlan), planSignature(*bestPlan));
    }

    void budgetAndCancelStopTheSearchKeepingWhatWasMeasured() {
        auto session = open(chainModel(32, {8, 16, 24}, {21}), "chain32b.onnx");
        {
            ScriptedRunner scripted{*session, {}};
            TuneOptions options;
            options.devices = {"fast", "slow"};
            options.budget = 3;
            options.confirmRounds = 0;
            auto result = tunePartition(*session, targeting({"slow"}), options, scripted.runner());
            QVERIFY(result.ok());
            QCOMPARE(scripted.measured, 3);
            QCOMPARE(result->candidates.size(), std::size_t{3});
            QCOMPARE(result->stopReason, std::string("budget of 3 runs spent"));
            QCOMPARE(result->bestCandidate()->outcome.total.medianMs, 13.0); // slow, the config
        }
        {
            std::atomic<bool> cancel{false};
            ScriptedRunner scripted{*session, {}};
            scripted.cancelFlag = &cancel;
            scripted.cancelAt = 5;
            TuneOptions options;
            options.devices = {"fast", "slow"};
            options.cancel = &cancel;
            auto result = tunePartition(*session, targeting({"slow"}), options, scripted.runner());
            QVERIFY(result.ok());
            QVERIFY(result->cancelled);
            QCOMPARE(result->stopReason, std::string("cancelled"));
            QCOMPARE(result->candidates.size(), std::size_t{5});
        }
    }

    void unavailableDeviceIsSkippedWithTheReason() {
        auto session = open(chainModel(16, {8}, {}), "chain16.onnx");
        ScriptedRunner scripted{*session, {}};
        scripted.script.absent = {"ghost"};
        scripted.script.nodeMs["ghost"] = 0.01;
        TuneOptions options;
        options.devices = {"ghost", "slow"};
        auto result = tunePartition(*session, targeting({"slow"}), options, scripted.runner());
        QVERIFY(result.ok());
        QCOMPARE(result->unavailable.at("ghost"), std::string("device not attached"));
        QVERIFY(!result->deviceAlone.count("ghost"));
        for (const std::string& label : scripted.labels) QVERIFY2(label.find("ghost") == std::string::npos, label.c_str());
        QCOMPARE(result->bestCandidate()->outcome.total.medianMs, 16 * 0.4 + 0.2);
    }

    void badRequestsAreErrors() {
        auto session = open(chainModel(8, {}, {}), "chain8.onnx");
        ScriptedRunner scripted{*session, {}};
        TuneOptions options;
        options.devices = {"slw"};
        auto typo = tunePartition(*session, targeting({"slow"}), options, scripted.runner());
        QVERIFY(!typo.ok());
        QVERIFY2(typo.error().message().starts_with("--devices: no profile for device 'slw'; did you mean 'slow'?"),
                 typo.error().message().c_str());
        options.devices = {};
        options.bound.output = "z";
        auto output = tunePartition(*session, targeting({"slow"}), options, scripted.runner());
        QVERIFY(!output.ok());
        QVERIFY2(output.error().message().starts_with("--output: the model has no output 'z'"), output.error().message().c_str());
        QCOMPARE(scripted.measured, 0);
    }

    void boundFiguresAndVerdicts() {
        const AccuracyBound exact{AccuracyBound::Kind::MinCosine, 1.0, {}};
        const std::vector<store::OutputAccuracy> nearly{{"y", {1e-7, 0, 0.99999999}}};
        QVERIFY(!exact.holds(nearly));
        QCOMPARE(exact.describeFigure(nearly), std::string("cosine 0.99999999"));
        const AccuracyBound abs{AccuracyBound::Kind::MaxAbsError, 0.01, "y"};
        QVERIFY(abs.holds({{"y", {0.005, 0, 0.5}}, {"z", {7, 0, 0}}})); // only y is judged
        QVERIFY(!abs.holds({{"z", {0, 0, 1}}}));                        // no figure for y
        QVERIFY(!abs.holds({{"y", {std::nan(""), 0, 1}}}));
        QCOMPARE(abs.describe(), std::string("max abs error <= 0.01, output 'y'"));
    }

    void bisectFindsTheCulpritWithinLogarithmicProbes_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("culprit");
        QTest::newRow("64 nodes, culprit in the middle") << 64 << 37;
        QTest::newRow("64 nodes, culprit first") << 64 << 0;
        QTest::newRow("256 nodes, culprit last") << 256 << 255;
        QTest::newRow("1000 nodes") << 1000 << 613;
    }

    void bisectFindsTheCulpritWithinLogarithmicProbes() {
        QFETCH(int, count);
        QFETCH(int, culprit);
        std::set<int> softsign; // fast refuses them: a subgraph ends at every 8th node
        for (int i = 7; i < count; i += 8) {
            if (i != culprit) softsign.insert(i);
        }
        auto session = open(chainModel(count, softsign, {culprit}), "bisect" + std::to_string(count) + ".onnx");
        ScriptedRunner scripted{*session, {}};
        auto result = bisectAccuracy(*session, targeting({"fast"}), BisectOptions{}, scripted.runner());
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message().c_str());
        QVERIFY(result->needed);
        QCOMPARE(result->culpritNodes.size(), std::size_t{1});
        QCOMPARE(session->graph().node(result->culpritNodes[0]).name, "n" + std::to_string(culprit));
        QCOMPARE(result->culpritSubgraphs.size(), std::size_t{1});
        QCOMPARE(result->culpritSubgraphs[0], result->plan.subgraphOf(result->culpritNodes[0]));
        const int probes = scripted.measured - 1; // the host baseline is not a probe
        const int limit = 2 * static_cast<int>(std::ceil(std::log2(count))) + 3;
        QVERIFY2(probes <= limit, qPrintable(QString("%1 probes, limit %2").arg(probes).arg(limit)));
        QVERIFY(result->fixed());
        QVERIFY(result->fixed()->accurate);
        QCOMPARE(deviceOfNode(*session, [&] {
            PartitionConfig fixed = targeting({"fast"});
            fixed.rules.push_back(result->fix);
            return fixed;
        }(), "n" + std::to_string(culprit)), std::string(kHostDevice));
    }

    void bisectFindsEveryCulprit() {
        auto session = open(chainModel(64, {15, 31, 47}, {3, 40}), "two_culprits.onnx");
        ScriptedRunner scripted{*session, {}};
        auto result = bisectAccuracy(*session, targeting({"fast"}), BisectOptions{}, scripted.runner());
        QVERIFY(result.ok());
        std::vector<std::string> names;
        for (NodeId id : result->culpritNodes) names.push_back(session->graph().node(id).name);
        QCOMPARE(names, (std::vector<std::string>{"n3", "n40"}));
        QCOMPARE(result->culpritSubgraphs.size(), std::size_t{2});
        QVERIFY(result->fixed() && result->fixed()->accurate);
        QVERIFY(scripted.measured - 1 <= 2 * (2 * 6 + 2));
    }

    void bisectOfAnAccuratePlanDoesNothing() {
        auto session = open(chainModel(16, {}, {}), "accurate.onnx");
        ScriptedRunner scripted{*session, {}};
        auto result = bisectAccuracy(*session, targeting({"fast"}), BisectOptions{}, scripted.runner());
        QVERIFY(result.ok());
        QVERIFY(!result->needed);
        QCOMPARE(scripted.measured, 2);
        QVERIFY(result->culpritNodes.empty());
    }

    void cliRejectsBadInputWithExitTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no config") << QStringList{"tune", "MODEL"} << "missing --config CFG";
        QTest::newRow("cosine out of range") << QStringList{"tune", "MODEL", "--config", "CFG", "--min-cosine", "2"}
                                             << "--min-cosine 2: expected a number from";
        QTest::newRow("two bounds") << QStringList{"bisect", "MODEL", "--config", "CFG", "--min-cosine", "0.9", "--max-abs-error", "1"}
                                    << "give one accuracy bound, not both";
        QTest::newRow("unknown output") << QStringList{"bisect", "MODEL", "--config", "CFG", "--output", "logitz"}
                                        << "--output: the model has no output 'logitz'; did you mean 'logits'?";
        QTest::newRow("unknown device") << QStringList{"tune", "MODEL", "--config", "CFG", "--devices", "onedn"}
                                        << "--devices: no profile for device 'onedn'; did you mean 'onednn'?";
        QTest::newRow("budget zero") << QStringList{"tune", "MODEL", "--config", "CFG", "--budget", "0"}
                                     << "--budget 0: expected a whole number >= 1";
        QTest::newRow("config typo") << QStringList{"bisect", "MODEL", "--config", "BAD"} << "bad.toml:2:1:";
        QTest::newRow("truncated model") << QStringList{"tune", "TRUNCATED", "--config", "CFG"} << "truncated.onnx";
    }

    void cliRejectsBadInputWithExitTwo() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString model = QString::fromStdString(test::writeModel(dir_.path(), "residual_cli.onnx", testmodels::residualConvNet()));
        const QString config = dir_.filePath("onednn.toml"), bad = dir_.filePath("bad.toml"), truncated = dir_.filePath("truncated.onnx");
        test::writeText(config, "[partition]\ntargets = [\"onednn\"]\n");
        test::writeText(bad, "[partition]\ntarget = [\"onednn\"]\n");
        QFile whole(model);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        test::writeBytes(truncated, whole.read(whole.size() / 2));
        args.replaceInStrings("TRUNCATED", truncated).replaceInStrings("MODEL", model).replaceInStrings("CFG", config).replaceInStrings("BAD", bad);
        args << "--db" << dir_.filePath("bad_input.sqlite");
        const test::CliRun run = test::runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!run.err.contains("candidate"));
    }

    void cliTunesAndStoresEveryCandidateUnderTheJob() {
        const QString model = QString::fromStdString(test::writeModel(dir_.path(), "residual_tune.onnx", testmodels::residualConvNet()));
        const QString config = dir_.filePath("tune.toml"), emitted = dir_.filePath("tuned.toml"), db = dir_.filePath("tune.sqlite");
        test::writeText(config, "# mine\n[partition]\ntargets = [\"onednn\"]\n");
        const test::CliRun tune = test::runCli({"tune", model, "--config", config, "--devices", "onednn,xnnpack", "--budget", "4",
                                                "--iters", "1", "--warmup", "0", "--db", db, "--emit-config", emitted, "--json"});
        QVERIFY2(tune.exitCode == 0, qPrintable(tune.err));
        const QJsonObject result = QJsonDocument::fromJson(tune.out.toUtf8()).object();
        const QJsonArray candidates = result["candidates"].toArray();
        QCOMPARE(candidates.size(), 4);
        QCOMPARE(result["stop_reason"].toString(), QString("budget of 4 runs spent"));
        int confirmed = 0; // the best and the references, measured again in 2 rounds
        for (const QJsonValue& c : candidates) confirmed += !c.toObject()["confirmed_ms"].isNull();
        QVERIFY(confirmed >= 2);
        QCOMPARE(candidates[0].toObject()["label"].toString(), QString("host"));
        QCOMPARE(candidates[1].toObject()["label"].toString(), QString("config"));
        const QString job = result["job"].toString();
        QVERIFY2(job.startsWith("tune 20"), qPrintable(job));
        const int best = result["best"].toInt();
        QVERIFY(best >= 0 && best < 4);
        const test::CliRun runs = test::runCli({"runs", "--db", db, "--job", job, "--json"});
        QCOMPARE(runs.exitCode, 0);
        const QJsonArray stored = QJsonDocument::fromJson(runs.out.toUtf8()).array();
        QCOMPARE(stored.size(), 4 + 2 * confirmed);
        std::set<int> ids;
        for (const QJsonValue& run : stored) {
            QCOMPARE(run.toObject()["job"].toString(), job);
            ids.insert(run.toObject()["id"].toInt());
        }
        for (const QJsonValue& c : candidates) QVERIFY(ids.count(c.toObject()["run"].toInt()));
        auto text = readTextFile(emitted.toStdString());
        QVERIFY(text.ok());
        QVERIFY2(text->starts_with("# Tuned by fusebox tune (" + job.toStdString() + ")"), text->c_str());
        QVERIFY2(parsePartitionConfig(*text, "tuned.toml").ok(), text->c_str());
    }

    void cliBisectsATightBoundAndEmitsAConfigThatKeepsIt() {
        const QString model = QString::fromStdString(test::writeModel(dir_.path(), "residual_bisect.onnx", testmodels::residualConvNet()));
        const QString config = dir_.filePath("bisect.toml"), emitted = dir_.filePath("fixed.toml"), db = dir_.filePath("bisect.sqlite");
        test::writeText(config, "[partition]\ntargets = [\"onednn\"]\n");
        // oneDNN's fp32 convolutions round differently from host's: no error at all is a bound they miss.
        const QStringList common{"--max-abs-error", "0", "--iters", "1", "--warmup", "0", "--db", db};
        const test::CliRun bisect = test::runCli(QStringList{"bisect", model, "--config", config, "--emit-config", emitted} + common);
        QVERIFY2(bisect.exitCode == 0, qPrintable(bisect.err));
        QVERIFY2(bisect.out.contains("the config's plan misses max abs error <= 0"), qPrintable(bisect.out));
        QVERIFY2(bisect.out.contains("culprit nodes (moved to host):"), qPrintable(bisect.out));
        QVERIFY2(bisect.out.contains("<- first to miss"), qPrintable(bisect.out));
        // The latency before and after: the culprits on host split the plan.
        static const QRegularExpression latency(R"(latency +[0-9.]+ ms \(1 subgraph, 0 host nodes\) +[0-9.]+ ms \([0-9]+ subgraphs?, [1-9][0-9]* host nodes\))");
        QVERIFY2(latency.match(bisect.out).hasMatch(), qPrintable(bisect.out));
        const test::CliRun again = test::runCli(QStringList{"bisect", model, "--config", emitted} + common);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains("nothing to bisect"), qPrintable(again.out));
    }

    void boundaryTensorsOfABf16PlanAgainstHost() {
        const DeviceProfile* onednn = nullptr;
        auto profiles = loadProfilesForPartitioning("");
        QVERIFY(profiles.ok());
        for (const DeviceProfile& p : **profiles) {
            if (p.name == "onednn") onednn = &p;
        }
        if (!onednn || !probeDevice(*onednn).available) QSKIP("the onednn adapter is not available here");
        ModelSessionOptions options;
        options.modelPath = test::writeModel(dir_.path(), "residual_bf16.onnx", testmodels::residualConvNet());
        auto session = ModelSession::open(options);
        QVERIFY(session.ok());
        auto inputs = generateInputs((*session)->graph(), 0);
        QVERIFY(inputs.ok());
        for (const char* precision : {"fp32", "bf16"}) {
            PartitionConfig config = targeting({"onednn"});
            config.devices["onednn"].precision = precision;
            auto plan = (*session)->partition(config);
            QVERIFY(plan.ok());
            QVERIFY(!plan->subgraphs.empty());
            auto boundaries = compareBoundaries(**session, *plan, *inputs, 1);
            QVERIFY2(boundaries.ok(), boundaries.ok() ? "" : boundaries.error().message().c_str());
            QCOMPARE(boundaries->size(), plan->subgraphs.size());
            for (const BoundaryAccuracy& b : *boundaries) {
                QCOMPARE(b.outputs.size(), plan->subgraphs[static_cast<std::size_t>(b.subgraph)].outputs.size());
                for (const store::OutputAccuracy& o : b.outputs) {
                    if (std::string(precision) == "fp32") {
                        QVERIFY2(o.accuracy.maxAbsError < 1e-4, qPrintable(QString::number(o.accuracy.maxAbsError)));
                    } else if (o.accuracy.cosine == 1.0 && o.accuracy.maxAbsError == 0) {
                        qWarning("%s %s: %g %g", precision, o.output.c_str(), o.accuracy.cosine, o.accuracy.maxAbsError);
                        QSKIP("bf16 ran as fp32 here (no AVX512-BF16)");
                    } else {
                        // bf16 keeps 8 bits of mantissa: close, never exact.
                        QVERIFY2(o.accuracy.cosine > 0.99 && o.accuracy.maxAbsError > 1e-4,
                                 qPrintable(QString("%1 %2").arg(o.accuracy.cosine).arg(o.accuracy.maxAbsError)));
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TuningTest)
#include "tst_tuning.moc"
