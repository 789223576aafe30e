// The executor and the adapter contract: plans with device subgraphs run through a fake
// adapter and give the host's outputs; a subgraph the adapter fails to compile runs on
// host, or fails the run when fallback is off; memory is released; errors name the node.
#include "modelbuilder/model_builder.h"
#include "modelbuilder/sample_models.h"
#include "partition/partitioner.h"
#include "runtime/accuracy.h"
#include "runtime/executor.h"
#include "runtime/input_generator.h"
#include "runtime/layout.h"
#include "runtime/tensor_io.h"
#include "support/fake_adapter.h"
#include "support/fake_devices.h"
#include "support/test_support.h"
#include "transforms/shape_settling.h"
#include "onnx/onnx_import.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace fusebox;

namespace {

using test::FakeAdapter;
[[maybe_unused]] const bool kFakeRegistered = (test::registerFakeAdapter("fake"), true);
[[maybe_unused]] const bool kFakeNhwcRegistered = (test::registerFakeAdapter("fake_nhwc", true, Layout::NHWC), true);
// Claims its ops at partition time, then fails to compile every subgraph with a Relu or a
// RandomUniformLike; NHWC, so a fallback must also bring its tensors back to NCHW.
[[maybe_unused]] const bool kRefusingRegistered =
    (test::registerFakeAdapter("fake_refusing", true, Layout::NHWC, {"Relu", "RandomUniformLike"}), true);

Model importFolded(const QString& dir, const std::string& name, const onnx::ModelProto& proto,
                   const ImportOptions& options = {}) {
    auto model = importOnnx(test::writeModel(dir, name, proto), options);
    if (!model) qFatal("%s", model.error().message().c_str());
    if (!settleShapes(*model)) qFatal("shape settling failed");
    return std::move(*model);
}

PartitionPlan planFor(const Model& model, std::vector<std::string> targets, const std::vector<std::string>& fakeOps) {
    PartitionConfig config;
    config.targets = std::move(targets);
    DeviceProfile nhwc = test::fakeDevice("fake_nhwc", fakeOps);
    nhwc.layouts = {"NHWC"};
    DeviceProfile refusing = test::fakeDevice("fake_refusing", fakeOps);
    refusing.layouts = {"NHWC"};
    auto plan = partitionGraph(model.graph, config, {test::hostProfile(), test::fakeDevice("fake", fakeOps), nhwc, refusing});
    if (!plan) qFatal("%s", plan.error().message().c_str());
    return std::move(*plan);
}

std::map<std::string, Tensor> generatedInputs(const Graph& graph) {
    std::map<std::string, Tensor> inputs;
    int k = 0;
    for (ValueId id : graph.inputs()) inputs[graph.value(id).name] = *generateInput(graph.value(id), k++, 0);
    return inputs;
}

} // namespace

class TestExecutor : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

private slots:
    void deviceSubgraphsGiveTheHostOutputs_data() {
        QTest::addColumn<int>("index");
        const auto models = testmodels::allSampleModels();
        for (std::size_t i = 0; i < models.size(); ++i) QTest::newRow(models[i].fileName.c_str()) << int(i);
    }

    void deviceSubgraphsGiveTheHostOutputs() {
        QFETCH(int, index);
        const auto sample = testmodels::allSampleModels()[static_cast<std::size_t>(index)];
        ImportOptions options;
        if (sample.fileName == "symbolic_batch.onnx") options.inputShapes["x"] = {3, 8}; // fix the batch to run it
        const Model model = importFolded(dir_.path(), sample.fileName, sample.model, options);
        const auto inputs = generatedInputs(model.graph);

        const PartitionPlan hostPlan = planFor(model, {}, {});
        auto host = Executor::create(model, hostPlan, 1);
        QVERIFY2(host.ok(), host.ok() ? "" : host.error().message().c_str());
        auto expected = (*host)->run(inputs, nullptr, false);
        QVERIFY2(expected.ok(), expected.ok() ? "" : expected.error().message().c_str());

        // Half the op types on the fake device: a plan with several subgraphs and host nodes.
        const PartitionPlan mixed = planFor(model, {"fake"}, {"Conv", "Relu", "MatMul", "Add", "HardSwish", "Concat"});
        QVERIFY(!mixed.subgraphs.empty());
        FakeAdapter::compiled = 0;
        auto device = Executor::create(model, mixed, 1);
        QVERIFY2(device.ok(), device.ok() ? "" : device.error().message().c_str());
        QCOMPARE(FakeAdapter::compiled, static_cast<int>(mixed.subgraphs.size()));
        RunStats stats;
        auto actual = (*device)->run(inputs, &stats, true);
        QVERIFY2(actual.ok(), actual.ok() ? "" : actual.error().message().c_str());
        QCOMPARE(actual->size(), expected->size());
        for (std::size_t i = 0; i < actual->size(); ++i) {
            QCOMPARE(firstMismatch((*actual)[i], (*expected)[i], 0, 0), std::optional<std::string>()); // same kernels: exact
        }
        QCOMPARE(stats.stepMs.size(), (*device)->stepCount());
        std::size_t stepNodes = 0;
        for (std::size_t s = 0; s < (*device)->stepCount(); ++s) stepNodes += (*device)->step(s).nodes.size();
        QCOMPARE(stepNodes, model.graph.nodeCount());
        QVERIFY(stats.peakBytes > 0);
        std::size_t timedNodes = 0;
        for (const ProgramTimings& t : stats.stepNodeTimes) timedNodes += t.nodeMs.size();
        QCOMPARE(timedNodes, model.graph.nodeCount());
    }

    void nhwcSubgraphsGetConvertedTensors() {
        // x -> Relu (device) -> Sigmoid (host) -> Relu (device) -> y, and Tanh (host) also reads
        // the first Relu: x in, the first Relu out (once, for both host readers), Sigmoid out,
        // and y back to NCHW make four conversions.
        testmodels::ModelBuilder b("layouts");
        const std::string x = b.input("x", {1, 2, 3, 5});
        const std::string r = b.node1("Relu", {x});
        const std::string s = b.node1("Sigmoid", {r});
        b.node1("Tanh", {r}, {}, "", "t");
        b.node1("Relu", {s}, {}, "", "y");
        b.output("y", {1, 2, 3, 5});
        b.output("t", {1, 2, 3, 5});
        const Model model = importFolded(dir_.path(), "layouts.onnx", b.build());
        const auto inputs = generatedInputs(model.graph);
        auto expected = (*Executor::create(model, planFor(model, {}, {}), 1))->run(inputs, nullptr, false);
        QVERIFY(expected.ok());

        const PartitionPlan plan = planFor(model, {"fake_nhwc"}, {"Relu"});
        QCOMPARE(plan.subgraphs.size(), std::size_t(2));
        QCOMPARE(plan.subgraphs[0].attributes.layout, std::string("NHWC"));
        FakeAdapter::nhwcInputDims.clear();
        RunStats stats;
        auto actual = (*Executor::create(model, plan, 1))->run(inputs, &stats, false);
        QVERIFY2(actual.ok(), actual.ok() ? "" : actual.error().message().c_str());
        QCOMPARE(stats.layoutConversions, 4);
        QCOMPARE(FakeAdapter::nhwcInputDims, (std::vector<std::vector<int64_t>>{{1, 3, 5, 2}, {1, 3, 5, 2}}));
        for (std::size_t i = 0; i < actual->size(); ++i) {
            QCOMPARE((*actual)[i].dims(), (*expected)[i].dims());
            QCOMPARE(firstMismatch((*actual)[i], (*expected)[i], 0, 0), std::optional<std::string>());
        }
    }

    void compileFailuresRunOnHost() {
        // Subgraph 0 (expand, depthwise), subgraph 1 (the squeeze-excite convs around a Relu,
        // refused at compile time) and subgraph 2 (project, Add); the rest stays on host.
        const Model model = importFolded(dir_.path(), "mobilenetv3_block.onnx", testmodels::mobileNetV3Block());
        const auto inputs = generatedInputs(model.graph);
        auto expected = (*Executor::create(model, planFor(model, {}, {}), 1))->run(inputs, nullptr, false);
        QVERIFY(expected.ok());

        const PartitionPlan plan = planFor(model, {"fake_refusing"}, {"Conv", "HardSwish", "Relu", "Add"});
        QCOMPARE(plan.subgraphs.size(), std::size_t(3));
        const SubgraphOp& refused = plan.subgraphs[1];
        const auto relu = std::find_if(refused.nodes.begin(), refused.nodes.end(),
                                       [&](NodeId id) { return model.graph.node(id).opType == "Relu"; });
        QVERIFY(relu != refused.nodes.end());
        const std::string message = test::fakeCompileError(model.graph.node(*relu));

        FakeAdapter::compiled = 0;
        auto executor = Executor::create(model, plan, 1);
        QVERIFY2(executor.ok(), executor.ok() ? "" : executor.error().message().c_str());
        QCOMPARE(FakeAdapter::compiled, 2);
        const std::vector<Fallback>& fallbacks = (*executor)->fallbacks();
        QCOMPARE(fallbacks.size(), std::size_t(1));
        QCOMPARE(fallbacks[0].subgraph, 1);
        QCOMPARE(fallbacks[0].device, std::string("fake_refusing"));
        QCOMPARE(fallbacks[0].message, message);
        std::map<int, std::string> deviceOfSubgraph;
        for (std::size_t s = 0; s < (*executor)->stepCount(); ++s) {
            const SubgraphOp& step = (*executor)->step(s);
            if (step.id < 0) continue;
            deviceOfSubgraph[step.id] = step.device;
            QCOMPARE(step.nodes, plan.subgraphs[static_cast<std::size_t>(step.id)].nodes);
        }
        QCOMPARE(deviceOfSubgraph, (std::map<int, std::string>{{0, "fake_refusing"}, {1, "host"}, {2, "fake_refusing"}}));
        const std::string describe = (*executor)->describe();
        QVERIFY2(describe.find("subgraph 1 on host instead of fake_refusing: " + message + "\nsubgraph 1 on host: host reference kernels") !=
                     std::string::npos,
                 describe.c_str());
        QVERIFY2(describe.find("subgraph 2 on fake_refusing: fake program") != std::string::npos, describe.c_str());

        RunStats stats;
        auto actual = (*executor)->run(inputs, &stats, true);
        QVERIFY2(actual.ok(), actual.ok() ? "" : actual.error().message().c_str());
        QCOMPARE(actual->size(), expected->size());
        for (std::size_t i = 0; i < actual->size(); ++i) {
            QCOMPARE(firstMismatch((*actual)[i], (*expected)[i], 0, 0), std::optional<std::string>()); // host kernels: exact
        }
        std::size_t timedNodes = 0;
        for (const ProgramTimings& t : stats.stepNodeTimes) timedNodes += t.nodeMs.size();
        QCOMPARE(timedNodes, model.graph.nodeCount()); // the fallen-back subgraph's nodes are timed on host

        // Strict: the compile failure is the error, naming the subgraph and the device.
        auto strict = Executor::create(model, plan, ExecutorOptions{.threads = 1, .hostFallback = false});
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().message(), "subgraph 1 on fake_refusing: " + message);
        QCOMPARE(strict.error().kind(), ErrorKind::Failed);
    }

    void fallbackTheHostCannotRunListsTheNodes() {
        // RandomUniformLike: the fake device claims it, fails to compile it, and the host has
        // no kernel for it (random ops are out of scope there).
        testmodels::ModelBuilder b("random");
        const std::string x = b.input("x", {1, 4});
        b.node1("RandomUniformLike", {x}, {}, "noise", "y");
        b.output("y", {1, 4});
        const Model model = importFolded(dir_.path(), "random.onnx", b.build());
        const PartitionPlan plan = planFor(model, {"fake_refusing"}, {"RandomUniformLike"});
        QCOMPARE(plan.subgraphs.size(), std::size_t(1));
        QVERIFY(plan.hostNodes.empty());
        auto executor = Executor::create(model, plan, 1);
        QVERIFY(!executor.ok());
        QCOMPARE(executor.error().message(),
                 "subgraph 0 on fake_refusing: " + test::fakeCompileError(model.graph.node(plan.subgraphs[0].nodes[0])) +
                     "; the host cannot run it instead: unsupported ops (no kernel on host):\n  RandomUniformLike: noise");
    }

    void layoutConversionRoundTrips() {
        const Tensor t = Tensor::fromValues<float>(ElementType::Float32, {1, 2, 2, 3}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        const Tensor nhwc = convertLayout(t, Layout::NCHW, Layout::NHWC);
        QCOMPARE(nhwc.dims(), (std::vector<int64_t>{1, 2, 3, 2}));
        QCOMPARE(std::vector<float>(nhwc.data<float>(), nhwc.data<float>() + 12),
                 (std::vector<float>{0, 6, 1, 7, 2, 8, 3, 9, 4, 10, 5, 11}));
        const Tensor back = convertLayout(nhwc, Layout::NHWC, Layout::NCHW);
        QCOMPARE(back.dims(), t.dims());
        QCOMPARE(firstMismatch(back, t, 0, 0), std::optional<std::string>());
    }

    void memoryIsReleasedAfterLastUse() {
        // A long chain: only a couple of intermediates are ever alive at once.
        testmodels::ModelBuilder b("chain");
        std::string v = b.input("x", {1, 1024});
        for (int i = 0; i < 50; ++i) v = b.node1("Relu", {v});
        b.node1("Relu", {v}, {}, "", "y");
        b.output("y", {1, 1024});
        const Model model = importFolded(dir_.path(), "chain.onnx", b.build());
        auto executor = Executor::create(model, planFor(model, {}, {}), 1);
        QVERIFY(executor.ok());
        RunStats stats;
        QVERIFY((*executor)->run(generatedInputs(model.graph), &stats, false).ok());
        QVERIFY2(stats.peakBytes <= 3 * 4096, qPrintable(QString::number(stats.peakBytes)));
    }

    void cancellationStopsTheRun() {
        const Model model = importFolded(dir_.path(), "residual.onnx", testmodels::residualConvNet());
        auto executor = Executor::create(model, planFor(model, {}, {}), 1);
        QVERIFY(executor.ok());
        std::atomic<bool> cancel{true};
        auto result = (*executor)->run(generatedInputs(model.graph), nullptr, false, &cancel);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ErrorKind::Cancelled);
    }

    void kernelFailureNamesTheNode() {
        testmodels::ModelBuilder b("gather");
        const std::string x = b.input("x", {4});
        const std::string index = b.input("index", {1}, onnx::TensorProto::INT64);
        b.node1("Gather", {x, index}, {}, "pick", "y");
        b.output("y", {1});
        const Model model = importFolded(dir_.path(), "gather.onnx", b.build());
        auto executor = Executor::create(model, planFor(model, {}, {}), 1);
        QVERIFY(executor.ok());
        std::map<std::string, Tensor> inputs{{"x", Tensor::fromValues<float>(ElementType::Float32, {4}, {1, 2, 3, 4})},
                                             {"index", Tensor::fromValues<int64_t>(ElementType::Int64, {1}, {7})}};
        auto result = (*executor)->run(inputs, nullptr, false);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message().find("'pick'") != std::string::npos, result.error().message().c_str());
        QCOMPARE(result.error().node(), std::string("pick"));
        QVERIFY(!result.error().location());
    }

    void unsupportedOpsAreListedTogether() {
        testmodels::ModelBuilder b("custom");
        const std::string x = b.input("x", {2});
        onnx::ModelProto proto = b.build();
        for (const char* name : {"first", "second"}) {
            auto* node = proto.mutable_graph()->add_node();
            node->set_op_type("Frobnicate");
            node->set_domain("com.example");
            node->set_name(name);
            node->add_input(name == std::string("first") ? x : std::string("first_out"));
            node->add_output(std::string(name) + "_out");
        }
        auto* out = proto.mutable_graph()->add_output();
        out->set_name("second_out");
        out->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
        out->mutable_type()->mutable_tensor_type()->mutable_shape()->add_dim()->set_dim_value(2);
        auto* opset = proto.add_opset_import();
        opset->set_domain("com.example");
        opset->set_version(1);
        const Model model = importFolded(dir_.path(), "frobnicate.onnx", proto);
        auto executor = Executor::create(model, planFor(model, {}, {}), 1);
        QVERIFY(!executor.ok());
        QCOMPARE(executor.error().message(),
                 std::string("unsupported ops (no kernel on host):\n  com.example.Frobnicate: first, second"));
    }

    void npyRoundTripAndInputChecks() {
        const Tensor t = Tensor::fromValues<float>(ElementType::Float32, {2, 3}, {1, 2, 3, 4, 5, 6});
        const std::string path = dir_.filePath("t.npy").toStdString();
        QVERIFY(writeNpyFile(path, t).ok());
        auto back = readNpyFile(path);
        QVERIFY(back.ok());
        QCOMPARE(back->dims(), (std::vector<int64_t>{2, 3}));
        QCOMPARE(firstMismatch(*back, t, 0, 0), std::optional<std::string>());

        Graph graph;
        const ValueId x = graph.addValue("x", ElementType::Float32, Shape({Dim::symbolic("N"), Dim::fixed(3)}));
        QVERIFY(checkInput(graph.value(x), t).ok()); // N accepts 2
        const Tensor wrong = Tensor::fromValues<int64_t>(ElementType::Int64, {2, 4}, {0, 0, 0, 0, 0, 0, 0, 0});
        QCOMPARE(checkInput(graph.value(x), wrong).error().message(),
                 std::string("input 'x' is int64 2x4, but the model expects float32 Nx3"));
        QVERIFY(!generateInput(graph.value(x), 0, 0).ok()); // symbolic: needs --shape

        // Generated inputs are deterministic and follow the documented formula.
        const ValueId y = graph.addValue("y", ElementType::Float32, Shape::of({4}));
        const Tensor a = *generateInput(graph.value(y), 1, 5);
        const Tensor b = *generateInput(graph.value(y), 1, 5);
        QCOMPARE(firstMismatch(a, b, 0, 0), std::optional<std::string>());
        const double u = std::fmod(1 * 0.6180339887 + 2 * 0.4142135624 + 5 * 0.7320508076, 1.0);
        QCOMPARE(a.data<float>()[0], static_cast<float>(2 * u - 1));
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
