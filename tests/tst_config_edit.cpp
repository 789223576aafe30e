// Text edits of partition configs (engine/config/config_edit.h): appended rules parse,
// win over earlier rules, and leave the hand-written text untouched; moves merge into
// the rules that decide the nodes, and 50 random moves keep the file small and the plan
// equal to the plan of the minimal rule set.
#include "config/config_edit.h"
#include "config/partition_config.h"
#include "partition/partitioner.h"
#include "support/fake_devices.h"

#include <QTest>

#include <map>
#include <random>

using namespace fusebox;

namespace {

constexpr const char* kConfigPath = "cfg.toml";

// n0 -> n1 -> ... a chain of Relu, with a Tanh every third node.
Graph chainGraph(int nodeCount) {
    Graph graph;
    const Shape shape = Shape::of({1, 8});
    ValueId previous = graph.addValue("x", ElementType::Float32, shape);
    graph.addInput(previous);
    for (int index = 0; index < nodeCount; ++index) {
        NodeSpec spec;
        spec.name = "n" + std::to_string(index);
        spec.opType = index % 3 == 2 ? "Tanh" : "Relu";
        spec.inputs = {previous};
        previous = graph.addValue(spec.name, ElementType::Float32, shape);
        spec.outputs = {previous};
        graph.addNode(std::move(spec));
    }
    graph.addOutput(previous);
    return graph;
}

std::vector<DeviceProfile> chainDevices() {
    return {test::hostProfile(), test::fakeDevice("alpha", {"Relu", "Tanh"}), test::fakeDevice("beta", {"Relu", "Tanh"})};
}

PartitionConfig parsed(const std::string& text) {
    auto config = parsePartitionConfig(text, kConfigPath);
    if (!config) qFatal("config does not parse: %s", config.error().message().c_str());
    return *config;
}

// The plan as "device: nodes" lines, one per subgraph, then the host nodes; the
// decisions' reasons (which name rule lines) are left out.
QString planOutline(const Graph& graph, const PartitionConfig& config) {
    auto plan = partitionGraph(graph, config, chainDevices());
    if (!plan) qFatal("partition failed: %s", plan.error().message().c_str());
    QString outline;
    auto line = [&](const std::string& device, const std::vector<NodeId>& nodes) {
        outline += QString::fromStdString(device) + QLatin1Char(':');
        for (NodeId id : nodes) outline += QLatin1Char(' ') + QString::fromStdString(graph.node(id).name);
        outline += QLatin1Char('\n');
    };
    for (const SubgraphOp& op : plan->subgraphs) line(op.device, op.nodes);
    line(kHostDevice, plan->hostNodes);
    return outline;
}

} // namespace

class TstConfigEdit : public QObject {
    Q_OBJECT

private slots:
    void appendKeepsTextAndComments() {
        const std::string original = "# keep me\n[partition]\ntargets = [\"xnnpack\"] # inline\n";
        const std::string edited = appendRules(original, {deviceRuleForNodes({"conv_1"}, "host")});
        QVERIFY(edited.starts_with(original));
        QCOMPARE(QString::fromStdString(edited.substr(original.size())),
                 QStringLiteral("\n[[rule]]\nnodes = [\"conv_1\"]\ndevice = \"host\"\n"));
    }

    void appendedRuleParsesAtItsLine() {
        const std::string original = "[partition]\ntargets = [\"xnnpack\"]\n\n[[rule]]\nops = [\"Conv\"]\ndevice = \"onednn\"";
        const std::string edited = appendRules(original, {deviceRuleForNodes({"a", "b"}, "xnnpack")});
        auto config = parsePartitionConfig(edited, "cfg.toml");
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().message().c_str());
        QCOMPARE(config->rules.size(), std::size_t(2));
        const Rule& rule = config->rules.back();
        QCOMPARE(rule.nodes, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(rule.device, std::string("xnnpack"));
        QCOMPARE(rule.where.line, 8); // a blank line after the unterminated last line, then the header
    }

    void appendToEmptyText() {
        const std::string edited = appendRules("", {groupRuleForNodes({"x"}, "group_1")});
        QCOMPARE(QString::fromStdString(edited), QStringLiteral("[[rule]]\nnodes = [\"x\"]\ngroup = \"group_1\"\n"));
        QVERIFY(parsePartitionConfig(edited, "cfg.toml").ok());
    }

    void nodeNamesAreExactNotGlobs() {
        const Rule rule = deviceRuleForNodes({"conv*1", "a?b", "x[0]"}, "host");
        QCOMPARE(rule.nodes, (std::vector<std::string>{"conv[*]1", "a[?]b", "x[[]0]"}));
        QVERIFY(globMatch(rule.nodes[0], "conv*1"));
        QVERIFY(!globMatch(rule.nodes[0], "conv_21"));
        QVERIFY(globMatch(rule.nodes[2], "x[0]"));
    }

    void namesNeedingEscapesSurviveToml() {
        const std::string edited = appendRules("", {deviceRuleForNodes({"say \"hi\"\\"}, "host")});
        auto config = parsePartitionConfig(edited, "cfg.toml");
        QVERIFY(config.ok());
        QCOMPARE(config->rules.front().nodes.front(), std::string("say \"hi\"\\"));
    }

    void unusedGroupNameSkipsTaken() {
        auto config = parsePartitionConfig("[[rule]]\nnodes = [\"a\"]\ngroup = \"group_1\"\n", "cfg.toml");
        QVERIFY(config.ok());
        QCOMPARE(unusedGroupName(*config), std::string("group_2"));
        QCOMPARE(unusedGroupName(PartitionConfig{}), std::string("group_1"));
    }

    void moveToTheSameDeviceDoesNothing() {
        const Graph graph = chainGraph(4);
        const std::string text = "[partition]\ntargets = [\"alpha\"]\n\n[[rule]]\nnodes = [\"n1\"]\ndevice = \"host\"\n";
        const NodeMove move = moveNodesInText(text, kConfigPath, graph, {"n1"}, "host");
        QCOMPARE(QString::fromStdString(move.text), QString::fromStdString(text));
        QCOMPARE(move.unchanged, std::vector<std::string>{"n1"});
        QCOMPARE(move.editedRules, 0);
        QVERIFY(move.appended.empty());
    }

    void moveEditsTheRuleThatNamesOnlyTheMovedNode() {
        const Graph graph = chainGraph(4);
        const std::string text = "# mine\n[[rule]]\nnodes = [\"n1\"] # the odd one\ndevice = 'host' # slow\n";
        const NodeMove move = moveNodesInText(text, kConfigPath, graph, {"n1"}, "beta");
        QCOMPARE(QString::fromStdString(move.text),
                 QStringLiteral("# mine\n[[rule]]\nnodes = [\"n1\"] # the odd one\ndevice = \"beta\" # slow\n"));
        QCOMPARE(move.editedRules, 1);
        QVERIFY(move.appended.empty());
    }

    void ruleDecidingOtherNodesGetsAnAppendedRule() {
        const Graph graph = chainGraph(4);
        const std::string text = "[[rule]]\nnodes = [\"n1\", \"n2\"]\ndevice = \"host\"\n";
        const NodeMove move = moveNodesInText(text, kConfigPath, graph, {"n1", "n3"}, "alpha");
        QCOMPARE(move.editedRules, 0);
        QCOMPARE(move.appended, (std::vector<std::string>{"n1", "n3"}));
        QCOMPARE(QString::fromStdString(move.text),
                 QString::fromStdString(text + "\n[[rule]]\nnodes = [\"n1\", \"n3\"]\ndevice = \"alpha\"\n"));
        // Moving both nodes the rule decides edits it instead.
        const NodeMove both = moveNodesInText(text, kConfigPath, graph, {"n2", "n1"}, "alpha");
        QCOMPARE(both.editedRules, 1);
        QCOMPARE(QString::fromStdString(both.text), QStringLiteral("[[rule]]\nnodes = [\"n1\", \"n2\"]\ndevice = \"alpha\"\n"));
    }

    void opRulesAndBrokenTextAreNotRewritten() {
        const Graph graph = chainGraph(3); // n2 is the only Tanh
        const std::string opRule = "[[rule]]\nops = [\"Tanh\"]\ndevice = \"host\"\n";
        const NodeMove move = moveNodesInText(opRule, kConfigPath, graph, {"n2"}, "alpha");
        QCOMPARE(move.editedRules, 0);
        QCOMPARE(move.appended, std::vector<std::string>{"n2"});
        const std::string broken = "[[rule]\nnodes = [\"n1\"]\n";
        const NodeMove fallback = moveNodesInText(broken, kConfigPath, graph, {"n1"}, "host");
        QVERIFY(fallback.text.starts_with(broken));
        QCOMPARE(fallback.appended, std::vector<std::string>{"n1"});
    }

    // 50 seeded random moves of 1-3 nodes: each result parses, a move that changes no
    // node's device leaves the text as it was, no move adds more than one rule, and the
    // final plan equals the plan of the minimal rule set (the hand-written rules plus one
    // rule per device naming the nodes last moved there).
    void fiftyRandomMovesMatchTheMinimalRuleSet() {
        const Graph graph = chainGraph(12);
        const std::string original = "[partition]\ntargets = [\"alpha\"]\n\n# hand-written\n[[rule]]\nops = [\"Tanh\"]\ndevice = \"beta\"\n";
        const std::vector<std::string> devices = {"host", "alpha", "beta"};
        std::mt19937 random(20261203);
        std::string text = original;
        std::map<std::string, std::string> wanted;
        int appendingMoves = 0;
        int inPlaceEdits = 0;
        int noOps = 0;
        for (int step = 0; step < 50; ++step) {
            std::vector<std::string> names;
            const int count = 1 + int(random() % 3);
            for (int i = 0; i < count; ++i) names.push_back("n" + std::to_string(random() % 12));
            std::sort(names.begin(), names.end());
            names.erase(std::unique(names.begin(), names.end()), names.end());
            const std::string device = devices[random() % devices.size()];
            const NodeMove move = moveNodesInText(text, kConfigPath, graph, names, device);
            QVERIFY2(parsePartitionConfig(move.text, kConfigPath).ok(), move.text.c_str());
            const std::size_t rulesBefore = parsed(text).rules.size();
            QVERIFY(parsed(move.text).rules.size() <= rulesBefore + 1);
            if (move.unchanged.size() == names.size()) {
                QCOMPARE(QString::fromStdString(move.text), QString::fromStdString(text));
                ++noOps;
            }
            appendingMoves += move.appended.empty() ? 0 : 1;
            inPlaceEdits += move.editedRules;
            for (const std::string& name : names) wanted[name] = device;
            text = move.text;
        }
        PartitionConfig minimal = parsed(original);
        std::map<std::string, std::vector<std::string>> byDevice;
        for (const auto& [name, device] : wanted) byDevice[device].push_back(name);
        for (const auto& [device, names] : byDevice) minimal.rules.push_back(deviceRuleForNodes(names, device));
        const PartitionConfig edited = parsed(text);
        const QString outline = planOutline(graph, edited);
        QCOMPARE(outline, planOutline(graph, minimal));
        QVERIFY(outline.count(QLatin1Char('\n')) > 2); // not all on one device
        // One hand-written rule plus one per appending move: merging kept it well under 50.
        QCOMPARE(int(edited.rules.size()), 1 + appendingMoves);
        qInfo("50 moves: %d appended a rule, %d rules edited in place, %d changed nothing; %zu rules in the file",
              appendingMoves, inPlaceEdits, noOps, edited.rules.size());
        QVERIFY(inPlaceEdits > 0);
        QVERIFY(noOps > 0);
        QVERIFY(edited.rules.size() < 30);
    }
};

QTEST_GUILESS_MAIN(TstConfigEdit)
#include "tst_config_edit.moc"
