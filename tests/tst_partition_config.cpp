// The partition config: parsing every key, precise errors, rule matching, globs,
// validation against a real model, and saving that parses back to the same config.
#include "config/partition_config.h"
#include "modelbuilder/model_builder.h"
#include "onnx/onnx_import.h"
#include "support/sample_config.h"
#include "support/test_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fusebox;
using namespace fusebox::testmodels;

namespace {

// The sketch from the design brief, comments included (toml++ skips them).
const std::string kSketch = test::sketchConfig();

// What savePartitionConfig writes for the sketch: the canonical form.
const char* const kSketchSaved = R"([model]
shapes = { x = [1, 3, 640, 640] }

[partition]
targets = ["xnnpack", "onednn"]
min_subgraph_size = 2
max_subgraphs = 0

[device.onednn]
precision = "fp32"
layout = "auto"
threads = 2

[[rule]]
ops = ["Resize"]
device = "host"

[[rule]]
nodes = ["conv2d_4*"]
device = "onednn"

[[rule]]
inputs = ["x"]
outputs = ["conv_out"]
device = "host"

[[rule]]
nodes = ["Conv_12", "Relu_13", "Add_14"]
group = "stem"
)";

QString q(const std::string& text) { return QString::fromStdString(text); }

QStringList list(const std::vector<std::string>& items) {
    QStringList result;
    for (const std::string& item : items) result << q(item);
    return result;
}

std::vector<std::string> strings(const QStringList& items) {
    std::vector<std::string> result;
    for (const QString& item : items) result.push_back(item.toStdString());
    return result;
}

// Every field of a config except source locations, one per line, so a failed
// comparison shows which field differs.
QString dump(const PartitionConfig& config) {
    QStringList lines;
    for (const auto& [name, dims] : config.shapes) {
        QStringList values;
        for (int64_t dim : dims) values << QString::number(dim);
        lines << "shape " + q(name) + " = " + values.join(',');
    }
    lines << "targets = " + list(config.targets).join(',');
    lines << "min_subgraph_size = " + QString::number(config.minSubgraphSize);
    lines << "max_subgraphs = " + QString::number(config.maxSubgraphs);
    lines << "paddle_config = " + q(config.paddleConfig);
    for (const auto& [name, device] : config.devices) {
        lines << "device " + q(name) + ": precision=" + q(device.precision.value_or("<unset>")) +
                     " layout=" + q(device.layout.value_or("<unset>")) +
                     " threads=" + (device.threads ? QString::number(*device.threads) : "<unset>");
    }
    for (const Rule& rule : config.rules) {
        lines << "rule ops=" + list(rule.ops).join('|') + " nodes=" + list(rule.nodes).join('|') +
                     " inputs=" + list(rule.inputs).join('|') + " outputs=" + list(rule.outputs).join('|') +
                     " device=" + q(rule.device) + " group=" + q(rule.group);
    }
    return lines.join('\n');
}

PartitionConfig parsed(const std::string& text) {
    Result<PartitionConfig> config = parsePartitionConfig(text, "cfg.toml");
    if (!config) QTest::qFail(config.error().message().c_str(), __FILE__, __LINE__);
    return config ? std::move(config).value() : PartitionConfig{};
}

// x -> conv2d_41 (Conv) -> conv_out -> relu_1 (Relu) -> relu_out -> conv2d_42 (Conv)
//   -> conv2_out; add_1 (Add: conv2_out + conv_out) -> sum; an unnamed Resize
//   (named "y" after its output) with the optional roi omitted -> y.
onnx::ModelProto smallModel() {
    ModelBuilder b("config_test");
    const std::string x = b.input("x", {1, 3, 8, 8});
    const auto pads = attrInts("pads", {1, 1, 1, 1});
    b.node1("Conv", {x, b.weight("w1", {4, 3, 3, 3})}, {pads}, "conv2d_41", "conv_out");
    b.node1("Relu", {"conv_out"}, {}, "relu_1", "relu_out");
    b.node1("Conv", {"relu_out", b.weight("w2", {4, 4, 3, 3})}, {pads}, "conv2d_42", "conv2_out");
    b.node1("Add", {"conv2_out", "conv_out"}, {}, "add_1", "sum");
    b.node1("Resize", {"sum", "", b.constant("scales", {4}, {1, 1, 2, 2})}, {}, "", "y");
    b.output("y", {1, 4, 16, 16});
    return b.build();
}

// The names of the nodes `rule` matches, in graph order.
QStringList matchingNodes(const Graph& graph, const Rule& rule) {
    QStringList names;
    for (NodeId id : graph.nodeIds()) {
        if (rule.matches(graph, graph.node(id))) names << q(graph.node(id).name);
    }
    return names;
}

// How a partitioner reads rules: the last matching rule with a device decides.
std::string assignedDevice(const std::vector<Rule>& rules, const Graph& graph, const Node& node) {
    std::string device;
    for (const Rule& rule : rules) {
        if (!rule.device.empty() && rule.matches(graph, node)) device = rule.device;
    }
    return device;
}

} // namespace

class TestPartitionConfig : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::optional<Model> model_;

    const Graph& graph() const { return model_->graph; }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const std::string path = test::writeModel(dir_.path(), "config_test.onnx", smallModel());
        Result<Model> model = importOnnx(path);
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message().c_str());
        model_.emplace(std::move(model).value());
        QCOMPARE(graph().nodeCount(), std::size_t(5));
        QVERIFY(graph().findNode("y").has_value()); // the unnamed Resize
    }

    // Parsing ------------------------------------------------------------------------

    void sketchParsesToEveryField() {
        const PartitionConfig config = parsed(kSketch);
        QCOMPARE(q(config.path), QString("cfg.toml"));
        QCOMPARE(config.shapes.size(), std::size_t(1));
        QCOMPARE(config.shapes.at("x"), (std::vector<int64_t>{1, 3, 640, 640}));
        QCOMPARE(q(config.shapesWhere.at("x").toString()), QString("cfg.toml:2:12"));
        QCOMPARE(list(config.targets), (QStringList{"xnnpack", "onednn"}));
        QCOMPARE(q(config.targetsWhere.toString()), QString("cfg.toml:5:11"));
        QCOMPARE(config.minSubgraphSize, 2);
        QCOMPARE(config.maxSubgraphs, 0);
        QCOMPARE(q(config.paddleConfig), QString());

        QCOMPARE(config.devices.size(), std::size_t(1));
        const DeviceSettings& onednn = config.devices.at("onednn");
        QCOMPARE(onednn.precision, std::optional<std::string>("fp32"));
        QCOMPARE(onednn.layout, std::optional<std::string>("auto"));
        QCOMPARE(onednn.threads, std::optional<int>(2));
        QCOMPARE(q(onednn.where.toString()), QString("cfg.toml:9:1"));

        QCOMPARE(config.rules.size(), std::size_t(4));
        const Rule& byOp = config.rules[0];
        QCOMPARE(list(byOp.ops), QStringList{"Resize"});
        QVERIFY(byOp.nodes.empty() && byOp.inputs.empty() && byOp.outputs.empty());
        QCOMPARE(q(byOp.device), QString("host"));
        QCOMPARE(q(byOp.group), QString());
        QCOMPARE(q(byOp.where.toString()), QString("cfg.toml:14:1"));

        const Rule& byName = config.rules[1];
        QCOMPARE(list(byName.nodes), QStringList{"conv2d_4*"});
        QVERIFY(byName.ops.empty() && byName.inputs.empty() && byName.outputs.empty());
        QCOMPARE(q(byName.device), QString("onednn"));
        QCOMPARE(q(byName.where.toString()), QString("cfg.toml:17:1"));

        const Rule& byTensor = config.rules[2];
        QCOMPARE(list(byTensor.inputs), QStringList{"x"});
        QCOMPARE(list(byTensor.outputs), QStringList{"conv_out"});
        QVERIFY(byTensor.ops.empty() && byTensor.nodes.empty());
        QCOMPARE(q(byTensor.device), QString("host"));
        QCOMPARE(q(byTensor.where.toString()), QString("cfg.toml:20:1"));

        const Rule& group = config.rules[3];
        QCOMPARE(list(group.nodes), (QStringList{"Conv_12", "Relu_13", "Add_14"}));
        QCOMPARE(q(group.device), QString());
        QCOMPARE(q(group.group), QString("stem"));
        QCOMPARE(q(group.where.toString()), QString("cfg.toml:24:1"));
    }

    void defaultsOfAnEmptyConfig() {
        const PartitionConfig config = parsed("");
        QVERIFY(config.shapes.empty());
        QVERIFY(config.targets.empty());
        QCOMPARE(config.minSubgraphSize, 1);
        QCOMPARE(config.maxSubgraphs, 0);
        QVERIFY(config.devices.empty());
        QVERIFY(config.rules.empty());
    }

    void shapesAsTableAndQuotedNames() {
        const PartitionConfig config = parsed("[model.shapes]\n\"input.1\" = [2, 8]\nmask = []\n");
        QCOMPARE(config.shapes.at("input.1"), (std::vector<int64_t>{2, 8}));
        QCOMPARE(config.shapes.at("mask"), std::vector<int64_t>{});
        QCOMPARE(q(config.shapesWhere.at("mask").toString()), QString("cfg.toml:3:1"));
    }

    void mistakesNameLineAndColumn_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");

        QTest::newRow("syntax") << "[partition]\nmin_subgraph_size = \n" << 2 << 21
                                << "TOML syntax error: Error while parsing key-value pair: expected value";
        QTest::newRow("syntax: redefined table") << "[partition]\n[partition]\n" << 2 << 1
                                                 << "cannot redefine existing table 'partition'";
        QTest::newRow("unknown key, suggestion") << "[[rule]]\nops = [\"Relu\"]\ndevic = \"host\"\n" << 3 << 1
                                                 << "unknown key 'devic' in [[rule]]; did you mean 'device'?";
        QTest::newRow("unknown key, list") << "[partition]\nfoo = 1\n" << 2 << 1
                                           << "unknown key 'foo' in [partition]; expected one of: targets, "
                                              "min_subgraph_size, max_subgraphs, paddle_config";
        QTest::newRow("unknown table") << "[partitions]\n" << 1 << 2
                                       << "unknown key 'partitions' at the top level; did you mean 'partition'?";
        QTest::newRow("unknown key in [model]") << "[model]\nshape = { x = [1] }\n" << 2 << 1
                                                << "unknown key 'shape' in [model]; did you mean 'shapes'?";
        QTest::newRow("unknown key in [device.X]") << "[device.onednn]\nprecison = \"fp32\"\n" << 2 << 1
                                                   << "unknown key 'precison' in [device.onednn]; did you mean "
                                                      "'precision'?";
        QTest::newRow("targets not an array") << "[partition]\ntargets = \"onednn\"\n" << 2 << 11
                                              << "targets is a string; expected an array of strings";
        QTest::newRow("targets item") << "[partition]\ntargets = [\"onednn\", 3]\n" << 2 << 22
                                      << "targets contains an integer; expected an array of strings";
        QTest::newRow("duplicate target") << "[partition]\ntargets = [\"onednn\", \"xnnpack\", \"onednn\"]\n"
                                          << 2 << 33 << "duplicate target 'onednn'; expected each device once";
        QTest::newRow("ops not an array") << "[[rule]]\nops = \"Relu\"\ndevice = \"host\"\n" << 2 << 7
                                          << "ops is a string; expected an array of strings";
        QTest::newRow("nodes item") << "[[rule]]\nnodes = [\"a\", true]\ndevice = \"host\"\n" << 2 << 15
                                    << "nodes contains a boolean; expected an array of strings";
        QTest::newRow("precision") << "[device.onednn]\nprecision = \"fp31\"\n" << 2 << 13
                                   << "precision is 'fp31'; expected one of: fp32, bf16, fp16, int8";
        QTest::newRow("layout") << "[device.onednn]\nlayout = \"nchw\"\n" << 2 << 10
                                << "layout is 'nchw'; expected one of: NCHW, NHWC, auto";
        QTest::newRow("threads zero") << "[device.onednn]\nthreads = 0\n" << 2 << 11
                                      << "threads is 0; expected an integer >= 1";
        QTest::newRow("threads float") << "[device.onednn]\nthreads = 2.5\n" << 2 << 11
                                       << "threads is a float; expected an integer";
        QTest::newRow("threads huge") << "[device.onednn]\nthreads = 3000000000\n" << 2 << 11
                                      << "threads is 3000000000; expected an integer <= 2147483647";
        QTest::newRow("min_subgraph_size") << "[partition]\nmin_subgraph_size = 0\n" << 2 << 21
                                           << "min_subgraph_size is 0; expected an integer >= 1";
        QTest::newRow("max_subgraphs") << "[partition]\nmax_subgraphs = -1\n" << 2 << 17
                                       << "max_subgraphs is -1; expected an integer >= 0";
        QTest::newRow("shape dim") << "[model]\nshapes = { x = [1, 0] }\n" << 2 << 20
                                   << "dim 1 of shape 'x' is 0; expected an integer >= 1";
        QTest::newRow("negative shape dim") << "[model]\nshapes = { x = [-1] }\n" << 2 << 17
                                            << "dim 0 of shape 'x' is -1; expected an integer >= 1";
        QTest::newRow("shape not an array") << "[model]\nshapes = { x = 3 }\n" << 2 << 16
                                            << "shape of 'x' is an integer; expected an array of positive integers";
        QTest::newRow("shapes not a table") << "[model]\nshapes = [1]\n" << 2 << 10
                                            << "shapes is an array; expected a table of input name = [dims]";
        QTest::newRow("rule without selector") << "[[rule]]\ndevice = \"host\"\n" << 1 << 1
                                               << "[[rule]] has no selector; expected at least one of ops, nodes, "
                                                  "inputs, outputs";
        QTest::newRow("rule without device or group")
            << "[[rule]]\nops = [\"Relu\"]\ndevice = \"host\"\n\n[[rule]]\nnodes = [\"a\"]\n" << 5 << 1
            << "[[rule]] has neither device nor group; expected device = \"NAME\" or group = \"NAME\"";
        QTest::newRow("empty device") << "[[rule]]\nops = [\"Relu\"]\ndevice = \"\"\n" << 3 << 10
                                      << "device is empty; expected a name";
        QTest::newRow("group not a string") << "[[rule]]\nops = [\"Relu\"]\ngroup = 1\n" << 3 << 9
                                            << "group is an integer; expected a string";
        QTest::newRow("[rule] instead of [[rule]]") << "[rule]\nops = [\"Relu\"]\n" << 1 << 1
                                                    << "rule is a table; expected an array of tables [[rule]]";
        QTest::newRow("[device] without a name") << "[device]\nthreads = 2\n" << 2 << 11
                                                 << "device.threads is an integer; expected a table [device.NAME]";
        QTest::newRow("partition not a table") << "partition = 3\n" << 1 << 13
                                               << "partition is an integer; expected a table [partition]";
        QTest::newRow("paddle_config type") << "[partition]\npaddle_config = 1\n" << 2 << 17
                                            << "paddle_config is an integer; expected a string";
        QTest::newRow("paddle_config empty") << "[partition]\npaddle_config = \"\"\n" << 2 << 17
                                             << "paddle_config is empty; expected a file path";
    }

    void mistakesNameLineAndColumn() {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, expected);
        Result<PartitionConfig> config = parsePartitionConfig(text.toStdString(), "cfg.toml");
        QVERIFY(!config.ok());
        test::comparePlace(config.error(), "cfg.toml", line, column);
        QVERIFY2(q(config.error().description()).contains(expected), config.error().message().c_str());
        QCOMPARE(config.error().kind(), ErrorKind::InvalidInput);
    }

    void unreadableFilesNameThePath() {
        const std::string missing = dir_.filePath("nope.toml").toStdString();
        Result<PartitionConfig> config = loadPartitionConfig(missing);
        QVERIFY(!config.ok());
        QCOMPARE(q(config.error().message()), q(missing + ": no such file"));
        QVERIFY(config.error().location());
        QCOMPARE(config.error().location()->file, missing);
        QCOMPARE(config.error().location()->line, 0);

        config = loadPartitionConfig(dir_.path().toStdString());
        QVERIFY(!config.ok());
        QVERIFY2(q(config.error().message()).startsWith(dir_.path() + ": is a directory"),
                 config.error().message().c_str());
    }

    void loadReadsTheFile() {
        const QString path = dir_.filePath("sketch.toml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kSketch.c_str());
        file.close();
        Result<PartitionConfig> config = loadPartitionConfig(path.toStdString());
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().message().c_str());
        QCOMPARE(q(config->path), path);
        QCOMPARE(q(config->rules[1].where.toString()), path + ":17:1");
        QCOMPARE(dump(*config), dump(parsed(kSketch)));
    }

    // Saving -------------------------------------------------------------------------

    void saveWritesTheCanonicalForm() { QCOMPARE(q(savePartitionConfig(parsed(kSketch))), QString(kSketchSaved)); }

    void roundTrip_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("sketch") << QString::fromStdString(kSketch);
        QTest::newRow("empty") << "";
        QTest::newRow("device without settings") << "[device.xnnpack]\n[device.onednn]\nlayout = \"NHWC\"\n";
        QTest::newRow("names that need quoting")
            << "[model]\nshapes = { \"input.1\" = [1, 3], \"x y\" = [2], scalar = [] }\n"
               "[device.\"my.npu\"]\nthreads = 4\n"
               "[[rule]]\nnodes = [\"a\\\"b\\\\c\\t*\", \"\\u00e9\"]\ngroup = \"g 1\"\n";
        QTest::newRow("every selector, device and group")
            << "[partition]\ntargets = [\"onednn\"]\nmin_subgraph_size = 3\nmax_subgraphs = 7\n"
               "[[rule]]\nops = [\"Conv\", \"Relu\"]\nnodes = [\"b*\"]\ninputs = [\"i\"]\noutputs = [\"o1\", \"o2\"]\n"
               "device = \"onednn\"\ngroup = \"g\"\n";
    }

    void roundTrip() {
        QFETCH(QString, text);
        const PartitionConfig first = parsed(text.toStdString());
        const std::string saved = savePartitionConfig(first);
        const PartitionConfig second = parsed(saved);
        QCOMPARE(dump(second), dump(first));
        QCOMPARE(q(savePartitionConfig(second)), q(saved)); // byte for byte
    }

    void roundTripOfAConfigMadeInCode() {
        PartitionConfig config;
        config.shapes["x"] = {4, 3, 224, 224};
        config.targets = {"onednn", "xnnpack"};
        config.minSubgraphSize = 4;
        config.maxSubgraphs = 2;
        config.devices["xnnpack"].precision = "fp16";
        Rule rule;
        rule.outputs = {"conv_out"};
        rule.device = "host";
        config.rules.push_back(rule);
        const std::string saved = savePartitionConfig(config);
        QCOMPARE(dump(parsed(saved)), dump(config));
        QCOMPARE(q(savePartitionConfig(parsed(saved))), q(saved));
    }

    // Matching -----------------------------------------------------------------------

    void globMatch_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("literal") << "exact" << "exact" << true;
        QTest::newRow("literal, longer text") << "exact" << "exactly" << false;
        QTest::newRow("case matters") << "exact" << "Exact" << false;
        QTest::newRow("empty pattern") << "" << "" << true;
        QTest::newRow("empty pattern, text") << "" << "a" << false;
        QTest::newRow("star, empty text") << "*" << "" << true;
        QTest::newRow("prefix star") << "conv2d_4*" << "conv2d_41" << true;
        QTest::newRow("prefix star, empty rest") << "conv2d_4*" << "conv2d_4" << true;
        QTest::newRow("prefix star, other") << "conv2d_4*" << "conv2d_51" << false;
        QTest::newRow("suffix") << "*.weight" << "fc.weight" << true;
        QTest::newRow("suffix, no") << "*.weight" << "fc.bias" << false;
        QTest::newRow("star backtracks") << "*x" << "abxbx" << true;
        QTest::newRow("stars") << "a*b*c" << "aXbYc" << true;
        QTest::newRow("stars, missing end") << "a*b*c" << "aXbY" << false;
        QTest::newRow("repeated letter") << "*a*a*a" << "aaa" << true;
        QTest::newRow("repeated letter, too few") << "*a*a*a" << "aa" << false;
        QTest::newRow("double star") << "**" << "x" << true;
        QTest::newRow("question") << "a?c" << "abc" << true;
        QTest::newRow("question needs a char") << "a?c" << "ac" << false;
        QTest::newRow("question, empty") << "?" << "" << false;
        QTest::newRow("set") << "[abc]x" << "bx" << true;
        QTest::newRow("set, no") << "[abc]x" << "dx" << false;
        QTest::newRow("range") << "Conv_1[0-9]" << "Conv_12" << true;
        QTest::newRow("range, no") << "Conv_1[0-9]" << "Conv_1a" << false;
        QTest::newRow("range is case sensitive") << "[a-z]1" << "Q1" << false;
        QTest::newRow("negated") << "[!a]b" << "cb" << true;
        QTest::newRow("negated, no") << "[!a]b" << "ab" << false;
        QTest::newRow("negated range") << "x[!0-9]" << "x5" << false;
        QTest::newRow("] first is a member") << "[]]" << "]" << true;
        QTest::newRow("trailing - is a member") << "[a-]" << "-" << true;
        QTest::newRow("unclosed [ is literal") << "[abc" << "[abc" << true;
        QTest::newRow("unclosed [, no") << "[abc" << "a" << false;
        QTest::newRow("set with star") << "*_[0-9][0-9]" << "block_12" << true;
        QTest::newRow("set with star, no") << "*_[0-9][0-9]" << "block_1" << false;
    }

    void globMatch() {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(fusebox::globMatch(pattern.toStdString(), text.toStdString()), matches);
    }

    void ruleMatches_data() {
        QTest::addColumn<QStringList>("ops");
        QTest::addColumn<QStringList>("nodes");
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QStringList>("outputs");
        QTest::addColumn<QStringList>("matching");
        const QStringList none;
        QTest::newRow("one op") << QStringList{"Conv"} << none << none << none << QStringList{"conv2d_41", "conv2d_42"};
        QTest::newRow("two ops") << QStringList{"Relu", "Add"} << none << none << none
                                 << QStringList{"relu_1", "add_1"};
        QTest::newRow("op absent") << QStringList{"Softmax"} << none << none << none << none;
        QTest::newRow("glob") << none << QStringList{"conv2d_4*"} << none << none
                              << QStringList{"conv2d_41", "conv2d_42"};
        QTest::newRow("any of the globs") << none << QStringList{"relu_?", "y"} << none << none
                                          << QStringList{"relu_1", "y"};
        QTest::newRow("one input") << none << none << QStringList{"conv_out"} << none
                                   << QStringList{"relu_1", "add_1"};
        QTest::newRow("inputs, all present") << none << none << QStringList{"conv2_out", "conv_out"} << none
                                             << QStringList{"add_1"};
        QTest::newRow("inputs, one missing") << none << none << QStringList{"x", "relu_out"} << none << none;
        QTest::newRow("input beside an omitted one") << none << none << QStringList{"scales"} << none
                                                     << QStringList{"y"};
        QTest::newRow("output") << none << none << none << QStringList{"sum"} << QStringList{"add_1"};
        QTest::newRow("an input is not an output") << none << none << none << QStringList{"x"} << none;
        QTest::newRow("op and input") << QStringList{"Conv"} << none << QStringList{"relu_out"} << none
                                      << QStringList{"conv2d_42"};
        QTest::newRow("glob and output") << none << QStringList{"conv*"} << none << QStringList{"conv_out"}
                                         << QStringList{"conv2d_41"};
        QTest::newRow("selectors that disagree") << QStringList{"Relu"} << QStringList{"add_*"} << none << none
                                                 << none;
        QTest::newRow("all four") << QStringList{"Add"} << QStringList{"add_1"} << QStringList{"conv_out"}
                                  << QStringList{"sum"} << QStringList{"add_1"};
    }

    void ruleMatches() {
        QFETCH(QStringList, ops);
        QFETCH(QStringList, nodes);
        QFETCH(QStringList, inputs);
        QFETCH(QStringList, outputs);
        QFETCH(QStringList, matching);
        Rule rule;
        rule.ops = strings(ops);
        rule.nodes = strings(nodes);
        rule.inputs = strings(inputs);
        rule.outputs = strings(outputs);
        rule.device = "host";
        QCOMPARE(matchingNodes(graph(), rule), matching);
    }

    void lastMatchingRuleWins() {
        const PartitionConfig config = parsed(R"(
[[rule]]
ops = ["Conv"]
device = "onednn"
[[rule]]
nodes = ["conv2d_42"]
device = "host"
[[rule]]
ops = ["Relu"]
device = "xnnpack"
[[rule]]
nodes = ["relu*"]
device = "host"
[[rule]]
nodes = ["add_1"]
group = "tail"
)");
        auto deviceOf = [&](const char* name) {
            return q(assignedDevice(config.rules, graph(), graph().node(*graph().findNode(name))));
        };
        QCOMPARE(deviceOf("conv2d_41"), QString("onednn"));
        QCOMPARE(deviceOf("conv2d_42"), QString("host"));
        QCOMPARE(deviceOf("relu_1"), QString("host"));
        QCOMPARE(deviceOf("add_1"), QString()); // only a group rule matches
    }

    // Validation ---------------------------------------------------------------------

    void validConfigPasses() {
        const PartitionConfig config = parsed(R"(
[model]
shapes = { x = [1, 3, 8, 8] }
[partition]
targets = ["xnnpack", "onednn", "host"]
[device.onednn]
threads = 2
[[rule]]
ops = ["Resize", "Softmax", "Upsample"]   # Softmax is not in the model; Upsample is deprecated
device = "host"
[[rule]]
nodes = ["conv2d_4*"]
inputs = ["x"]
device = "onednn"
[[rule]]
nodes = ["relu_1", "add_1"]
outputs = ["sum"]
group = "tail"
)");
        const Status status = validatePartitionConfig(config, graph(), {"xnnpack", "onednn"});
        QVERIFY2(status.ok(), status.ok() ? "" : status.error().message().c_str());
    }

    void validationErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown target") << "[partition]\ntargets = [\"onednn\", \"npu\"]\n" << 2 << 11
                                        << "unknown device 'npu' in targets; expected one of: host, onednn, xnnpack";
        QTest::newRow("unknown [device.X]") << "\n[device.npu]\nthreads = 1\n" << 2 << 1
                                            << "unknown device 'npu' in [device.npu]; expected one of: host, onednn, "
                                               "xnnpack";
        QTest::newRow("unknown rule device") << "[[rule]]\nops = [\"Relu\"]\ndevice = \"gpu\"\n" << 1 << 1
                                             << "unknown device 'gpu' in [[rule]]; expected one of: host, onednn, "
                                                "xnnpack";
        QTest::newRow("op typo") << "[[rule]]\nops = [\"Relu\", \"Resise\"]\ndevice = \"host\"\n" << 1 << 1
                                 << "unknown op 'Resise'; did you mean 'Resize'?";
        QTest::newRow("op case") << "[[rule]]\nops = [\"relu\"]\ndevice = \"host\"\n" << 1 << 1
                                 << "unknown op 'relu'; did you mean 'Relu'?";
        QTest::newRow("op unknown") << "[[rule]]\nops = [\"Frobnicate\"]\ndevice = \"host\"\n" << 1 << 1
                                    << "unknown op 'Frobnicate'; expected an op type of the ONNX default domain";
        QTest::newRow("glob matching nothing")
            << "[[rule]]\nops = [\"Relu\"]\ndevice = \"host\"\n\n[[rule]]\nnodes = [\"conv2d_4*\", \"conv9*\"]\n"
               "device = \"onednn\"\n"
            << 5 << 1 << "'conv9*' in nodes matches no node; expected the name or glob of a node in the model";
        QTest::newRow("unknown input tensor") << "[[rule]]\ninputs = [\"x\", \"xx\"]\ndevice = \"host\"\n"
                                              << 1 << 1
                                              << "unknown tensor 'xx' in inputs; expected the name of a tensor in the "
                                                 "model";
        QTest::newRow("unknown output tensor") << "[[rule]]\noutputs = [\"conv_outt\"]\ndevice = \"host\"\n"
                                               << 1 << 1 << "unknown tensor 'conv_outt' in outputs";
        QTest::newRow("shape for unknown input") << "[model]\nshapes = { images = [1, 3, 8, 8] }\n" << 2 << 12
                                                 << "shape for unknown input 'images'; expected one of: x";
        QTest::newRow("group matching nothing") << "[[rule]]\nops = [\"Conv\"]\nnodes = [\"relu_1\"]\ngroup = \"g\"\n"
                                                << 1 << 1
                                                << "group 'g' matches no node; expected selectors that match nodes "
                                                   "of the model";
    }

    void validationErrors() {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, expected);
        const PartitionConfig config = parsed(text.toStdString());
        const Status status = validatePartitionConfig(config, graph(), {"xnnpack", "onednn"});
        QVERIFY(!status.ok());
        test::comparePlace(status.error(), "cfg.toml", line, column);
        QVERIFY2(q(status.error().description()).contains(expected), status.error().message().c_str());
    }

    void customOpsOfTheModelAreKnown() {
        Graph custom;
        const ValueId in = custom.addValue("in");
        const ValueId out = custom.addValue("out");
        custom.addNode(NodeSpec{"FancyOp", "com.example", "fancy", {in}, {out}, {}, false});
        const PartitionConfig config = parsed("[[rule]]\nops = [\"FancyOp\"]\ndevice = \"host\"\n");
        QVERIFY(validatePartitionConfig(config, custom, {}).ok());
        const PartitionConfig other = parsed("[[rule]]\nops = [\"FancyOps\"]\ndevice = \"host\"\n");
        QVERIFY(!validatePartitionConfig(other, custom, {}).ok());
    }

    void configMadeInCodeHasNoLocation() {
        PartitionConfig config;
        config.targets = {"npu"};
        const Status status = validatePartitionConfig(config, graph(), {});
        QVERIFY(!status.ok());
        QCOMPARE(q(status.error().message()), QString("unknown device 'npu' in targets; expected one of: host"));
        QVERIFY(!status.error().location());
    }
};

QTEST_GUILESS_MAIN(TestPartitionConfig)
#include "tst_partition_config.moc"
