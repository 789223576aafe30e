// Element-wise fusion in the host adapter: which chains it finds, and that a fused run
// gives the unfused kernels' results bit for bit.
#include "graph_runner.h"
#include "modelbuilder/model_builder.h"
#include "onnx/onnx_import.h"
#include "runtime/accuracy.h"
#include "runtime/input_generator.h"
#include "support/test_support.h"
#include "transforms/shape_settling.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fusebox;
using namespace fusebox::testmodels;

namespace {

// Conv -> Mul(scalar) -> Add(per channel) -> HardSwish spelt Add/Clip/Mul/Div -> Sigmoid,
// PP-OCR's pattern; with `escape`, a Relu outside the chain also reads the first Add.
onnx::ModelProto convChain(bool escape) {
    ModelBuilder b("chain");
    const std::string x = b.input("x", {1, 4, 6, 7});
    const std::string c = b.node1("Conv", {x, b.weight("w", {4, 4, 3, 3}), b.weight("bias", {4})},
                                  {attrInts("pads", {1, 1, 1, 1})}, "conv");
    const std::string m1 = b.node1("Mul", {b.constant("scale", {}, {1.5f}), c}, {}, "scale");
    const std::string a1 = b.node1("Add", {m1, b.constant("shift", {4, 1, 1}, {0.1f, -0.2f, 0.3f, -0.4f})}, {}, "shift");
    const std::string a2 = b.node1("Add", {a1, b.constant("three", {}, {3.0f})}, {}, "plus3");
    const std::string cl = b.node1("Clip", {a2, b.constant("zero", {}, {0.0f}), b.constant("six", {}, {6.0f})}, {}, "clip");
    const std::string m2 = b.node1("Mul", {a1, cl}, {}, "times");
    const std::string d = b.node1("Div", {m2, "six"}, {}, "div6");
    b.node1("Sigmoid", {d}, {}, "sigmoid", "y");
    b.output("y", {1, 4, 6, 7});
    if (escape) {
        b.node1("Relu", {a1}, {}, "outside", "r");
        b.output("r", {1, 4, 6, 7});
    }
    return b.build();
}

// ResNet's pattern: Conv -> BatchNormalization -> Relu, then a residual Add -> Relu.
onnx::ModelProto convBatchNorm() {
    ModelBuilder b("bn");
    const std::string x = b.input("x", {2, 3, 5, 6});
    const std::string c = b.node1("Conv", {x, b.weight("w", {3, 3, 1, 1})}, {}, "conv");
    const std::string n = b.node1("BatchNormalization", {c, b.weight("s", {3}), b.weight("b", {3}), b.weight("m", {3}),
                                                         b.weight("v", {3}, 0.25f, 1.0f)},
                                  {attrFloat("epsilon", 1e-3f)}, "bn");
    const std::string r = b.node1("Relu", {n}, {}, "relu");
    const std::string a = b.node1("Add", {r, x}, {}, "residual");
    b.node1("Relu", {a}, {}, "relu2", "y");
    b.output("y", {2, 3, 5, 6});
    return b.build();
}

// Conv 3x3 (padded) or 1x1 -> BatchNormalization -> Relu, sized so that the Conv kernel
// runs the chain on blocks of its own: column tiles that are not multiples of the chain's
// block, more filters than output positions (split by filters), depthwise (split by
// channels), or a 1x1 convolution over many column tiles.
onnx::ModelProto convBlocks(const std::vector<int64_t>& input, int64_t filters, int64_t group, int64_t kernel = 3) {
    ModelBuilder b("blocks");
    const std::string x = b.input("x", {input[0], input[1], input[2], input[3]});
    const int64_t pad = kernel / 2;
    const std::string c = b.node1("Conv", {x, b.weight("w", {filters, input[1] / group, kernel, kernel}), b.weight("bias", {filters})},
                                  {attrInts("pads", {pad, pad, pad, pad}), attrInt("group", group)}, "conv");
    const std::string n = b.node1("BatchNormalization", {c, b.weight("s", {filters}), b.weight("b", {filters}), b.weight("m", {filters}),
                                                         b.weight("v", {filters}, 0.25f, 1.0f)},
                                  {attrFloat("epsilon", 1e-3f)}, "bn");
    b.node1("Relu", {n}, {}, "relu", "y");
    b.output("y", {input[0], filters, input[2], input[3]});
    return b.build();
}

std::vector<std::string> chainText(const Graph& graph, const std::vector<host::FusedChain>& chains) {
    std::vector<std::string> text;
    for (const host::FusedChain& chain : chains) {
        std::string line = graph.node(chain.producer).name + ":";
        for (const host::PointwiseStep& step : chain.steps) line += " " + graph.node(step.node).name;
        text.push_back(line);
    }
    return text;
}

} // namespace

class TestHostFusion : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    Model load(const std::string& name, const onnx::ModelProto& proto) {
        auto model = importOnnx(test::writeModel(dir_.path(), name, proto));
        if (!model) qFatal("%s", model.error().message().c_str());
        if (!settleShapes(*model)) qFatal("shape settling failed");
        return std::move(*model);
    }

    // 0: the PP-OCR chain, 1: the same with a value read outside, 2: the ResNet pattern,
    // 3-6: convBlocks wide, with many filters, depthwise, 1x1 in many column tiles.
    Model loadModel(int index) {
        if (index == 2) return load("bn.onnx", convBatchNorm());
        if (index == 3) return load("wide.onnx", convBlocks({1, 8, 23, 29}, 6, 1));
        if (index == 4) return load("filters.onnx", convBlocks({2, 8, 3, 3}, 40, 1));
        if (index == 5) return load("depthwise.onnx", convBlocks({1, 6, 9, 10}, 6, 6));
        if (index == 6) return load("pointwise.onnx", convBlocks({1, 4, 33, 37}, 1100, 1, 1));
        return index == 1 ? load("escape.onnx", convChain(true)) : load("chain.onnx", convChain(false));
    }

    // The model's nodes in order, and the chains found among them.
    static std::pair<std::vector<NodeId>, std::vector<host::FusedChain>> chainsOf(const Graph& graph) {
        auto order = graph.topologicalOrder();
        if (!order) qFatal("%s", order.error().message().c_str());
        return {*order, host::findPointwiseChains(graph, *order, graph.outputs())};
    }

private slots:
    void findsChainsThatStayInside_data() {
        QTest::addColumn<int>("model");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("whole chain") << 0 << QStringList{"conv: scale shift plus3 clip times div6 sigmoid"};
        // `shift` is read outside: the first chain ends there; `plus3` starts the next,
        // which reads `shift` as a whole tensor from outside.
        QTest::newRow("value read outside") << 1 << QStringList{"conv: scale shift", "plus3: clip times div6 sigmoid"};
        QTest::newRow("batch norm and residual") << 2 << QStringList{"conv: bn relu residual relu2"};
    }

    void findsChainsThatStayInside() {
        QFETCH(int, model);
        QFETCH(QStringList, expected);
        const Model loaded = loadModel(model);
        const auto [order, chains] = chainsOf(loaded.graph);
        QStringList actual;
        for (const std::string& line : chainText(loaded.graph, chains)) actual << QString::fromStdString(line);
        QCOMPARE(actual.join(" / "), expected.join(" / "));
    }

    void fusedRunsGiveTheUnfusedBits_data() {
        QTest::addColumn<int>("model");
        QTest::addColumn<int>("threads");
        QTest::newRow("chain, 1 thread") << 0 << 1;
        QTest::newRow("chain, 2 threads") << 0 << 2;
        QTest::newRow("escape, 2 threads") << 1 << 2;
        QTest::newRow("batch norm, 2 threads") << 2 << 2;
        for (int threads : {1, 2, 3}) {
            QTest::newRow(qPrintable(QString("conv blocks, wide, %1 threads").arg(threads))) << 3 << threads;
            QTest::newRow(qPrintable(QString("conv blocks, many filters, %1 threads").arg(threads))) << 4 << threads;
            QTest::newRow(qPrintable(QString("conv blocks, depthwise, %1 threads").arg(threads))) << 5 << threads;
            QTest::newRow(qPrintable(QString("conv blocks, 1x1 tiles, %1 threads").arg(threads))) << 6 << threads;
        }
    }

    void fusedRunsGiveTheUnfusedBits() {
        QFETCH(int, model);
        QFETCH(int, threads);
        const Model loaded = loadModel(model);
        const Graph& graph = loaded.graph;
        const auto [order, chains] = chainsOf(graph);
        QVERIFY(!chains.empty());
        const ValueId x = graph.inputs()[0];
        const std::vector<std::pair<ValueId, Tensor>> given{{x, *generateInput(graph.value(x), 0, 7)}};
        host::GraphRunOptions options;
        options.opsets = loaded.opsets;
        options.threads = threads;
        auto plain = host::runNodes(graph, order, given, graph.outputs(), options);
        QVERIFY(plain.ok());
        ProgramTimings timings;
        auto fused = host::runNodes(graph, order, given, graph.outputs(), options, &timings, chains);
        QVERIFY2(fused.ok(), fused.ok() ? "" : fused.error().message().c_str());
        QCOMPARE(fused->size(), plain->size());
        for (std::size_t i = 0; i < fused->size(); ++i) {
            QCOMPARE(firstMismatch((*fused)[i], (*plain)[i], 0, 0), std::optional<std::string>());
        }
        QCOMPARE(timings.nodeMs.size(), graph.nodeCount()); // fused nodes are listed too
    }
};

QTEST_GUILESS_MAIN(TestHostFusion)
#include "tst_host_fusion.moc"
