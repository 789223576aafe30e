// Element-wise fusion in the host adapter: which chains it finds, and that a fused run
// gives the unfused kernels' results bit for bit.
#include "graph_runner.h"
#include "modelbuilder/model_builder.h"
#include "onnx/onnx_import.h"
#include "runtime/accuracy.h"
#include "runtime/input_generator.h"
#include "support/test_support.h"
#include "transforms/constant_folding.h"

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
        if (!foldConstants(model->graph)) qFatal("folding failed");
        return std::move(*model);
    }

    // The model's nodes in order, and the chains found among them.
    static std::pair<std::vector<NodeId>, std::vector<host::FusedChain>> chainsOf(const Graph& graph) {
        auto order = graph.topologicalOrder();
        if (!order) qFatal("%s", order.error().message().c_str());
        return {*order, host::findPointwiseChains(graph, *order, graph.outputs())};
    }

private slots:
    void findsChainsThatStayInside_data() {
        QTest::addColumn<bool>("escape");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("whole chain") << false << QStringList{"conv: scale shift plus3 clip times div6 sigmoid"};
        // `shift` is read outside: the first chain ends there; `plus3` starts the next,
        // which stops before `times` (it reads `shift`, a whole tensor from outside), and
        // `times` starts the third.
        QTest::newRow("value read outside") << true << QStringList{"conv: scale shift", "plus3: clip", "times: div6 sigmoid"};
    }

    void findsChainsThatStayInside() {
        QFETCH(bool, escape);
        QFETCH(QStringList, expected);
        const Model model = load(escape ? "escape.onnx" : "chain.onnx", convChain(escape));
        const auto [order, chains] = chainsOf(model.graph);
        QStringList actual;
        for (const std::string& line : chainText(model.graph, chains)) actual << QString::fromStdString(line);
        QCOMPARE(actual.join(" / "), expected.join(" / "));
    }

    void fusedRunsGiveTheUnfusedBits_data() {
        QTest::addColumn<bool>("escape");
        QTest::addColumn<int>("threads");
        QTest::newRow("chain, 1 thread") << false << 1;
        QTest::newRow("chain, 2 threads") << false << 2;
        QTest::newRow("escape, 2 threads") << true << 2;
    }

    void fusedRunsGiveTheUnfusedBits() {
        QFETCH(bool, escape);
        QFETCH(int, threads);
        const Model model = load(escape ? "escape.onnx" : "chain.onnx", convChain(escape));
        const Graph& graph = model.graph;
        const auto [order, chains] = chainsOf(graph);
        QVERIFY(!chains.empty());
        const ValueId x = graph.inputs()[0];
        const std::vector<std::pair<ValueId, Tensor>> given{{x, *generateInput(graph.value(x), 0, 7)}};
        host::GraphRunOptions options;
        options.opsets = model.opsets;
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
