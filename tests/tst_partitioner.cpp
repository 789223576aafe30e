// The partitioner: golden plans for the classic traps, properties on random DAGs,
// explanations, emitted configs.
#include "config/partition_config.h"
#include "partition/emit_config.h"
#include "partition/partitioner.h"
#include "partition/plan_json.h"
#include "support/fake_devices.h"
#include "support/plan_checks.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <random>

using namespace fusebox;

namespace {

// "a = Relu(x)": node a, output tensor a; names not defined by a node are graph inputs.
void addNodeLine(Graph& graph, const QString& line) {
    static const QRegularExpression pattern(R"(^\s*(\S+)\s*=\s*(\w+)\((.*)\)\s*$)");
    const auto match = pattern.match(line);
    if (!match.hasMatch()) qFatal("bad node line: %s", qPrintable(line));
    const Shape shape = Shape::of({1, 8});
    NodeSpec spec;
    spec.opType = match.captured(2).toStdString();
    spec.name = match.captured(1).toStdString();
    for (const QString& input : match.captured(3).split(',', Qt::SkipEmptyParts)) {
        const std::string name = input.trimmed().toStdString();
        const bool known = graph.findValue(name).has_value();
        const ValueId id = graph.addValue(name, ElementType::Float32, shape);
        if (!known) graph.addInput(id);
        spec.inputs.push_back(id);
    }
    spec.outputs.push_back(graph.addValue(spec.name, ElementType::Float32, shape));
    graph.addNode(std::move(spec));
}

struct GoldenCase {
    Graph graph;
    std::vector<DeviceProfile> profiles{test::hostProfile()};
    std::string config;
    std::string expectedPlan;
    std::string expectedError;
};

GoldenCase readGolden(const QString& path) {
    GoldenCase golden;
    test::readGoldenSections(path, [&](const QString& section, const QString& line) {
        if (section == "nodes:") addNodeLine(golden.graph, line);
        else if (section == "devices:") {
            const QStringList parts = line.split(':');
            std::vector<std::string> ops;
            for (const QString& op : parts[1].split(' ', Qt::SkipEmptyParts)) ops.push_back(op.toStdString());
            golden.profiles.push_back(test::fakeDevice(parts[0].toStdString(), ops));
        } else if (section == "config:") golden.config += line.toStdString() + "\n";
        else if (section == "plan:") golden.expectedPlan += line.toStdString() + "\n";
        else if (section == "error:") golden.expectedError += line.toStdString();
    });
    for (ValueId id = 0; id < golden.graph.valueCount(); ++id) {
        if (golden.graph.value(id).consumers.empty()) golden.graph.addOutput(id);
    }
    return golden;
}

// A random DAG of `size` nodes over a few op types, one graph input.
Graph randomDag(std::mt19937& random, int size) {
    static const char* ops[] = {"Relu", "Add", "Conv", "Resize", "Erf", "Concat"};
    Graph graph;
    const Shape shape = Shape::of({1, 4});
    std::vector<ValueId> values{graph.addValue("x", ElementType::Float32, shape)};
    graph.addInput(values[0]);
    for (int i = 0; i < size; ++i) {
        NodeSpec spec;
        spec.opType = ops[random() % 6];
        spec.name = i % 3 == 0 ? std::string() : "n" + std::to_string(i); // some unnamed, like real models
        const int inputs = 1 + static_cast<int>(random() % 3);
        for (int k = 0; k < inputs; ++k) {
            // Mostly recent values, so graphs are deep as well as wide.
            const std::size_t back = std::min<std::size_t>(values.size(), 1 + random() % 6);
            spec.inputs.push_back(values[values.size() - back + random() % back]);
        }
        const ValueId out = graph.addValue("v" + std::to_string(i), ElementType::Float32, shape);
        spec.outputs.push_back(out);
        graph.addNode(std::move(spec));
        values.push_back(out);
    }
    graph.addOutput(values.back());
    return graph;
}

PartitionConfig randomConfig(std::mt19937& random, const Graph& graph) {
    static const char* devices[] = {"alpha", "beta", "gamma"};
    static const char* ops[] = {"Relu", "Add", "Conv", "Resize", "Erf", "Concat"};
    PartitionConfig config;
    for (const char* device : devices) {
        if (random() % 3 != 0) config.targets.push_back(device);
    }
    config.minSubgraphSize = 1 + static_cast<int>(random() % 3);
    config.maxSubgraphs = random() % 4 == 0 ? 1 + static_cast<int>(random() % 3) : 0;
    const int rules = static_cast<int>(random() % 4);
    const auto ids = graph.nodeIds();
    for (int r = 0; r < rules; ++r) {
        Rule rule;
        if (random() % 2) rule.ops = {ops[random() % 6]};
        else rule.nodes = {escapeGlob(graph.node(ids[random() % ids.size()]).name)};
        rule.device = random() % 3 == 0 ? kHostDevice : devices[random() % 3];
        config.rules.push_back(rule);
    }
    return config;
}

std::vector<DeviceProfile> randomProfiles(std::mt19937& random) {
    static const char* ops[] = {"Relu", "Add", "Conv", "Resize", "Erf", "Concat"};
    std::vector<DeviceProfile> profiles{test::hostProfile()};
    for (const char* name : {"alpha", "beta", "gamma"}) {
        std::vector<std::string> accepted;
        for (const char* op : ops) {
            if (random() % 3 != 0) accepted.emplace_back(op);
        }
        profiles.push_back(test::fakeDevice(name, accepted));
    }
    return profiles;
}

} // namespace

class TestPartitioner : public QObject {
    Q_OBJECT

private slots:
    void goldenPlans_data() { QVERIFY(test::addGoldenRows(QStringLiteral(FUSEBOX_GOLDEN_DIR) + "/partition") >= 7); }

    void goldenPlans() {
        QFETCH(QString, path);
        GoldenCase golden = readGolden(path);
        auto config = parsePartitionConfig(golden.config, path.toStdString());
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().message().c_str());
        auto plan = partitionGraph(golden.graph, *config, golden.profiles);
        if (!golden.expectedError.empty()) {
            QVERIFY2(!plan.ok(), "expected an error");
            QVERIFY2(plan.error().message().find(golden.expectedError) != std::string::npos, plan.error().message().c_str());
            return;
        }
        QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message().c_str());
        QCOMPARE(test::planToText(golden.graph, *plan), golden.expectedPlan);
        QCOMPARE(test::planViolation(golden.graph, *plan), std::string());
    }

    void randomDagsGiveValidDeterministicPlans() {
        std::mt19937 random(20261124);
        int plans = 0;
        for (int trial = 0; trial < 10000; ++trial) {
            const int size = 1 + static_cast<int>(random() % 40);
            const std::mt19937 start = random;
            Graph graph = randomDag(random, size);
            const PartitionConfig config = randomConfig(random, graph);
            const std::vector<DeviceProfile> profiles = randomProfiles(random);

            auto plan = partitionGraph(graph, config, profiles);
            QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message().c_str());
            const std::string problem = test::planViolation(graph, *plan);
            QVERIFY2(problem.empty(), qPrintable(QString::fromStdString(problem) + " in trial " + QString::number(trial)));
            if (config.maxSubgraphs > 0) QVERIFY(plan->subgraphs.size() <= static_cast<std::size_t>(config.maxSubgraphs));
            for (const SubgraphOp& op : plan->subgraphs) {
                QVERIFY(static_cast<int>(op.nodes.size()) >= config.minSubgraphSize);
            }

            // The same input, built again from the same seed, gives byte-identical JSON.
            std::mt19937 again = start;
            Graph twin = randomDag(again, size);
            const PartitionConfig twinConfig = randomConfig(again, twin);
            auto twinPlan = partitionGraph(twin, twinConfig, randomProfiles(again));
            QCOMPARE(planToJson(twin, *twinPlan), planToJson(graph, *plan));
            ++plans;
        }
        QCOMPARE(plans, 10000);
    }

    void decisionsSayWhy() {
        GoldenCase golden = readGolden(QStringLiteral(FUSEBOX_GOLDEN_DIR) + "/partition/priority_and_rules.txt");
        auto config = parsePartitionConfig(golden.config, "cfg.toml");
        QVERIFY(config.ok());
        auto plan = partitionGraph(golden.graph, *config, golden.profiles);
        QVERIFY(plan.ok());
        const Graph& g = golden.graph;
        const NodeDecision& conv = plan->decisions.at(*g.findNode("conv"));
        QCOMPARE(conv.device, std::string("host"));
        QVERIFY2(conv.reason.starts_with("rule at cfg.toml:"), conv.reason.c_str());
        QVERIFY2(conv.reason.find("ops = [Conv]") != std::string::npos, conv.reason.c_str());
        const NodeDecision& up = plan->decisions.at(*g.findNode("up"));
        QCOMPARE(up.device, std::string("second"));
        QCOMPARE(up.reason, std::string("first target that accepts it"));
        QVERIFY(up.refusals.contains("first"));
        QVERIFY2(up.refusals.at("first").starts_with("Resize"), up.refusals.at("first").c_str());
    }

    void splitsAreExplained() {
        GoldenCase golden = readGolden(QStringLiteral(FUSEBOX_GOLDEN_DIR) + "/partition/diamond_unsupported_middle.txt");
        auto config = parsePartitionConfig(golden.config, "cfg.toml");
        auto plan = partitionGraph(golden.graph, *config, golden.profiles);
        QVERIFY(plan.ok());
        const Graph& g = golden.graph;
        const auto splits = explainSplits(g, *plan, *g.findNode("d"));
        QCOMPARE(splits.size(), std::size_t(1)); // c -> d; b is on host, not the same device
        QCOMPARE(g.node(splits[0].producer).name, std::string("c"));
        QCOMPARE(splits[0].reason,
                 std::string("cycle guard: merging would create a cycle through subgraph 0 (fake) -> 'b' (host) -> subgraph 1 (fake)"));

        GoldenCase small = readGolden(QStringLiteral(FUSEBOX_GOLDEN_DIR) + "/partition/min_size_fallback.txt");
        auto smallPlan = partitionGraph(small.graph, *parsePartitionConfig(small.config, "cfg.toml"), small.profiles);
        QVERIFY(smallPlan.ok());
        const NodeDecision& a = smallPlan->decisions.at(*small.graph.findNode("a"));
        QCOMPARE(a.assignedDevice, std::string("fake"));
        QCOMPARE(a.device, std::string("host"));
        QVERIFY2(a.reason.find("moved to host by min_subgraph_size = 2 (its fake subgraph had 1 node)") != std::string::npos,
                 a.reason.c_str());
    }

    void emittedConfigReproducesThePlan() {
        std::mt19937 random(7);
        for (int trial = 0; trial < 200; ++trial) {
            Graph graph = randomDag(random, 30);
            const PartitionConfig config = randomConfig(random, graph);
            const auto profiles = randomProfiles(random);
            auto plan = partitionGraph(graph, config, profiles);
            QVERIFY(plan.ok());
            const std::string text = savePartitionConfig(configForPlan(graph, *plan, config));
            auto emitted = parsePartitionConfig(text, "emitted.toml");
            QVERIFY2(emitted.ok(), emitted.ok() ? "" : emitted.error().message().c_str());
            auto again = partitionGraph(graph, *emitted, profiles);
            QVERIFY(again.ok());
            QCOMPARE(test::planToText(graph, *again), test::planToText(graph, *plan));
        }
    }
};

QTEST_GUILESS_MAIN(TestPartitioner)
#include "tst_partitioner.moc"
