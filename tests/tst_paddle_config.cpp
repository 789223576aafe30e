// Paddle Lite subgraph partition configs: records become host rules with ONNX op
// types, malformed lines name file, line and column, and paddle_config in a TOML config is
// read relative to that file with its rules first.
#include "config/paddle_config.h"
#include "support/sample_config.h"
#include "support/test_support.h"

#include <onnx/defs/schema.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace fusebox;

namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

QStringList list(const std::vector<std::string>& items) {
    QStringList result;
    for (const std::string& item : items) result << q(item);
    return result;
}

// One rule as "ops | nodes | inputs | outputs | device | group @ where".
QString describe(const Rule& rule) {
    return QStringList{list(rule.ops).join(','), list(rule.nodes).join(','), list(rule.inputs).join(','),
                       list(rule.outputs).join(','), q(rule.device), q(rule.group)}
               .join(" | ") +
           " @ " + q(rule.where.toString());
}

QStringList describe(const std::vector<Rule>& rules) {
    QStringList result;
    for (const Rule& rule : rules) result << describe(rule);
    return result;
}

void writeFile(const QString& path, const QByteArray& content) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) QTest::qFail(qPrintable("cannot write " + path), __FILE__, __LINE__);
    file.write(content);
}

// x -> conv2d_41 (Conv) -> conv_out -> relu_1 (Relu) -> relu_out
Graph smallGraph() {
    Graph graph;
    const ValueId x = graph.addValue("x");
    const ValueId weight = graph.addValue("w1");
    const ValueId convOut = graph.addValue("conv_out");
    const ValueId reluOut = graph.addValue("relu_out");
    graph.addInput(x);
    graph.addNode(NodeSpec{"Conv", "", "conv2d_41", {x, weight}, {convOut}, {}, true});
    graph.addNode(NodeSpec{"Relu", "", "relu_1", {convOut}, {reluOut}, {}, true});
    graph.addOutput(reluOut);
    return graph;
}

// The last matching rule with a device decides, as in the partitioner.
std::string assignedDevice(const std::vector<Rule>& rules, const Graph& graph, const std::string& nodeName) {
    const Node& node = graph.node(*graph.findNode(nodeName));
    std::string device;
    for (const Rule& rule : rules) {
        if (!rule.device.empty() && rule.matches(graph, node)) device = rule.device;
    }
    return device;
}

// The sketch from the design brief, with its paddle_config line.
const std::string kSketch = test::sketchConfigWithPaddleConfig();

} // namespace

class TestPaddleConfig : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    // Writes `toml` as sub/cfg.toml and `paddle` at sub/<paddleName>; returns the TOML path.
    std::string writeConfigPair(const QByteArray& toml, const QString& paddleName, const QByteArray& paddle) {
        const QString sub = dir_.filePath("sub");
        QDir().mkpath(QFileInfo(sub + "/" + paddleName).path());
        writeFile(sub + "/" + paddleName, paddle);
        writeFile(sub + "/cfg.toml", toml);
        return (sub + "/cfg.toml").toStdString();
    }

private slots:
    void realisticFile() {
        const std::string text = "# Paddle Lite subgraph partition config: keep these ops on the CPU\r\n"
                                 "# op_type:input_names:output_names\r\n"
                                 "\r\n"
                                 "conv2d:x,w1:conv_out\r\n"
                                 "  elementwise_add : conv2_out , conv_out : sum  \r\n"
                                 "   \r\n"
                                 "relu\r\n"
                                 "\t# an indented comment\r\n"
                                 ":relu_out\r\n"
                                 "pool2d::\r\n"
                                 "softmax::probs\r\n"
                                 "transpose2:t_in,\r\n"
                                 "MatMul\r\n"
                                 "my_custom_op:a:b";
        Result<std::vector<Rule>> rules = parsePaddleConfig(text, "keep.txt");
        QVERIFY2(rules.ok(), rules.ok() ? "" : rules.error().message().c_str());
        const QStringList expected = {
            "Conv |  | x,w1 | conv_out | host |  @ keep.txt:4:1",
            "Add |  | conv2_out,conv_out | sum | host |  @ keep.txt:5:1",
            "Relu |  |  |  | host |  @ keep.txt:7:1",
            " |  | relu_out |  | host |  @ keep.txt:9:1",
            "MaxPool,AveragePool,GlobalAveragePool,GlobalMaxPool |  |  |  | host |  @ keep.txt:10:1",
            "Softmax |  |  | probs | host |  @ keep.txt:11:1",
            "Transpose |  | t_in |  | host |  @ keep.txt:12:1",
            "MatMul |  |  |  | host |  @ keep.txt:13:1",
            "my_custom_op |  | a | b | host |  @ keep.txt:14:1",
        };
        QCOMPARE(describe(*rules), expected);
    }

    void emptyAndCommentOnlyFiles() {
        for (const char* text : {"", "\n\r\n  \n", "# nothing here\r\n#conv2d\n"}) {
            Result<std::vector<Rule>> rules = parsePaddleConfig(text, "keep.txt");
            QVERIFY(rules.ok());
            QVERIFY(rules->empty());
        }
    }

    void paddleOpsMapToOnnx_data() {
        QTest::addColumn<QString>("paddle");
        QTest::addColumn<QStringList>("onnxOps");
        const QStringList matmul = {"MatMul", "Gemm"};
        QTest::newRow("conv2d") << "conv2d" << QStringList{"Conv"};
        QTest::newRow("depthwise_conv2d") << "depthwise_conv2d" << QStringList{"Conv"};
        QTest::newRow("conv2d_transpose") << "conv2d_transpose" << QStringList{"ConvTranspose"};
        QTest::newRow("depthwise_conv2d_transpose") << "depthwise_conv2d_transpose" << QStringList{"ConvTranspose"};
        QTest::newRow("elementwise_add") << "elementwise_add" << QStringList{"Add"};
        QTest::newRow("elementwise_sub") << "elementwise_sub" << QStringList{"Sub"};
        QTest::newRow("elementwise_mul") << "elementwise_mul" << QStringList{"Mul"};
        QTest::newRow("elementwise_div") << "elementwise_div" << QStringList{"Div"};
        QTest::newRow("elementwise_max") << "elementwise_max" << QStringList{"Max"};
        QTest::newRow("elementwise_min") << "elementwise_min" << QStringList{"Min"};
        QTest::newRow("elementwise_pow") << "elementwise_pow" << QStringList{"Pow"};
        QTest::newRow("relu") << "relu" << QStringList{"Relu"};
        QTest::newRow("relu6") << "relu6" << QStringList{"Clip"};
        QTest::newRow("leaky_relu") << "leaky_relu" << QStringList{"LeakyRelu"};
        QTest::newRow("prelu") << "prelu" << QStringList{"PRelu"};
        QTest::newRow("sigmoid") << "sigmoid" << QStringList{"Sigmoid"};
        QTest::newRow("hard_sigmoid") << "hard_sigmoid" << QStringList{"HardSigmoid"};
        QTest::newRow("hard_swish") << "hard_swish" << QStringList{"HardSwish"};
        QTest::newRow("tanh") << "tanh" << QStringList{"Tanh"};
        QTest::newRow("exp") << "exp" << QStringList{"Exp"};
        QTest::newRow("log") << "log" << QStringList{"Log"};
        QTest::newRow("sqrt") << "sqrt" << QStringList{"Sqrt"};
        QTest::newRow("abs") << "abs" << QStringList{"Abs"};
        QTest::newRow("clip") << "clip" << QStringList{"Clip"};
        QTest::newRow("pool2d") << "pool2d"
                                << QStringList{"MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool"};
        QTest::newRow("matmul") << "matmul" << matmul;
        QTest::newRow("matmul_v2") << "matmul_v2" << matmul;
        QTest::newRow("mul") << "mul" << matmul;
        QTest::newRow("fc") << "fc" << matmul;
        QTest::newRow("batch_norm") << "batch_norm" << QStringList{"BatchNormalization"};
        QTest::newRow("layer_norm") << "layer_norm" << QStringList{"LayerNormalization"};
        QTest::newRow("instance_norm") << "instance_norm" << QStringList{"InstanceNormalization"};
        QTest::newRow("concat") << "concat" << QStringList{"Concat"};
        QTest::newRow("split") << "split" << QStringList{"Split"};
        QTest::newRow("slice") << "slice" << QStringList{"Slice"};
        QTest::newRow("reshape") << "reshape" << QStringList{"Reshape"};
        QTest::newRow("reshape2") << "reshape2" << QStringList{"Reshape"};
        QTest::newRow("transpose") << "transpose" << QStringList{"Transpose"};
        QTest::newRow("transpose2") << "transpose2" << QStringList{"Transpose"};
        QTest::newRow("squeeze") << "squeeze" << QStringList{"Squeeze"};
        QTest::newRow("squeeze2") << "squeeze2" << QStringList{"Squeeze"};
        QTest::newRow("unsqueeze") << "unsqueeze" << QStringList{"Unsqueeze"};
        QTest::newRow("unsqueeze2") << "unsqueeze2" << QStringList{"Unsqueeze"};
        QTest::newRow("flatten") << "flatten" << QStringList{"Flatten"};
        QTest::newRow("flatten2") << "flatten2" << QStringList{"Flatten"};
        QTest::newRow("flatten_contiguous_range") << "flatten_contiguous_range" << QStringList{"Flatten"};
        QTest::newRow("softmax") << "softmax" << QStringList{"Softmax"};
        QTest::newRow("bilinear_interp") << "bilinear_interp" << QStringList{"Resize"};
        QTest::newRow("bilinear_interp_v2") << "bilinear_interp_v2" << QStringList{"Resize"};
        QTest::newRow("nearest_interp") << "nearest_interp" << QStringList{"Resize"};
        QTest::newRow("nearest_interp_v2") << "nearest_interp_v2" << QStringList{"Resize"};
        QTest::newRow("scale") << "scale" << QStringList{"Mul", "Add"};
        QTest::newRow("pad2d") << "pad2d" << QStringList{"Pad"};
        QTest::newRow("pad3d") << "pad3d" << QStringList{"Pad"};
        QTest::newRow("cast") << "cast" << QStringList{"Cast"};
        QTest::newRow("shape") << "shape" << QStringList{"Shape"};
        QTest::newRow("gather") << "gather" << QStringList{"Gather"};
        QTest::newRow("arg_max") << "arg_max" << QStringList{"ArgMax"};
        QTest::newRow("reduce_mean") << "reduce_mean" << QStringList{"ReduceMean"};
        QTest::newRow("reduce_sum") << "reduce_sum" << QStringList{"ReduceSum"};
        QTest::newRow("reduce_max") << "reduce_max" << QStringList{"ReduceMax"};
        QTest::newRow("ONNX name passes through") << "HardSwish" << QStringList{"HardSwish"};
        QTest::newRow("unknown name is kept") << "swish" << QStringList{"swish"};
    }

    void paddleOpsMapToOnnx() {
        QFETCH(QString, paddle);
        QFETCH(QStringList, onnxOps);
        Result<std::vector<Rule>> rules = parsePaddleConfig(paddle.toStdString() + ":in", "keep.txt");
        QVERIFY(rules.ok());
        QCOMPARE(rules->size(), std::size_t(1));
        QCOMPARE(list(rules->front().ops), onnxOps);
        QCOMPARE(list(rules->front().inputs), QStringList{"in"});
        if (QTest::currentDataTag() == QStringLiteral("unknown name is kept")) return;
        for (const QString& op : onnxOps) { // the table has no typos
            QVERIFY2(onnx::OpSchemaRegistry::Schema(op.toStdString(), onnx::ONNX_DOMAIN) != nullptr, qPrintable(op));
        }
    }

    void malformedRecords_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column"); // where the record goes wrong
        QTest::addColumn<QString>("record");
        QTest::newRow("four fields") << "conv2d:a:b:c" << 1 << 11 << "conv2d:a:b:c";
        QTest::newRow("only colons") << "::" << 1 << 1 << "::";
        QTest::newRow("one colon") << ":" << 1 << 1 << ":";
        QTest::newRow("only a comma") << " , : " << 1 << 2 << ", :";
        QTest::newRow("space in op") << "conv 2d:x" << 1 << 5 << "conv 2d:x";
        QTest::newRow("space in input") << "conv2d:in 1" << 1 << 10 << "conv2d:in 1";
        QTest::newRow("tab in output") << "conv2d:x:y\tz" << 1 << 11 << "conv2d:x:y\tz";
        QTest::newRow("comma in op") << "conv2d,relu:x" << 1 << 7 << "conv2d,relu:x";
        QTest::newRow("line count with CRLF, blanks and comments")
            << "# header\r\n\r\nrelu\r\n  relu:a:b:c:d  \r\nsoftmax\r\n" << 4 << 11 << "relu:a:b:c:d";
    }

    void malformedRecords() {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, record);
        Result<std::vector<Rule>> rules = parsePaddleConfig(text.toStdString(), "keep.txt");
        QVERIFY(!rules.ok());
        test::comparePlace(rules.error(), "keep.txt", line, column);
        QCOMPARE(q(rules.error().description()), "malformed record '" + record + "'; expected op_type:inputs:outputs");
        QCOMPARE(rules.error().kind(), ErrorKind::InvalidInput);
    }

    void loadNamesTheFile() {
        const std::string path = dir_.filePath("keep_on_cpu.txt").toStdString();
        writeFile(q(path), "relu\n");
        Result<std::vector<Rule>> rules = loadPaddleConfig(path);
        QVERIFY(rules.ok());
        QCOMPARE(describe(*rules), QStringList{"Relu |  |  |  | host |  @ " + q(path) + ":1:1"});

        const std::string missing = dir_.filePath("missing.txt").toStdString();
        rules = loadPaddleConfig(missing);
        QVERIFY(!rules.ok());
        QCOMPARE(q(rules.error().message()), q(missing + ": no such file"));
    }

    // paddle_config in a TOML config ----------------------------------------------------

    void sketchWithPaddleConfig() {
        const std::string toml = writeConfigPair(QByteArray::fromStdString(kSketch),
                                                 "subgraph_partition_config_file.txt",
                                                 "conv2d:x:conv_out\r\nelementwise_add\r\n");
        const std::string paddle = dir_.filePath("sub/subgraph_partition_config_file.txt").toStdString();
        Result<PartitionConfig> config = loadPartitionConfig(toml);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().message().c_str());
        QCOMPARE(q(config->paddleConfig), QString("subgraph_partition_config_file.txt"));
        QCOMPARE(list(config->targets), (QStringList{"xnnpack", "onednn"}));
        QCOMPARE(config->minSubgraphSize, 2);
        QCOMPARE(config->maxSubgraphs, 0);
        QCOMPARE(config->shapes.at("x"), (std::vector<int64_t>{1, 3, 640, 640}));
        QCOMPARE(config->devices.at("onednn").precision, std::optional<std::string>("fp32"));
        QCOMPARE(config->devices.at("onednn").layout, std::optional<std::string>("auto"));
        QCOMPARE(config->devices.at("onednn").threads, std::optional<int>(2));
        QCOMPARE(q(config->devices.at("onednn").where.toString()), q(toml + ":10:1"));
        // Paddle rules first, so the hand-written rules after them win.
        const QStringList expected = {
            "Conv |  | x | conv_out | host |  @ " + q(paddle) + ":1:1",
            "Add |  |  |  | host |  @ " + q(paddle) + ":2:1",
            "Resize |  |  |  | host |  @ " + q(toml) + ":15:1",
            " | conv2d_4* |  |  | onednn |  @ " + q(toml) + ":18:1",
            " |  | x | conv_out | host |  @ " + q(toml) + ":21:1",
            " | Conv_12,Relu_13,Add_14 |  |  |  | stem @ " + q(toml) + ":25:1",
        };
        QCOMPARE(describe(config->rules), expected);
    }

    void paddlePathIsRelativeToTheConfig() {
        const std::string toml = writeConfigPair("[partition]\npaddle_config = \"paddle/keep.txt\"\n"
                                                 "[[rule]]\nnodes = [\"relu_1\"]\ndevice = \"xnnpack\"\n",
                                                 "paddle/keep.txt", "relu\nconv2d\n");
        QVERIFY(QDir::currentPath() != dir_.filePath("sub"));
        Result<PartitionConfig> config = loadPartitionConfig(toml);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().message().c_str());
        const QString paddle = dir_.filePath("sub/paddle/keep.txt");
        QCOMPARE(describe(config->rules), (QStringList{"Relu |  |  |  | host |  @ " + paddle + ":1:1",
                                                       "Conv |  |  |  | host |  @ " + paddle + ":2:1",
                                                       " | relu_1 |  |  | xnnpack |  @ " + q(toml) + ":3:1"}));

        // The TOML rule comes last, so it overrides the Paddle rule for relu_1 only.
        const Graph graph = smallGraph();
        QCOMPARE(q(assignedDevice(config->rules, graph, "relu_1")), QString("xnnpack"));
        QCOMPARE(q(assignedDevice(config->rules, graph, "conv2d_41")), QString("host"));
    }

    void paddleErrorsNameThePaddleFile() {
        const std::string toml = writeConfigPair("[partition]\npaddle_config = \"bad.txt\"\n", "bad.txt",
                                                 "relu\r\nrelu:a:b:c\r\n");
        Result<PartitionConfig> config = loadPartitionConfig(toml);
        QVERIFY(!config.ok());
        QCOMPARE(q(config.error().message()), dir_.filePath("sub/bad.txt") +
                                                  ":2:9: malformed record 'relu:a:b:c'; expected op_type:inputs:outputs");
        test::comparePlace(config.error(), dir_.filePath("sub/bad.txt").toStdString(), 2, 9);
    }

    void missingPaddleFileNamesBoth() {
        const std::string toml = writeConfigPair("[partition]\npaddle_config = \"missing.txt\"\n", "other.txt", "");
        Result<PartitionConfig> config = loadPartitionConfig(toml);
        QVERIFY(!config.ok());
        QCOMPARE(q(config.error().message()), q(toml) + ":2:17: cannot read paddle_config: " +
                                                  dir_.filePath("sub/missing.txt") + ": no such file");
        test::comparePlace(config.error(), toml, 2, 17);
    }

    void validationNamesThePaddleLine() {
        const std::string toml = writeConfigPair("[partition]\npaddle_config = \"keep.txt\"\n", "keep.txt",
                                                 "relu\n# swish has no ONNX op of its own\nswish\n");
        Result<PartitionConfig> config = loadPartitionConfig(toml);
        QVERIFY(config.ok());
        const Status status = validatePartitionConfig(*config, smallGraph(), {});
        QVERIFY(!status.ok());
        QVERIFY2(q(status.error().message()).startsWith(dir_.filePath("sub/keep.txt") + ":3:1: unknown op 'swish'"),
                 status.error().message().c_str());
        test::comparePlace(status.error(), dir_.filePath("sub/keep.txt").toStdString(), 3, 1);
    }

    // Saving writes the Paddle rules as ordinary rules and drops paddle_config, so
    // reading the saved file does not apply them twice.
    void saveInlinesPaddleRules() {
        const std::string toml = writeConfigPair("[partition]\npaddle_config = \"keep.txt\"\n"
                                                 "[[rule]]\nnodes = [\"relu_1\"]\ndevice = \"xnnpack\"\n",
                                                 "keep.txt", "relu:conv_out\n");
        Result<PartitionConfig> config = loadPartitionConfig(toml);
        QVERIFY(config.ok());
        const std::string saved = savePartitionConfig(*config);
        QCOMPARE(q(saved), QString("[partition]\ntargets = []\nmin_subgraph_size = 1\nmax_subgraphs = 0\n\n"
                                   "[[rule]]\nops = [\"Relu\"]\ninputs = [\"conv_out\"]\ndevice = \"host\"\n\n"
                                   "[[rule]]\nnodes = [\"relu_1\"]\ndevice = \"xnnpack\"\n"));
        Result<PartitionConfig> again = parsePartitionConfig(saved, toml);
        QVERIFY(again.ok());
        QCOMPARE(q(again->paddleConfig), QString());
        QCOMPARE(again->rules.size(), std::size_t(2));
        QCOMPARE(q(savePartitionConfig(*again)), q(saved));
    }
};

QTEST_GUILESS_MAIN(TestPaddleConfig)
#include "tst_paddle_config.moc"
